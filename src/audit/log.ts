/**
 * The audit log's layout on its branch (default `modelgate-audit`, modelgate.yaml `audit.branch`):
 *
 *   records/00000001-registration-3f2a9c1d04be.json   one record per file: <seq>-<kind>-<subject hash>
 *   keys/3f/registration-3f2a9c1d04be.json             the key (kind, subject) → { seq, hash, file, blob }
 *   index.json                                         { count, head: { seq, hash } }
 *
 * Each append is one commit that adds one record file and one key file and rewrites the small
 * index, so the branch's own history is append-only and checkable, and stays linear in size (an
 * index holding every key would be rewritten whole on each append: quadratic history). The seq in
 * the file name makes `ls` order the log order. A writer finds the head in index.json and tests a
 * key by listing one shard of keys/ (256 shards by the subject hash's first byte), then reads the
 * record by its blob id. Index and keys are derived data: verification recomputes the index from
 * the records, and a duplicate key in the records is reported whatever keys/ says.
 */
import { createHash } from 'node:crypto';
import type { AuditRecord, RecordKind } from './records.js';
import { subjectHash } from './records.js';

export const DEFAULT_AUDIT_BRANCH = 'modelgate-audit';
export const RECORDS_DIR = 'records';
export const INDEX_FILE = 'index.json';
export const ANCHOR_CONTEXT = 'modelgate/audit';
/** Who may anchor records when modelgate.yaml `audit.trustedWriters` does not say. */
export const DEFAULT_TRUSTED_WRITERS = ['github-actions[bot]'];

export interface AuditIndex {
  schemaVersion: 1;
  count: number;
  head: { seq: number; hash: string } | null;
}

export interface KeyEntry {
  kind: RecordKind;
  subject: string;
  seq: number;
  hash: string;
  file: string;
  /** The git blob id of the record file, so a writer reads it without listing records/. */
  blob: string;
}

export const KEYS_DIR = 'keys';

export function keyShard(subject: string): string {
  return subjectHash(subject).slice(0, 2);
}

export function keyFileName(kind: RecordKind, subject: string): string {
  return `${KEYS_DIR}/${keyShard(subject)}/${kind}-${subjectHash(subject)}.json`;
}

/** The id git gives a blob with this content (what the API returns as its sha). */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function keyEntryText(record: AuditRecord, file = recordFileName(record.seq, record.kind, record.subject), blob = gitBlobId(recordFileText(record))): string {
  const entry: KeyEntry = { kind: record.kind, subject: record.subject, seq: record.seq, hash: record.hash, file, blob };
  return `${JSON.stringify(entry)}\n`;
}

export function recordFileName(seq: number, kind: RecordKind, subject: string): string {
  return `${RECORDS_DIR}/${String(seq).padStart(8, '0')}-${kind}-${subjectHash(subject)}.json`;
}

const FILE = /^records\/([0-9]{8,})-([a-z-]+)-([0-9a-f]{12})\.json$/;

export function isRecordFile(path: string): boolean {
  return FILE.test(path);
}

/** Records are stored as indented JSON for people; the hash is over the canonical form, so layout does not matter. */
export function recordFileText(record: AuditRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function emptyIndex(): AuditIndex {
  return { schemaVersion: 1, count: 0, head: null };
}

export function withRecord(index: AuditIndex, record: AuditRecord): AuditIndex {
  return { schemaVersion: 1, count: index.count + 1, head: { seq: record.seq, hash: record.hash } };
}

export function indexText(index: AuditIndex): string {
  return `${JSON.stringify(index)}\n`;
}

export function parseIndex(text: string): AuditIndex {
  const v = JSON.parse(text) as Partial<AuditIndex>;
  if (v.schemaVersion !== 1 || typeof v.count !== 'number') throw new Error(`${INDEX_FILE} is not a version 1 audit index`);
  return { schemaVersion: 1, count: v.count, head: v.head ?? null };
}

export function parseRecordText(text: string): AuditRecord {
  const v = JSON.parse(text) as AuditRecord;
  if (!v || typeof v !== 'object' || typeof v.hash !== 'string' || typeof v.seq !== 'number') throw new Error('not an audit record');
  return v;
}

export function parseKeyEntry(text: string): KeyEntry {
  const v = JSON.parse(text) as KeyEntry;
  if (!v || typeof v.seq !== 'number' || typeof v.blob !== 'string' || typeof v.hash !== 'string') throw new Error('not an audit key entry');
  return v;
}
