// `modelgate init`: the files a repository needs, from the templates, never overwriting without --force.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseCodeowners } from '../../src/approvals/codeowners.js';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function repo(files: Record<string, string> = {}): string {
  const dir = tempDir('modelgate-init-');
  dirs.push(dir);
  writeFiles(dir, files);
  return dir;
}

async function cli(args: string[]) {
  const io = memoryIO(REPO_ROOT);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TEMPLATE_WORKFLOWS = ['modelgate-gate.yml', 'modelgate-validate.yml'];

describe('modelgate init', () => {
  test('writes a registry that validates, a CODEOWNERS GitHub accepts and the workflows', async () => {
    const dir = repo();
    const r = await cli(['init', '--repo', dir]);
    expect(r.code).toBe(0);
    for (const f of ['modelgate.yaml', '.github/CODEOWNERS', ...TEMPLATE_WORKFLOWS.map((w) => `.github/workflows/${w}`)]) {
      expect(r.out).toContain(`  wrote ${f}\n`);
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    expect(readFileSync(path.join(dir, '.github/workflows/modelgate-gate.yml'), 'utf8')).toBe(readFileSync(path.join(REPO_ROOT, 'templates/workflows/modelgate-gate.yml'), 'utf8'));
    expect(readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')).toContain('packs: ["modelgate:default"]');
    expect(r.out).toMatch(/1\. Replace OWNER and COMMIT_SHA in .*\.github\/workflows\/modelgate-gate\.yml/);
    // What init wrote is a valid, empty registry…
    const validated = await cli(['validate', '--repo', dir]);
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/0 cards checked against \d+ policy rules/);
    // …and a CODEOWNERS without invalid lines.
    expect(parseCodeowners(readFileSync(path.join(dir, '.github/CODEOWNERS'), 'utf8')).errors).toEqual([]);
  });

  test('never overwrites: exit 2 naming the file, and nothing written', async () => {
    const dir = repo({ 'modelgate.yaml': 'schemaVersion: 1\n# mine\n' });
    const r = await cli(['init', '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`modelgate init: ${path.join(dir, 'modelgate.yaml')} already exists; nothing was written. Pass --force to overwrite.\n`);
    expect(readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')).toBe('schemaVersion: 1\n# mine\n');
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });

  test('a CODEOWNERS anywhere GitHub looks counts as existing', async () => {
    const dir = repo({ 'docs/CODEOWNERS': '* @someone\n' });
    const r = await cli(['init', '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.join(dir, 'docs/CODEOWNERS'));
  });

  test('--force overwrites', async () => {
    const dir = repo({ 'modelgate.yaml': '# mine\n', '.github/workflows/modelgate-gate.yml': '# mine\n' });
    const r = await cli(['init', '--repo', dir, '--force']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')).toContain('schemaVersion: 1');
    expect(readFileSync(path.join(dir, '.github/workflows/modelgate-gate.yml'), 'utf8')).toContain('pull_request_target');
  });

  test('--action-ref pins the workflows to a repository and commit', async () => {
    const dir = repo();
    const r = await cli(['init', '--repo', dir, '--action-ref', `acme/modelgate@${SHA}`]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Replace OWNER');
    for (const w of TEMPLATE_WORKFLOWS) {
      const text = readFileSync(path.join(dir, '.github/workflows', w), 'utf8');
      expect(text).toContain(`uses: acme/modelgate/actions/validate@${SHA} # modelgate v`);
      expect(text).not.toMatch(/uses: OWNER\/|@COMMIT_SHA|Replace OWNER/);
      expect(text).toContain(`# modelgate is pinned to acme/modelgate@${SHA}`);
      const parsed = parseWorkflow({ name: w, content: text }, new NoOperationTraceWriter());
      expect(parsed.context.errors.getErrors()).toEqual([]);
    }
    expect(readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')).toContain(`https://raw.githubusercontent.com/acme/modelgate/${SHA}/schemas/config-v1.schema.json`);
  });

  test.each(['acme/modelgate@v1', 'acme/modelgate@main', `modelgate@${SHA}`, `acme/modelgate@${SHA.slice(0, 7)}`])('refuses --action-ref %s: only a full commit SHA pins', async (ref) => {
    const dir = repo();
    const r = await cli(['init', '--repo', dir, '--action-ref', ref]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--action-ref must be <owner>/<repo>@<full 40-character commit SHA>');
  });

  test('a --repo that does not exist is a usage error', async () => {
    const r = await cli(['init', '--repo', path.join(tempDir(), 'missing')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not exist/);
  });

  test('--help shows usage and an example', async () => {
    const r = await cli(['init', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: modelgate init [--repo <dir>] [--force] [--action-ref <owner>/<repo>@<sha>]');
    expect(r.out).toContain('Examples:\n  modelgate init\n');
  });

  test('the npm package ships the templates init reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('templates/');
  });
});
