/**
 * `npm run bench`: every figure the issues ask for, each beside its peer measured in the same run.
 * Whole processes are timed (start-up included), medians of RUNS runs. Run on an otherwise idle
 * machine: the figures are wall times.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --only validate,codeowners,actions
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegistry, cardText, prng } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;
const MODELS = 1000;
const VERSIONS = 10;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeProcess(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; expect?: number[] } = {}): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (r.error) throw r.error;
  if (options.expect && !options.expect.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return elapsed;
}

function medianOf(runs: number, fn: () => number, before?: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    times.push(fn());
  }
  return median(times);
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@example.com' } });
}

function benchValidate(lines: string[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-bench-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'modelgate-bench-cache-'));
  try {
    const g = generateRegistry(dir, MODELS, VERSIONS);
    lines.push(`registry: ${g.cards.toLocaleString('en')} cards (${(g.bytes / g.cards / 1024).toFixed(1)} KiB average, ${MODELS} models), default policy pack, ${cpus().length} cores; medians of ${RUNS} runs, whole processes`);
    const cli = path.join(ROOT, 'bin/modelgate.js');
    const node = process.execPath;
    const ajv = path.join(ROOT, 'node_modules/.bin/ajv');
    const cardGlob = path.join(dir, 'models/*/*/card.yaml');

    const ours = medianOf(RUNS, () => timeProcess(node, [cli, 'validate', '--repo', dir, '--format', 'json'], { expect: [0, 1] }));
    const peer = medianOf(RUNS, () => timeProcess(ajv, ['validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '-s', 'schemas/card-v1.schema.json', '-r', 'schemas/defs-v1.schema.json', '-d', cardGlob], { expect: [0, 1] }));
    lines.push(`cold full validation:   modelgate ${s(ours)} (schemas + the default policy pack, strict YAML)  vs  ajv-cli ${s(peer)} (card schema only)  ratio ${(ours / peer).toFixed(2)} (goal ≤ 1.00)`);

    const single = medianOf(RUNS, () => timeProcess(node, [cli, 'validate', '--repo', dir, '--format', 'json', '--workers', '1'], { expect: [0, 1] }));
    lines.push(`  of which worker threads: ${s(single)} in one thread vs ${s(ours)} with workers (${(single / ours).toFixed(2)}×)`);

    const env = { ...process.env, MODELGATE_CACHE_DIR: cacheDir };
    timeProcess(node, [cli, 'validate', '--repo', dir, '--format', 'json', '--cache'], { env, expect: [0, 1] });
    const warm = medianOf(RUNS, () => timeProcess(node, [cli, 'validate', '--repo', dir, '--format', 'json', '--cache'], { env, expect: [0, 1] }));
    lines.push(`warm full validation:   ${s(warm)} (every model a cache hit; goal < 1 s)  vs  cold ${s(ours)}`);

    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'registry');
    const rand = prng(7);
    const changed = () => {
      for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `models/model-000${i}/1.${VERSIONS}.0/card.yaml`), cardText(`model-000${i}`, `1.${VERSIONS}.0`, rand));
    };
    for (let i = 0; i < 3; i++) mkdirSync(path.join(dir, `models/model-000${i}/1.${VERSIONS}.0`), { recursive: true });
    changed();
    const incremental = medianOf(RUNS, () => timeProcess(node, [cli, 'validate', '--repo', dir, '--changed-since', 'HEAD', '--format', 'json'], { expect: [0, 1] }));
    lines.push(`--changed-since, 3 new cards: ${s(incremental)} whole process (goal < 0.5 s)  vs  full cold ${s(ours)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
  const want = (name: string) => !only || only.has(name);
  if (!existsSync(path.join(ROOT, 'dist/cli/index.js'))) throw new Error('run `npm run build` first: the benchmark times the bundles');
  const sections: [string, () => Promise<string[]>][] = [
    ['validate', async () => {
      const lines: string[] = [];
      benchValidate(lines);
      return lines;
    }],
    ['codeowners', async () => (await (await import('./codeowners.js')).benchCodeowners()).lines],
  ];
  sections.push(['actions', async () => (await (await import('./actions.js')).benchActions()).lines]);
  sections.push(['audit', async () => (await (await import('./audit.js')).benchAudit()).lines]);
  for (const [name, run] of sections) {
    if (!want(name)) continue;
    console.log(`\n== ${name}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
