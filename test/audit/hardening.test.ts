// What a fresh user found: a merge commit hiding a rewrite, shallow clones, records that are linked
// but malformed, planted keys, typos answered as empty results, impossible dates, --out that hangs
// or fails raw, and history reading the checked-out branch. Real git repositories in temp dirs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryAnswer } from '../../src/audit/history.js';
import { emptyIndex, indexText, keyEntryText, keyFileName, recordFileName, recordFileText, withRecord } from '../../src/audit/log.js';
import type { AuditRecord, RecordDraft } from '../../src/audit/records.js';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { chainOf, commitOnBranch, draft, writeAuditBranch } from '../helpers/audit.js';
import { commitAll, git, gitInit, makeRegistry, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const MANIFEST = (stable: string) => `schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: direct\n    stable: "${stable}"\n`;

function registration(i: number, commit: string): RecordDraft {
  return draft('registration', `pr/${i}@${commit}`, { outcome: 'approved', changedFiles: ['models/demo/1.0.0/card.yaml'], manifests: [] }, { commits: { decision: commit }, models: [{ model: 'demo', version: '1.0.0' }] });
}

/** A registry on main (manifest: demo 1.0.0 in production) and `n` registration records on modelgate-audit. */
function setup(n = 6, drafts?: (commit: string) => RecordDraft[]): { dir: string; records: AuditRecord[]; commit: string } {
  const dir = makeRegistry({ 'deployments/production.yaml': MANIFEST('1.0.0') });
  dirs.push(dir);
  const commit = gitInit(dir);
  const records = chainOf(drafts ? drafts(commit) : Array.from({ length: n }, (_, i) => registration(i + 1, commit)));
  writeAuditBranch(dir, 'modelgate-audit', records);
  return { dir, records, commit };
}

async function run(dir: string, ...args: string[]) {
  const io = memoryIO(dir, { ...process.env, GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: 'https://api.github.com' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** A tree holding `records` as the writer lays them out, written with plumbing; its id. */
function treeOf(dir: string, records: readonly AuditRecord[]): string {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(dir, '.git', 'attacker-index') };
  let index = emptyIndex();
  const files: Record<string, string> = {};
  for (const r of records) {
    index = withRecord(index, r);
    files[recordFileName(r.seq, r.kind, r.subject)] = recordFileText(r);
    files[keyFileName(r.kind, r.subject)] = keyEntryText(r);
  }
  files['index.json'] = indexText(index);
  for (const [p, text] of Object.entries(files)) {
    const sha = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text, encoding: 'utf8' }).trim();
    execFileSync('git', ['update-index', '--add', '--cacheinfo', `100644,${sha},${p}`], { cwd: dir, env });
  }
  return execFileSync('git', ['write-tree'], { cwd: dir, env, encoding: 'utf8' }).trim();
}

describe('audit verify: a merge commit on the audit branch', () => {
  it('is refused as tampering, even when it fast-forwards the branch and the chain it brings in is consistent', async () => {
    const { dir, records } = setup(6);
    // Record 6 edited and re-sealed; a side commit on T~1 carries it, and a merge of T with that side
    // fast-forwards the branch: git's default history simplification then follows only the side.
    const rewritten = chainOf(records.map((r) => (r.seq === 6 ? { ...r, summary: 'approved by nobody in particular' } : r)));
    const tree = treeOf(dir, rewritten);
    const side = git(dir, 'commit-tree', tree, '-p', 'modelgate-audit~1', '-m', 'side').trim();
    const merge = git(dir, 'commit-tree', tree, '-p', 'modelgate-audit', '-p', side, '-m', 'merge').trim();
    git(dir, 'update-ref', 'refs/heads/modelgate-audit', merge, git(dir, 'rev-parse', 'modelgate-audit').trim());
    const r = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ verified: false, problem: { kind: 'merge-commit', where: `commit ${merge.slice(0, 12)}` } });
    const text = await run(dir, 'audit', 'verify');
    expect(text.out).toMatch(/^audit log tampered: audit branch commit [0-9a-f]{12} is a merge commit: modelgate's writer never makes one/);
    // The readers refuse too.
    expect((await run(dir, 'audit', 'show')).code).toBe(1);
  });
});

