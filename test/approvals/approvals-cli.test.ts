// `modelgate approvals evaluate` in-process: output shapes, exit codes, help, and bad input naming the field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/approvals.js';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../helpers/registry.js';

const HEAD = '5ca1ab1e'.padEnd(40, '0');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-approvals-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
}

async function cli(...argv: string[]) {
  const io = memoryIO(dir);
  const code = await main(['approvals', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const scenario = {
  codeowners: '* @acme/platform\n/models/fraud/ @acme/fraud-ml @alice\n/generated/\n',
  changedFiles: ['models/fraud/model.yaml', 'generated/x.json', 'README.md'],
  author: 'carol',
  headSha: HEAD,
  reviews: [
    { id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commit_id: HEAD },
    { id: 2, user: { login: 'pat', type: 'User' }, state: 'COMMENTED', commit_id: HEAD },
  ],
  teams: { '@acme/platform': ['pat'], '@acme/fraud-ml': ['dave'] },
  rule: { minApprovals: 1, codeOwners: 'every-owned-file', unownedFiles: 'allow' },
  settings: { dismissStaleReviews: true, requireLastPushApproval: false },
};

describe('modelgate approvals evaluate', () => {
  it('prints exactly the decision JSON and exits 1 when not approved', async () => {
    const r = await cli('evaluate', '--input', write('s.json', scenario), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['approved', 'codeOwnersSatisfied', 'files', 'missing', 'blockers', 'reasons']);
    expect(out).toMatchObject({
      approved: false,
      codeOwnersSatisfied: false,
      files: [
        { path: 'models/fraud/model.yaml', owners: ['@acme/fraud-ml', '@alice'], approvedBy: ['alice'] },
        { path: 'generated/x.json', owners: [], approvedBy: [] },
        { path: 'README.md', owners: ['@acme/platform'], approvedBy: [] },
      ],
      missing: ['an approval from @acme/platform (code owner of README.md)'],
      blockers: [],
    });
  });

  it('exits 0 when approved, with a text report by default', async () => {
    const approved = { ...scenario, reviews: [...scenario.reviews, { id: 3, user: { login: 'Pat' }, state: 'APPROVED', commit_id: HEAD }] };
    const r = await cli('evaluate', '--input', write('s.json', approved));
    expect(r.code).toBe(0);
    expect(r.out).toContain('approvals: APPROVED');
    expect(r.out).toMatch(/README\.md\s+@acme\/platform {2}approved by @Pat/);
  });

  it('shows blockers in text', async () => {
    const blocked = { ...scenario, reviews: [...scenario.reviews, { id: 3, user: { login: 'dave' }, state: 'CHANGES_REQUESTED', commit_id: HEAD }] };
    const r = await cli('evaluate', '--input', write('s.json', blocked));
    expect(r.code).toBe(1);
    expect(r.out).toContain('blocked by (changes requested):\n  - @dave');
  });

  it.each([
    ['a missing field', { ...scenario, headSha: undefined }, 'the required field `headSha` is missing'],
    ['a bad review state', { ...scenario, reviews: [{ id: 1, user: { login: 'a' }, state: 'LGTM' }] }, '`reviews[0].state` must be one of'],
    ['a rule field the schema does not know', { ...scenario, rule: { minApproval: 1 } }, 'unknown field `minApproval` in `rule` (did you mean `minApprovals`?)'],
    ['a team key not in @org/team form', { ...scenario, teams: { 'acme/platform': ['pat'] } }, '`teams` has an invalid key'],
    ['an unknown top-level field', { ...scenario, writer: ['x'] }, 'unknown field `writer` (did you mean `writers`?)'],
    ['a number where a string belongs', { ...scenario, codeowners: 7 }, '`codeowners` must be a string; found an integer (7)'],
  ])('exits 2 on %s, naming the field', async (_what, bad, message) => {
    const r = await cli('evaluate', '--input', write('bad.json', bad), '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('bad.json: the scenario is invalid');
    expect(r.err).toContain(message);
    expect(r.err).not.toContain('YAML');
  });

  it('exits 2 on JSON that does not parse, a missing file, a missing --input', async () => {
    expect((await cli('evaluate', '--input', write('x.json', '{"codeowners": '))).err).toMatch(/x\.json: not valid JSON/);
    const missing = await cli('evaluate', '--input', 'nope.json');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('--input nope.json: no such file');
    expect((await cli('evaluate')).err).toContain('--input <scenario.json> is required');
    expect((await cli('evaluate', '--input', 'x', '--format', 'yaml')).code).toBe(2);
  });

  it('has --help for the command and the subcommand, with examples', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    expect(top.out).toContain('evaluate');
    expect(top.out).toContain('Examples:');
    const sub = await cli('evaluate', '--help');
    expect(sub.code).toBe(0);
    expect(sub.out).toContain('Usage: modelgate approvals evaluate --input <scenario.json> [--format json|text]');
    expect(sub.out).toContain('modelgate approvals evaluate --input scenario.json');
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).err).toContain("unknown subcommand 'frobnicate'");
  });

  it('is listed among the commands', async () => {
    const io = memoryIO(dir);
    await main(['--help'], io);
    expect(io.out()).toMatch(/approvals\s+the approvals gate/);
  });

  it('run() answers the same as main()', async () => {
    const io = memoryIO(dir);
    expect(await run(['evaluate', '--input', write('s.json', scenario), '--format', 'json'], io)).toBe(1);
  });

  it('answers the README example as the README says', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /The scenario is what the action learns from GitHub, written down:\n\n```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const r = await cli('evaluate', '--input', write('readme.json', example!), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      approved: false,
      codeOwnersSatisfied: true,
      missing: ['2 approvals from reviewers with write access (counted: 1, @dave)', 'an approval from a member of @acme/model-risk (required team)'],
      blockers: [],
    });
  });
});
