/** Registries and CLI runs for monitor tests. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { REPO_ROOT, makeRegistry, modelYaml } from '../helpers/registry.js';

export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/monitoring');
export const corpusPresent = existsSync(CORPUS);

export const CANARY = `    strategy: canary
    stable: "1.0.0"
    candidate: "1.1.0"
    traffic: 10`;

/** A registry whose model `demo` serves in production with these rules (YAML list items under rollback.rules). */
export function monitorRegistry(rules: string, entry = CANARY, extraRollback = ''): string {
  return makeRegistry({
    'models/demo/model.yaml': modelYaml('demo', `rollback:\n  rules:\n${rules}\n${extraRollback}`),
    'deployments/production.yaml': `schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n${entry}\n`,
  });
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runMonitor(dir: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const io = memoryIO(dir, { PATH: process.env.PATH, ...env });
  const code = await main(['monitor', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** Runs `monitor --dry-run --format json` with these recorded responses; returns the parsed output. */
export async function dryRun(dir: string, responses: Record<string, unknown>, extra: string[] = [], env: Record<string, string | undefined> = {}): Promise<CliRun & { json: DryRunJson }> {
  const file = path.join(dir, 'responses.json');
  writeFileSync(file, JSON.stringify(responses));
  const r = await runMonitor(dir, ['--env', 'production', '--responses', file, '--dry-run', '--format', 'json', '--now', '2026-03-01T12:00:00Z', ...extra], env);
  let json: DryRunJson;
  try {
    json = JSON.parse(r.out) as DryRunJson;
  } catch {
    throw new Error(`monitor printed no JSON (exit ${r.code}): ${r.err}${r.out}`);
  }
  return { ...r, json };
}

export interface DryRunJson {
  exitCode: number;
  decisions: {
    model: string;
    decision: string;
    reason: string;
    version: string;
    baseline?: string;
    effect?: Record<string, unknown>;
    reject?: string;
    rules: { name: string; outcome: string; reason: string; values: number[]; queries: string[] }[];
  }[];
}
