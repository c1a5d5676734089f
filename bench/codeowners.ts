/**
 * CODEOWNERS matching throughput: modelgate against the npm `codeowners` package on the same
 * generated file and paths, in the same run. The peer scans every rule through a gitignore matcher,
 * so it is measured on a time-boxed sample and extrapolated (the output says so).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prng } from './generate.js';
import { matchOwners, parseCodeowners, type CodeownersRule } from '../src/approvals/codeowners.js';

const SEED = 20240611;
const RULES = 5_000;
const PATHS = 100_000;
const RUNS = 3;
/** Per peer run; three runs keep the whole benchmark within a few seconds. */
const PEER_BUDGET_MS = 1_500;
const PEER_SAMPLE = 2_000;

interface PeerCodeowners {
  getOwner(path: string): string[];
}
type PeerConstructor = new (cwd?: string, fileName?: string) => PeerCodeowners;


interface Vocabulary {
  tops: string[];
  names: string[];
  subs: string[];
  files: string[];
  extensions: string[];
  teams: string[];
}

function vocabulary(): Vocabulary {
  const adjectives = ['fraud', 'churn', 'credit', 'search', 'ranking', 'vision', 'speech', 'pricing', 'risk', 'ads', 'feed', 'safety', 'geo', 'text', 'graph', 'anomaly', 'demand', 'supply', 'image', 'voice'];
  const nouns = ['detector', 'model', 'scorer', 'service', 'pipeline', 'encoder', 'ranker', 'classifier', 'forecaster', 'embedder', 'router', 'filter', 'tagger', 'parser', 'indexer'];
  const names: string[] = [];
  for (const a of adjectives) for (const n of nouns) names.push(`${a}-${n}`, `${a}_${n}`);
  return {
    tops: ['models', 'services', 'libs', 'apps', 'docs', 'policies', 'deploy', 'tools', 'infra', 'data', 'notebooks', 'pipelines', 'Docs', '.github'],
    names,
    subs: ['src', 'tests', 'config', 'v1', 'v2', 'assets', 'scripts', 'internal', 'api', 'migrations', 'generated', 'fixtures', 'proto', 'charts'],
    files: ['model.yaml', 'card.yaml', 'README.md', 'readme.md', 'main.py', 'train.py', 'utils.ts', 'index.ts', 'handler.go', 'Dockerfile', 'schema.json', 'values.yaml', 'BUILD', 'Makefile', 'CHANGELOG.md', '.gitignore'],
    extensions: ['py', 'ts', 'go', 'md', 'yaml', 'json', 'sql', 'ipynb', 'tf', 'sh', 'rs', 'java', 'proto', 'csv', 'pb.go', 'min.js', 'lock', 'parquet', 'onnx', 'pt', 'bzl', 'kt', 'swift', 'scala', 'toml'],
    teams: Array.from({ length: 60 }, (_, i) => `@acme/team-${i}`),
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A catch-all first, then directory rules (most of a real file), extensions, `**` names and un-owning lines. */
function generateCodeowners(random: () => number, v: Vocabulary): string {
  const lines = ['# generated for the benchmark', '*  @acme/platform'];
  for (let i = 0; i < RULES; i++) {
    const owners = `${pick(random, v.teams)}${random() < 0.3 ? ` ${pick(random, v.teams)}` : ''}`;
    const roll = random();
    if (roll < 0.45) lines.push(`/${pick(random, v.tops)}/${pick(random, v.names)}/ ${owners}`);
    else if (roll < 0.55) lines.push(`/${pick(random, v.tops)}/${pick(random, v.names)}/${pick(random, v.subs)}/ ${owners}`);
    else if (roll < 0.65) lines.push(`*.${pick(random, v.extensions)} ${owners}`);
    else if (roll < 0.78) lines.push(`**/${pick(random, [...v.subs, ...v.names])} ${owners}`);
    else if (roll < 0.83) lines.push(`${pick(random, v.subs)}/ ${owners}`);
    else if (roll < 0.9) lines.push(`/${pick(random, v.tops)}/${pick(random, v.names)}/* ${owners}`);
    else if (roll < 0.95) lines.push(`/${pick(random, v.tops)}/${pick(random, v.names)}/${pick(random, ['generated', 'vendor', 'fixtures'])}/`);
    else lines.push(`**/${pick(random, ['generated', 'vendor', '__snapshots__'])}`);
    if (i % 250 === 0) lines.push(`# section ${i / 250}`);
  }
  return `${lines.join('\n')}\n`;
}

function generatePaths(random: () => number, v: Vocabulary): string[] {
  const paths: string[] = [];
  for (let i = 0; i < PATHS; i++) {
    const parts = [pick(random, v.tops), random() < 0.9 ? pick(random, v.names) : `misc${Math.floor(random() * 500)}`];
    const depth = Math.floor(random() * 4);
    for (let d = 0; d < depth; d++) parts.push(pick(random, v.subs));
    parts.push(random() < 0.5 ? pick(random, v.files) : `file${Math.floor(random() * 1000)}.${pick(random, v.extensions)}`);
    paths.push(parts.join('/'));
  }
  return paths;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function ours(rules: CodeownersRule[], paths: string[]): { rate: number; owners: string[][] } {
  const owners: string[][] = new Array<string[]>(paths.length);
  for (let i = 0; i < 1_000; i++) matchOwners(rules, paths[i]!); // builds the index and warms the JIT
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < paths.length; i++) owners[i] = matchOwners(rules, paths[i]!).owners;
    rates.push(paths.length / ((performance.now() - start) / 1000));
  }
  return { rate: median(rates), owners };
}

/**
 * Time-boxed: each run stops at the budget; the rate is measured, the full-set time extrapolated.
 * A fresh instance per run, because `ignore` caches each path's answer and would time its cache.
 */
function peer(load: () => PeerCodeowners, sample: string[]): { rate: number; owners: string[][] } {
  const owners: string[][] = [];
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const peerOwners = load();
    const start = performance.now();
    let done = 0;
    while (done < sample.length && performance.now() - start < PEER_BUDGET_MS) {
      const result = peerOwners.getOwner(sample[done]!);
      if (run === 0) owners.push(result);
      done++;
    }
    rates.push(done / ((performance.now() - start) / 1000));
  }
  return { rate: median(rates), owners };
}

