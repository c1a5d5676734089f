/**
 * The one evaluation context every policy rule sees (DESIGN §1):
 * `{ card, model, baseline, environment, change, today }`.
 */
import type { CardDoc, ChangeKind, EnvironmentConfig, ModelDoc, ServingEntry } from '../registry/types.js';

export interface EnvironmentContext {
  name: string;
  production: boolean;
  bakeTime?: string;
  /** How the card's model serves in this environment now, if it does. */
  serving: ServingEntry | null;
}

export interface ChangeContext {
  kind: ChangeKind;
  files: string[];
  author?: string;
}

export interface PolicyContext {
  card: CardDoc | Record<string, unknown>;
  model: ModelDoc | null;
  baseline: CardDoc | null;
  environment: EnvironmentContext | null;
  change: ChangeContext;
  /** YYYY-MM-DD in UTC: every date comparison is against this. */
  today: string;
}

export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function environmentContext(env: EnvironmentConfig, serving: ServingEntry | null): EnvironmentContext {
  return { name: env.name, production: env.production ?? false, ...(env.bakeTime ? { bakeTime: env.bakeTime } : {}), serving };
}
