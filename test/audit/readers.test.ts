// Readers of the audit log: every record kind against its published schema, the evidence bundle
// with every section filled, and --online readers (history, audit show, evidence) that use only
// records anchored by a trusted writer. Real git repositories; GitHub through the OpenAPI harness.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAnchored, anchorDescription, type Anchor } from '../../src/audit/chain.js';
import type { EvidenceBundle } from '../../src/audit/format.js';
import type { HistoryAnswer } from '../../src/audit/history.js';
import { RECORD_KINDS, recordSchemaProblems, type AuditRecord, type RegistrationData } from '../../src/audit/records.js';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { exampleResponse, installGitHubHarness, mockGitHub } from '../harness/github.js';
import { emptyIndex, indexText, recordFileName, withRecord } from '../../src/audit/log.js';
import { chainOf, commitOnBranch, everyKind, writeAuditBranch } from '../helpers/audit.js';
import { CONFIG, cardYaml, modelYaml, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

installGitHubHarness();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const TRUSTED = 'github-actions[bot]';

describe('the record kinds', () => {
  const records = chainOf(everyKind('c'.repeat(40), 'b'.repeat(40)));

  it('are all defined, and one record of each conforms to schemas/record-v1.schema.json', async () => {
    expect(records.map((r) => r.kind).sort()).toEqual([...RECORD_KINDS].sort());
    for (const r of records) expect({ kind: r.kind, problems: await recordSchemaProblems(r) }).toEqual({ kind: r.kind, problems: [] });
  });

  it('the published schema carries schemaVersion 1 and the same kinds', () => {
    const schema = JSON.parse(readFileSync(path.join(process.cwd(), 'schemas/record-v1.schema.json'), 'utf8')) as { properties: { schemaVersion: { const: number }; kind: { enum: string[] } } };
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.properties.kind.enum.sort()).toEqual([...RECORD_KINDS].sort());
  });

  it.each([
    ['registration', (d: Record<string, unknown>) => ({ ...d, outcome: 'fine' }), /outcome/],
    ['promotion', (d: Record<string, unknown>) => ({ ...d, to: { strategy: 'canary' } }), /stable/],
    ['waiver-use', (d: Record<string, unknown>) => ({ ...d, effective: 'yes' }), /effective|boolean/],
    ['deployment', (d: Record<string, unknown>) => ({ ...d, outcome: 'shipped' }), /outcome|allowed/],
    ['monitor-verdict', (d: Record<string, unknown>) => ({ ...d, verdict: 'fine' }), /verdict|allowed/],
    ['rollback', (d: Record<string, unknown>) => { const { reason: _r, ...rest } = d; return rest; }, /reason/],
  ] as const)('a malformed %s record is refused, naming the field', async (kind, spoil, pattern) => {
    const r = records.find((x) => x.kind === kind)!;
    const problems = await recordSchemaProblems({ ...r, data: spoil(r.data as unknown as Record<string, unknown>) });
    expect(problems.join('\n')).toMatch(pattern);
  });

  it('each record holds the decision, commits, pull request, reviews, approvals, digests and run itself', () => {
    const reg = records[0]!;
    expect(reg.pullRequest!.reviews[0]).toEqual({ id: 11, login: 'alice', state: 'APPROVED', commitId: 'b'.repeat(40), submittedAt: '2026-03-01T09:40:00Z' });
    expect(reg.approvals!.teams).toContainEqual({ team: '@acme/model-risk', login: 'rita', status: 'member' });
    expect(reg).toMatchObject({ policyPackDigest: 'e'.repeat(64), cards: [{ digest: 'd'.repeat(64) }], run: { id: '9001', url: expect.stringContaining('/actions/runs/9001'), actor: 'octocat', event: 'push' } });
  });
});

