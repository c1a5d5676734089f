import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordHash } from '../../src/audit/chain.js';
import { anchorDescription } from '../../src/audit/chain.js';
import type { AuditRecord } from '../../src/audit/records.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { exampleResponse, installGitHubHarness, mockGitHub } from '../harness/github.js';
import { chainOf, draft, writeAuditBranch } from '../helpers/audit.js';
import { git, gitInit, makeRegistry, removeDir } from '../helpers/registry.js';

installGitHubHarness();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

/** A registry repo with one commit per record on main, and the log on modelgate-audit. */
function setup(n = 4): { dir: string; records: AuditRecord[]; commits: string[] } {
  const dir = makeRegistry();
  dirs.push(dir);
  const commits = [gitInit(dir)];
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/registry.git');
  for (let i = 1; i < n; i++) {
    git(dir, 'commit', '-q', '--allow-empty', '-m', `change ${i}`);
    commits.push(git(dir, 'rev-parse', 'HEAD').trim());
  }
  const records = chainOf(
    commits.map((sha, i) =>
      draft('registration', `pr/${i + 1}@${sha}`, { outcome: 'approved', changedFiles: ['models/demo/1.0.0/card.yaml'], manifests: [] }, { commits: { decision: sha }, models: [{ model: 'demo', version: '1.0.0' }] }),
    ),
  );
  writeAuditBranch(dir, 'modelgate-audit', records);
  return { dir, records, commits };
}

async function run(dir: string, ...args: string[]) {
  const io = memoryIO(dir, { ...process.env, GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: 'https://api.github.com' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function statuses(anchors: { seq: number; hash: string; creator?: string; at?: string }[]) {
  const example = (exampleResponse('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses') as Record<string, unknown>[])[0]!;
  return anchors.map((a, i) => ({
    ...example,
    id: i + 1,
    context: 'modelgate/audit',
    state: 'success',
    description: anchorDescription(a.seq, a.hash),
    created_at: a.at ?? '2026-03-01T10:00:00Z',
    updated_at: a.at ?? '2026-03-01T10:00:00Z',
    creator: { ...(example.creator as object), login: a.creator ?? 'github-actions[bot]' },
  }));
}

describe('modelgate audit verify', () => {
  it('reports "N records verified" and exits 0 on an intact log', async () => {
    const { dir } = setup();
    const r = await run(dir, 'audit', 'verify');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^4 records verified/);
  });

  it('reports the first tampered record and exits 1', async () => {
    const { dir, records } = setup();
    const edited = records.map((r) => (r.seq === 2 ? { ...r, summary: 'edited' } : r));
    writeAuditBranch(dir, 'modelgate-audit', edited);
    const r = await run(dir, 'audit', 'verify', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ verified: false, problem: { kind: 'modified', position: 2 } });
  });

  it('--online accepts a log whose every record is anchored by the trusted writer', async () => {
    const { dir, records, commits } = setup();
    const gh = mockGitHub();
    records.forEach((r, i) => gh.route('GET', `/repos/acme/registry/commits/${commits[i]}/statuses`, { status: 200, body: statuses([{ seq: r.seq, hash: r.hash }]) }));
    const r = await run(dir, 'audit', 'verify', '--online');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/4 records verified .* every record anchored by github-actions\[bot\]/);
  });

  it('--online catches a consistent whole-chain rewrite that passes offline', async () => {
    const { dir, records, commits } = setup();
    // Every record re-sealed with a changed verdict: the chain is internally consistent again.
    const rewritten = chainOf(records.map((r) => ({ ...r, summary: `${r.summary} (rewritten)`, cards: [{ model: 'demo', version: '1.0.0', path: 'models/demo/1.0.0/card.yaml', digest: 'c'.repeat(64) }] })));
    writeAuditBranch(dir, 'modelgate-audit', rewritten);
    git(dir, 'update-ref', '-d', 'refs/heads/modelgate-audit');
    writeAuditBranch(dir, 'modelgate-audit', rewritten);
    expect((await run(dir, 'audit', 'verify')).code).toBe(0);
    const gh = mockGitHub();
    // The original anchors, and a later re-anchoring by the same bot that must not win.
    records.forEach((r, i) =>
      gh.route('GET', `/repos/acme/registry/commits/${commits[i]}/statuses`, {
        status: 200,
        body: statuses([
          { seq: r.seq, hash: rewritten[i]!.hash, at: '2026-04-01T00:00:00Z' },
          { seq: r.seq, hash: r.hash },
        ]),
      }),
    );
    const r = await run(dir, 'audit', 'verify', '--online');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/record 1 .* anchored .* the log was rewritten/);
  });

  it('--online catches a truncated tail: anchors exist for records the log no longer has', async () => {
    const { dir, records, commits } = setup();
    git(dir, 'update-ref', '-d', 'refs/heads/modelgate-audit');
    writeAuditBranch(dir, 'modelgate-audit', records.slice(0, 2));
    expect((await run(dir, 'audit', 'verify')).code).toBe(0);
    const gh = mockGitHub();
    records.forEach((r, i) => gh.route('GET', `/repos/acme/registry/commits/${commits[i]}/statuses`, { status: 200, body: statuses([{ seq: r.seq, hash: r.hash }]) }));
    const r = await run(dir, 'audit', 'verify', '--online');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/anchored record 3 .* the log has no such record/);
  });

  it('--online when GitHub refuses the token: exit 3, naming what to fix, never "verified"', async () => {
    const { dir, commits } = setup(1);
    mockGitHub().route('GET', `/repos/acme/registry/commits/${commits[0]}/statuses`, { status: 404, global: true, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    const r = await run(dir, 'audit', 'verify', '--online');
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/the audit anchors \(commit statuses of acme\/registry\) cannot be read: GET \/repos\/acme\/registry\/commits\/[0-9a-f]{40}\/statuses failed with 404: .*that the token can read the repository.*\(token: GITHUB_TOKEN; API: GITHUB_API_URL\)/);
  });

  it('--online refuses records anchored only by an untrusted account', async () => {
    const { dir, records, commits } = setup(1);
    const gh = mockGitHub();
    gh.route('GET', `/repos/acme/registry/commits/${commits[0]}/statuses`, { status: 200, body: statuses([{ seq: 1, hash: records[0]!.hash, creator: 'mallory' }]) });
    const r = await run(dir, 'audit', 'verify', '--online');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/no anchor from a trusted writer/);
  });
});

