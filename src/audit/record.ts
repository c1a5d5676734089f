/**
 * The `record` action's logic (first job of the push workflow), apart from @actions/core.
 *
 * For a push to the default branch that changes the registry it finds the pull request merged as
 * that commit, re-evaluates its approvals NOW from GitHub's own data with the approvals core —
 * rules from the base side, the merge's first parent — and writes the evidence records. A change
 * that reached the branch without the approvals its rule requires (an admin bypass, a direct push)
 * is recorded as `bypassed` and the run fails: it is never skipped silently (DESIGN §2).
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { GatheredApprovals } from '../approvals/gather.js';
import type { ApprovalResult } from '../approvals/evaluate.js';
import { ToolError, UsageError, describeError } from '../errors.js';
import { ensureCommit, type GitAuth } from '../git/fetch.js';
import { changedFiles, git, readBlobs, repoTopLevel, type ChangedFile } from '../git/git.js';
import type { GitHubClient } from '../github/client.js';
import { listPullsOfCommit, type CommitPull } from '../github/commit-pulls.js';
import { explainGitHubError } from '../github/errors.js';
import type { ActionRunEvent, CoreLog } from '../github/action-context.js';
import { TeamDirectory } from '../github/teams.js';
import { loadPolicyPacks } from '../policy/pack.js';
import { loadDocument } from '../registry/document.js';
import { GitSource } from '../registry/git-source.js';
import { CONFIG_FILE, loadConfig } from '../registry/loader.js';
import type { CardDoc, ConfigDoc, Waiver } from '../registry/types.js';
import { existsAt, scopeFromChanges } from '../validate/scope.js';
import { validateRegistry } from '../validate/validate.js';
import { parseYaml } from '../yaml/fast.js';
import { DEFAULT_AUDIT_BRANCH } from './log.js';
import { approvalsAtMerge, pullWithoutReviews } from './merge-approvals.js';
import { mergeSubject, type ApprovalEvidence, type CardEvidence, type PolicyResult, type PullRequestEvidence, type RecordDraft, type RunEvidence, type ServingState, type SubjectModel } from './records.js';
import { appendRecord, type AppendResult } from './writer.js';

export interface RecordInputs {
  token: string;
  teamsToken: string | undefined;
  registryPath: string;
  /** Overrides modelgate.yaml `audit.branch`. */
  branch: string | undefined;
}

export interface RecordEvent extends ActionRunEvent {
  run: RunEvidence;
}

export type RecordLog = CoreLog;

