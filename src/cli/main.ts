/**
 * The `modelgate` command. Each subcommand lives in its own module, imported only when used, so
 * `modelgate validate --changed-since` does not pay for what it does not run.
 */
import { EXIT, describeError, exitCodeOf } from '../errors.js';
import type { CliIO } from './io.js';

export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
  /** What errors are prefixed with, e.g. "audit verify" (default: the command's name). */
  errorLabel?(argv: string[]): string;
}

interface CommandEntry {
  summary: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  validate: { summary: 'validate model cards, models, manifests and policies against the policy packs', load: () => import('./commands/validate.js') },
  import: { summary: 'turn a published model card (Hugging Face README, Model Card Toolkit JSON) into a card skeleton', load: () => import('./commands/import.js') },
  owners: { summary: 'show the code owners of paths, reading CODEOWNERS exactly as GitHub does', load: () => import('./commands/owners.js') },
  init: { summary: 'set up a repository as a modelgate registry: workflows, modelgate.yaml, CODEOWNERS', load: () => import('./commands/init.js') },
  approvals: { summary: 'the approvals gate: evaluate who must approve a change and who has (approvals evaluate)', load: () => import('./commands/approvals.js') },
  audit: { summary: 'the tamper-evident audit log: verify its hash chain and anchors, show its records (audit verify|show)', load: () => import('./commands/audit.js') },
  history: { summary: 'which model versions served in an environment at a given time, and who approved them', load: () => import('./commands/history.js') },
  evidence: { summary: "write an auditor's evidence bundle for a model version (JSON and Markdown)", load: () => import('./commands/evidence.js') },
  plan: { summary: 'what a change to deployments/<env>.yaml does and every gate it passes or fails, offline', load: () => import('./commands/plan.js') },
  status: { summary: 'what serves where now: per environment and model, versions, traffic, since when', load: () => import('./commands/status.js') },
  monitor: { summary: 'judge live metrics against rollback rules: healthy, hold or rollback', load: () => import('./commands/monitor.js') },
  rollback: { summary: 'plan the rollback pull request for a model in an environment, offline (--dry-run)', load: () => import('./commands/rollback.js') },
};

export { VERSION } from './version.js';
import { VERSION } from './version.js';

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return [
    'modelgate: a Git repository as a governed ML model registry',
    '',
    'Usage: modelgate <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Run `modelgate <command> --help` for a command\'s options and examples.',
    '',
    'Example:',
    '  modelgate validate --repo examples/registry',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(topHelp());
    return command === undefined ? EXIT.usage : EXIT.yes;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.yes;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr(`modelgate: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT.usage;
  }
  let label = command;
  try {
    const mod = await entry.load();
    label = mod.errorLabel?.(rest) ?? command;
    return await mod.run(rest, io);
  } catch (err) {
    io.stderr(`modelgate ${label}: ${describeError(err)}\n`);
    if (io.env.MODELGATE_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return exitCodeOf(err);
  }
}
