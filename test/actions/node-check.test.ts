// The first step of every composite action: the `node` on PATH must be 20 or newer, or the step
// fails with the fix (actions/setup-node). Run here with bash, as the runner runs it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, removeDir, tempDir } from '../helpers/registry.js';

const dir = tempDir('modelgate-node-check-');
afterAll(() => removeDir(dir));

function checkScript(action: string): string {
  const doc = parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { runs: { steps: { name?: string; run?: string; shell?: string }[] } };
  const step = doc.runs.steps.find((s) => s.name === 'Check Node.js');
  if (!step?.run || step.shell !== 'bash') throw new Error(`actions/${action}/action.yml has no bash step "Check Node.js"`);
  return step.run;
}

/** A PATH holding only a `node` that prints `version` (or no node at all when version is null). */
function fakePath(version: string | null): string {
  const bin = path.join(dir, `bin-${version ?? 'none'}`.replace(/[^\w.-]/g, '_'));
  mkdirSync(bin, { recursive: true });
  if (version !== null) {
    writeFileSync(path.join(bin, 'node'), `#!/bin/sh\necho '${version}'\n`);
    chmodSync(path.join(bin, 'node'), 0o755);
  }
  return bin;
}

function runCheck(action: string, PATH: string): { code: number; stdout: string } {
  try {
    const stdout = execFileSync('/bin/bash', ['-e', '-o', 'pipefail', '-c', checkScript(action)], { env: { PATH }, encoding: 'utf8' });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, stdout: e.stdout };
  }
}

describe('validate: Check Node.js', () => {
  test('no node on PATH: fails naming actions/setup-node', () => {
    const r = runCheck('validate', fakePath(null));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=modelgate validate needs Node\.js::No node on PATH\. Add actions\/setup-node with node-version: 24/);
  });

  test.each(['v18.19.0', 'v16.20.2', 'not-a-version'])('node %s: fails naming the version and the fix', (version) => {
    const r = runCheck('validate', fakePath(version));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=modelgate validate needs Node.js 20 or newer::node on PATH is ${version}. Add actions/setup-node`);
  });

  test.each(['v20.0.0', 'v22.11.0', 'v24.21.0'])('node %s: passes', (version) => {
    expect(runCheck('validate', fakePath(version))).toEqual({ code: 0, stdout: '' });
  });

  test('the real node running these tests passes', () => {
    expect(runCheck('validate', path.dirname(process.execPath)).code).toBe(0);
  });
});
