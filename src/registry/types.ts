/** TypeScript shapes of the v1 documents (schemas/*-v1.schema.json is the authority). */
export type RiskTier = 'low' | 'medium' | 'high';
export type GateMode = 'enforce' | 'advisory';
export type Strategy = 'direct' | 'canary' | 'blue-green' | 'shadow' | 'ab';
export type ChangeKind = 'register' | 'promote' | 'rollback' | 'hotfix' | 'policy' | 'config';

export const RISK_ORDER: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 };

export interface Metric {
  type: string;
  value: number | string;
  name?: string;
  config?: string;
  args?: unknown;
  scale?: 'fraction' | 'percent' | 'raw';
  higherIsBetter?: boolean;
  verified?: boolean;
  verifyToken?: string;
}

export interface EvaluationResult {
  task: { type: string; name?: string };
  dataset: { type?: string; name: string; config?: string; split?: string; revision?: string; args?: unknown };
  metrics: Metric[];
  source?: { name?: string; url?: string };
}

export interface Waiver {
  rule: string;
  reason: string;
  approver: string;
  ticket?: string;
  expires: string;
}

export interface CardDoc {
  schemaVersion: 1;
  model: string;
  version: string;
  created?: string;
  description?: string;
  authors?: { name: string; github?: string; email?: string }[];
  license?: string;
  licenseName?: string;
  licenseLink?: string;
  task?: string;
  language?: string[];
  tags?: string[];
  baseModel?: string;
  intendedUse?: { primaryUses?: string[]; primaryUsers?: string[]; outOfScope?: string[] };
  trainingData?: { id: string; revision?: string; license?: string; uri?: string; description?: string; split?: string; containsPersonalData?: boolean }[];
  evaluation?: { results?: EvaluationResult[] };
  fairness?: { protectedAttributes?: string[]; results?: { attribute: string; groups?: string[]; dataset?: string; metrics: Metric[] }[] };
  limitations?: string[];
  risks?: { risk: string; mitigation?: string }[];
  artifact?: { uri?: string; sha256?: unknown; format?: string; sizeBytes?: number };
  lineage?: { gitCommit?: string; trainingRun?: string; parentVersion?: string };
  validation?: { report?: string; date?: string; validator?: string; signature?: string; conclusion?: string };
  waivers?: Waiver[];
  extensions?: Record<string, unknown>;
}

export interface RollbackRule {
  name: string;
  provider: 'file' | 'http' | 'prometheus' | 'datadog' | 'evidently';
  query?: string;
  url?: string;
  path?: string;
  api?: 'v1' | 'v2';
  enabled?: boolean;
  selector?: string;
  range?: { window?: string; step?: string };
  min?: number;
  max?: number;
  inconclusive?: { min?: number; max?: number };
  compare?: { mode: 'ratio' | 'delta'; baselineQuery?: string; minBaseline?: number; min?: number; max?: number };
  minSamples?: number;
  samplesQuery?: string;
  noData?: 'pass' | 'fail' | 'inconclusive' | 'ignore';
  failureLimit?: number;
  consecutive?: boolean;
  consecutiveErrorLimit?: number;
  initialDelay?: string;
  severity?: 'critical' | 'warning';
  mode?: GateMode;
  timeout?: string;
}

export interface VersionMark {
  status: 'active' | 'deprecated' | 'rejected' | 'baseline';
  reason?: string;
  incident?: string;
  date?: string;
}

export interface ModelDoc {
  schemaVersion: 1;
  name: string;
  inventoryId?: string;
  description?: string;
  owner: { team: string; contact?: string };
  riskTier: RiskTier;
  useCase?: string;
  commercialUse?: boolean;
  thresholds?: { metric: string; dataset?: string; split?: string; min?: number; max?: number }[];
  regression?: { tolerance?: number; metrics?: string[] };
  rollback?: { rules?: RollbackRule[]; environments?: Record<string, { rules?: RollbackRule[] }> };
  versions?: Record<string, VersionMark>;
  extensions?: Record<string, unknown>;
}

export interface ServingEntry {
  strategy: Strategy;
  stable: string;
  candidate?: string;
  traffic?: number;
}

export interface ManifestDoc {
  schemaVersion: 1;
  environment: string;
  models: Record<string, ServingEntry>;
  hotfix?: { reason: string; incident?: string };
}

export interface ApprovalRule {
  minApprovals?: number;
  codeOwners?: 'every-owned-file' | 'any' | 'none';
  requireTeams?: string[];
  independentOfOwner?: boolean;
  headCommitOnly?: boolean;
  unownedFiles?: 'allow' | 'require-approval' | 'deny';
}

export interface EnvironmentConfig {
  name: string;
  production?: boolean;
  bakeTime?: string;
  requires?: string;
  trafficSteps?: number[];
  strategies?: Strategy[];
}

export type GateName = 'policy' | 'approvals' | 'immutability' | 'promotionOrder' | 'bakeTime' | 'trafficSteps' | 'artifact' | 'evidence' | 'strategy' | 'registration';

export interface ConfigDoc {
  schemaVersion: 1;
  registry?: { name?: string; defaultBranch?: string };
  environments: EnvironmentConfig[];
  policies?: { packs?: string[]; failOn?: 'deny' | 'warn' };
  approvals?: {
    tiers?: Partial<Record<RiskTier, ApprovalRule>>;
    paths?: { pattern: string; rule: ApprovalRule }[];
    settings?: { dismissStaleReviews?: boolean; requireLastPushApproval?: boolean };
  };
  gates?: Partial<Record<GateName, GateMode>>;
  audit?: { branch?: string; anchor?: 'commit-status' | 'check-run' | 'deployment'; trustedWriters?: string[] };
  limits?: { maxFileBytes?: number; maxAliasCount?: number };
}

export function gateMode(config: ConfigDoc | undefined, gate: GateName): GateMode {
  return config?.gates?.[gate] ?? 'enforce';
}
