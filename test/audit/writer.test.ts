import { describe, expect, it } from 'vitest';
import { parseAnchorDescription, sealRecord, verifyChain } from '../../src/audit/chain.js';
import { ANCHOR_CONTEXT, DEFAULT_AUDIT_BRANCH, keyEntryText, keyFileName, parseIndex, parseRecordText, recordFileText } from '../../src/audit/log.js';
import { createCommit, createTree, fastForwardBranch } from '../../src/github/git-data.js';
import { appendRecord } from '../../src/audit/writer.js';
import { installGitHubHarness, mockGitHub, testClient } from '../harness/github.js';
import { draft } from '../helpers/audit.js';
import { FakeGitData } from './fake-git-data.js';

installGitHubHarness();
const repo = { owner: 'acme', repo: 'registry' };

function registration(n: number) {
  const commit = String(n).repeat(40).slice(0, 40);
  return draft('registration', `pr/${n}@${commit}`, { outcome: 'approved', changedFiles: [`models/demo/1.${n}.0/card.yaml`], manifests: [] }, { commits: { decision: commit } });
}

function setup() {
  const gh = mockGitHub();
  const fake = new FakeGitData(repo.owner, repo.repo);
  fake.install(gh);
  return { gh, fake, client: testClient(gh) };
}

function chainOnBranch(fake: FakeGitData) {
  const files = fake.filesAt(DEFAULT_AUDIT_BRANCH);
  return [...files].filter(([p]) => p.startsWith('records/')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, t]) => ({ where: p, record: parseRecordText(t) }));
}