export interface RecordDeps {
  event: RecordEvent;
  client: GitHubClient;
  teamsClient: GitHubClient;
  log: RecordLog;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface RecordRun {
  status: 'recorded' | 'nothing-to-record';
  outcome: 'approved' | 'bypassed' | 'undetermined' | null;
  commit: string | null;
  pullRequest: number | null;
  written: AppendResult[];
  /** Set when the run must fail: the change lacked its approvals, or they could not be established. */
  failure: string | null;
  summary: string;
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

async function where(workspace: string, registryPath: string): Promise<{ repoDir: string; prefix: string }> {
  let repoDir: string;
  try {
    repoDir = await repoTopLevel(workspace);
  } catch {
    throw new UsageError(`${workspace} is not a git repository: check the repository out with actions/checkout (fetch-depth: 2) before this step.`);
  }
  const rel = path.relative(await realpath(repoDir), await realpath(workspace)).split(path.sep).join('/');
  return { repoDir, prefix: [rel, registryPath].filter((p) => p !== '').join('/') };
}

function servingMap(bytes: Uint8Array | null | undefined): Record<string, ServingState> | null {
  if (!bytes) return null;
  const value = parseYaml(Buffer.from(bytes).toString('utf8')).value as { models?: Record<string, Partial<ServingState>> } | undefined;
  const out: Record<string, ServingState> = {};
  for (const [name, e] of Object.entries(value?.models ?? {})) {
    if (e && typeof e.strategy === 'string' && typeof e.stable === 'string') {
      out[name] = { strategy: e.strategy, stable: e.stable, ...(typeof e.candidate === 'string' ? { candidate: e.candidate } : {}), ...(typeof e.traffic === 'number' ? { traffic: e.traffic } : {}) };
    }
  }
  return out;
}

/**
 * The policy results of the merged change: the base side's pack and modelgate.yaml applied to the
 * merged documents of the models it touched (read as data from git objects), one entry per rule
 * of the pack, failing ones with where and why.
 */
async function mergedPolicyResults(repoDir: string, base: string, prefix: string, changed: readonly ChangedFile[], headSource: GitSource, baseSource: GitSource, today: string): Promise<{ results: PolicyResult[]; digest: string }> {
  const packDirs = (await loadConfig(baseSource)).value.policies?.packs ?? ['policies'];
  const scope = await scopeFromChanges([...changed], packDirs, base, (file) => existsAt(repoDir, base, `${prefix}${file}`));
  const report = await validateRegistry({ source: headSource, policySource: baseSource, scope, today });
  const failing = new Map<string, PolicyResult[]>();
  for (const f of report.findings) {
    const waived = f.waivedBy ? ` (waived by ${f.waivedBy.approver} until ${f.waivedBy.expires}: ${f.waivedBy.reason})` : '';
    const entry: PolicyResult = { rule: f.ruleId, severity: f.severity, passed: false, message: `${prefix}${f.file}:${f.line}: ${f.message}${waived}` };
    failing.set(f.ruleId, [...(failing.get(f.ruleId) ?? []), entry]);
  }
  const results: PolicyResult[] = [];
  for (const { rule } of report.rules) {
    const severity = typeof rule.severity === 'string' ? rule.severity : rule.severity.default;
    results.push(...(failing.get(rule.id) ?? [{ rule: rule.id, severity, passed: true }]));
    failing.delete(rule.id);
  }
  // Findings of no pack rule: schema, parse and immutability checks.
  for (const list of failing.values()) results.push(...list);
  return { results, digest: report.policyDigest };
}

function errorText(err: unknown): string {
  if (typeof (err as { status?: unknown }).status === 'number') {
    const e = explainGitHubError(err, { action: 'record' });
    return `${e.message} ${e.fix}`.trim();
  }
  return describeError(err);
}

export async function runRecord(inputs: RecordInputs, deps: RecordDeps): Promise<RecordRun> {
  const { event, client, log } = deps;
  const now = deps.now ?? (() => new Date());
  if (event.name !== 'push') throw new UsageError(`the record action runs on push to the default branch (the first job of modelgate-push.yml); this run is ${event.name}`);
  const defaultBranch = object(event.payload.repository)?.default_branch;
  const ref = event.payload.ref;
  const sha = event.payload.after;
  if (typeof sha !== 'string' || !SHA.test(sha) || /^0+$/.test(sha)) throw new ToolError('the push payload has no pushed commit (`after`)');
  const none = (why: string): RecordRun => {
    log.notice(why, 'modelgate record: nothing to record');
    return { status: 'nothing-to-record', outcome: null, commit: sha, pullRequest: null, written: [], failure: null, summary: `Nothing to record: ${why}\n` };
  };
  if (typeof defaultBranch !== 'string' || ref !== `refs/heads/${defaultBranch}`) return none(`${String(ref)} is not the default branch (${String(defaultBranch)}): only changes that reach it are recorded`);

  const loc = await where(event.workspace, inputs.registryPath);
  const auth: GitAuth = { serverUrl: event.serverUrl, token: inputs.token };
  await ensureCommit(loc.repoDir, sha, 'the pushed commit', auth);
  const parents = (await git(loc.repoDir, ['rev-list', '--parents', '-n', '1', sha])).trim().split(/\s+/).slice(1);
  // The base is what the default branch held before this push: the merge's first parent, and for a
  // rebase merge or a push of several commits the `before` commit, so every commit the push brought
  // is in the change (a rebase merge whose last commit touches no registry file is still recorded).
  let base = parents[0] ?? null;
  const before = event.payload.before;
  if (typeof before === 'string' && SHA.test(before) && !/^0+$/.test(before) && before !== base) {
    try {
      await ensureCommit(loc.repoDir, before, 'the commit the push replaced (`before`)', auth);
      base = before;
    } catch (err) {
      log.warning(`${describeError(err)}: the change is taken against the pushed commit's first parent instead`, 'modelgate record: `before` not found');
    }
  }
  if (base) await ensureCommit(loc.repoDir, base, 'the first parent of the pushed commit', auth);
  const prefix = loc.prefix ? `${loc.prefix}/` : '';
  const changed: ChangedFile[] = base
    ? await changedFiles(loc.repoDir, base, sha)
    : (await git(loc.repoDir, ['ls-tree', '-r', '--name-only', '-z', sha])).split('\0').filter(Boolean).map((p) => ({ path: p, status: 'added' as const }));
  const registryChanges = changed.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
  const registryFiles = registryChanges.map((f) => f.path);
  if (registryFiles.length === 0) return none(`commit ${sha.slice(0, 12)} changes no file of the registry${loc.prefix ? ` (${loc.prefix})` : ''}`);

  // Configuration from the base side: the pushed commit cannot choose where its own evidence goes.
  const baseSource = base ? new GitSource(loc.repoDir, base, loc.prefix) : null;
  const headSource = new GitSource(loc.repoDir, sha, loc.prefix);
  const configDoc = baseSource ? await loadDocument(baseSource, CONFIG_FILE, 'config') : null;
  const config = (configDoc?.value as ConfigDoc | undefined) ?? null;
  const branch = inputs.branch ?? config?.audit?.branch ?? DEFAULT_AUDIT_BRANCH;
  if (config?.audit?.anchor && config.audit.anchor !== 'commit-status') {
    log.warning(`${CONFIG_FILE} audit.anchor is '${config.audit.anchor}', but the record action anchors records as \`modelgate/audit\` commit statuses only (readers look for those): anchored as commit statuses`, 'modelgate record: audit.anchor');
  }

  // The pull request merged as this commit (merge, squash or the last commit of a rebase merge).
  const pulls = await listPullsOfCommit(client, event.repo, sha);
  const merged: CommitPull | undefined = pulls.find((p) => p.mergedAt && p.mergeCommitSha === sha && p.baseRef === defaultBranch);
  let outcome: 'approved' | 'bypassed' | 'undetermined';
  let approvals: ApprovalEvidence | null = null;
  let pullEvidence: PullRequestEvidence | null = null;
  let reason: string;
  let gathered: (GatheredApprovals & { result: ApprovalResult }) | null = null;
  if (!merged || !base) {
    outcome = 'bypassed';
    reason = `commit ${sha.slice(0, 12)} changed the registry on ${defaultBranch} without a merged pull request (a direct push)`;
  } else {
    try {
      const at = await approvalsAtMerge({
        client,
        teams: new TeamDirectory(deps.teamsClient, { tokenInput: "the record action's `teams-token` input", given: inputs.teamsToken !== undefined }),
        repo: event.repo,
        repoDir: loc.repoDir,
        prefix: loc.prefix,
        merged,
        base,
        auth,
      });
      gathered = at.gathered;
      approvals = at.approvals;
      pullEvidence = at.pull;
      outcome = at.approved ? 'approved' : 'bypassed';
      reason = at.approved
        ? `pull request #${merged.number} had the approvals its rule requires when it was merged`
        : `pull request #${merged.number} was merged without the approvals its rule requires: ${[...at.gathered.result.missing, ...at.gathered.result.blockers.map((b) => `changes requested by @${b}`)].join('; ')}`;
    } catch (err) {
      outcome = 'undetermined';
      reason = `the approvals of pull request #${merged.number} could not be established, so they are not taken as given: ${errorText(err)}`;
      pullEvidence = pullWithoutReviews(merged, sha);
    }
  }

  // Card digests as merged, policy pack digest from the base configuration.
  const cardFiles = registryFiles.filter((f) => /^models\/[^/]+\/[^/]+\/card\.yaml$/.test(f));
  const cards: CardEvidence[] = [];
  const cardWaivers = new Map<string, Waiver[]>();
  for (const f of cardFiles) {
    const doc = await loadDocument(headSource, f, 'card');
    const [, model = '', version = ''] = f.split('/');
    if (doc?.digest) cards.push({ model, version, path: `${prefix}${f}`, digest: doc.digest });
    const waivers = (doc?.value as CardDoc | undefined)?.waivers;
    if (waivers) cardWaivers.set(`${prefix}${f}`, waivers);
  }
  // The policy results and the pack digest: the base side's pack, as the gate applied it.
  let policyPackDigest: string | null = null;
  let policyResults: PolicyResult[] | undefined;
  if (baseSource && base) {
    try {
      const evaluated = await mergedPolicyResults(loc.repoDir, base, prefix, registryChanges, headSource, baseSource, now().toISOString().slice(0, 10));
      policyResults = evaluated.results;
      policyPackDigest = evaluated.digest;
    } catch (err) {
      log.warning(`the policies could not be evaluated on the merged change, so the record holds no policy results: ${describeError(err)}`);
      try {
        policyPackDigest = (await loadPolicyPacks(baseSource, config?.policies?.packs ?? ['policies'])).digest;
      } catch (err2) {
        log.warning(`the policy pack digest could not be computed: ${describeError(err2)}`);
      }
    }
  }
  const manifests = registryFiles.filter((f) => /^deployments\/[^/]+\.ya?ml$/.test(f));
  const blobs = await readBlobs(loc.repoDir, manifests.flatMap((f) => [...(base ? [`${base}:${prefix}${f}`] : []), `${sha}:${prefix}${f}`]));
  const manifestChanges = manifests.map((f) => ({
    environment: path.posix.basename(f).replace(/\.ya?ml$/, ''),
    before: base ? servingMap(blobs.get(`${base}:${prefix}${f}`)) : null,
    after: servingMap(blobs.get(`${sha}:${prefix}${f}`)),
  }));
  const models: SubjectModel[] = cards.map((c) => ({ model: c.model, version: c.version }));
  for (const m of manifestChanges) for (const [name, s] of Object.entries(m.after ?? {})) if (JSON.stringify(s) !== JSON.stringify(m.before?.[name] ?? null)) models.push({ model: name, version: s.candidate ?? s.stable, environment: m.environment });

  const decidedAt = now().toISOString();
  const common = {
    decidedAt,
    commits: { decision: sha, base, head: pullEvidence?.headSha ?? null },
    pullRequest: pullEvidence,
    approvals,
    policyPackDigest,
    cards,
    run: event.run,
  };
  const drafts: RecordDraft[] = [
    { ...common, kind: 'registration', subject: mergeSubject(merged?.number ?? null, sha), summary: `${outcome}: ${reason}`, models, data: { outcome, changedFiles: registryFiles.map((f) => `${prefix}${f}`), manifests: manifestChanges, ...(policyResults ? { policyResults } : {}) } },
  ];
  for (const m of manifestChanges) {
    for (const [name, to] of Object.entries(m.after ?? {})) {
      const from = m.before?.[name] ?? null;
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      drafts.push({ ...common, kind: 'promotion', subject: `promote/${m.environment}/${name}@${sha}`, summary: `${m.environment}: ${name} ${to.strategy} ${to.stable}${to.candidate ? ` → ${to.candidate} at ${to.traffic ?? 0}%` : ''} (${outcome})`, models: [{ model: name, version: to.candidate ?? to.stable, environment: m.environment }], data: { outcome, environment: m.environment, model: name, from, to } });
    }
  }
  for (const w of gathered?.result.waivers ?? []) {
    const [, model = '', version = ''] = (w.file ?? '').slice(prefix.length).split('/');
    // The waiver as the card states it (reason, ticket, expiry); the decision as the approvals core made it.
    const stated = (cardWaivers.get(w.file ?? '') ?? []).find((c) => c.rule === w.rule && c.approver === w.approver);
    drafts.push({
      ...common,
      kind: 'waiver-use',
      subject: `waiver/${model}/${version}/${w.rule}@${sha}`,
      summary: `waiver of ${w.rule} for ${model} ${version}: ${w.effective ? 'effective' : 'NOT effective'} (${w.reason})`,
      models: [{ model, version }],
      data: { model, version, rule: w.rule, reason: stated?.reason ?? '', approver: w.approver, ticket: stated?.ticket ?? null, expires: stated?.expires ?? '', effective: w.effective, approvedBy: w.approvedBy, decision: w.reason },
    });
  }

  const written: AppendResult[] = [];
  for (const d of drafts) {
    const res = await appendRecord(d, { client, repo: event.repo, branch, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(event.runUrl ? { anchorUrl: event.runUrl } : {}), now });
    log.info(`${res.status === 'written' ? 'recorded' : 'already recorded'}: ${res.record.seq} ${res.record.kind} ${res.record.subject} sha256:${res.record.hash} (anchor ${res.anchored})`);
    written.push(res);
  }
  const failure = outcome === 'approved' ? null : `${outcome === 'bypassed' ? 'BYPASS' : 'UNVERIFIED'}: ${reason}. The record says so (${branch}, record ${written[0]!.record.seq}).`;
  const summary = [
    `**${outcome === 'approved' ? 'Approved merge recorded' : outcome === 'bypassed' ? 'A registry change reached the default branch without its approvals' : 'Approvals could not be established'}**`,
    '',
    reason,
    '',
    ...written.map((w) => `- ${w.status === 'written' ? 'recorded' : 'already recorded'} ${w.record.seq} \`${w.record.kind}\` ${w.record.subject} — sha256 \`${w.record.hash.slice(0, 16)}…\`, anchor ${w.anchored}`),
    '',
  ].join('\n');
  return { status: 'recorded', outcome, commit: sha, pullRequest: merged?.number ?? null, written, failure, summary };
}
