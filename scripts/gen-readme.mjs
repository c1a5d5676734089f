// Regenerates the README sections between `<!-- name:start -->` and `<!-- name:end -->` markers
// from their sources (policy rules, action.yml files), so the docs cannot drift from the code.
// `node scripts/gen-readme.mjs` rewrites README.md; `--check` exits 1 when it is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function severityText(severity) {
  if (typeof severity === 'string') return severity;
  return Object.entries(severity)
    .map(([tier, s]) => (tier === 'default' ? s : `${tier}: ${s}`))
    .join(', ');
}

export function policyTable() {
  const dir = path.join(root, 'policies');
  const rules = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(dir, f), 'utf8')))
    .sort((a, b) => a.id.localeCompare(b.id));
  const rows = rules.map((r) => `| \`${r.id}\` — ${cell(r.title)} | ${cell(severityText(r.severity))} | ${r.kinds ? r.kinds.join(', ') : 'all changes'} | ${cell((r.references ?? []).join('; '))} |`);
  return ['| rule | severity | applies to | references |', '|---|---|---|---|', ...rows].join('\n');
}

function code(text) {
  return text === '' ? '' : `\`${String(text).replaceAll('|', '\\|')}\``;
}

/** The inputs and outputs tables of actions/<name>/action.yml, the way users read them in the README. */
export function actionTables(name) {
  const action = parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8'));
  const inputs = Object.entries(action.inputs ?? {}).filter(([, spec]) => !spec.deprecationMessage);
  const renamed = Object.entries(action.inputs ?? {}).filter(([, spec]) => spec.deprecationMessage);
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [input, spec] of inputs) {
    const fallback = spec.required ? '*required*' : code(spec.default ?? '');
    lines.push(`| \`${input}\` | ${fallback} | ${cell(spec.description.trim())} |`);
  }
  if (renamed.length) {
    lines.push('', `Refused, with the right name in the error: ${renamed.map(([input, spec]) => `\`${input}\` (${cell(spec.deprecationMessage.trim())})`).join('; ')}`);
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [output, spec] of Object.entries(action.outputs ?? {})) lines.push(`| \`${output}\` | ${cell(spec.description.trim())} |`);
  return lines.join('\n');
}

/** A workflow template as a ready-to-copy block, without its header comment (the README says it). */
export function templateBlock(file) {
  const text = readFileSync(path.join(root, 'templates', 'workflows', file), 'utf8');
  const body = text.replace(/^(#.*\n)+\n?/, '');
  return ['```yaml', `# .github/workflows/${file}`, body.trimEnd(), '```'].join('\n');
}

/** Section name → generator. Other modules add theirs here. */
export const SECTIONS = {
  'policy-table': policyTable,
  'action-validate': () => actionTables('validate'),
  'template-validate': () => templateBlock('modelgate-validate.yml'),
  'template-gate': () => templateBlock('modelgate-gate.yml'),
  'action-record': () => actionTables('record'),
  'action-deploy': () => actionTables('deploy'),
  'action-deploy-status': () => actionTables('deploy-status'),
  'action-monitor': () => actionTables('monitor'),
  'action-rollback': () => actionTables('rollback'),
  'template-monitor': () => templateBlock('modelgate-monitor.yml'),
  'template-rollback': () => templateBlock('modelgate-rollback.yml'),
};

export function render(readme) {
  let out = readme;
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} section`);
    out = `${out.slice(0, a + start.length)}\n${generate()}\n${out.slice(b)}`;
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = render(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is out of date: run `npm run docs`');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(file, next);
    console.log('README.md updated');
  }
}