describe('acceptAnchored: what a reader may use', () => {
  const rs = chainOf(everyKind('c'.repeat(40), 'b'.repeat(40)));
  const anchor = (r: AuditRecord, o: Partial<Anchor> = {}): Anchor => ({ seq: r.seq, hash: r.hash, commit: r.commits.decision, creator: TRUSTED, createdAt: '2026-03-01T12:00:00Z', ...o });

  it('accepts records whose earliest trusted anchor carries their hash, and refuses the rest with the reason', () => {
    const anchors = [
      anchor(rs[0]!),
      anchor(rs[1]!, { creator: 'mallory' }),
      // A later trusted anchor cannot replace the earliest one.
      anchor(rs[2]!, { hash: 'f'.repeat(64), createdAt: '2026-03-01T11:00:00Z' }),
      anchor(rs[2]!),
      anchor(rs[3]!),
      anchor(rs[4]!),
      anchor(rs[5]!),
    ];
    const { accepted, refused } = acceptAnchored(rs, anchors, [TRUSTED]);
    expect(accepted.map((r) => r.seq)).toEqual([1, 4, 5, 6]);
    expect(refused.map((r) => [r.record.seq, r.reason])).toEqual([
      [2, expect.stringMatching(/^no anchor from a trusted writer \(github-actions\[bot\]\)/)],
      [3, expect.stringMatching(/anchored ffffffffffffffff… at 2026-03-01T11:00:00Z, not this record's/)],
    ]);
  });
});

function gitAt(dir: string, date: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

const MANIFEST_DIRECT = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: direct\n    stable: "1.0.0"\n';
const MANIFEST_CANARY = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: canary\n    stable: "1.0.0"\n    candidate: "1.1.0"\n    traffic: 10\n';

/** main: 1.0.0 direct at 09:00, then the merge of PR 42 (card 1.1.0, canary 10%) at 10:00; the log holds one record of each kind. */
function registry(o: { cardDigest?: string } = {}): { dir: string; records: AuditRecord[]; merge: string } {
  const dir = tempDir('modelgate-readers-');
  dirs.push(dir);
  writeFiles(dir, { 'modelgate.yaml': CONFIG, 'models/demo/model.yaml': modelYaml('demo'), 'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0'), 'deployments/production.yaml': MANIFEST_DIRECT });
  gitAt(dir, '2026-03-01T09:00:00Z', 'init', '-q', '-b', 'main');
  gitAt(dir, '2026-03-01T09:00:00Z', 'add', '-A');
  gitAt(dir, '2026-03-01T09:00:00Z', 'commit', '-q', '-m', 'initial');
  gitAt(dir, '2026-03-01T09:00:00Z', 'remote', 'add', 'origin', 'https://github.com/acme/registry.git');
  writeFiles(dir, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0'), 'deployments/production.yaml': MANIFEST_CANARY });
  gitAt(dir, '2026-03-01T10:00:00Z', 'add', '-A');
  gitAt(dir, '2026-03-01T10:00:00Z', 'commit', '-q', '-m', 'register demo 1.1.0, canary 10% (#42)');
  const merge = gitAt(dir, '2026-03-01T10:00:00Z', 'rev-parse', 'HEAD').trim();
  // The records name the card's digest as merged (or, to show a mismatch, another one).
  const digest = o.cardDigest ?? createHash('sha256').update(readFileSync(path.join(dir, 'models/demo/1.1.0/card.yaml'))).digest('hex');
  const records = chainOf(everyKind(merge, 'b'.repeat(40)).map((d) => ({ ...d, cards: d.cards.map((c) => ({ ...c, digest })) })));
  writeAuditBranch(dir, 'modelgate-audit', records);
  return { dir, records, merge };
}

/** The anchors GitHub holds on the merge commit: every record but those in `skip`. */
function anchorsOnGitHub(merge: string, records: readonly AuditRecord[], skip: number[], times = 1): void {
  const example = (exampleResponse('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses') as Record<string, unknown>[])[0]!;
  const body = records
    .filter((r) => !skip.includes(r.seq))
    .map((r) => ({ ...example, id: r.seq, context: 'modelgate/audit', state: 'success', description: anchorDescription(r.seq, r.hash), created_at: '2026-03-01T12:00:00Z', updated_at: '2026-03-01T12:00:00Z', creator: { ...(example.creator as object), login: TRUSTED } }));
  mockGitHub().route('GET', `/repos/acme/registry/commits/${merge}/statuses`, { status: 200, body, times });
}

async function cli(dir: string, ...args: string[]) {
  const io = memoryIO(dir, { ...process.env, GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: 'https://api.github.com' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('modelgate evidence: the auditor bundle', () => {
  it('holds the card, policy results, approvals, deployments, monitoring verdicts and rollbacks, as JSON and Markdown', async () => {
    const { dir, records } = registry();
    const out = path.join(dir, 'bundle');
    const r = await cli(dir, 'evidence', 'demo', '1.1.0', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const bundle = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8')) as EvidenceBundle;
    expect(bundle.records.map((x) => x.kind)).toEqual(records.map((x) => x.kind));
    expect(bundle.card).toMatchObject({ path: 'models/demo/1.1.0/card.yaml', digest: expect.stringMatching(/^[0-9a-f]{64}$/), content: { model: 'demo', version: '1.1.0' } });
    expect(bundle.card).toMatchObject({ recordedDigests: [bundle.card!.digest], matchesRecords: true });
    expect(bundle.log).toMatchObject({ verified: true, anchorsChecked: false, refused: [] });
    const md = readFileSync(path.join(out, 'evidence.md'), 'utf8');
    const section = (title: string) => md.split(`## ${title}\n`)[1]!.split('\n## ')[0]!;
    expect(section('Model card')).toMatch(/`models\/demo\/1\.1\.0\/card\.yaml` sha256 `[0-9a-f]{64}` — the card the records were decided on/);
    expect(section('Policy results')).toMatch(/✓ metric-thresholds \(deny\)\n- ✗ fairness-coverage \(warn\): models\/demo\/1\.1\.0\/card\.yaml:30: no fairness result for age/);
    const approvals = section('Registration and approvals');
    expect(approvals).toMatch(/pull request #42 “register demo 1\.1\.0” by @bob, merged 2026-03-01T10:00:00Z by @carol/);
    expect(approvals).toMatch(/review by @rita: APPROVED on bbbbbbbbbbbb at 2026-03-01T09:50:00Z/);
    expect(approvals).toMatch(/✓ an approval from @acme\/model-risk — @rita/);
    expect(approvals).toMatch(/team @acme\/model-risk: @rita member/);
    expect(approvals).toMatch(/### 3\. waiver-use[\s\S]*"ticket": "RISK-7"/);
    expect(section('Deployments')).toMatch(/### 4\. deployment: deploy\/production\/demo@/);
    expect(section('Monitoring verdicts')).toMatch(/### 5\. monitor-verdict[\s\S]*"verdict": "rollback"[\s\S]*"query": "sum\(rate\(errors\[5m\]\)\)"/);
    expect(section('Rollbacks')).toMatch(/### 6\. rollback[\s\S]*"reason": "error-rate failed 2 times"/);
  });

  it('a card in the checkout that is not the card the records name: the bundle and stderr say so', async () => {
    const { dir } = registry({ cardDigest: 'd'.repeat(64) });
    const out = path.join(dir, 'bundle');
    const r = await cli(dir, 'evidence', 'demo', '1.1.0', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^warning: models\/demo\/1\.1\.0\/card\.yaml as read from commit [0-9a-f]{40} \(sha256 [0-9a-f]{64}\) is not the card the records were decided on \(d{64}\)/);
    const bundle = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8')) as EvidenceBundle;
    expect(bundle.card).toMatchObject({ recordedDigests: ['d'.repeat(64)], matchesRecords: false });
    expect(readFileSync(path.join(out, 'evidence.md'), 'utf8')).toMatch(/\*\*NOT the card the records were decided on\*\* \(recorded: `d{64}`\)/);
  });

  it('reads the card from the decision commit, not the working tree (an edit after the merge does not change the bundle)', async () => {
    const { dir, merge } = registry();
    const cardFile = path.join(dir, 'models/demo/1.1.0/card.yaml');
    writeFileSync(cardFile, readFileSync(cardFile, 'utf8').replace(/^model: demo$/m, 'model: demo\n# edited after the merge'));
    const out = path.join(dir, 'bundle');
    const r = await cli(dir, 'evidence', 'demo', '1.1.0', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const bundle = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8')) as EvidenceBundle;
    expect(bundle.card).toMatchObject({ readFrom: `commit ${merge}`, matchesRecords: true, recordedDigests: [bundle.card!.digest] });
    expect(readFileSync(path.join(out, 'evidence.md'), 'utf8')).toContain(`Read from commit ${merge}.`);
  });

  it("a registration covering two models: the other model's failing policy results stay out of the report", async () => {
    const { dir, records } = registry();
    const reg = records[0]!;
    const data = reg.data as RegistrationData;
    const both = chainOf([
      { ...reg, data: { ...data, policyResults: [...data.policyResults!, { rule: 'limitations', severity: 'deny', passed: false, message: 'models/other/2.0.0/card.yaml:4: no limitations' }] } },
      ...records.slice(1),
    ]);
    execFileSync('git', ['update-ref', '-d', 'refs/heads/modelgate-audit'], { cwd: dir });
    writeAuditBranch(dir, 'modelgate-audit', both);
    const out = path.join(dir, 'bundle');
    expect((await cli(dir, 'evidence', 'demo', '1.1.0', '--out', out)).code).toBe(0);
    const md = readFileSync(path.join(out, 'evidence.md'), 'utf8');
    expect(md).toMatch(/✗ fairness-coverage/);
    expect(md).not.toMatch(/✗ limitations/);
  });

  it('--online leaves out a record with no trusted anchor and lists it in the bundle', async () => {
    const { dir, records, merge } = registry();
    anchorsOnGitHub(merge, records, [4]);
    const out = path.join(dir, 'bundle');
    const r = await cli(dir, 'evidence', 'demo', '1.1.0', '--out', out, '--online');
    expect(r.code).toBe(0);
    const bundle = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8')) as EvidenceBundle;
    expect(bundle.records.map((x) => x.seq)).toEqual([1, 2, 3, 5, 6]);
    expect(bundle.log).toMatchObject({ anchorsChecked: true, refused: [{ seq: 4, kind: 'deployment' }] });
    const md = readFileSync(path.join(out, 'evidence.md'), 'utf8');
    expect(md).toMatch(/Left out, not anchored by a trusted writer:\n\n- record 4 \(deployment deploy\/production\/demo@[0-9a-f]{40}#1\): no anchor from a trusted writer/);
    expect(md).toMatch(/## Deployments\n\n_none recorded_/);
  });
});

describe('--online readers use only anchored records', () => {
  async function history(dir: string, at: string, ...extra: string[]): Promise<HistoryAnswer> {
    const r = await cli(dir, 'history', '--env', 'production', '--at', at, '--model', 'demo', '--format', 'json', ...extra);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as HistoryAnswer;
  }

  it('history: an unanchored deployment record is not believed; the merged manifest answers, saying so', async () => {
    const { dir, records, merge } = registry();
    const offline = await history(dir, '2026-03-01T10:30:00Z');
    expect(offline.entries[0]).toMatchObject({ source: 'deployment-record', strategy: 'canary', traffic: 10, record: { seq: 4 } });
    expect(offline.notes.join('\n')).toMatch(/anchors not checked: add --online/);

    anchorsOnGitHub(merge, records, [4]);
    const online = await history(dir, '2026-03-01T10:30:00Z', '--online');
    expect(online.entries[0]).toMatchObject({ source: 'manifest-merge', strategy: 'canary', commit: merge, pullRequest: { number: 42 }, approvals: { approved: true } });
    expect(online.entries[0]!.note).toMatch(/no successful deployment record for demo in production/);
    expect(online.notes.join('\n')).toMatch(/5 of 6 audit records from modelgate-audit accepted[\s\S]*record 4 \(deployment .*\) is not used: no anchor from a trusted writer/);
  });

  it('history: the anchored rollback still answers after it', async () => {
    const { dir, records, merge } = registry();
    anchorsOnGitHub(merge, records, [4]);
    const online = await history(dir, '2026-03-01T11:20:00Z', '--online');
    expect(online.entries[0]).toMatchObject({ source: 'deployment-record', strategy: 'direct', stable: '1.0.0', record: { seq: 6, kind: 'rollback' } });
  });

  it('audit show: unanchored records are not shown, and stderr names them', async () => {
    const { dir, records, merge } = registry();
    anchorsOnGitHub(merge, records, [2, 5]);
    const r = await cli(dir, 'audit', 'show', '--model', 'demo', '--version', '1.1.0', '--format', 'json', '--online');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as AuditRecord[]).map((x) => x.seq)).toEqual([1, 3, 4, 6]);
    expect(r.err).toMatch(/^not shown: record 2 \(promotion [^)]*\): no anchor from a trusted writer[\s\S]*\nnot shown: record 5 \(monitor-verdict/);
  });

  it('history and audit show refuse a log whose tail was deleted by a later commit (index made consistent)', async () => {
    const { dir, records } = registry();
    let index = emptyIndex();
    records.slice(0, 4).forEach((r) => (index = withRecord(index, r)));
    commitOnBranch(dir, 'modelgate-audit', 'tidy', { remove: records.slice(4).map((r) => recordFileName(r.seq, r.kind, r.subject)), write: { 'index.json': indexText(index) } });
    const h = await cli(dir, 'history', '--env', 'production', '--at', '2026-03-01T12:00:00Z');
    expect(h.code).toBe(1);
    expect(h.out).toBe('');
    expect(h.err).toMatch(/^audit log tampered: audit branch commit [0-9a-f]{12} recorded record 5 .* which the log no longer holds \(it ends at 4\)/);
    const s = await cli(dir, 'audit', 'show');
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/recorded record 5 .* no longer holds/);
  });

  it('a tail truncated by a force-push: every --online reader refuses (exit 1), as audit verify --online does', async () => {
    const { dir, records, merge } = registry();
    execFileSync('git', ['branch', '-f', 'modelgate-audit', 'modelgate-audit~1'], { cwd: dir });
    anchorsOnGitHub(merge, records, [], 4);
    const runs = {
      verify: await cli(dir, 'audit', 'verify', '--online'),
      history: await cli(dir, 'history', '--env', 'production', '--at', '2026-03-01T12:00:00Z', '--online'),
      show: await cli(dir, 'audit', 'show', '--online'),
      evidence: await cli(dir, 'evidence', 'demo', '1.1.0', '--out', path.join(dir, 'bundle'), '--online'),
    };
    expect(runs.verify.out).toMatch(/anchored record 6 .* the log has no such record/);
    for (const [name, r] of Object.entries(runs)) {
      expect({ name, code: r.code }).toEqual({ name, code: 1 });
      if (name !== 'verify') expect(r.err).toMatch(/^audit log tampered: @github-actions\[bot\] anchored record 6 \([0-9a-f]{16}…\) on [0-9a-f]{12}, but the log has no such record/);
    }
    expect(existsSync(path.join(dir, 'bundle'))).toBe(false);
  });

  it('a record whose trusted anchor names another hash: history refuses (exit 1) rather than quietly leave it out', async () => {
    const { dir, records, merge } = registry();
    anchorsOnGitHub(merge, records.map((r) => (r.seq === 4 ? { ...r, hash: 'f'.repeat(64) } : r)), [], 2);
    const h = await cli(dir, 'history', '--env', 'production', '--at', '2026-03-01T10:30:00Z', '--online');
    expect(h.code).toBe(1);
    expect(h.out).toBe('');
    expect(h.err).toMatch(/^audit log tampered: record 4 \(deployment .*\) hashes to [0-9a-f]{16}…, but @github-actions\[bot\] anchored ffffffffffffffff… .* the log was rewritten\nmodelgate history refuses to answer from it; run `modelgate audit verify --online`/);
    const s = await cli(dir, 'audit', 'show', '--online');
    expect(s.code).toBe(1);
  });

  it('--online with no way to tell the GitHub repository is a usage error (exit 2)', async () => {
    const { dir } = registry();
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: dir });
    const r = await cli(dir, 'history', '--env', 'production', '--at', '2026-03-01T10:30:00Z', '--online');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pass --github-repo owner\/name/);
  });
});
