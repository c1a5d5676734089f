/**
 * The audit log at scale: `modelgate history` and `modelgate audit verify` (the bundled CLI, whole
 * processes) on a generated registry with 10,000 manifest commits and 10,000 records, beside git's
 * peers measured in the same run: for history, a git-tag registry's way (one `git log -1` per
 * version tag to date it, 1,500 tags: the scale at which such registries report 6–12 s per command)
 * and a naive `git log -p` scan of the manifest's history; for verify, git alone reading the same
 * 10,000 record blobs (one `git cat-file --batch`), the floor any verifier pays.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sealRecord } from '../src/audit/chain.js';
import { emptyIndex, indexText, keyEntryText, keyFileName, recordFileName, recordFileText, withRecord } from '../src/audit/log.js';
import type { AuditRecord, RecordDraft } from '../src/audit/records.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMMITS = 10_000;
const RECORDS = 10_000;
const MODELS = 50;
const TAGS = 1_500;
const RUNS = 3;
const GOAL_MS = 2_000;
const START = Date.parse('2026-01-01T00:00:00Z') / 1000;

function manifest(step: number): string {
  const lines = ['schemaVersion: 1', 'environment: production', 'models:'];
  for (let m = 0; m < MODELS; m++) {
    // Each commit moves one model's canary along; the others keep their state.
    const k = Math.floor((step - m + MODELS) / MODELS);
    lines.push(`  model-${m}:`, '    strategy: canary', `    stable: "1.${k}.0"`, `    candidate: "1.${k + 1}.0"`, `    traffic: ${(k * 7) % 100}`);
  }
  return `${lines.join('\n')}\n`;
}

function fastImport(dir: string, input: string): void {
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input, maxBuffer: 1 << 30 });
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

export function generateAuditRepo(dir: string): { commits: string[]; mid: string } {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const chunks: string[] = [];
  for (let i = 0; i < COMMITS; i++) {
    const msg = `Merge pull request #${i + 1} from acme/change-${i}\n`;
    chunks.push(`commit refs/heads/main\nmark :${i + 1}\ncommitter bench <b@example.com> ${START + i * 600} +0000\n${data(msg)}${i ? `from :${i}\n` : ''}`);
    if (i === 0) chunks.push(`M 100644 inline modelgate.yaml\n${data('schemaVersion: 1\nenvironments:\n  - name: production\n')}`);
    chunks.push(`M 100644 inline deployments/production.yaml\n${data(manifest(i))}`);
  }
  for (let t = 0; t < TAGS; t++) chunks.push(`reset refs/tags/model-${t % MODELS}/v1.${Math.floor(t / MODELS)}.0\nfrom :${t + 1}\n\n`);
  fastImport(dir, chunks.join(''));
  const commits = execFileSync('git', ['rev-list', '--first-parent', '--reverse', 'main'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 }).trim().split('\n');

  const records: AuditRecord[] = [];
  const run = { id: '1', url: null, actor: 'bench', event: 'push', workflow: 'modelgate push', attempt: 1 };
  for (let i = 0; i < RECORDS; i++) {
    const commit = commits[i % commits.length]!;
    const at = new Date((START + i * 600 + 300) * 1000).toISOString();
    const model = `model-${i % MODELS}`;
    const base = { decidedAt: at, summary: `record ${i}`, commits: { decision: commit }, pullRequest: null, approvals: null, policyPackDigest: null, cards: [], models: [{ model, version: '1.0.0' }], run };
    const d: RecordDraft =
      i % 2 === 0
        ? { ...base, kind: 'registration', subject: `pr/${i + 1}@${commit}`, data: { outcome: 'approved', changedFiles: ['deployments/production.yaml'], manifests: [] } }
        : { ...base, kind: 'deployment', subject: `deploy/production/${model}@${commit}`, data: { environment: 'production', model, serving: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: i % 100 }, outcome: 'success', startedAt: at, finishedAt: at, manifestCommit: commit } };
    records.push(sealRecord(d, records[records.length - 1] ?? null, at));
  }
  const out: string[] = [];
  let index = emptyIndex();
  records.forEach((r, i) => {
    index = withRecord(index, r);
    const msg = `audit: ${r.seq} ${r.kind} ${r.subject}\n`;
    out.push(
      `commit refs/heads/modelgate-audit\nmark :${i + 1}\ncommitter bench <b@example.com> ${START + i * 600 + 301} +0000\n${data(msg)}${i ? `from :${i}\n` : ''}` +
        `M 100644 inline ${recordFileName(r.seq, r.kind, r.subject)}\n${data(recordFileText(r))}` +
        `M 100644 inline ${keyFileName(r.kind, r.subject)}\n${data(keyEntryText(r))}` +
        `M 100644 inline index.json\n${data(indexText(index))}`,
    );
  });
  fastImport(dir, out.join(''));
  execFileSync('git', ['gc', '-q'], { cwd: dir });
  return { commits, mid: new Date((START + (COMMITS / 2) * 600 + 17) * 1000).toISOString() };
}

function timed(cmd: string, args: string[], cwd: string, expect: number[] = [0]): number {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  if (!expect.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 400)}`);
  return ms;
}

function median(fn: () => number): number {
  fn(); // warm the file cache: every figure is a cold process on a warm disk
  const times = Array.from({ length: RUNS }, fn).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const goal = (ms: number) => `(goal < ${s(GOAL_MS)})${ms < GOAL_MS ? '' : ' ABOVE GOAL'}`;

export async function benchAudit(): Promise<{ lines: string[] }> {
  const cli = join(ROOT, 'bin/modelgate.js');
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) return { lines: ['audit: skipped, dist/cli is not built (npm run build)'] };
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-audit-'));
  try {
    const started = performance.now();
    const { mid } = generateAuditRepo(dir);
    const genMs = performance.now() - started;
    const node = process.execPath;
    const history = median(() => timed(node, [cli, 'history', '--repo', dir, '--env', 'production', '--at', mid, '--format', 'json'], dir));
    const manifestOnly = median(() => timed(node, [cli, 'history', '--repo', dir, '--env', 'production', '--at', mid, '--branch', 'none-such', '--format', 'json'], dir));
    const verify = median(() => timed(node, [cli, 'audit', 'verify', '--repo', dir], dir));
    const logScan = median(() => timed('git', ['log', '-p', '--first-parent', 'main', '--', 'deployments/production.yaml'], dir));
    const tagNames = execFileSync('git', ['tag', '--list'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    // A git-tag registry answers "what served at T" by dating every version tag: one lookup per tag.
    const perTag = median(() => {
      const start = performance.now();
      for (const t of tagNames) spawnSync('git', ['log', '-1', '--format=%ct', t, '--'], { cwd: dir, encoding: 'utf8' });
      return performance.now() - start;
    });
    const blobs = execFileSync('git', ['ls-tree', '-r', '--format=%(objectname)', 'modelgate-audit', '--', 'records/'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const readAll = median(() => {
      const start = performance.now();
      execFileSync('git', ['cat-file', '--batch'], { cwd: dir, input: blobs, maxBuffer: 1 << 30 });
      return performance.now() - start;
    });
    return {
      lines: [
        `audit: ${COMMITS.toLocaleString('en')} manifest commits (${MODELS} models), ${RECORDS.toLocaleString('en')} records on the audit branch (one commit each), ${TAGS.toLocaleString('en')} tags; generated in ${s(genMs)}; medians of ${RUNS} runs, whole processes (bundled CLI)`,
        `  modelgate history --at (records + manifest):    ${s(history)} ${goal(history)}  vs  git-tag registry style, git log -1 per tag (${TAGS.toLocaleString('en')} tags) ${s(perTag)}; naive git log -p of the manifest ${s(logScan)}`,
        `  modelgate history --at (manifest history only): ${s(manifestOnly)} ${goal(manifestOnly)}  vs  the same peers`,
        `  modelgate audit verify (${RECORDS.toLocaleString('en')} hashes, chain, index, branch history): ${s(verify)} ${goal(verify)}  vs  git cat-file --batch reading the ${RECORDS.toLocaleString('en')} record blobs alone ${s(readAll)}`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
