/**
 * Worker threads for large registries: parsing dominates validation and the machine has cores.
 * Models are split into balanced groups (a model's versions stay together: baselines are its own
 * cards); each worker loads and evaluates its group and posts plain findings back.
 *
 * Workers run the committed bundle `dist/worker/index.js`, so they are used only when modelgate
 * itself runs from its bundles (the CLI and the actions); from sources (tests) work stays in-thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, ToolError, UsageError } from '../errors.js';
import { packageRoot } from '../package/root.js';
import { FsSource, type RegistrySource } from '../registry/source.js';
import type { EvaluateOptions, ModelResult } from './validate.js';

export interface WorkerPlan {
  workers: number;
  script: string;
  root: string;
  policyRoot: string;
}

export interface WorkerTask {
  root: string;
  policyRoot: string;
  packDirs: string[];
  models: string[];
  options: EvaluateOptions;
  verified: boolean;
  /** The compiled-pack cache directory, if the caller uses one. */
  packDir?: string;
}

export type WorkerReply = { ok: true; results: [string, ModelResult][] } | { ok: false; error: { name: string; message: string; file?: string; line?: number } };

function fromBundle(): boolean {
  return !fileURLToPath(import.meta.url).endsWith('.ts');
}

/** Whether and how to use workers: only for filesystem registries, from the bundle, and when it pays. */
export function workerPlan(requested: number | undefined, cards: number, autoMinCards: number, source: RegistrySource, policySource: RegistrySource): WorkerPlan | null {
  if (!(source instanceof FsSource) || !(policySource instanceof FsSource)) return null;
  if (requested !== undefined && requested <= 1) return null;
  if (requested === undefined && cards < autoMinCards) return null;
  const script = path.join(packageRoot(), 'dist', 'worker', 'index.js');
  if (!fromBundle() || !existsSync(script)) {
    if (requested !== undefined) throw new UsageError('--workers needs modelgate\'s bundles (dist/worker/index.js); run `npm run build`');
    return null;
  }
  const workers = Math.max(1, Math.min(requested ?? Math.min(availableParallelism(), 4), Math.ceil(cards / 50)));
  if (workers <= 1) return null;
  return { workers, script, root: source.root, policyRoot: policySource.root };
}

/** Greedy balance by card count, largest models first. */
export function partition(models: string[], sizes: ReadonlyMap<string, number>, groups: number): string[][] {
  const out = Array.from({ length: groups }, () => ({ load: 0, models: [] as string[] }));
  for (const m of [...models].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))) {
    const lightest = out.reduce((best, g) => (g.load < best.load ? g : best));
    lightest.models.push(m);
    lightest.load += Math.max(1, sizes.get(m) ?? 0);
  }
  return out.map((g) => g.models).filter((g) => g.length > 0);
}

function runOne(script: string, task: WorkerTask): Promise<[string, ModelResult][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.results);
      else if (reply.error.name === 'ConfigError') reject(new ConfigError(reply.error.message, reply.error.file, reply.error.line));
      else if (reply.error.name === 'UsageError') reject(new UsageError(reply.error.message));
      else reject(new ToolError(reply.error.message));
    });
    worker.once('error', (err) => {
      if (!settled) reject(new ToolError(`validation worker failed: ${err.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new ToolError(`validation worker exited with code ${code} before answering`));
    });
  });
}

export async function runInWorkers(plan: WorkerPlan, models: string[], sizes: ReadonlyMap<string, number>, task: Omit<WorkerTask, 'root' | 'policyRoot' | 'models'>): Promise<Map<string, ModelResult>> {
  const groups = partition(models, sizes, plan.workers);
  const replies = await Promise.all(groups.map((group) => runOne(plan.script, { ...task, root: plan.root, policyRoot: plan.policyRoot, models: group })));
  return new Map(replies.flat());
}
