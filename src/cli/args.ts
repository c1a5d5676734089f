/**
 * Argument parsing on node:util parseArgs (in Node itself, so no dependency), with the
 * conventions of DESIGN §4: `--help` everywhere, unknown flags and bad enum values are usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** One line for --help, e.g. '<dir>  registry root (default: current directory)'. */
  help: string;
  /** Allowed values for a string option. */
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  examples: string[];
  /** Extra help text after the options. */
  details?: string;
  allowPositionals?: boolean;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

export function parseCommand(spec: CommandSpec, argv: string[]): Parsed {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) };
  }
  let result;
  try {
    result = parseArgs({ args: argv, options, allowPositionals: spec.allowPositionals ?? false, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\nRun \`modelgate ${spec.name} --help\` for usage.`);
  }
  const values = result.values as Parsed['values'];
  if (values.help) return { values, positionals: result.positionals, help: true };
  for (const [name, o] of Object.entries(spec.options)) {
    const v = values[name];
    if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
      throw new UsageError(`--${name} must be one of ${o.choices.join(', ')}; got '${v}'`);
    }
    if (o.type === 'string' && typeof v === 'string' && v === '') {
      throw new UsageError(`--${name} needs a value`);
    }
  }
  return { values, positionals: result.positionals, help: false };
}

export function formatHelp(spec: CommandSpec): string {
  const lines = [`modelgate ${spec.name}: ${spec.summary}`, '', `Usage: ${spec.usage}`, '', 'Options:'];
  const rows = Object.entries(spec.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}`, o.help] as const);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [flag, help] of rows) lines.push(`  ${flag.padEnd(width)}${help}`);
  if (spec.details) lines.push('', spec.details.trimEnd());
  lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  // A command that lists its own exit codes in details must not get a second, contradicting list.
  if (!spec.details?.includes('Exit codes:')) lines.push('', 'Exit codes: 0 yes (pass), 1 no (findings, not approved), 2 usage or configuration error, 3 the tool could not run, 4 hold.');
  return `${lines.join('\n')}\n`;
}

export function stringOpt(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}
