// The push workflow `modelgate init` writes: its first job is `record`, on push to the default
// branch, with exactly the permissions the record action needs and its inputs passed the safe way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT, removeDir, tempDir } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; needs?: string | string[]; steps: { uses?: string; with?: Record<string, string>; run?: string }[] }>;
}

describe('the push workflow', () => {
  test('modelgate init writes it, with the record job first', async () => {
    const dir = tempDir('modelgate-init-push-');
    dirs.push(dir);
    const io = memoryIO(REPO_ROOT);
    expect(await main(['init', '--repo', dir, '--action-ref', `acme/modelgate@${'0123456789abcdef'.repeat(2)}01234567`], io)).toBe(0);
    expect(io.out()).toContain('  wrote .github/workflows/modelgate-push.yml\n');
    const text = readFileSync(path.join(dir, '.github/workflows/modelgate-push.yml'), 'utf8');
    const wf = parse(text) as Workflow;
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.permissions).toEqual({});
    const [first] = Object.keys(wf.jobs);
    expect(first).toBe('record');
    const record = wf.jobs.record!;
    expect(record.needs).toBeUndefined();
    // Least privilege: the audit branch, the anchors, the merged pull request; nothing else.
    expect(record.permissions).toEqual({ contents: 'write', statuses: 'write', 'pull-requests': 'read' });
    const uses = record.steps.map((s) => s.uses ?? '');
    expect(uses[0]).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(record.steps[0]!.with).toMatchObject({ 'fetch-depth': 2, 'persist-credentials': false });
    expect(uses[1]).toBe('acme/modelgate/actions/record@0123456789abcdef0123456789abcdef01234567');
    // Every job that deploys waits for the evidence.
    for (const job of Object.values(wf.jobs)) if (job.steps.some((s) => s.uses?.includes('/actions/deploy@'))) expect([job.needs].flat()).toContain('record');
    expect(record.steps.some((s) => s.run)).toBe(false);
  });

  test('no concurrency group covers the record job: GitHub would cancel a pending run, and its record, when a newer push queues', () => {
    const wf = parse(readFileSync(path.join(REPO_ROOT, 'templates/workflows/modelgate-push.yml'), 'utf8')) as Workflow & { concurrency?: unknown; jobs: Record<string, { concurrency?: { group: string } }> };
    expect(wf.concurrency).toBeUndefined();
    expect(wf.jobs.record!.concurrency).toBeUndefined();
    // The deploy jobs stay serialized per environment.
    expect(wf.jobs['deploy-staging']!.concurrency?.group).toBe('modelgate-deploy-staging');
    expect(wf.jobs['deploy-production']!.concurrency?.group).toBe('modelgate-deploy-production');
  });
});