describe('a shallow clone', () => {
  function shallowClone(): string {
    const { dir } = setup(3);
    const clone = tempDir('modelgate-shallow-');
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${dir}`, clone]);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    return clone;
  }

  it('audit verify fails closed (exit 2: the checkout is misconfigured), naming the fix, instead of skipping the branch-history check', async () => {
    const clone = shallowClone();
    const r = await run(clone, 'audit', 'verify');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^modelgate audit verify: .* is a shallow clone: verifying the audit branch modelgate-audit needs the full history.*git fetch --unshallow origin, or fetch-depth: 0 in actions\/checkout/);
  });

  it('history fails closed too (exit 2) instead of answering from a cut merge history', async () => {
    const clone = shallowClone();
    const r = await run(clone, 'history', '--env', 'production', '--at', '2030-01-01T00:00:00Z');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/shallow clone: history needs the full history.*git fetch --unshallow/);
  });
});

describe('records that chain correctly but do not match their schema', () => {
  it('audit verify reports a malformed record (exit 1); history refuses it instead of crashing', async () => {
    const { dir } = setup(0, (commit) => [
      registration(1, commit),
      draft('deployment', `deploy/production/demo@${commit}#1`, { environment: 'production', model: 'demo', serving: null as never, outcome: 'success', startedAt: '2026-03-01T10:05:00Z', finishedAt: '2026-03-01T10:07:00Z', manifestCommit: commit }, { commits: { decision: commit }, decidedAt: 'garbage' }),
    ]);
    const v = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(v.code).toBe(1);
    const problem = (JSON.parse(v.out) as { problem: { kind: string; position: number; message: string } }).problem;
    expect(problem).toMatchObject({ kind: 'malformed', position: 2 });
    expect(problem.message).toMatch(/record 2 \(records\/00000002-deployment-[0-9a-f]{12}\.json\) does not match schemas\/record-v1\.schema\.json: .*(decidedAt|serving)/);
    const h = await run(dir, 'history', '--env', 'production', '--at', '2030-01-01T00:00:00Z');
    expect(h.code).toBe(1);
    expect(h.err).toMatch(/^audit log tampered: record 2 .* does not match schemas\/record-v1\.schema\.json/);
    expect(h.err).not.toMatch(/Cannot read properties/);
  });
});

describe('keys/ on the audit branch', () => {
  it('a planted key for no record of the chain fails verification', async () => {
    const { dir, commit } = setup(2);
    const planted = chainOf([registration(9, commit)])[0]!;
    const file = keyFileName(planted.kind, planted.subject);
    commitOnBranch(dir, 'modelgate-audit', 'plant', { write: { [file]: keyEntryText(planted) } });
    const r = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ problem: { kind: 'keys', where: file, message: expect.stringMatching(/is a key for no record of the chain/) } });
  });

  it('a key deleted or pointing elsewhere fails verification', async () => {
    const { dir, records } = setup(2);
    const [a, b] = records as [AuditRecord, AuditRecord];
    commitOnBranch(dir, 'modelgate-audit', 'repoint', { write: { [keyFileName(a.kind, a.subject)]: keyEntryText({ ...a, hash: b.hash }) } });
    const r = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ problem: { kind: 'keys', message: expect.stringMatching(/does not name record 1 .* as the chain holds it/) } });
    commitOnBranch(dir, 'modelgate-audit', 'drop', { remove: [keyFileName(a.kind, a.subject)] });
    const gone = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(JSON.parse(gone.out)).toMatchObject({ problem: { kind: 'keys', message: expect.stringMatching(/record 1 .* has no key/) } });
  });

  it('an intact log written by the writer has one key per record and verifies', async () => {
    const { dir } = setup(3);
    expect((await run(dir, 'audit', 'verify')).out).toMatch(/^3 records verified/);
  });
});

describe('typos are usage errors, not empty answers', () => {
  it('history --env with an environment modelgate.yaml does not name: exit 2, listing the environments', async () => {
    const { dir } = setup(1);
    const r = await run(dir, 'history', '--env', 'nope', '--at', '2030-01-01T00:00:00Z');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--env: no environment 'nope' in modelgate\.yaml \(environments: staging, production\)/);
  });

  it('evidence for an unknown model or version: exit 2 and no bundle', async () => {
    const { dir } = setup(1);
    const out = path.join(dir, 'bundle');
    const model = await run(dir, 'evidence', 'nope', '1.0.0', '--out', out);
    expect(model.code).toBe(2);
    expect(model.err).toMatch(/no model 'nope': no models\/nope\/model\.yaml in the registry and no audit record about it/);
    const version = await run(dir, 'evidence', 'demo', '9.9.9', '--out', out);
    expect(version.code).toBe(2);
    expect(version.err).toMatch(/no version 9\.9\.9 of demo: no models\/demo\/9\.9\.9\/card\.yaml/);
    expect(existsSync(out)).toBe(false);
    expect((await run(dir, 'evidence', 'demo', '1.0.0', '--out', out)).code).toBe(0);
  });

  it('audit verify --branch on a branch that is not an audit log: exit 1, saying so', async () => {
    const { dir } = setup(1);
    const r = await run(dir, 'audit', 'verify', '--branch', 'main');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^refs\/heads\/main \([0-9a-f]{12}\) is not a modelgate audit log: it has no index\.json and no records\//);
    expect(r.out).not.toMatch(/records verified/);
  });

  it.each(['2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:60:00Z', '2026-03-01T10:00:00+25:00'])('history --at %s (no such time): exit 2', async (at) => {
    const { dir } = setup(1);
    const r = await run(dir, 'history', '--env', 'production', '--at', at);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--at must be an ISO 8601 time/);
  });

  it('history --at on a leap day is accepted', async () => {
    const { dir } = setup(1);
    expect((await run(dir, 'history', '--env', 'production', '--at', '2028-02-29T10:00:00Z')).err).not.toMatch(/--at/);
  });
});

