/**
 * The deploy jobs of the push workflow `modelgate init` writes: one per environment of the starter
 * modelgate.yaml, gated by GitHub's environment protection with modelgate keeping the Deployment,
 * after the record job, only when that manifest changed, serialised per environment, least privilege.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { render, type Platform } from '../../src/deploy/render/index.js';
import type { ServingEntry } from '../../src/registry/types.js';
import { REPO_ROOT, git, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string[];
  if?: string;
  environment?: { name: string; deployment: boolean };
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}

async function initialised(): Promise<{ workflow: { jobs: Record<string, Job> }; environments: string[] }> {
  const dir = tempDir('modelgate-init-deploy-');
  dirs.push(dir);
  const io = memoryIO(REPO_ROOT);
  expect(await main(['init', '--repo', dir], io)).toBe(0);
  const text = readFileSync(path.join(dir, '.github/workflows/modelgate-push.yml'), 'utf8');
  expect(text).toBe(readFileSync(path.join(REPO_ROOT, 'templates/workflows/modelgate-push.yml'), 'utf8'));
  const config = parse(readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')) as { environments: { name: string }[] };
  return { workflow: parse(text), environments: config.environments.map((e) => e.name) };
}

test('modelgate init writes one deploy job per environment of its modelgate.yaml, each as the design asks', async () => {
  const { workflow, environments } = await initialised();
  const deployJobs = Object.keys(workflow.jobs).filter((j) => j.startsWith('deploy-'));
  expect(deployJobs).toEqual(environments.map((e) => `deploy-${e}`));
  expect(workflow.jobs.changes!.permissions).toEqual({ contents: 'read' });
  for (const env of environments) {
    const job = workflow.jobs[`deploy-${env}`]!;
    expect(job.environment).toEqual({ name: env, deployment: false });
    expect(job.needs).toEqual(['record', 'changes']);
    expect(job.if).toBe(`needs.changes.outputs.${env} == 'true'`);
    expect(workflow.jobs.changes!.outputs![env]).toBe(`\${{ steps.diff.outputs.${env} }}`);
    expect(job.concurrency).toEqual({ group: `modelgate-deploy-${env}`, 'cancel-in-progress': false });
    expect(job.permissions).toEqual({ contents: 'write', deployments: 'write', statuses: 'write', 'pull-requests': 'read' });
    const [checkout, deploy, rollout, report] = job.steps;
    expect(checkout!.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(deploy!.uses).toMatch(/^OWNER\/modelgate\/actions\/deploy@COMMIT_SHA$/);
    expect(deploy!.with!.environment).toBe(env);
    // The placeholder rollout fails until replaced: nothing is reported deployed that was not.
    expect(rollout!.run).toMatch(/exit 1\s*$/);
    expect(rollout!.run).not.toContain('${{');
    expect(report!.uses).toMatch(/^OWNER\/modelgate\/actions\/deploy-status@COMMIT_SHA$/);
    expect(report!.if).toBe("always() && steps.deploy.outputs.status == 'awaiting-rollout'");
    expect(report!.with).toEqual({ environment: env, 'rollout-outcome': '${{ steps.rollout.outcome }}' });
  }
});

test('the changes job\'s script, run on real commits: a manifest counts as changed on the first push and when the commit changes it', async () => {
  const { workflow } = await initialised();
  const script = workflow.jobs.changes!.steps.find((s) => s.id === 'diff')!.run!;
  const dir = tempDir('modelgate-changes-');
  dirs.push(dir);
  const outputs = (before = ''): Record<string, string> => {
    const out = path.join(dir, '..', `${path.basename(dir)}.out`);
    writeFileSync(out, '');
    execFileSync('bash', ['-e', '-c', script], { cwd: dir, env: { ...process.env, GITHUB_OUTPUT: out, BEFORE: before }, stdio: ['ignore', 'ignore', 'inherit'] });
    const text = readFileSync(out, 'utf8');
    rmSync(out);
    return Object.fromEntries(text.trim().split('\n').map((l) => l.split('=') as [string, string]));
  };
  const commit = (files: Record<string, string>) => {
    writeFiles(dir, files);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'c');
  };
  git(dir, 'init', '-q', '-b', 'main');
  commit({ 'deployments/staging.yaml': 'a\n', 'deployments/production.yaml': 'a\n' });
  expect(outputs()).toEqual({ staging: 'true', production: 'true' });
  commit({ 'deployments/staging.yaml': 'b\n' });
  expect(outputs()).toEqual({ staging: 'true', production: 'false' });
  commit({ 'models/README.md': 'x\n' });
  expect(outputs()).toEqual({ staging: 'false', production: 'false' });

  // A fast-forward push of two commits: the first changes production, the second something else.
  // The push's `before` decides, as in the record and deploy jobs; HEAD^1 alone would miss it.
  const before = git(dir, 'rev-parse', 'HEAD').trim();
  commit({ 'deployments/production.yaml': 'c\n' });
  commit({ 'models/README.md': 'y\n' });
  expect(workflow.jobs.changes!.steps.find((s) => s.id === 'diff')!.env).toEqual({ BEFORE: '${{ github.event.before }}' });
  expect(outputs(before)).toEqual({ staging: 'false', production: 'true' });
  expect(outputs()).toEqual({ staging: 'false', production: 'false' });
  // The branch's first push (all zeros) or a `before` that is not an ancestor: the first parent.
  expect(outputs('0'.repeat(40))).toEqual({ staging: 'false', production: 'false' });
  expect(outputs('f'.repeat(40))).toEqual({ staging: 'false', production: 'false' });
  const checkout = workflow.jobs.changes!.steps[0]!;
  expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
});

test('the template\'s default `render` can express every strategy the example registry serves, so its deploys are not blocked by the render gate', async () => {
  const { workflow } = await initialised();
  for (const env of ['staging', 'production']) {
    const step = workflow.jobs[`deploy-${env}`]!.steps.find((s) => s.id === 'deploy')!;
    const platforms = String(step.with!.render).split(',').map((p) => p.trim()) as Platform[];
    const manifest = parse(readFileSync(path.join(REPO_ROOT, `examples/registry/deployments/${env}.yaml`), 'utf8')) as { models: Record<string, ServingEntry> };
    const serving = Object.entries(manifest.models).map(([model, entry]) => ({ model, entry, artifacts: {} }));
    for (const p of platforms) expect(render(p, { env, serving }).unsupported, `${env} ${p}`).toEqual([]);
  }
  // Platforms with limits are added by the user, knowingly (the comment says which cannot do what).
  expect(readFileSync(path.join(REPO_ROOT, 'templates/workflows/modelgate-push.yml'), 'utf8')).toContain('add `kserve`');
});
