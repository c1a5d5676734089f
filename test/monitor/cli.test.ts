/** `modelgate monitor`: flags, exit codes (DESIGN §4), overrides, strategies and output. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/registry.js';
import { CANARY, dryRun, monitorRegistry, runMonitor } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function reg(rules: string, entry = CANARY, extra = ''): string {
  const d = monitorRegistry(rules, entry, extra);
  dirs.push(d);
  return d;
}
const vec = (v: string): string => JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1772366400, v] }] } });
const ERR = `    - { name: errors, provider: prometheus, query: 'rate(e{version="{{version}}"}[5m])', max: 0.05 }`;

describe('usage and configuration errors exit 2', () => {
  it.each([
    [[], /--env <name> is required/],
    [['--env', 'production', '--responses', 'r.json'], /needs --dry-run/],
    [['--env', 'production', '--dry-run', '--now', 'yesterday'], /--now must be an ISO 8601/],
    [['--env', 'production', '--dry-run', '--format', 'sarif'], /--format must be one of/],
    [['--env', 'production', '--dry-run', '--bogus'], /Unknown option/],
    [['--env', 'nowhere', '--dry-run'], /no manifest for environment 'nowhere'/],
    [['--env', 'production', '--model', 'other', '--dry-run'], /does not serve in 'production'/],
    [['--env', 'production', '--dry-run', '--responses', 'missing.json'], /cannot read --responses/],
  ])('%j', async (args, message) => {
    const r = await runMonitor(reg(ERR), args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('a responses file without the rule', async () => {
    const dir = reg(ERR);
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify({ other: vec('1') }));
    const run = await runMonitor(dir, ['--env', 'production', '--responses', 'r.json', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("no entry 'errors'");
  });

  it('a rule the schema refuses (unknown field) or without a threshold', async () => {
    const bad = await runMonitor(reg(`    - { name: errors, provider: prometheus, query: q, maxx: 1 }`), ['--env', 'production', '--dry-run']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('model.yaml');
    const none = await runMonitor(reg(`    - { name: errors, provider: prometheus, query: q }`), ['--env', 'production', '--dry-run']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('has no threshold');
  });

  it('failureLimit on a rule without range is refused (an instant query observes one point)', async () => {
    const r = await runMonitor(reg(`    - { name: errors, provider: prometheus, query: q, min: 0.35, failureLimit: 1 }`), ['--env', 'production', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/range/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--help exits 0 with examples', async () => {
    const r = await runMonitor(reg(ERR), ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('modelgate monitor --env production');
  });
});

describe('decisions and exit codes', () => {
  it('healthy 0, rollback 1, hold 4 (recorded outage), pending 4 (initial delay)', async () => {
    const dir = reg(`    - { name: errors, provider: prometheus, query: q, max: 0.05, initialDelay: 30m }`);
    expect((await dryRun(dir, { errors: vec('0.01') })).code).toBe(0);
    expect((await dryRun(dir, { errors: vec('0.5') })).code).toBe(1);
    const outage = await dryRun(dir, { errors: { $error: 'connect ECONNREFUSED 10.0.0.1:9090' } });
    expect([outage.code, outage.json.decisions[0]!.decision, outage.json.decisions[0]!.rules[0]!.outcome]).toEqual([4, 'hold', 'error']);
    const early = await dryRun(dir, { errors: vec('0.5') }, ['--serving-since', '2026-03-01T11:45:00Z']);
    expect([early.code, early.json.decisions[0]!.decision]).toEqual([4, 'pending']);
    const late = await dryRun(dir, { errors: vec('0.5') }, ['--serving-since', '2026-03-01T11:00:00Z']);
    expect(late.code).toBe(1);
    const unknownStart = await dryRun(dir, { errors: vec('0.01') });
    expect(unknownStart.json.decisions[0]!.rules[0]!.reason).toContain('initialDelay not applied');
  });

  it('warning and advisory rules notify (exit 0), never roll back', async () => {
    const dir = reg(`${ERR}
    - { name: drift, provider: file, path: m.json, selector: /drift, max: 0.3, severity: warning }
    - { name: shadowed, provider: file, path: m.json, selector: /x, max: 1, mode: advisory }`);
    const r = await dryRun(dir, { errors: vec('0.01'), drift: { drift: 0.9 }, shadowed: { x: 50 } });
    expect(r.code).toBe(0);
    expect(r.json.decisions[0]).toMatchObject({ decision: 'notify' });
    expect(r.json.decisions[0]!.rules.map((x) => x.outcome)).toEqual(['pass', 'fail', 'fail']);
  });

  it('compares with the baseline through <rule>#baseline, and counts samples through <rule>#samples', async () => {
    const dir = reg(`    - { name: latency, provider: prometheus, query: 'p99{version="{{version}}"}', compare: { mode: ratio, max: 1.2, minBaseline: 0.001 }, minSamples: 100, samplesQuery: 'count{version="{{version}}"}' }`);
    const ok = await dryRun(dir, { latency: vec('0.11'), 'latency#baseline': vec('0.1'), 'latency#samples': vec('500') });
    expect(ok.code).toBe(0);
    expect(ok.json.decisions[0]!.rules[0]!.queries).toEqual(['p99{version="1.1.0"}', 'p99{version="1.0.0"}', 'count{version="1.1.0"}']);
    expect((await dryRun(dir, { latency: vec('0.2'), 'latency#baseline': vec('0.1'), 'latency#samples': vec('500') })).code).toBe(1);
    expect((await dryRun(dir, { latency: vec('0.2'), 'latency#baseline': vec('0.1'), 'latency#samples': vec('5') })).code).toBe(4);
  });

  it('environment overrides replace rules by name', async () => {
    const dir = reg(ERR, CANARY, `  environments:
    production:
      rules:
        - { name: errors, provider: prometheus, query: q, max: 0.5 }`);
    const r = await dryRun(dir, { errors: vec('0.2') });
    expect(r.code).toBe(0);
  });

  it.each([
    ['shadow', '    strategy: shadow\n    stable: "1.0.0"\n    candidate: "1.1.0"\n    traffic: 100', { action: 'reject-shadow', failing: '1.1.0', servingUnchanged: true }, '1.1.0'],
    ['blue-green', '    strategy: blue-green\n    stable: "1.0.0"\n    candidate: "1.1.0"\n    traffic: 100', { action: 'switch-back', failing: '1.1.0' }, '1.1.0'],
    ['direct', '    strategy: direct\n    stable: "1.1.0"', { action: 'rollback-to-last-known-good', target: 'last-known-good', failing: '1.1.0' }, '1.1.0'],
  ])('%s rollback effect', async (_s, entry, effect, reject) => {
    const r = await dryRun(reg(ERR, entry), { errors: vec('0.9') });
    expect(r.code).toBe(1);
    expect(r.json.decisions[0]).toMatchObject({ decision: 'rollback', effect, reject });
  });

  it('text output names the decision, each rule and the effect', async () => {
    const dir = reg(ERR);
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify({ errors: vec('0.9') }));
    const r = await runMonitor(dir, ['--env', 'production', '--responses', 'r.json', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('demo 1.1.0 (canary, beside 1.0.0) in production: ROLLBACK');
    expect(r.out).toContain('FAIL errors [critical, enforce, prometheus] fail');
    expect(r.out).toContain('query: rate(e{version="1.1.0"}[5m])');
    expect(r.out).toContain('effect: set candidate 1.1.0 traffic to 0');
    expect(r.out).toContain('(dry run: nothing changed)');
  });
});

describe('initialDelay from the clone', () => {
  it("without --serving-since, the manifest's git history says when the judged version started serving", async () => {
    const { commitFilesAt, deployRegistry, manifestYaml } = await import('../deploy/helpers.js');
    const { modelYaml } = await import('../helpers/registry.js');
    const dir = deployRegistry('2026-02-01T00:00:00Z');
    dirs.push(dir);
    commitFilesAt(dir, '2026-03-01T11:40:00Z', {
      'models/demo/model.yaml': modelYaml('demo', `rollback:\n  rules:\n    - { name: errors, provider: prometheus, query: q, max: 0.05, initialDelay: 30m }\n`),
      'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 } }),
    });
    // The canary merged at 11:40; at 12:00 its 30 minutes have not passed.
    const early = await dryRun(dir, { errors: vec('0.5') });
    expect([early.code, early.json.decisions[0]!.decision]).toEqual([4, 'pending']);
    // At 12:30 it has; a point measured at 12:00 (during the warm-up) is still ignored, one at 12:30 counts.
    const warmUp = await dryRun(dir, { errors: vec('0.5') }, ['--now', '2026-03-01T12:30:00Z']);
    expect([warmUp.code, warmUp.json.decisions[0]!.decision]).toEqual([4, 'hold']);
    const body = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [Date.parse('2026-03-01T12:30:00Z') / 1000, '0.5'] }] } });
    const later = await dryRun(dir, { errors: body }, ['--now', '2026-03-01T12:30:00Z']);
    expect([later.code, later.json.decisions[0]!.decision]).toEqual([1, 'rollback']);
  });
});

describe('README ## Monitoring', () => {
  it('its model.yaml example is schema-valid and resolves per environment', async () => {
    const { readFileSync } = await import('node:fs');
    const { REPO_ROOT, makeRegistry, modelYaml } = await import('../helpers/registry.js');
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Monitoring'), readme.indexOf('## Development'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = makeRegistry({
      'models/demo/model.yaml': modelYaml('demo', example),
      'deployments/production.yaml': `schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n${CANARY}\n`,
      'deployments/staging.yaml': `schemaVersion: 1\nenvironment: staging\nmodels:\n  demo:\n${CANARY}\n`,
    });
    dirs.push(dir);
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify({
      'error-rate': vec('0.01'), 'error-rate#samples': vec('1000'),
      'latency-vs-stable': vec('0.1'), 'latency-vs-stable#baseline': vec('0.1'),
      drift: { metrics: [{ metric: 'DatasetDriftMetric', result: { share_of_drifted_columns: 0.5, number_of_drifted_columns: 1, dataset_drift: false } }] },
    }));
    const prod = await runMonitor(dir, ['--env', 'production', '--responses', 'r.json', '--dry-run', '--format', 'json', '--now', '2026-03-01T12:00:00Z', '--serving-since', '2026-03-01T10:00:00Z']);
    expect(prod.err).toBe('');
    expect(JSON.parse(prod.out)).toMatchObject({ exitCode: 0, decisions: [{ decision: 'notify', rules: [{ outcome: 'pass' }, { outcome: 'pass' }, { name: 'drift', outcome: 'fail' }] }] });
    const staging = await runMonitor(dir, ['--env', 'staging', '--responses', 'r.json', '--dry-run', '--format', 'json', '--now', '2026-03-01T12:00:00Z', '--serving-since', '2026-03-01T10:00:00Z']);
    expect(JSON.parse(staging.out)).toMatchObject({ exitCode: 0, decisions: [{ decision: 'healthy' }] });
    expect((JSON.parse(staging.out) as { decisions: { rules: unknown[] }[] }).decisions[0]!.rules).toHaveLength(2);
  });
});
