/**
 * A content-addressed cache of validation results, per model: the key is a hash of everything a
 * model's findings depend on (its files' bytes, the policy pack and modelgate.yaml digests, the
 * environment entry, the date, modelgate's version), so a hit can only return what a fresh run
 * would. It also remembers which policy packs already passed the meta-schema check.
 *
 * The cache speeds up the CLI and unprivileged runs only. The merge gate never opens it: a
 * pull request's own workflow could have written the cache directory (DESIGN §2).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../findings.js';
import { VERSION } from '../cli/version.js';

export interface CachedModel {
  cards: number;
  findings: Finding[];
}

interface CacheFile {
  format: 1;
  tool: string;
  packs: string[];
  models: Record<string, CachedModel>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.MODELGATE_CACHE_DIR) return env.MODELGATE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache');
  return path.join(base, 'modelgate');
}

/** Policy packs (by digest) known to pass the meta-schema check on this machine. */
export interface PackMemo {
  /** Where compiled packs are kept (src/policy/standalone.ts). */
  readonly dir: string;
  packVerified(digest: string): boolean;
  markPackVerified(digest: string): void;
  save(): Promise<void>;
}

export class ResultCache implements PackMemo {
  private used: Record<string, CachedModel> = {};
  private packs = new Set<string>();
  private constructor(
    readonly dir: string,
    private readonly file: string,
    private readonly previous: CacheFile | null,
  ) {
    for (const p of previous?.packs ?? []) this.packs.add(p);
  }

  static async open(cacheDir: string, registryRoot: string): Promise<ResultCache> {
    const root = await realpath(registryRoot).catch(() => path.resolve(registryRoot));
    const file = path.join(cacheDir, `results-${sha256(root).slice(0, 16)}.json`);
    let previous: CacheFile | null = null;
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      // Another modelgate version may format findings differently: start afresh.
      if (parsed.format === 1 && parsed.tool === VERSION && parsed.models && typeof parsed.models === 'object') previous = parsed;
    } catch {
      previous = null; // absent or unreadable: a cold run
    }
    return new ResultCache(cacheDir, file, previous);
  }

  /** Whether any results are stored: without them, reading every file up front only costs time. */
  get warm(): boolean {
    return this.previous !== null && Object.keys(this.previous.models).length > 0;
  }

  lookup(key: string): CachedModel | undefined {
    const hit = this.previous?.models[key];
    if (hit) this.used[key] = hit;
    return hit;
  }

  store(key: string, value: CachedModel): void {
    this.used[key] = value;
  }

  packVerified(digest: string): boolean {
    return this.packs.has(digest);
  }

  markPackVerified(digest: string): void {
    this.packs.add(digest);
  }

  /**
   * Writes what this run used or produced (older entries are dropped), atomically. Never fails
   * the run. A run that did not use results keeps the stored ones.
   */
  async save(): Promise<void> {
    const models = Object.keys(this.used).length > 0 ? this.used : (this.previous?.models ?? {});
    const data: CacheFile = { format: 1, tool: VERSION, packs: [...this.packs].slice(-20), models };
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(data));
      await rename(tmp, this.file);
    } catch {
      // A read-only home or a full disk makes the next run slower, not wrong.
    }
  }
}

export interface ModelKeyInput {
  packDigest: string;
  configDigest: string;
  today: string;
  env: string | null;
  /** This model's entry in the target environment's manifest, if any. */
  envEntry: unknown;
  model: string;
  modelDigest: string | null;
  /** Every version directory: its card's digest, or null when it has no card. */
  cards: [string, string | null][];
}

export function modelKey(k: ModelKeyInput): string {
  const cards = [...k.cards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(JSON.stringify([VERSION, k.packDigest, k.configDigest, k.today, k.env, k.envEntry ?? null, k.model, k.modelDigest, cards]));
}
