/**
 * From decisions to GitHub: the evidence record of every verdict (src/audit/writer.ts), the one
 * rollback pull request per incident, the one issue per incident when the monitor holds or only
 * notifies (or when no rollback target exists), and the optional webhook. Shared by the monitor
 * action and the manual rollback action, so both take the same PR and evidence path.
 */
import type { RecordDraft, RunEvidence, ServingState } from '../audit/records.js';
import { recordFileName } from '../audit/log.js';
import { appendRecord } from '../audit/writer.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/pulls.js';
import type { Redactor } from '../monitor/redact.js';
import type { ModelDecision } from '../monitor/types.js';
import type { ServingEntry } from '../registry/types.js';
import { noTargetIssue, notifyIssue, pullBody, pullTitle, type Links } from './body.js';
import { markRecovered, postWebhook, upsertIncidentIssue, INCIDENT_LABEL, type IssueResult } from './notify.js';
import { openRollbackPull, type PullResult } from './pr.js';
import type { Plan } from './plan.js';

export interface ActOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** The branch rollback pull requests target. */
  base: string;
  /** The registry's directory inside the repository ('' for the root). */
  prefix: string;
  auditBranch: string;
  /** The commit the decision was made on (the checkout's HEAD, GITHUB_SHA): the record's anchor. */
  decisionCommit: string;
  run: RunEvidence;
  serverUrl: string;
  redactor: Redactor;
  /** Labels on rollback pull requests; incident issues carry INCIDENT_LABEL plus these. */
  labels: string[];
  webhookUrl?: string;
  now: number;
  /** Write evidence records (default true). */
  record?: boolean;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  log: { info(m: string): void; warning(m: string): void };
}

export interface RecordRef {
  seq: number;
  hash: string;
  status: 'written' | 'exists';
  url: string;
}

export interface ModelOutcome {
  model: string;
  environment: string;
  decision: ModelDecision['decision'] | 'manual';
  verdictRecord: RecordRef | null;
  plan: Plan | null;
  pull: PullResult | null;
  issue: IssueResult | null;
  rollbackRecord: RecordRef | null;
  webhook: 'sent' | 'failed' | 'none';
  /** Open hold/notify issues of this version that a healthy verdict marked as recovered. */
  recovered: number[];
  warnings: string[];
}

/** The monitor's answer as recorded; pending (nothing judged yet) has no verdict to record. */
export function recordedVerdict(d: ModelDecision['decision']): 'healthy' | 'notify' | 'hold' | 'rollback' | null {
  return d === 'pending' ? null : d;
}

function serving(e: ServingEntry): ServingState {
  return { strategy: e.strategy, stable: e.stable, ...(e.candidate !== undefined ? { candidate: e.candidate } : {}), ...(e.traffic !== undefined ? { traffic: e.traffic } : {}) };
}

function recordUrl(o: ActOptions, seq: number, kind: RecordDraft['kind'], subject: string): string {
  return `${o.serverUrl}/${o.repo.owner}/${o.repo.repo}/blob/${o.auditBranch}/${recordFileName(seq, kind, subject)}`;
}

async function write(o: ActOptions, draft: RecordDraft): Promise<RecordRef | null> {
  if (o.record === false) return null;
  const r = await appendRecord(draft, { client: o.client, repo: o.repo, branch: o.auditBranch, ...(o.run.url ? { anchorUrl: o.run.url } : {}), ...(o.sleep ? { sleep: o.sleep } : {}), now: () => new Date(o.now) });
  return { seq: r.record.seq, hash: r.record.hash, status: r.status, url: recordUrl(o, r.record.seq, draft.kind, draft.subject) };
}

function baseDraft(o: ActOptions, model: string, version: string, environment: string): Omit<RecordDraft, 'kind' | 'subject' | 'summary' | 'data'> {
  return {
    decidedAt: new Date(o.now).toISOString(),
    commits: { decision: o.decisionCommit },
    pullRequest: null,
    approvals: null,
    policyPackDigest: null,
    cards: [],
    models: [{ model, version, environment }],
    run: o.run,
  };
}

export function verdictDraft(o: Pick<ActOptions, 'now' | 'decisionCommit' | 'run' | 'redactor'>, d: ModelDecision): RecordDraft<'monitor-verdict'> | null {
  const verdict = recordedVerdict(d.decision);
  if (!verdict) return null;
  const at = new Date(o.now).toISOString();
  return {
    ...baseDraft(o as ActOptions, d.model, d.version, d.environment),
    kind: 'monitor-verdict',
    // One verdict per model, version and run time: a re-run of the same run writes nothing new.
    subject: `monitor/${d.environment}/${d.model}@${d.version}/${at}`,
    summary: o.redactor.redact(`${d.model} ${d.version} in ${d.environment}: ${d.decision} - ${d.reason}`),
    data: {
      environment: d.environment,
      model: d.model,
      version: d.version,
      verdict,
      rules: d.rules.map((r) => ({
        name: r.name,
        result: r.outcome,
        severity: r.severity,
        // Canonical JSON has no Infinity or NaN: the reason keeps the words.
        values: r.values.filter((v) => Number.isFinite(v)),
        ...(r.queries.length ? { query: o.redactor.redact(r.queries.join('\n')) } : {}),
        message: o.redactor.redact(`${r.reason} (thresholds: ${r.threshold})`),
      })),
      window: null,
    },
  };
}

