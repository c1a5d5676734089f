import { afterEach, describe, expect, it } from 'vitest';
import { checkAnchors, recordHash, sealRecord, verifyChain, canonicalJson, type Anchor } from '../../src/audit/chain.js';
import { verifyLocal } from '../../src/audit/local.js';
import { execFileSync } from 'node:child_process';
import { gitBlobId, indexText, recordFileName, recordFileText, withRecord, emptyIndex } from '../../src/audit/log.js';
import { recordSchemaProblems, type AuditRecord } from '../../src/audit/records.js';
import { chainOf, commitOnBranch, draft, writeAuditBranch } from '../helpers/audit.js';
import { git, removeDir, tempDir } from '../helpers/registry.js';

const BRANCH = 'modelgate-audit';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function deployment(n: number) {
  return draft('deployment', `deploy/production/demo@${String(n).padStart(40, '0')}`, {
    environment: 'production',
    model: 'demo',
    serving: { strategy: 'direct', stable: `1.${n}.0` },
    outcome: 'success',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:05:00.000Z',
    manifestCommit: String(n).padStart(40, '0'),
  });
}

function fiveRecords(): AuditRecord[] {
  return chainOf([1, 2, 3, 4, 5].map(deployment));
}

function repoWith(records: readonly AuditRecord[], files?: (r: AuditRecord) => string): string {
  const dir = tempDir('modelgate-audit-');
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  writeAuditBranch(dir, BRANCH, records, files ? { files } : {});
  return dir;
}

describe('canonical hashing', () => {
  it('hashes the RFC 8785 form: key order and number spelling do not change the hash', () => {
    const [r] = fiveRecords();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(r!).reverse()))) as AuditRecord;
    expect(recordHash(reordered)).toBe(r!.hash);
    expect(canonicalJson({ b: 1.0, a: [1e2, 'x'] })).toBe('{"a":[100,"x"],"b":1}');
  });

  it('computes the git blob id of a record file as git does (writers read records by it)', () => {
    const r = fiveRecords()[0]!;
    const dir = tempDir('modelgate-blob-');
    dirs.push(dir);
    git(dir, 'init', '-q');
    const text = recordFileText(r);
    expect(gitBlobId(text)).toBe(execFileSync('git', ['hash-object', '--stdin'], { cwd: dir, input: text, encoding: 'utf8' }).trim());
  });

  it('links each record to the one before and numbers them from 1', () => {
    const rs = fiveRecords();
    expect(rs.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rs[0]!.prev).toBeNull();
    for (let i = 1; i < rs.length; i++) expect(rs[i]!.prev).toBe(rs[i - 1]!.hash);
  });

  it('every record kind conforms to the record schema, and a malformed one does not', async () => {
    const rs = fiveRecords();
    expect(await recordSchemaProblems(rs[0])).toEqual([]);
    const bad = { ...rs[0]!, data: { ...rs[0]!.data, outcome: 'maybe' } };
    expect((await recordSchemaProblems(bad)).join('\n')).toMatch(/outcome|allowed/);
  });
});

