/** The committed CLI bundle, executed as users run it (`npm start`), on Node 20 and on Node 24. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { findNode24 } from '../helpers/node24.js';
import { REPO_ROOT } from '../helpers/registry.js';

const node24 = findNode24();
if (!node24 && process.env.CI) throw new Error('CI must provide Node 24 (MODELGATE_NODE24, set by .ci/run)');
if (!node24) console.warn('Node 24 not found: the CLI bundle runs on Node 20 only here (CI runs both).');

const runtimes: [string, string][] = [['Node 20 (this process)', process.execPath], ...(node24 ? [['Node 24', node24] as [string, string]] : [])];

describe.each(runtimes)('bin/modelgate.js on %s', (_name, node) => {
  it('validates the example registry (npm start) with exit 0', () => {
    const r = spawnSync(node, [path.join(REPO_ROOT, 'bin/modelgate.js'), 'validate', '--repo', 'examples/registry', '--format', 'json', '--today', '2026-12-03', '--no-cache'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { summary: unknown }).summary).toEqual({ cards: 6, deny: 0, warn: 2, info: 1 });
  });

  it('prints --help for every command and exits 2 on an unknown one', () => {
    const help = spawnSync(node, [path.join(REPO_ROOT, 'bin/modelgate.js'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const c of commands) {
      const r = spawnSync(node, [path.join(REPO_ROOT, 'bin/modelgate.js'), c, '--help'], { encoding: 'utf8' });
      expect(r.status, c).toBe(0);
      expect(r.stdout, c).toMatch(/Examples?:/);
    }
    expect(spawnSync(node, [path.join(REPO_ROOT, 'bin/modelgate.js'), 'nope'], { encoding: 'utf8' }).status).toBe(2);
  });
});

it('the CLI version matches package.json', () => {
  expect(VERSION).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
});
