/**
 * `modelgate import hf|mct`: turn a published model card (Hugging Face README front matter, Google
 * Model Card Toolkit JSON) into a card skeleton in the registry, and say what a person must still add.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, EXIT, UsageError, describeError, exitCodeOf } from '../../errors.js';
import { importHuggingFace } from '../../importers/hf.js';
import { importModelCardToolkit } from '../../importers/mct.js';
import type { ImportFinding, ImportOptions, ImportResult } from '../../importers/types.js';
import { checkModelName, checkVersion, modelYamlPath, writeImportedCard } from '../../importers/write.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec, type OptionSpec } from '../args.js';
import type { CliIO } from '../io.js';

const COMMON_OPTIONS: Record<string, OptionSpec> = {
  model: { type: 'string', help: '<name>  model name: lower case, digits, . _ - (required)' },
  version: { type: 'string', help: '<semver>  version to register, e.g. 1.0.0 (required)' },
  repo: { type: 'string', help: '<dir>  registry root (default: current directory)' },
  force: { type: 'boolean', help: 'overwrite an existing card.yaml (model.yaml is never overwritten)' },
  format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
};

const WRITES = [
  'Writes models/<model>/<version>/card.yaml and, if the model is new, a models/<model>/model.yaml',
  'skeleton that fails validation until a person sets owner.team and riskTier. Then prints the',
  'findings (file:line where known) and the TODO list of what a governed card still needs. Nothing',
  'is invented: what the source does not state is left out and listed as TODO.',
  'Exit 0 when written (warn and info findings do not change that); 1 when the source cannot be',
  'imported (no front matter, not a mapping, not JSON): nothing is written; 2 on a usage error,',
  'including a bad --model or --version and an existing card.yaml without --force.',
];

export const hfSpec: CommandSpec = {
  name: 'import hf',
  summary: 'import a Hugging Face model card (README.md front matter) as a card skeleton',
  usage: 'modelgate import hf <README.md> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
  options: COMMON_OPTIONS,
  details: [
    ...WRITES,
    '',
    'Maps license (and license_name/license_link), language, pipeline_tag, tags, base_model, datasets',
    '(as trainingData) and model-index results. Reports YAML 1.1 misreadings such as the language code',
    '`no` (read as false by PyYAML), self-asserted `verified: true` without a verifyToken, metric values',
    'given as text, results without a dataset, and non-commercial licences.',
  ].join('\n'),
  examples: ['modelgate import hf README.md --model sentiment --version 1.0.0', 'modelgate import hf ./hf/README.md --model bge-small --version 1.5.0 --repo registry --format json'],
  allowPositionals: true,
};

export const mctSpec: CommandSpec = {
  name: 'import mct',
  summary: 'import a Google Model Card Toolkit card (JSON, schema v0.0.1 or v0.0.2) as a card skeleton',
  usage: 'modelgate import mct <card.json> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
  options: COMMON_OPTIONS,
  details: [
    ...WRITES,
    '',
    'Maps model_details, considerations and model_parameters.data. Performance metrics are kept under',
    'extensions.imported.pendingResults, since MCT names no task or evaluation dataset; slices written',
    'feature:value become fairness results. Embedded base64 graphics are dropped.',
  ].join('\n'),
  examples: ['modelgate import mct model_card.json --model cats-vs-dogs --version 1.0.0', 'modelgate import mct out/model_card.json --model cats-vs-dogs --version 1.0.0 --force'],
  allowPositionals: true,
};

export const spec: CommandSpec = {
  name: 'import',
  summary: 'turn a published model card (Hugging Face README, Model Card Toolkit JSON) into a card skeleton',
  usage: 'modelgate import hf|mct <file> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
  options: COMMON_OPTIONS,
  details: ['Subcommands:', `  hf   ${hfSpec.summary}`, `  mct  ${mctSpec.summary}`, '', ...WRITES, '', 'Run `modelgate import hf --help` or `modelgate import mct --help` for details.'].join('\n'),
  examples: [...hfSpec.examples.slice(0, 1), ...mctSpec.examples.slice(0, 1)],
  allowPositionals: true,
};

type Kind = 'hf' | 'mct';

const IMPORTERS: Record<Kind, { spec: CommandSpec; label: string; run: (text: string, options: ImportOptions) => ImportResult }> = {
  hf: { spec: hfSpec, label: 'Hugging Face model card', run: importHuggingFace },
  mct: { spec: mctSpec, label: 'Model Card Toolkit card', run: importModelCardToolkit },
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await importCommand(argv, io);
  } catch (err) {
    // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
    if (!(err instanceof UsageError || err instanceof ConfigError)) throw err;
    io.stderr(`modelgate import: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
}

async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub.startsWith('-')) {
    const parsed = parseCommand(spec, argv);
    if (parsed.help) {
      io.stdout(formatHelp(spec));
      return EXIT.yes;
    }
    throw new UsageError('name what to import: `modelgate import hf <README.md>` or `modelgate import mct <card.json>`; run `modelgate import --help` for usage');
  }
  if (sub !== 'hf' && sub !== 'mct') throw new UsageError(`unknown import source '${sub}': use hf (Hugging Face README) or mct (Model Card Toolkit JSON)`);
  const importer = IMPORTERS[sub];
  const parsed = parseCommand(importer.spec, rest);
  if (parsed.help) {
    io.stdout(formatHelp(importer.spec));
    return EXIT.yes;
  }
  const [source, ...extra] = parsed.positionals;
  if (source === undefined) throw new UsageError(`name the file to import: ${importer.spec.usage}`);
  if (extra.length > 0) throw new UsageError(`one file at a time; also got ${extra.join(' ')}`);
  const model = stringOpt(parsed, 'model');
  const version = stringOpt(parsed, 'version');
  if (model === undefined) throw new UsageError('--model <name> is required');
  if (version === undefined) throw new UsageError('--version <semver> is required');
  checkModelName(model);
  checkVersion(version);
  const format = stringOpt(parsed, 'format') ?? 'text';
  const repo = path.resolve(io.cwd, stringOpt(parsed, 'repo') ?? '.');

  const text = await readSource(path.resolve(io.cwd, source), source);
  const result = typeof text === 'string' ? importer.run(text, { model, version }) : { card: undefined, todo: [], findings: [text] };
  if (!result.card) {
    if (format === 'json') io.stdout(`${JSON.stringify({ source, kind: sub, imported: false, written: [], findings: located(source, result.findings), todo: [] }, null, 2)}\n`);
    else io.stdout(formatFindings(source, result.findings).trimStart());
    io.stderr(`modelgate import ${sub}: ${source} could not be imported as a ${importer.label}; nothing was written\n`);
    return EXIT.no;
  }

  const written = await writeImportedCard({ repo, card: result.card, force: boolOpt(parsed, 'force'), origin: `modelgate import ${sub} ${path.basename(source)}`, todo: result.todo });
  const todo = written.modelYamlCreated ? [...result.todo.filter((t) => !t.startsWith(`${modelYamlPath(model)}:`)), ...written.todo] : result.todo;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ source, kind: sub, imported: true, repo, written: written.written, findings: located(source, result.findings), todo }, null, 2)}\n`);
  } else {
    const lines = written.written.map((f) => `wrote ${f}${f === modelYamlPath(model) ? ' (skeleton: fails validation until owner.team and riskTier are set)' : ''}`);
    io.stdout(`${lines.join('\n')}\n${formatFindings(source, result.findings)}${formatTodo(todo)}`);
  }
  return EXIT.yes;
}

/** The source text, or a deny finding when it is not readable text; a path naming no file is a usage error. */
async function readSource(file: string, shown: string): Promise<string | ImportFinding> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`${shown}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${shown} is a directory; name the file to import`);
    throw err;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { severity: 'deny', code: 'import.not-text', message: 'the file is not UTF-8 text', line: 1, column: 1 };
  }
}

function located(file: string, findings: readonly ImportFinding[]): (ImportFinding & { file: string })[] {
  return findings.map((f) => ({ file, ...f }));
}

function formatFindings(file: string, findings: readonly ImportFinding[]): string {
  if (findings.length === 0) return '\nFindings: none\n';
  const lines = findings.map((f) => `  ${file}${f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''}: ${f.severity} ${f.code}: ${f.message}`);
  return `\nFindings (${findings.length}):\n${lines.join('\n')}\n`;
}

function formatTodo(todo: readonly string[]): string {
  if (todo.length === 0) return '';
  return `\nTODO: a person must still fill in (${todo.length}), also listed at the top of card.yaml:\n${todo.map((t) => `  - ${t}`).join('\n')}\n`;
}