async function notify(o: ActOptions, payload: unknown, out: ModelOutcome): Promise<void> {
  if (!o.webhookUrl) return;
  try {
    await postWebhook({ url: o.webhookUrl, payload, redactor: o.redactor, ...(o.fetch ? { fetch: o.fetch } : {}) });
    out.webhook = 'sent';
  } catch (err) {
    out.webhook = 'failed';
    out.warnings.push(`webhook: ${(err as Error).message}`);
  }
}

/** Opens or updates the rollback PR (or the no-target issue) for a plan, and records the rollback. */
export async function actOnPlan(o: ActOptions, plan: Plan, out: ModelOutcome): Promise<void> {
  out.plan = plan;
  const links: Links = { ...(o.run.url ? { runUrl: o.run.url } : {}), ...(out.verdictRecord ? { evidenceUrl: out.verdictRecord.url, evidenceHash: out.verdictRecord.hash } : {}) };
  if (plan.kind === 'no-target') {
    out.issue = await upsertIncidentIssue(o.client, o.repo, plan.incident, noTargetIssue(plan, links, o.redactor), [INCIDENT_LABEL, ...o.labels]);
    out.warnings.push(`no rollback target: ${plan.knownGood.reason}; see issue #${out.issue.issue.number}`);
    return;
  }
  out.pull = await openRollbackPull(plan, {
    client: o.client,
    repo: o.repo,
    base: o.base,
    prefix: o.prefix,
    title: pullTitle(plan),
    body: pullBody(plan, links, o.redactor),
    labels: o.labels,
    ...(o.sleep ? { sleep: o.sleep } : {}),
  });
  out.warnings.push(...out.pull.warnings);
  if (out.pull.action === 'created' || out.pull.action === 'updated' || out.pull.action === 'unchanged') {
    out.rollbackRecord = await write(o, {
      ...baseDraft(o, plan.model, plan.failing, plan.env),
      kind: 'rollback',
      // One record per incident: updating the PR on later runs does not write a second one.
      subject: plan.incident,
      summary: o.redactor.redact(`rollback of ${plan.model} ${plan.failing} to ${plan.target} in ${plan.env} proposed in pull request #${out.pull.pull?.number ?? '?'}: ${plan.reason}`),
      data: {
        environment: plan.env,
        model: plan.model,
        from: serving(plan.from),
        to: serving(plan.to),
        outcome: 'proposed',
        reason: o.redactor.redact(plan.reason),
        evidence: out.verdictRecord ? [out.verdictRecord.hash] : [],
        pullRequest: out.pull.pull?.number ?? null,
        incident: plan.incident,
      },
    });
  }
}

function notifyIncident(d: ModelDecision, kind: 'hold' | 'notify'): string {
  return `monitor/${d.environment}/${d.model}/${d.version}/${kind}`;
}

export function emptyOutcome(model: string, environment: string, decision: ModelOutcome['decision']): ModelOutcome {
  return { model, environment, decision, verdictRecord: null, plan: null, pull: null, issue: null, rollbackRecord: null, webhook: 'none', recovered: [], warnings: [] };
}

/**
 * One model's decision carried out. `plan` is built by the caller (it needs the clone's history)
 * and is required exactly when the decision is rollback.
 */
export async function actOnDecision(o: ActOptions, d: ModelDecision, plan: Plan | null): Promise<ModelOutcome> {
  const out = emptyOutcome(d.model, d.environment, d.decision);
  const draft = verdictDraft(o, d);
  if (draft) out.verdictRecord = await write(o, draft);
  const links: Links = { ...(o.run.url ? { runUrl: o.run.url } : {}), ...(out.verdictRecord ? { evidenceUrl: out.verdictRecord.url, evidenceHash: out.verdictRecord.hash } : {}) };
  if (d.decision === 'rollback') {
    if (!plan) throw new Error(`internal: a rollback decision for ${d.model} needs a plan`);
    await actOnPlan(o, plan, out);
  } else if (d.decision === 'healthy') {
    const incidents = (['hold', 'notify'] as const).map((k) => notifyIncident(d, k));
    const note = `every rule passed at ${new Date(o.now).toISOString()}${o.run.url ? ` (${o.run.url})` : ''}.`;
    out.recovered = (await markRecovered(o.client, o.repo, incidents, note)).map((i) => i.number);
  } else if (d.decision === 'hold' || d.decision === 'notify') {
    const incident = notifyIncident(d, d.decision);
    out.issue = await upsertIncidentIssue(o.client, o.repo, incident, notifyIssue(d, incident, links, o.redactor), [INCIDENT_LABEL, ...o.labels.filter((l) => l !== 'rollback')]);
  }
  if (d.decision !== 'healthy' && d.decision !== 'pending') {
    await notify(o, { model: d.model, environment: d.environment, version: d.version, decision: d.decision, reason: d.reason, pullRequest: out.pull?.pull?.url ?? null, issue: out.issue?.issue.url ?? null, run: o.run.url, evidence: out.verdictRecord?.url ?? null }, out);
  }
  return out;
}