describe('modelgate audit show and evidence', () => {
  it('shows the records about a model version as JSON, after verifying the chain', async () => {
    const { dir, records } = setup(2);
    const r = await run(dir, 'audit', 'show', '--model', 'demo', '--version', '1.0.0', '--format', 'json');
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.out) as AuditRecord[];
    expect(shown.map((s) => s.hash)).toEqual(records.map((x) => x.hash));
    expect(recordHash(shown[0]!)).toBe(shown[0]!.hash);
    expect((await run(dir, 'audit', 'show', '--model', 'demo', '--version', '9.9.9', '--format', 'json')).out.trim()).toBe('[]');
  });

  it('writes the evidence bundle: JSON and a Markdown report with the card', async () => {
    const { dir } = setup(2);
    const out = path.join(dir, 'evidence-out');
    const r = await run(dir, 'evidence', 'demo', '1.0.0', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const bundle = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8')) as { records: unknown[]; card: { digest: string } };
    expect(bundle.records).toHaveLength(2);
    expect(bundle.card.digest).toMatch(/^[0-9a-f]{64}$/);
    const md = readFileSync(path.join(out, 'evidence.md'), 'utf8');
    expect(md).toMatch(/^# Evidence: demo 1\.0\.0/);
    expect(md).toMatch(/## Registration and approvals[\s\S]*### 1\. registration/);
    expect(md).toMatch(/## Rollbacks\n\n_none recorded_/);
  });

  it('refuses to show from a tampered log (exit 1)', async () => {
    const { dir, records } = setup(3);
    writeAuditBranch(dir, 'modelgate-audit', records.filter((r) => r.seq !== 2));
    const r = await run(dir, 'audit', 'show');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/audit log tampered: 1 record before .* was removed/);
  });

  it('every command has --help with examples', async () => {
    const dir = makeRegistry();
    dirs.push(dir);
    for (const args of [['audit', '--help'], ['audit', 'verify', '--help'], ['audit', 'show', '--help'], ['history', '--help'], ['evidence', '--help']]) {
      const r = await run(dir, ...args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Examples:\n {2}modelgate /);
    }
  });
});
