/** `modelgate plan` and `modelgate status` in-process on real git repositories: output, files, exit codes. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { removeDir, tempDir } from '../helpers/registry.js';
import { commitFilesAt, deployRegistry, manifestYaml } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

function history(): string {
  const dir = deployRegistry();
  dirs.push(dir);
  commitFilesAt(dir, '2026-01-02T00:00:00Z', { 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.1.0' } }) });
  commitFilesAt(dir, '2026-01-03T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }) });
  commitFilesAt(dir, '2026-01-10T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }) });
  return dir;
}

async function cli(dir: string, ...argv: string[]) {
  const io = memoryIO(dir);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('modelgate plan', () => {
  it('prints the change and every gate, exit 0 when all enforced gates pass', async () => {
    const dir = history();
    const r = await cli(dir, 'plan', '--env', 'production', '--head', 'HEAD', '--now', '2026-01-10T00:00:00Z');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('demo: direct 1.0.0 → canary 1.0.0 95% / 1.1.0 5%');
    expect(r.out).toMatch(/PASS\s+bakeTime: demo 1\.1\.0 baked in staging for 8d/);
    expect(r.out).toContain('Verdict: pass');
  });

  it('exits 1 when an enforced gate fails, with the gate in JSON', async () => {
    const dir = history();
    const r = await cli(dir, 'plan', '--env', 'production', '--head', 'HEAD', '--now', '2026-01-02T06:00:00Z', '--format', 'json');
    expect(r.code).toBe(1);
    const plan = JSON.parse(r.out);
    expect(plan).toMatchObject({ schemaVersion: 1, kind: 'modelgate-plan', env: 'production', verdict: 'fail' });
    expect(plan.gates.find((g: { gate: string }) => g.gate === 'bakeTime')).toMatchObject({ outcome: 'fail', passed: false, mode: 'enforce', blocking: true, remedy: expect.stringContaining('hotfix') });
  });

  it('renders to --out: plan.json plus the platform files', async () => {
    const dir = history();
    const out = tempDir('modelgate-render-');
    dirs.push(out);
    const r = await cli(dir, 'plan', '--env', 'production', '--head', 'HEAD', '--now', '2026-01-10T00:00:00Z', '--render', 'kserve', '--out', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8')).rendered.platform).toBe('kserve');
    expect(readFileSync(path.join(out, 'kserve/demo.yaml'), 'utf8')).toContain('canaryTrafficPercent: 5');
  });

  it('exits 1 and names the reason when the platform cannot express a strategy', async () => {
    const dir = history();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'shadow', stable: '1.0.0', candidate: '1.1.0', traffic: 10 } }) });
    const r = await cli(dir, 'plan', '--env', 'production', '--head', 'HEAD', '--now', '2026-01-11T00:00:00Z', '--render', 'kserve');
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot render demo (shadow) for kserve');
    expect(r.out).toContain('CANNOT demo (shadow)');
  });

  it('usage errors exit 2', async () => {
    const dir = history();
    expect((await cli(dir, 'plan')).code).toBe(2);
    expect((await cli(dir, 'plan', '--env', 'nope')).err).toContain("--env 'nope' is not an environment");
    expect((await cli(dir, 'plan', '--env', 'production', '--now', 'yesterday')).code).toBe(2);
    expect((await cli(dir, 'plan', '--env', 'production', '--render', 'helm')).code).toBe(2);
  });

  it('has --help with examples', async () => {
    const r = await cli(tempDir(), 'plan', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('--render');
    expect(r.out).toContain('this one platform (the deploy action\'s `render` input takes a comma-separated list)');
  });
});

describe('modelgate status', () => {
  it('shows what serves where, since when and by which commit', async () => {
    const dir = history();
    const r = await cli(dir, 'status', '--format', 'json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.environments.map((e: { env: string }) => e.env)).toEqual(['staging', 'production']);
    const prod = s.environments[1].models[0];
    expect(prod).toMatchObject({ model: 'demo', since: '2026-01-10T00:00:00.000Z', traffic: { '1.0.0': 95, '1.1.0': 5 }, entry: { strategy: 'canary', candidate: '1.1.0' } });
    const text = await cli(dir, 'status', '--env', 'staging');
    expect(text.out).toContain('demo: direct 1.1.0');
    expect(text.out).toContain('since 2026-01-02T00:00:00.000Z');
    expect(text.out).not.toContain('production:');
  });

  it('an invalid manifest at the ref is reported INVALID with its findings, exit 1 (not "nothing serves")', async () => {
    const dir = history();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', { 'deployments/production.yaml': 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo: { strategy: teleport, stable: "1.0.0" }\n' });
    const r = await cli(dir, 'status');
    expect(r.code).toBe(1);
    expect(r.out).toContain('INVALID: deployments/production.yaml does not pass its schema');
    expect(r.out).toMatch(/deployments\/production\.yaml:4:\d+ .*strategy/);
    expect(r.out).not.toContain('(nothing serves)');
    expect(r.out).toContain('demo: direct 1.1.0');
    const json = JSON.parse((await cli(dir, 'status', '--format', 'json')).out);
    expect(json.environments[1].invalid[0]).toMatchObject({ file: 'deployments/production.yaml', severity: 'deny' });
    expect((await cli(dir, 'status', '--env', 'staging')).code).toBe(0);
  });

  it('has --help, and refuses an unknown environment', async () => {
    const dir = history();
    expect((await cli(dir, 'status', '--help')).out).toContain('Examples:');
    expect((await cli(dir, 'status', '--env', 'qa')).code).toBe(2);
    expect(existsSync(dir)).toBe(true);
  });
});