describe('appending to the audit branch through the Git Data API', () => {
  it('creates the branch with the first record and anchors it on the decision commit', async () => {
    const { fake, client } = setup();
    const res = await appendRecord(registration(1), { client, repo, branch: DEFAULT_AUDIT_BRANCH });
    expect(res).toMatchObject({ status: 'written', attempts: 1, anchored: 'created' });
    expect(res.record).toMatchObject({ seq: 1, prev: null });
    const index = parseIndex(fake.filesAt(DEFAULT_AUDIT_BRANCH).get('index.json')!);
    expect(index).toMatchObject({ count: 1, head: { seq: 1, hash: res.record.hash } });
    const [status] = fake.statuses.get('1'.repeat(40))!;
    expect(status!.context).toBe(ANCHOR_CONTEXT);
    expect(parseAnchorDescription(status!.description)).toEqual({ seq: 1, hash: res.record.hash });
  });

  it('is idempotent by (kind, subject): a re-run writes nothing and keeps the one anchor', async () => {
    const { fake, client } = setup();
    const first = await appendRecord(registration(1), { client, repo, branch: DEFAULT_AUDIT_BRANCH });
    const again = await appendRecord({ ...registration(1), summary: 're-run' }, { client, repo, branch: DEFAULT_AUDIT_BRANCH });
    expect(again).toMatchObject({ status: 'exists', anchored: 'present' });
    expect(again.record.hash).toBe(first.record.hash);
    expect(chainOnBranch(fake)).toHaveLength(1);
    expect(fake.statuses.get('1'.repeat(40))).toHaveLength(1);
  });

  it('two concurrent writers racing on the ref both land, in order, with an intact chain', async () => {
    const { fake, client } = setup();
    await appendRecord(registration(1), { client, repo, branch: DEFAULT_AUDIT_BRANCH });
    const opts = { client, repo, branch: DEFAULT_AUDIT_BRANCH, sleep: () => Promise.resolve() };
    const [a, b] = await Promise.all([appendRecord(registration(2), opts), appendRecord(registration(3), opts)]);
    // Both read the same tip, so exactly one lost the fast-forward and retried on the winner's commit.
    expect(fake.rejected).toBe(1);
    expect([a.attempts, b.attempts].sort()).toEqual([1, 2]);
    const entries = chainOnBranch(fake);
    expect(entries.map((e) => e.record.seq)).toEqual([1, 2, 3]);
    expect(new Set(entries.map((e) => e.record.subject))).toEqual(new Set(['pr/1@' + '1'.repeat(40), 'pr/2@' + '2'.repeat(40), 'pr/3@' + '3'.repeat(40)]));
    expect(verifyChain(entries)).toMatchObject({ ok: true, count: 3 });
    expect(parseIndex(fake.filesAt(DEFAULT_AUDIT_BRANCH).get('index.json')!).count).toBe(3);
  });

  it('two writers creating the branch at once: "Reference already exists" is retried too', async () => {
    const { fake, client } = setup();
    const opts = { client, repo, branch: DEFAULT_AUDIT_BRANCH, sleep: () => Promise.resolve() };
    const results = await Promise.all([appendRecord(registration(4), opts), appendRecord(registration(5), opts)]);
    expect(fake.rejected).toBe(1);
    expect(results.map((r) => r.record.seq).sort()).toEqual([1, 2]);
    expect(verifyChain(chainOnBranch(fake))).toMatchObject({ ok: true, count: 2 });
  });

  it('a second workflow writing the same (kind, subject) at the same time: one record, the other finds it', async () => {
    const { fake, client } = setup();
    await appendRecord(registration(1), { client, repo, branch: DEFAULT_AUDIT_BRANCH });
    const opts = { client, repo, branch: DEFAULT_AUDIT_BRANCH, sleep: () => Promise.resolve() };
    const [a, b] = await Promise.all([appendRecord(registration(6), opts), appendRecord({ ...registration(6), summary: 'second workflow' }, opts)]);
    expect([a.status, b.status].sort()).toEqual(['exists', 'written']);
    expect(a.record.hash).toBe(b.record.hash);
    const entries = chainOnBranch(fake);
    expect(entries.map((e) => e.record.seq)).toEqual([1, 2]);
    expect(verifyChain(entries)).toMatchObject({ ok: true, count: 2 });
    // Every anchor on the decision commit names the one record.
    const anchors = fake.statuses.get('6'.repeat(40))!.map((s) => parseAnchorDescription(s.description));
    expect(anchors.length).toBeGreaterThanOrEqual(1);
    for (const x of anchors) expect(x).toEqual({ seq: 2, hash: a.record.hash });
  });

  it('a key planted without its record (for a subject a later merge will have) does not make the writer skip that record', async () => {
    const { fake, client } = setup();
    const opts = { client, repo, branch: DEFAULT_AUDIT_BRANCH };
    await appendRecord(registration(1), opts);
    // Someone with contents: write plants the key of a future decision, naming a record blob outside records/.
    const victim = registration(7);
    const forged = sealRecord({ ...victim, summary: 'not what happened' }, null, '2026-03-01T10:00:00.000Z');
    const tip = fake.refs.get(`heads/${DEFAULT_AUDIT_BRANCH}`)!;
    const tree = await createTree(client, repo, fake.commits.get(tip)!.tree, [
      { path: keyFileName(forged.kind, forged.subject), content: keyEntryText(forged) },
      { path: 'junk/forged.json', content: recordFileText(forged) },
    ]);
    await fastForwardBranch(client, repo, DEFAULT_AUDIT_BRANCH, await createCommit(client, repo, { message: 'plant', tree, parents: [tip] }));
    const res = await appendRecord(victim, opts);
    expect(res).toMatchObject({ status: 'written', record: { seq: 2, subject: victim.subject, summary: victim.summary } });
    const entries = chainOnBranch(fake);
    expect(entries.map((e) => e.record.subject)).toEqual([registration(1).subject, victim.subject]);
    // Its own key replaced the planted one: a re-run now finds the real record.
    expect(fake.filesAt(DEFAULT_AUDIT_BRANCH).get(keyFileName(forged.kind, forged.subject))).toBe(keyEntryText(res.record));
    expect(await appendRecord(victim, opts)).toMatchObject({ status: 'exists', record: { hash: res.record.hash } });
  });

  it('refuses to write a record that does not match its schema', async () => {
    const { client } = setup();
    const bad = { ...registration(1), data: { outcome: 'fine' } } as never;
    await expect(appendRecord(bad, { client, repo, branch: DEFAULT_AUDIT_BRANCH })).rejects.toThrow(/record-v1\.schema\.json/);
  });
});
