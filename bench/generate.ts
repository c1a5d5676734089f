/**
 * A generated registry shaped like real ones: cards of about 4 KB with the sections real model
 * cards have (evaluation results with several datasets and metrics, training data lineage,
 * fairness results, limitations), deterministic for a given seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TASKS = ['text-classification', 'tabular-classification', 'token-classification', 'question-answering', 'summarization'];
const DATASETS = ['glue', 'squad_v2', 'imdb', 'xnli', 'mteb/banking77', 'transactions', 'applications', 'subscriber_events'];
const METRICS = ['accuracy', 'f1', 'precision', 'recall', 'roc_auc', 'pr_auc', 'exact_match', 'log_loss', 'mcc', 'ndcg_at_10'];

/** Hex starting with a letter: tools write digests like this and a registry that passed the gate has them quoted or safe. */
function hex(rand: () => number, n: number): string {
  let s = 'abcdef'[Math.floor(rand() * 6)]!;
  for (let i = 1; i < n; i++) s += Math.floor(rand() * 16).toString(16);
  return s;
}

export function cardText(model: string, version: string, rand: () => number): string {
  const results: string[] = [];
  const nResults = 4 + Math.floor(rand() * 3);
  for (let r = 0; r < nResults; r++) {
    const metrics: string[] = [];
    const nMetrics = 4 + Math.floor(rand() * 3);
    for (let m = 0; m < nMetrics; m++) metrics.push(`        - { type: ${METRICS[(r + m) % METRICS.length]}, value: ${(0.5 + rand() * 0.49).toFixed(4)}, name: ${METRICS[(r + m) % METRICS.length]} on split ${r} }`);
    results.push(`    - task: { type: ${TASKS[r % TASKS.length]}, name: ${TASKS[r % TASKS.length]} }
      dataset: { type: ${DATASETS[r % DATASETS.length]}, name: ${DATASETS[r % DATASETS.length]}, config: default, split: test, revision: ${hex(rand, 12)} }
      metrics:
${metrics.join('\n')}`);
  }
  return `# yaml-language-server: $schema=../../../schemas/card-v1.schema.json
schemaVersion: 1
model: ${model}
version: "${version}"
created: "2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}"
description: Generated card for ${model} ${version}, shaped like a real model card with several evaluation results.
authors:
  - { name: Data Scientist ${Math.floor(rand() * 100)}, github: ds${Math.floor(rand() * 100)} }
license: apache-2.0
task: ${TASKS[Math.floor(rand() * TASKS.length)]}
language: [en, de, "no"]
tags: [generated, benchmark]
intendedUse:
  primaryUses:
    - Rank items for review by a person; the score is advisory.
  primaryUsers: [operations analysts]
  outOfScope:
    - Any automated decision about a person without review.
trainingData:
  - { id: lake/events, revision: ${hex(rand, 16)}, license: internal }
  - { id: lake/labels, revision: ${hex(rand, 16)}, license: cc-by-4.0 }
evaluation:
  results:
${results.join('\n')}
fairness:
  protectedAttributes: [age_band]
  results:
    - attribute: age_band
      groups: ["18-25", "26-40", "41-65", "65+"]
      metrics:
        - { type: accuracy_gap_max, value: ${(rand() * 0.05).toFixed(4)}, higherIsBetter: false }
limitations:
  - Scores are less reliable for items with little history.
risks:
  - { risk: Over-reliance on the score, mitigation: Reviewers see the top features. }
artifact:
  uri: s3://bench/${model}/${version}/model.onnx
  sha256: "${hex(rand, 64)}"
  format: onnx
  sizeBytes: ${1_000_000 + Math.floor(rand() * 9_000_000)}
lineage:
  gitCommit: ${hex(rand, 40)}
  trainingRun: https://mlflow.example/#/experiments/1/runs/${hex(rand, 8)}
validation:
  report: https://wiki.example/mrm/${model}/${version}
  date: "2026-10-0${1 + Math.floor(rand() * 9)}"
  validator: Model Risk Management
  signature: "sha256:${hex(rand, 64)}"
`;
}

export interface GeneratedRegistry {
  dir: string;
  cards: number;
  cardFiles: string[];
  bytes: number;
}

/** `models` models with `versionsPerModel` versions each, default pack, two environments. */
export function generateRegistry(dir: string, models: number, versionsPerModel: number, seed = 42): GeneratedRegistry {
  const rand = prng(seed);
  const cardFiles: string[] = [];
  let bytes = 0;
  const write = (rel: string, text: string) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  };
  write('modelgate.yaml', 'schemaVersion: 1\nenvironments:\n  - name: staging\n  - name: production\n    production: true\npolicies:\n  packs: ["modelgate:default"]\n');
  for (let m = 0; m < models; m++) {
    const model = `model-${String(m).padStart(4, '0')}`;
    write(`models/${model}/model.yaml`, `schemaVersion: 1\nname: ${model}\ninventoryId: INV-${m}\nowner: { team: "@acme/team-${m % 20}" }\nriskTier: ${['low', 'medium', 'high'][m % 3]}\ncommercialUse: true\nthresholds:\n  - { metric: accuracy, min: 0.5 }\n`);
    for (let v = 0; v < versionsPerModel; v++) {
      const version = `1.${v}.0`;
      const rel = `models/${model}/${version}/card.yaml`;
      write(rel, cardText(model, version, rand));
      cardFiles.push(rel);
    }
  }
  return { dir, cards: cardFiles.length, cardFiles, bytes };
}
