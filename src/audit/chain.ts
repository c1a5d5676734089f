/**
 * The hash chain (DESIGN §5). A record's hash is sha256 over the RFC 8785 canonical JSON of every
 * field but `hash`; each record names the previous record's hash in `prev`. Canonical form makes the
 * hash independent of key order and number spelling, so any conforming tool can recompute it.
 *
 * verifyChain reports the FIRST problem only: after a break every later link is suspect, and the
 * earliest break is what an auditor needs to start from.
 */
import { createHash } from 'node:crypto';
import canonicalize from './canonicalize.js';
import { RECORD_SCHEMA_VERSION, recordKey, type AuditRecord, type RecordDraft } from './records.js';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

export function recordHash(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  const { hash: _ignored, ...rest } = record as AuditRecord;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** Seals a draft as the next link after `previous` (null for the first record). */
export function sealRecord(draft: RecordDraft, previous: { seq: number; hash: string } | null, recordedAt: string): AuditRecord {
  const body = { ...draft, schemaVersion: RECORD_SCHEMA_VERSION as 1, seq: (previous?.seq ?? 0) + 1, prev: previous?.hash ?? null, recordedAt };
  return { ...body, hash: recordHash(body) };
}

export type ChainProblemKind =
  | 'unreadable'
  | 'modified'
  | 'removed'
  | 'reordered'
  | 'inserted'
  | 'forged-link'
  | 'duplicate'
  | 'truncated'
  | 'unanchored'
  | 'anchor-mismatch'
  /** A record that does not conform to its schema (schemas/record-v1.schema.json). */
  | 'malformed'
  /** keys/ names a record the chain does not hold, or misses one it does. */
  | 'keys'
  /** A merge commit on the audit branch: the writer never makes one. */
  | 'merge-commit'
  /** The branch is not a modelgate audit log at all (no index.json, no records). */
  | 'not-a-log';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** 1-based position in the log as read (file order), or the seq the problem concerns. */
  position: number;
  /** The file (or other location) of the offending record. */
  where: string;
  message: string;
}

export interface ChainEntry {
  where: string;
  record: AuditRecord | null;
  /** Why `record` is null (the file did not parse). */
  error?: string;
}

export interface ChainVerdict {
  ok: boolean;
  count: number;
  head: { seq: number; hash: string } | null;
  problem: ChainProblem | null;
}

function fail(count: number, problem: ChainProblem): ChainVerdict {
  return { ok: false, count, head: null, problem };
}

/**
 * Checks entries in log order (by file name, which carries the seq). Each record must hash to its
 * own `hash` (else it was modified), carry the next seq, and link to its predecessor's hash. A
 * link that fails is classified by what the rest of the log shows: the predecessor of a record
 * whose seq skips is missing (removed); a seq out of order means records were swapped; a record
 * whose own hash holds but whose link does not, with no gap to explain it, was forged or inserted.
 */
export function verifyChain(entries: readonly ChainEntry[]): ChainVerdict {
  const keys = new Map<string, number>();
  const bySeqHash = new Map<string, number>();
  entries.forEach((e, i) => e.record && bySeqHash.set(e.record.hash, i + 1));
  let previous: AuditRecord | null = null;
  for (let i = 0; i < entries.length; i++) {
    const position = i + 1;
    const e = entries[i]!;
    const r = e.record;
    if (!r) return fail(i, { kind: 'unreadable', position, where: e.where, message: `record ${position} (${e.where}) cannot be read: ${e.error ?? 'not a record'}` });
    const recomputed = recordHash(r);
    if (recomputed !== r.hash) {
      return fail(i, { kind: 'modified', position, where: e.where, message: `record ${position} (${e.where}) was modified: its content hashes to ${recomputed.slice(0, 16)}…, not the ${r.hash.slice(0, 16)}… it carries` });
    }
    const expectedSeq = position;
    const expectedPrev = previous?.hash ?? null;
    if (r.seq !== expectedSeq || r.prev !== expectedPrev) {
      if (r.seq < expectedSeq || (r.seq > expectedSeq && entries.slice(i + 1).some((o) => o.record && o.record.seq < r.seq))) {
        return fail(i, { kind: 'reordered', position, where: e.where, message: `record ${position} (${e.where}) carries seq ${r.seq}: records were reordered` });
      }
      if (r.seq > expectedSeq) {
        const missing = r.seq - expectedSeq;
        return fail(i, { kind: 'removed', position, where: e.where, message: `${missing} record${missing === 1 ? '' : 's'} before ${e.where} ${missing === 1 ? 'was' : 'were'} removed: it carries seq ${r.seq}, the log reaches only ${expectedSeq - 1}` });
      }
      // Same seq, own hash intact, but the link names a record that is not its predecessor.
      const linked = r.prev ? bySeqHash.get(r.prev) : undefined;
      return fail(i, {
        kind: linked === undefined && previous !== null ? 'forged-link' : 'inserted',
        position,
        where: e.where,
        message: `record ${position} (${e.where}) does not link to record ${position - 1}: it names ${r.prev ? `${r.prev.slice(0, 16)}…` : 'no predecessor'}, record ${position - 1} hashes to ${expectedPrev ? `${expectedPrev.slice(0, 16)}…` : '(none)'} (a forged or inserted record)`,
      });
    }
    const key = recordKey(r.kind, r.subject);
    const first = keys.get(key);
    if (first !== undefined) {
      return fail(i, { kind: 'duplicate', position, where: e.where, message: `record ${position} (${e.where}) repeats the key ${key} of record ${first}` });
    }
    keys.set(key, position);
    previous = r;
  }
  return { ok: true, count: entries.length, head: previous ? { seq: previous.seq, hash: previous.hash } : null, problem: null };
}

