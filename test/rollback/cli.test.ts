/** `modelgate rollback --dry-run` on real git histories: the plan, the edits, the refusals, exit codes. */
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { chainOf, draft, writeAuditBranch } from '../helpers/audit.js';
import { makeRegistry, removeDir } from '../helpers/registry.js';
import { commitFilesAt, deployRegistry, manifestYaml } from '../deploy/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

async function cli(dir: string, args: string[]) {
  const io = memoryIO(dir, { PATH: process.env.PATH });
  const code = await main(['rollback', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const healthy = (version: string, decidedAt: string) =>
  draft('monitor-verdict', `monitor/production/demo@${version}/${decidedAt}`, { environment: 'production', model: 'demo', version, verdict: 'healthy', rules: [{ name: 'r', result: 'pass' }], window: null }, { decidedAt });

function registry(): string {
  const dir = deployRegistry('2026-01-01T00:00:00Z');
  dirs.push(dir);
  commitFilesAt(dir, '2026-01-02T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }) });
  commitFilesAt(dir, '2026-01-10T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.1.0' } }) });
  return dir;
}

const ARGS = ['--env', 'production', '--model', 'demo', '--reason', 'latency doubled after the release', '--dry-run', '--now', '2026-01-20T00:00:00Z'];

describe('modelgate rollback --dry-run', () => {
  it('direct: the last known-good from history and verdicts; prints the edits; exit 0', async () => {
    const dir = registry();
    writeAuditBranch(dir, 'modelgate-audit', chainOf([healthy('1.0.0', '2026-01-05T00:00:00Z')]));
    const r = await cli(dir, ARGS);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('demo in production: roll back 1.1.0 → 1.0.0 (last-known-good)');
    expect(r.out).toContain('-    stable: "1.1.0"\n+    stable: "1.0.0"');
    expect(r.out).toMatch(/\+versions:\n\+ {2}"1\.1\.0":\n\+ {4}status: rejected\n\+ {4}reason: "latency doubled after the release"/);
    const json = JSON.parse((await cli(dir, [...ARGS, '--format', 'json'])).out) as { plan: { target: string; branch: string }; files: Record<string, string> };
    expect(json.plan).toMatchObject({ target: '1.0.0', branch: 'modelgate/rollback/production/demo/1.1.0' });
    expect(json.files['deployments/production.yaml']).toContain('stable: "1.0.0"');
  });

  it('no healthy verdict anywhere: no target, exit 1, says why', async () => {
    const dir = registry();
    const r = await cli(dir, ARGS);
    expect(r.code).toBe(1);
    expect(r.out).toContain('NO ROLLBACK TARGET');
    expect(r.out).toContain('1.0.0 served fully since 2026-01-02T00:00:00.000Z until 2026-01-10T00:00:00.000Z: no monitor verdict recorded for it in production');
    expect(r.out).toContain("note: no audit branch 'modelgate-audit'");
  });

  it('a requested version: accepted when it served there; refused (exit 2) when rejected or never served', async () => {
    const dir = registry();
    expect((await cli(dir, [...ARGS, '--version', '1.0.0'])).code).toBe(0);
    const never = await cli(dir, [...ARGS, '--version', '1.2.0']);
    expect([never.code, never.err]).toEqual([2, expect.stringContaining('never served production fully')]);
    commitFilesAt(dir, '2026-01-11T00:00:00Z', { 'models/demo/model.yaml': `${(await import('node:fs')).readFileSync(`${dir}/models/demo/model.yaml`, 'utf8')}versions:\n  "1.0.0": { status: rejected, reason: "bias" }\n` });
    const rejected = await cli(dir, [...ARGS, '--version', '1.0.0']);
    expect([rejected.code, rejected.err]).toEqual([2, expect.stringContaining('marked rejected')]);
  });

  it.each([
    [['--env', 'production', '--model', 'demo', '--dry-run'], /--reason <text> are required/],
    [['--env', 'production', '--model', 'demo', '--reason', 'a good reason here'], /add --dry-run/],
    [['--env', 'production', '--model', 'demo', '--reason', 'short', '--dry-run'], /reason of at least 10 characters/],
    [['--env', 'production', '--model', 'nope', '--reason', 'a good reason here', '--dry-run'], /does not serve in 'production'/],
    [['--env', 'production', '--model', 'demo', '--reason', 'a good reason here', '--dry-run', '--now', 'soon'], /--now must be an ISO 8601/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await cli(registry(), args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('--help lists one set of exit codes, the rollback ones', async () => {
    const r = await cli(process.cwd(), ['--help']);
    expect(r.code).toBe(0);
    expect(r.out.match(/Exit codes:/g)).toHaveLength(1);
    expect(r.out).toContain('Exit codes: 0 a rollback is planned; 1 no rollback target exists');
    expect(r.out).not.toContain('1 no (findings, not approved)');
  });

  it('outside a git clone: exit 2, the history is needed', async () => {
    const dir = makeRegistry({ 'models/demo/model.yaml': 'schemaVersion: 1\nname: demo\ninventoryId: I\nowner: { team: "@acme/ds" }\nriskTier: low\ncommercialUse: true\n', 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }) });
    dirs.push(dir);
    const r = await cli(dir, ['--env', 'production', '--model', 'demo', '--reason', 'a good reason here', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not in a git clone');
  });
});
