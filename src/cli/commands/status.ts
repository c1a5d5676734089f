import path from 'node:path';
import { EXIT } from '../../errors.js';
import { formatStatusText } from '../../deploy/format.js';
import { servingStatus } from '../../deploy/plan.js';
import { formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'status',
  summary: 'what serves where now: per environment and model, strategy, versions, traffic, since when and by which commit',
  usage: 'modelgate status [--env <name>] [--repo <dir>] [--ref <ref>] [--format text|json]',
  options: {
    env: { type: 'string', multiple: true, help: '<name>  only this environment (repeatable; default: all, in promotion order)' },
    repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
    ref: { type: 'string', help: '<ref>  the branch or commit whose manifests count (default: HEAD; uncommitted edits are not serving)' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  examples: ['modelgate status', 'modelgate status --env production --format json', 'modelgate status --ref origin/main'],
  details: '"Since" is the merge time of the manifest change on the first-parent chain (the committer time; clock skew is corrected by never letting a time go backwards), until deployment records exist. A manifest that does not pass its schema is reported INVALID with its findings, and the exit status is 1.',
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(spec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const envs = parsed.values.env as string[] | undefined;
  const repoDir = path.resolve(io.cwd, stringOpt(parsed, 'repo') ?? '.');
  const status = await servingStatus(repoDir, stringOpt(parsed, 'ref') ?? 'HEAD', envs && envs.length > 0 ? envs : undefined);
  io.stdout(stringOpt(parsed, 'format') === 'json' ? `${JSON.stringify(status, null, 2)}\n` : formatStatusText(status));
  // An invalid manifest is a deny finding, as for `validate` (DESIGN §4): exit 1.
  return status.environments.some((e) => e.invalid) ? EXIT.no : EXIT.yes;
}