/** An anchor: a record hash the trusted writer published outside the audit branch. */
export interface Anchor {
  seq: number;
  hash: string;
  /** The decision commit it sits on. */
  commit: string;
  creator: string;
  createdAt: string;
}

/**
 * Checks a verified chain against its anchors. Per (commit, seq) the earliest anchor from a trusted
 * writer wins: a later status cannot re-anchor a rewritten record. Every record must be anchored
 * with its own hash (a consistent whole-chain rewrite changes hashes), and every anchored record
 * must be in the chain (a truncated tail leaves anchors with no record).
 */
export function checkAnchors(records: readonly AuditRecord[], anchors: readonly Anchor[], trusted: readonly string[], options: { /** readers leave unanchored records out instead */ allowUnanchored?: boolean } = {}): ChainProblem | null {
  const winners = winningAnchors(anchors, trusted);
  const inChain = new Map(records.map((r) => [r.hash, r]));
  for (const r of records) {
    const a = winners.get(`${r.commits.decision}\n${r.seq}`);
    if (!a) {
      if (options.allowUnanchored) continue;
      return { kind: 'unanchored', position: r.seq, where: `seq ${r.seq}`, message: `record ${r.seq} (${r.kind} ${r.subject}) has no anchor from a trusted writer (${trusted.join(', ')}) on commit ${r.commits.decision.slice(0, 12)}: it is not accepted` };
    }
    if (a.hash !== r.hash) {
      return { kind: 'anchor-mismatch', position: r.seq, where: `seq ${r.seq}`, message: `record ${r.seq} (${r.kind} ${r.subject}) hashes to ${r.hash.slice(0, 16)}…, but @${a.creator} anchored ${a.hash.slice(0, 16)}… on ${a.commit.slice(0, 12)} at ${a.createdAt}: the log was rewritten` };
    }
  }
  for (const a of [...winners.values()].sort((x, y) => x.seq - y.seq)) {
    if (!inChain.has(a.hash)) {
      return { kind: 'truncated', position: a.seq, where: `seq ${a.seq}`, message: `@${a.creator} anchored record ${a.seq} (${a.hash.slice(0, 16)}…) on ${a.commit.slice(0, 12)}, but the log has no such record: records were removed or the tail truncated` };
    }
  }
  return null;
}

/** The anchors that count: per (decision commit, seq), the earliest from a trusted writer. */
export function winningAnchors(anchors: readonly Anchor[], trusted: readonly string[]): Map<string, Anchor> {
  const allowed = new Set(trusted.map((t) => t.toLowerCase()));
  const winners = new Map<string, Anchor>();
  for (const a of [...anchors].sort((x, y) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : 0))) {
    if (!allowed.has(a.creator.toLowerCase())) continue;
    const k = `${a.commit}\n${a.seq}`;
    if (!winners.has(k)) winners.set(k, a);
  }
  return winners;
}

/**
 * What a reader may use: the records whose winning anchor carries their own hash. A record with no
 * trusted anchor, or whose earliest trusted anchor names another hash, is refused with the reason.
 */
export function acceptAnchored(records: readonly AuditRecord[], anchors: readonly Anchor[], trusted: readonly string[]): { accepted: AuditRecord[]; refused: { record: AuditRecord; reason: string }[] } {
  const winners = winningAnchors(anchors, trusted);
  const accepted: AuditRecord[] = [];
  const refused: { record: AuditRecord; reason: string }[] = [];
  for (const r of records) {
    const a = winners.get(`${r.commits.decision}\n${r.seq}`);
    if (!a) refused.push({ record: r, reason: `no anchor from a trusted writer (${trusted.join(', ')}) on commit ${r.commits.decision.slice(0, 12)}` });
    else if (a.hash !== r.hash) refused.push({ record: r, reason: `@${a.creator} anchored ${a.hash.slice(0, 16)}… at ${a.createdAt}, not this record's ${r.hash.slice(0, 16)}…` });
    else accepted.push(r);
  }
  return { accepted, refused };
}

/** The text of an anchor (commit status description, at most 140 characters). */
export function anchorDescription(seq: number, hash: string): string {
  return `audit record ${seq} sha256:${hash}`;
}

export function parseAnchorDescription(text: string | null | undefined): { seq: number; hash: string } | null {
  const m = /^audit record ([1-9][0-9]*) sha256:([0-9a-f]{64})$/.exec(text ?? '');
  return m ? { seq: Number(m[1]), hash: m[2]! } : null;
}