describe('evidence --out', () => {
  it('an existing file: exit 2 "not a directory"', async () => {
    const { dir } = setup(1);
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await run(dir, 'evidence', 'demo', '1.0.0', '--out', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .*a-file is not a directory/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('a directory that cannot be created (under /proc) fails at once with a clear message, never hangs', async () => {
    const { dir } = setup(1);
    const r = await run(dir, 'evidence', 'demo', '1.0.0', '--out', '/proc/modelgate-evidence/x');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/--out \/proc\/modelgate-evidence: cannot create the directory/);
  }, 10_000);

  it('creates missing parents', async () => {
    const { dir } = setup(1);
    const out = path.join(dir, 'a', 'b', 'c');
    expect((await run(dir, 'evidence', 'demo', '1.0.0', '--out', out)).code).toBe(0);
    expect(existsSync(path.join(out, 'evidence.json'))).toBe(true);
  });
});

describe('history reads the default branch, not the checked-out one', () => {
  it('an unmerged manifest change on a feature branch is not reported as serving', async () => {
    const { dir } = setup(0, () => []);
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFiles(dir, { 'deployments/production.yaml': MANIFEST('2.0.0') });
    commitAll(dir, 'not merged yet');
    const r = await run(dir, 'history', '--env', 'production', '--at', '2099-01-01T00:00:00Z', '--format', 'json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.out) as HistoryAnswer;
    expect(answer.entries[0]).toMatchObject({ model: 'demo', stable: '1.0.0' });
    expect(answer.notes.join('\n')).toMatch(/merge history read from the default branch main \([0-9a-f]{12}\)/);
    // --ref still reads what it names.
    const feature = JSON.parse((await run(dir, 'history', '--env', 'production', '--at', '2099-01-01T00:00:00Z', '--format', 'json', '--ref', 'feature')).out) as HistoryAnswer;
    expect(feature.entries[0]).toMatchObject({ stable: '2.0.0' });
  });

  it('modelgate.yaml registry.defaultBranch names it', async () => {
    const { dir } = setup(0, () => []);
    git(dir, 'branch', '-m', 'main', 'trunk');
    writeFiles(dir, { 'modelgate.yaml': `${readFileSync(path.join(dir, 'modelgate.yaml'), 'utf8')}registry:\n  defaultBranch: trunk\n` });
    commitAll(dir, 'name the default branch');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFiles(dir, { 'deployments/production.yaml': MANIFEST('2.0.0') });
    commitAll(dir, 'not merged yet');
    const answer = JSON.parse((await run(dir, 'history', '--env', 'production', '--at', '2099-01-01T00:00:00Z', '--format', 'json')).out) as HistoryAnswer;
    expect(answer.entries[0]).toMatchObject({ stable: '1.0.0' });
    expect(answer.notes.join('\n')).toMatch(/default branch trunk/);
  });
});

describe('polish', () => {
  it('a local audit branch behind origin/<branch>: the newer origin copy is verified, and the output names it', async () => {
    const { dir } = setup(4);
    git(dir, 'update-ref', 'refs/remotes/origin/modelgate-audit', 'refs/heads/modelgate-audit');
    git(dir, 'branch', '-f', 'modelgate-audit', 'modelgate-audit~2');
    expect((await run(dir, 'audit', 'verify')).out).toMatch(/^4 records verified \(origin\/modelgate-audit at [0-9a-f]{12};/);
    // A local branch ahead of origin's (not yet pushed) is the one read.
    git(dir, 'update-ref', 'refs/remotes/origin/modelgate-audit', 'modelgate-audit~1');
    expect((await run(dir, 'audit', 'verify')).out).toMatch(/^2 records verified \(modelgate-audit at /);
  });

  it('audit show accepts --format text (the default); audit verify --help shows --format in its usage', async () => {
    const { dir } = setup(1);
    const shown = await run(dir, 'audit', 'show', '--format', 'text');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/^# Audit records\n\n1 of 1 records/);
    expect((await run(dir, 'audit', 'verify', '--help')).out).toMatch(/modelgate audit verify .*\[--format text\|json\]/);
  });

  it('errors name the subcommand', async () => {
    const { dir } = setup(1);
    const r = await run(dir, 'audit', 'show', '--version', '1.0.0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^modelgate audit show: --version needs --model/);
  });
});
