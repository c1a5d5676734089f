/**
 * Writes an imported card skeleton into the registry: `models/<model>/<version>/card.yaml` and, when the
 * model is new, a `models/<model>/model.yaml` skeleton.
 *
 * Editor schema line: the first line is `# yaml-language-server: $schema=<relative path>`, pointing at
 * the schema shipped in the npm package. The path is found the way Node finds packages: walking up from
 * the registry root, the first `node_modules/modelgate/schemas/` wins, or a modelgate checkout's own
 * `schemas/` (so the examples inside this repository work). If neither exists, it points where
 * `npm install --save-dev modelgate` at the registry root will put it. Relative, not a URL, so editors
 * work offline and the schema always matches the installed modelgate.
 *
 * model.yaml: its owner team and risk tier decide who must approve what, so they cannot be guessed.
 * The skeleton carries `owner.team: "TODO: ..."` (fails the team pattern) and leaves `riskTier` out
 * (a required field), so it fails validation until a person fills both in. An existing model.yaml is
 * never touched, not even with --force: it holds mutable registry state (status marks, rollback rules).
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { ConfigError, UsageError } from '../errors.js';
import { nameProblem, versionProblem } from '../registry/names.js';
import type { CardV1 } from './types.js';

export const MODEL_YAML_TEAM_PLACEHOLDER = 'TODO: the owning GitHub team, as @org/team';

/** The loader's own rules (src/registry/names.ts), so an import never writes what validate denies. */
export function checkModelName(model: string): void {
  const problem = nameProblem(model, 'model');
  if (problem) throw new UsageError(`--model: ${problem}`);
}

export function checkVersion(version: string): void {
  const problem = versionProblem(version);
  if (problem) throw new UsageError(`--version: ${problem}`);
}

export function cardPath(model: string, version: string): string {
  return `models/${model}/${version}/card.yaml`;
}

export function modelYamlPath(model: string): string {
  return `models/${model}/model.yaml`;
}

const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/;

/**
 * Strings another YAML reader could take for something else: YAML 1.1 booleans (`no`), anything
 * starting like a number (versions, dates, `1.10`, digests such as `5503434d…`), hex ids, `.inf`.
 * The yaml library already quotes what YAML 1.2 would misread; these are the YAML 1.1 and
 * "looks like a number" cases that it leaves plain.
 */
export function needsQuotes(s: string): boolean {
  return s === '' || YAML11_SPECIAL.test(s) || /^[-+.]?\d/.test(s) || /^[0-9a-fA-F]{7,}$/.test(s) || /^[-+]?\.(?:inf|nan)$/i.test(s) || s !== s.trim();
}

/** YAML text that every reader (YAML 1.1 or 1.2) reads back as exactly `value`. */
export function stringifyRegistryYaml(value: unknown, headerComments: readonly string[] = []): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && needsQuotes(node.value) && !node.value.includes('\n')) node.type = 'QUOTE_DOUBLE';
    },
  });
  const header = headerComments.map((c) => (c === '' ? '#' : `# ${c}`)).join('\n');
  const body = doc.toString({ lineWidth: 0, indentSeq: true });
  return header ? `${header}\n${body}` : body;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function isModelgateCheckout(dir: string): Promise<boolean> {
  try {
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return pkg.name === 'modelgate';
  } catch {
    return false;
  }
}

/** Where the schema file is for an editor opening a file in `fromDir` (see the module comment). */
export async function schemaReference(repo: string, fromDir: string, schemaFile: string): Promise<string> {
  const root = path.resolve(repo);
  let target = path.join(root, 'node_modules', 'modelgate', 'schemas', schemaFile);
  for (let dir = root; ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', 'modelgate', 'schemas', schemaFile);
    if (await exists(installed)) {
      target = installed;
      break;
    }
    const own = path.join(dir, 'schemas', schemaFile);
    if ((await exists(own)) && (await isModelgateCheckout(dir))) {
      target = own;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return path.relative(path.resolve(fromDir), target).split(path.sep).join('/');
}

export interface WriteImportOptions {
  repo: string;
  card: CardV1;
  force?: boolean;
  /** e.g. `modelgate import hf README.md`: named in the file's header comment. */
  origin: string;
  /** Printed as comments at the top of card.yaml so the gaps are visible where they must be filled. */
  todo?: readonly string[];
}

export interface WriteImportResult {
  /** Repository-relative paths, in the order written. */
  written: string[];
  modelYamlCreated: boolean;
  /** What the model.yaml skeleton still needs (empty when model.yaml already existed). */
  todo: string[];
}

export async function writeImportedCard(options: WriteImportOptions): Promise<WriteImportResult> {
  const { card } = options;
  checkModelName(card.model);
  checkVersion(card.version);
  const repo = path.resolve(options.repo);
  if (!(await exists(path.join(repo, 'modelgate.yaml')))) {
    throw new ConfigError(`${repo} is not a modelgate registry (modelgate.yaml not found): run \`modelgate init\` there first, or pass --repo <the registry's directory>; nothing was written`);
  }
  const cardRel = cardPath(card.model, card.version);
  const modelRel = modelYamlPath(card.model);
  const cardFile = path.join(repo, cardRel);
  const modelFile = path.join(repo, modelRel);
  if (!options.force && (await exists(cardFile))) {
    throw new UsageError(`${cardRel} already exists; pass --force to overwrite it (a merged card is immutable: register a new version instead)`);
  }
  const createModel = !(await exists(modelFile));

  await mkdir(path.dirname(cardFile), { recursive: true });
  const cardSchema = await schemaReference(repo, path.dirname(cardFile), 'card-v1.schema.json');
  const todo = options.todo ?? [];
  const cardHeader = [
    `yaml-language-server: $schema=${cardSchema}`,
    `Skeleton written by \`${options.origin}\`: it holds only what the source states.`,
    ...(todo.length > 0 ? ['', 'TODO before this card can be governed:', ...todo.map((t) => `  - ${t.replace(/\n/g, ' ')}`)] : []),
  ];
  await writeFile(cardFile, stringifyRegistryYaml(card, cardHeader), 'utf8');
  const written = [cardRel];

  const modelTodo: string[] = [];
  if (createModel) {
    const modelSchema = await schemaReference(repo, path.dirname(modelFile), 'model-v1.schema.json');
    const header = [
      `yaml-language-server: $schema=${modelSchema}`,
      `Skeleton written by \`${options.origin}\`. It does NOT validate until a person sets:`,
      '  owner.team   the GitHub team that owns the model, e.g. "@my-org/ml-team" (replace the TODO below)',
      '  riskTier     low, medium or high (left out on purpose: it decides the approvals and cannot be guessed)',
      '  inventoryId  the model\'s id in your model inventory, if you keep one',
    ];
    const skeleton = { schemaVersion: 1, name: card.model, owner: { team: MODEL_YAML_TEAM_PLACEHOLDER } };
    await writeFile(modelFile, stringifyRegistryYaml(skeleton, header), { encoding: 'utf8', flag: 'wx' });
    written.push(modelRel);
    modelTodo.push(`${modelRel}: replace owner.team "${MODEL_YAML_TEAM_PLACEHOLDER}" with the owning team, add riskTier (low, medium or high) and inventoryId`);
  }
  return { written, modelYamlCreated: createModel, todo: modelTodo };
}
