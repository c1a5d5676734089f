/**
 * Bake time from deployment records (DESIGN §5 "served at time T"): a real git repository whose
 * audit branch holds sealed, chained deployment records. A version serves from its successful
 * deployment, not from the merge that asked for it; a failed deployment starts nothing; a log that
 * does not verify is not used, and the plan says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sealRecord } from '../../src/audit/chain.js';
import { recordFileName, recordFileText } from '../../src/audit/log.js';
import type { AuditRecord, DeploymentData, RecordDraft } from '../../src/audit/records.js';
import { spansFromRecords } from '../../src/deploy/history.js';
import { buildPlan } from '../../src/deploy/plan.js';
import { removeDir, writeFiles } from '../helpers/registry.js';
import { commitFilesAt, deployRegistry, gitAt, manifestYaml } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

function deployment(model: string, serving: DeploymentData['serving'], outcome: DeploymentData['outcome'], finishedAt: string, manifestCommit: string): RecordDraft<'deployment'> {
  return {
    kind: 'deployment',
    subject: `deploy/staging/${model}@${manifestCommit}#${finishedAt}`,
    decidedAt: finishedAt,
    summary: outcome,
    commits: { decision: manifestCommit },
    pullRequest: null,
    approvals: null,
    policyPackDigest: null,
    cards: [],
    models: [],
    run: { id: null, url: null, actor: null, event: 'push', workflow: null, attempt: 1 },
    data: { environment: 'staging', model, serving, outcome, startedAt: finishedAt, finishedAt, manifestCommit },
  };
}

function chain(drafts: RecordDraft[]): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (const d of drafts) out.push(sealRecord(d, out.at(-1) ?? null, d.decidedAt));
  return out;
}

/** Writes the records onto an orphan `modelgate-audit` branch of `dir`, then returns to main. */
function auditBranch(dir: string, records: AuditRecord[], tamper?: (files: Record<string, string>) => void): void {
  gitAt(dir, '2026-01-20T00:00:00Z', 'checkout', '-q', '--orphan', 'modelgate-audit');
  gitAt(dir, '2026-01-20T00:00:00Z', 'rm', '-rq', '--cached', '.');
  const files: Record<string, string> = {};
  for (const r of records) files[`records/${recordFileName(r.seq, r.kind, r.subject).split('/').pop()}`] = recordFileText(r);
  tamper?.(files);
  const root = `${dir}/.audit-tmp`;
  writeFiles(root, files);
  gitAt(dir, '2026-01-20T00:00:00Z', '--work-tree', root, 'add', '-A', '.');
  gitAt(dir, '2026-01-20T00:00:00Z', 'commit', '-q', '-m', 'audit');
  removeDir(root);
  gitAt(dir, '2026-01-20T00:00:00Z', 'checkout', '-q', '-f', 'main');
}

/** staging: 1.0.0, then 1.1.0 by a merge on Jan 2; production: 1.0.0, and a canary of 1.1.0 asked for on Jan 5. */
function history(): { dir: string; stagingMerge: string } {
  const dir = deployRegistry();
  dirs.push(dir);
  commitFilesAt(dir, '2026-01-01T01:00:00Z', { 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.0.0' } }) });
  commitFilesAt(dir, '2026-01-01T12:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }) });
  const stagingMerge = commitFilesAt(dir, '2026-01-02T00:00:00Z', { 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.1.0' } }) });
  commitFilesAt(dir, '2026-01-05T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }) });
  return { dir, stagingMerge };
}

const plan = (dir: string) => buildPlan({ repoDir: dir, env: 'production', head: 'HEAD', now: new Date('2026-01-05T00:00:00Z'), today: '2026-01-05' });

describe('bake time from deployment records', () => {
  it('without an audit branch, the merge time counts (3 days: passes)', async () => {
    const { dir } = history();
    const p = await plan(dir);
    expect(p.gates.find((g) => g.gate === 'bakeTime')).toMatchObject({ outcome: 'pass', message: expect.stringContaining('for 3d (needs 24h) from 2026-01-02T00:00:00.000Z') });
  });

  it('with a record, the successful deployment counts: a failed attempt started nothing', async () => {
    const { dir, stagingMerge } = history();
    auditBranch(
      dir,
      chain([
        deployment('demo', { strategy: 'direct', stable: '1.1.0' }, 'failure', '2026-01-02T01:00:00Z', stagingMerge),
        deployment('demo', { strategy: 'direct', stable: '1.1.0' }, 'success', '2026-01-04T12:00:00Z', stagingMerge),
      ]),
    );
    const p = await plan(dir);
    expect(p.history).toMatch(/^deployment records on refs\/heads\/modelgate-audit \(hash chain verified\)/);
    expect(p.gates.find((g) => g.gate === 'bakeTime')).toMatchObject({ outcome: 'fail', message: expect.stringContaining('has served in staging for 12h; production needs 24h') });
  });

  it('a log that does not verify is not used, and the plan says why', async () => {
    const { dir, stagingMerge } = history();
    const records = chain([deployment('demo', { strategy: 'direct', stable: '1.1.0' }, 'success', '2026-01-04T12:00:00Z', stagingMerge)]);
    auditBranch(dir, records, (files) => {
      const [name, text] = Object.entries(files)[0]!;
      files[name] = text.replace('2026-01-04T12:00:00Z', '2026-01-01T00:00:00Z');
    });
    const p = await plan(dir);
    expect(p.history).toMatch(/the audit log on refs\/heads\/modelgate-audit does not verify \(record 1 .* was modified/);
    expect(p.gates.find((g) => g.gate === 'bakeTime')!.outcome).toBe('pass');
  });

  it('spans from records: a version serves from its success until another version succeeds', () => {
    const c = 'c'.repeat(40);
    const records = chain([
      deployment('demo', { strategy: 'direct', stable: '1.0.0' }, 'success', '2026-01-01T00:00:00Z', c),
      deployment('demo', { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 }, 'success', '2026-01-02T00:00:00Z', c),
      deployment('demo', { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }, 'success', '2026-01-03T00:00:00Z', c),
      deployment('demo', { strategy: 'direct', stable: '1.2.0' }, 'success', '2026-01-09T00:00:00Z', c),
    ]);
    const spans = spansFromRecords('staging', records, Date.parse('2026-01-05T00:00:00Z')).get('demo')!;
    expect(spans.map((s) => [s.version, s.since, s.until, s.source])).toEqual([
      ['1.0.0', '2026-01-01T00:00:00.000Z', '2026-01-03T00:00:00.000Z', 'deployment-record'],
      ['1.1.0', '2026-01-03T00:00:00.000Z', null, 'deployment-record'],
    ]);
  });
});