describe('audit verify on a real branch', () => {
  it('verifies an intact log', async () => {
    const dir = repoWith(fiveRecords());
    const v = await verifyLocal(dir, BRANCH);
    expect(v.problem).toBeNull();
    expect(v.ok).toBe(true);
    expect(v.count).toBe(5);
  });

  it('catches an edited field (history rewritten so only the chain can tell)', async () => {
    const rs = fiveRecords();
    const edited = rs.map((r) => (r.seq === 3 ? { ...r, data: { ...r.data, serving: { strategy: 'direct' as const, stable: '9.9.9' } } } : r));
    const v = await verifyLocal(repoWith(edited), BRANCH);
    expect(v.ok).toBe(false);
    expect(v.problem).toMatchObject({ kind: 'modified', position: 3 });
  });

  it('catches an edited field committed on top (the branch history shows it)', async () => {
    const rs = fiveRecords();
    const dir = repoWith(rs);
    const r3 = rs[2]!;
    // The forger also re-seals every later record and the index, so the chain itself is consistent again.
    const forged = chainOf([deployment(1), deployment(2), { ...deployment(3), summary: 'nothing to see' }, deployment(4), deployment(5)]);
    let index = emptyIndex();
    forged.forEach((r) => (index = withRecord(index, r)));
    commitOnBranch(dir, BRANCH, 'fix typo', {
      write: Object.fromEntries([...forged.slice(2).map((r) => [recordFileName(r.seq, r.kind, r.subject), recordFileText(r)]), ['index.json', indexText(index)]]),
    });
    expect(r3.hash).not.toBe(forged[2]!.hash);
    const v = await verifyLocal(dir, BRANCH);
    expect(v.problem).toMatchObject({ kind: 'modified', where: recordFileName(3, r3.kind, r3.subject) });
  });

  it('catches a deleted record', async () => {
    const rs = fiveRecords();
    const v = await verifyLocal(repoWith(rs.filter((r) => r.seq !== 3)), BRANCH);
    expect(v.problem).toMatchObject({ kind: 'removed', position: 3 });
    expect(v.problem!.message).toMatch(/1 record before .* was removed/);
  });

  it('catches two records swapped', async () => {
    const rs = fiveRecords();
    // Each keeps its content but takes the other's place in the log.
    const v = await verifyLocal(repoWith(rs, (r) => (r.seq === 2 ? recordFileName(3, rs[2]!.kind, rs[2]!.subject) : r.seq === 3 ? recordFileName(2, rs[1]!.kind, rs[1]!.subject) : recordFileName(r.seq, r.kind, r.subject))), BRANCH);
    expect(v.problem).toMatchObject({ kind: 'reordered', position: 2 });
  });

  it('catches a forged record with a correct own hash but a broken link', async () => {
    const rs = fiveRecords();
    const forgedBody = { ...rs[2]!, summary: 'approved by everyone', prev: 'f'.repeat(64) };
    const forged = { ...forgedBody, hash: recordHash(forgedBody) };
    expect(recordHash(forged)).toBe(forged.hash);
    const v = await verifyLocal(repoWith(rs.map((r) => (r.seq === 3 ? forged : r))), BRANCH);
    expect(v.problem).toMatchObject({ kind: 'forged-link', position: 3 });
  });

  it('catches a re-sealed record that links correctly: the next record no longer links to it', async () => {
    const rs = fiveRecords();
    const resealed = sealRecord({ ...deployment(3), summary: 'rewritten' }, rs[1]!, rs[2]!.recordedAt);
    const v = await verifyLocal(repoWith(rs.map((r) => (r.seq === 3 ? resealed : r))), BRANCH);
    expect(v.problem).toMatchObject({ kind: 'forged-link', position: 4 });
    expect(v.problem!.message).toMatch(/record 4 .* does not link to record 3/);
  });

  it('catches a truncated tail removed by a later commit, index made consistent', async () => {
    const rs = fiveRecords();
    const dir = repoWith(rs);
    let index = emptyIndex();
    rs.slice(0, 3).forEach((r) => (index = withRecord(index, r)));
    commitOnBranch(dir, BRANCH, 'cleanup', { remove: rs.slice(3).map((r) => recordFileName(r.seq, r.kind, r.subject)), write: { 'index.json': indexText(index) } });
    const v = await verifyLocal(dir, BRANCH);
    expect(v.problem).toMatchObject({ kind: 'truncated', position: 4 });
    expect(v.problem!.message).toMatch(/audit branch commit [0-9a-f]{12} recorded record 4 \([0-9a-f]{16}…\), which the log no longer holds \(it ends at 3\)/);
  });

  it('a truncated tail pushed as rewritten history passes offline and is caught by the anchors', async () => {
    const rs = fiveRecords();
    const v = await verifyLocal(repoWith(rs.slice(0, 3)), BRANCH);
    expect(v.ok).toBe(true);
    const anchors: Anchor[] = rs.map((r, i) => ({ seq: r.seq, hash: r.hash, commit: r.commits.decision, creator: 'github-actions[bot]', createdAt: `2026-03-01T10:0${i}:00Z` }));
    expect(checkAnchors(v.records, anchors, ['github-actions[bot]'])).toMatchObject({ kind: 'truncated', position: 4 });
  });
});

describe('anchors', () => {
  const rs = fiveRecords();
  const anchor = (r: AuditRecord, creator = 'github-actions[bot]', createdAt = '2026-03-01T10:00:00Z', hash = r.hash): Anchor => ({ seq: r.seq, hash, commit: r.commits.decision, creator, createdAt });

  it('accepts a chain whose every record is anchored by the trusted writer', () => {
    expect(checkAnchors(rs, rs.map((r) => anchor(r)), ['github-actions[bot]'])).toBeNull();
  });

  it('refuses records anchored only by someone else', () => {
    expect(checkAnchors(rs, rs.map((r) => anchor(r, 'mallory')), ['github-actions[bot]'])).toMatchObject({ kind: 'unanchored', position: 1 });
  });

  it('the earliest trusted anchor wins: a later re-anchoring of a rewritten chain does not count', () => {
    const rewritten = chainOf(rs.map((r) => ({ ...r, summary: `${r.summary} (rewritten)` })));
    const anchors = [...rs.map((r) => anchor(r)), ...rewritten.map((r) => anchor(r, 'github-actions[bot]', '2026-04-01T00:00:00Z'))];
    expect(checkAnchors(rewritten, anchors, ['github-actions[bot]'])).toMatchObject({ kind: 'anchor-mismatch', position: 1 });
    expect(verifyChain(rewritten.map((r) => ({ where: String(r.seq), record: r }))).ok).toBe(true);
  });
});