const format = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function benchCodeowners(): Promise<{ lines: string[] }> {
  const random = prng(SEED);
  const v = vocabulary();
  const text = generateCodeowners(random, v);
  const paths = generatePaths(random, v);

  let start = performance.now();
  const { rules, errors } = parseCodeowners(text);
  const ourParseMs = performance.now() - start;
  if (errors.length > 0) throw new Error(`benchmark CODEOWNERS has invalid lines: ${JSON.stringify(errors.slice(0, 3))}`);
  const mine = ours(rules, paths);

  const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-codeowners-'));
  try {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'CODEOWNERS'), text);
    const Peer = createRequire(import.meta.url)('codeowners') as PeerConstructor;
    const peerVersion = (createRequire(import.meta.url)('codeowners/package.json') as { version: string }).version;
    start = performance.now();
    const unused: PeerCodeowners[] = [new Peer(dir)];
    const peerParseMs = performance.now() - start;
    const stride = Math.max(1, Math.floor(paths.length / PEER_SAMPLE));
    const sample = paths.filter((_, i) => i % stride === 0).slice(0, PEER_SAMPLE);
    const theirs = peer(() => unused.pop() ?? new Peer(dir), sample);

    const sampled = theirs.owners.length;
    const disagreements: string[] = [];
    for (let i = 0; i < sampled; i++) {
      const a = mine.owners[i * stride]!.join(' ');
      const b = theirs.owners[i]!.join(' ');
      if (a === b) continue;
      const decided = matchOwners(rules, sample[i]!);
      disagreements.push(`${sample[i]}: modelgate ${a || 'no owner'} (line ${decided.line}: ${decided.pattern}), codeowners ${b || 'no owner'}`);
    }
    const ratio = mine.rate / theirs.rate;
    return {
      lines: [
        `codeowners: ${format(rules.length)} rules, ${format(paths.length)} paths (seed ${SEED})`,
        `  modelgate:          parse ${format(ourParseMs, 1)} ms; ${format(mine.rate)} paths/s (median of ${RUNS} runs over all ${format(paths.length)} paths)`,
        `  codeowners@${peerVersion}:  parse ${format(peerParseMs, 1)} ms; ${format(theirs.rate, 1)} paths/s (median of ${RUNS} runs time-boxed to ${format(PEER_BUDGET_MS / 1000, 1)} s on a sample: ${format(sampled)} paths measured; extrapolated, all ${format(paths.length)} paths would take ${format(paths.length / theirs.rate, 0)} s)`,
        `  ratio: ${format(ratio, 0)}× (goal ≥ 10×)${ratio >= 10 ? '' : ' BELOW GOAL'}`,
        `  disagreements: ${format(disagreements.length)} of ${format(sampled)} sampled paths${disagreements.length > 0 ? `, e.g. ${disagreements.slice(0, 3).join('; ')}` : ''}`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
