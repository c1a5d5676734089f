import path from 'node:path';
import { EXIT } from '../../errors.js';
import { init, parseActionRef } from '../../init/init.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'init',
  summary: 'set up a repository as a modelgate registry: workflows, modelgate.yaml, CODEOWNERS',
  usage: 'modelgate init [--repo <dir>] [--force] [--action-ref <owner>/<repo>@<sha>]',
  options: {
    repo: { type: 'string', help: '<dir>  the repository root (default: current directory)' },
    force: { type: 'boolean', help: 'overwrite files that exist' },
    'action-ref': { type: 'string', help: '<owner>/<repo>@<sha>  pin the workflows to this modelgate repository and full commit (default: placeholders to fill in)' },
  },
  examples: ['modelgate init', `modelgate init --repo ../model-registry --action-ref acme/modelgate@${'0'.repeat(40)}`],
  details:
    'Writes modelgate.yaml (the default policy pack), .github/CODEOWNERS and the workflows under .github/workflows/\n' +
    '(feedback on pull_request, the gate on pull_request_target). Existing files are never overwritten without --force:\n' +
    'the command then writes nothing and exits 2 naming them.',
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(spec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const repo = path.resolve(io.cwd, stringOpt(parsed, 'repo') ?? '.');
  const refText = stringOpt(parsed, 'action-ref');
  const actionRef = refText ? parseActionRef(refText) : undefined;
  const result = await init(repo, { force: boolOpt(parsed, 'force'), ...(actionRef ? { actionRef } : {}) });
  const lines = [`modelgate init: ${path.relative(io.cwd, repo) || '.'}`, ...result.written.map((f) => `  wrote ${f}`), '', 'Next:'];
  const steps = [
    ...(result.placeholders.length > 0
      ? [`Replace OWNER and COMMIT_SHA in ${result.placeholders.join(', ')} with the repository you take modelgate from and the full commit you trust (or run again with --force --action-ref <owner>/<repo>@<sha>).`]
      : []),
    'Replace the @your-org/... teams in .github/CODEOWNERS with your own.',
    'In a branch ruleset for the default branch, require the status check modelgate/policy and a code owner review.',
    'Commit, push, and open a pull request that adds a model card: modelgate validate --repo . shows the verdict first.',
  ];
  lines.push(...steps.map((s, i) => `  ${i + 1}. ${s}`), '');
  io.stdout(lines.join('\n'));
  return EXIT.yes;
}
