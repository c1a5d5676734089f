/**
 * The action bundles: size of each entry point (goal: under 2 MB minified) and cold start under
 * Node 24 (goal: under 200 ms), beside bare `node` started the same way in the same run, plus a
 * whole feedback run of `validate` on the example registry.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

// npm run bench runs from the repository root (scripts/bench.mjs sets cwd); the bench is bundled, so
// its own location says nothing about where dist/ is.
const ROOT = resolve(process.cwd());
const RUNS = 9;
const SIZE_GOAL = 2 * 1024 * 1024;
const START_GOAL_MS = 200;

function node24(): { path: string; label: string } {
  const fromEnv = process.env.MODELGATE_NODE24;
  if (fromEnv) return { path: fromEnv, label: 'Node 24' };
  const local = join(ROOT, '.node24/node_modules/.bin/node');
  if (existsSync(local)) return { path: local, label: 'Node 24' };
  return { path: process.execPath, label: `Node ${process.versions.node} (Node 24 not found: npm install --prefix .node24 --no-save node@24)` };
}

function timed(node: string, args: string[], env: Record<string, string>): Promise<{ ms: number; code: number; stderr: string }> {
  const start = performance.now();
  return new Promise((done) => {
    execFile(node, args, { env, encoding: 'utf8', timeout: 60_000 }, (err, _stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      done({ ms: performance.now() - start, code, stderr });
    });
  });
}

async function median(run: () => Promise<{ ms: number }>): Promise<number> {
  await run(); // warms the file cache: every figure is a cold process on a warm disk
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await run()).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

export async function benchActions(): Promise<{ lines: string[] }> {
  const { path: node, label } = node24();
  const dist = join(ROOT, 'dist/actions');
  const names = existsSync(dist) ? readdirSync(dist).filter((n) => existsSync(join(dist, n, 'index.js'))).sort() : [];
  if (names.length === 0) return { lines: ['actions: no bundles under dist/actions (npm run build)'] };
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const bare = await median(() => timed(node, ['-e', ''], base));
  const lines = [`actions: ${names.length} bundle(s), cold start on ${label}, median of ${RUNS} runs; bare \`node -e ''\`: ${ms(bare)}`];
  for (const name of names) {
    const dir = join(dist, name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const entry = statSync(join(dir, 'index.js')).size;
    const total = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const gzip = gzipSync(readFileSync(join(dir, 'index.js'))).length;
    // Without GITHUB_EVENT_NAME the action stops right after loading: the cost of loading the bundle.
    const start = await median(() => timed(node, [join(dir, 'index.js')], base));
    lines.push(
      `  ${name}: index.js ${kb(entry)} (${kb(gzip)} gzipped)${files.length > 1 ? `, ${files.length} files ${kb(total)}` : ''} — goal < ${kb(SIZE_GOAL)}${total > SIZE_GOAL ? ' OVER GOAL' : ''}; ` +
        `cold start ${ms(start)} (${ms(start - bare)} over bare node) — goal < ${START_GOAL_MS} ms${start > START_GOAL_MS ? ' OVER GOAL' : ''}`,
    );
  }
  if (names.includes('validate')) {
    const tmp = mkdtempSync(join(tmpdir(), 'modelgate-bench-actions-'));
    try {
      writeFileSync(join(tmp, 'event.json'), '{}');
      writeFileSync(join(tmp, 'output'), '');
      writeFileSync(join(tmp, 'summary'), '');
      const env = {
        ...base,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(tmp, 'event.json'),
        GITHUB_REPOSITORY: 'acme/registry',
        GITHUB_WORKSPACE: ROOT,
        GITHUB_OUTPUT: join(tmp, 'output'),
        GITHUB_STEP_SUMMARY: join(tmp, 'summary'),
        RUNNER_TEMP: tmp,
        'INPUT_REGISTRY-PATH': 'examples/registry',
        INPUT_TODAY: '2026-12-03',
      };
      const check = await timed(node, [join(dist, 'validate/index.js')], env);
      if (check.code !== 0) throw new Error(`validate bundle failed on the example registry: ${check.stderr}`);
      const full = await median(() => timed(node, [join(dist, 'validate/index.js')], env));
      lines.push(`  validate, a whole feedback run on examples/registry (6 cards, 16 rules, SARIF and summary written): ${ms(full)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { lines };
}
