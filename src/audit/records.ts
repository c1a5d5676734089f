/**
 * The evidence records (DESIGN §5): every kind defined up front, so the deploy, monitor and rollback
 * work only fills them in. A record holds its data itself: workflow logs expire, the record must
 * answer an auditor without them. schemas/record-v1.schema.json is the authority; these types follow it.
 */
import { createHash } from 'node:crypto';

export const RECORD_SCHEMA_VERSION = 1;

export const RECORD_KINDS = ['registration', 'promotion', 'deployment', 'monitor-verdict', 'rollback', 'waiver-use'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A review as GitHub returned it: the commit it was given on and when. */
export interface ReviewEvidence {
  id: number | null;
  login: string;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

/** How one requirement of the approval rule was met, or why it was not. */
export interface RequirementEvidence {
  requirement: string;
  satisfied: boolean;
  /** Who satisfied it and through what (e.g. "@alice, member of @acme/model-risk"). */
  by: string[];
}

export interface TeamResolution {
  team: string;
  login: string;
  status: 'member' | 'not-member' | 'unknown';
  reason?: string;
}

export interface ApprovalEvidence {
  /** The verdict re-derived from GitHub's data when the record was written, not a check someone wrote. */
  approved: boolean;
  /** The approval rule applied (risk tier, minimum, teams, independence), as the approvals core reported it. */
  rule: Record<string, unknown>;
  /** Who counted, with the commit each approval was given on. */
  counted: { login: string; reviewId: number | null; commitId: string | null; submittedAt: string | null; onHead: boolean }[];
  requirements: RequirementEvidence[];
  teams: TeamResolution[];
  missing: string[];
  blockers: string[];
  reasons: string[];
  /** Where the rules came from: the base commit whose CODEOWNERS and modelgate.yaml decided. */
  baseCommit: string | null;
  codeownersFile: string | null;
}

export interface PullRequestEvidence {
  number: number;
  title: string | null;
  author: string | null;
  url: string | null;
  baseRef: string;
  headSha: string;
  mergedAt: string | null;
  mergedBy: string | null;
  reviews: ReviewEvidence[];
}

export interface RunEvidence {
  id: string | null;
  url: string | null;
  actor: string | null;
  event: string | null;
  workflow: string | null;
  attempt: number | null;
}

export interface CardEvidence {
  model: string;
  version: string;
  path: string;
  /** sha256 of the card's bytes as merged. */
  digest: string;
}

/** A model version the record is about: what `audit show --model --version` and `evidence` select on. */
export interface SubjectModel {
  model: string;
  version: string;
  environment?: string;
}

export interface ServingState {
  strategy: 'direct' | 'canary' | 'blue-green' | 'shadow' | 'ab';
  stable: string;
  candidate?: string;
  traffic?: number;
}

/** One policy rule's result on the merged change: a passing rule once, a failing one per finding. */
export interface PolicyResult {
  rule: string;
  severity: string;
  passed: boolean;
  message?: string;
}

export interface RegistrationData {
  /** 'bypassed' when the change reached the branch without the approvals its rule requires. */
  outcome: 'approved' | 'bypassed' | 'undetermined';
  changedFiles: string[];
  manifests: { environment: string; before: Record<string, ServingState> | null; after: Record<string, ServingState> | null }[];
  /** The base side's policy pack applied to the merged documents (absent when it could not be evaluated). */
  policyResults?: PolicyResult[];
}

export interface PromotionData {
  outcome: 'approved' | 'bypassed' | 'undetermined';
  environment: string;
  model: string;
  from: ServingState | null;
  to: ServingState;
}

export interface DeploymentData {
  environment: string;
  model: string;
  serving: ServingState;
  outcome: 'success' | 'failure' | 'error' | 'cancelled' | 'in_progress';
  startedAt: string;
  finishedAt: string | null;
  /** The default-branch commit whose manifest was deployed. */
  manifestCommit: string;
  deploymentId?: number | null;
  target?: string | null;
  message?: string;
}

export interface MonitorVerdictData {
  environment: string;
  model: string;
  version: string;
  verdict: 'healthy' | 'notify' | 'hold' | 'rollback';
  rules: { name: string; result: 'pass' | 'fail' | 'inconclusive' | 'error' | 'skipped'; severity?: string; values?: number[]; query?: string; message?: string }[];
  window: { from: string; to: string } | null;
}

export interface RollbackData {
  environment: string;
  model: string;
  from: ServingState;
  to: ServingState;
  outcome: 'success' | 'failure' | 'proposed';
  reason: string;
  /** The monitor-verdict record(s) that led to it, by hash. */
  evidence: string[];
  pullRequest: number | null;
  incident?: string | null;
}

export interface WaiverUseData {
  model: string;
  version: string;
  rule: string;
  reason: string;
  approver: string;
  ticket: string | null;
  expires: string;
  effective: boolean;
  approvedBy: string[];
  /** Why the waiver is or is not in force, as the approvals core decided. */
  decision?: string;
}

export interface RecordDataByKind {
  registration: RegistrationData;
  promotion: PromotionData;
  deployment: DeploymentData;
  'monitor-verdict': MonitorVerdictData;
  rollback: RollbackData;
  'waiver-use': WaiverUseData;
}

/** What a writer supplies; the chain adds seq, prev and hash. */
export interface RecordDraft<K extends RecordKind = RecordKind> {
  kind: K;
  /** With kind, the record's key: a re-run never writes a second record for the same key. */
  subject: string;
  /** When the decision was made (ISO 8601 UTC). */
  decidedAt: string;
  summary: string;
  /** The commits the decision was about: the merge (or pushed) commit first. */
  commits: { decision: string; base?: string | null; head?: string | null };
  pullRequest: PullRequestEvidence | null;
  approvals: ApprovalEvidence | null;
  policyPackDigest: string | null;
  cards: CardEvidence[];
  models: SubjectModel[];
  run: RunEvidence;
  data: RecordDataByKind[K];
}

export interface AuditRecord<K extends RecordKind = RecordKind> extends RecordDraft<K> {
  schemaVersion: 1;
  /** 1-based position in the chain. */
  seq: number;
  /** The previous record's hash; null only for the first. */
  prev: string | null;
  recordedAt: string;
  /** sha256 over the RFC 8785 form of every other field. */
  hash: string;
}

export function recordKey(kind: RecordKind, subject: string): string {
  return `${kind}:${subject}`;
}

/** The subject of a change merged to the default branch: its pull request (if any) at its merge commit. */
export function mergeSubject(pull: number | null, mergeCommit: string): string {
  return pull === null ? `push@${mergeCommit}` : `pr/${pull}@${mergeCommit}`;
}

/** Short, stable, path-safe: subjects may hold '/' and '@'. */
export function subjectHash(subject: string): string {
  return createHash('sha256').update(subject).digest('hex').slice(0, 12);
}

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

let validator: ((value: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

/** Problems with a record's shape against schemas/record-v1.schema.json; empty when it conforms. */
export async function recordSchemaProblems(value: unknown): Promise<string[]> {
  if (!validator) {
    const [{ newAjv }, schema] = await Promise.all([import('../schema/documents.js'), import('../../schemas/record-v1.schema.json', { with: { type: 'json' } })]);
    validator = newAjv({ validateSchema: false }).compile(schema.default);
  }
  if (validator(value)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
