/**
 * `modelgate approvals evaluate`: the approvals gate on a scenario written down as JSON, evaluated by
 * the same core as the approvals action (src/approvals/evaluate.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decisionJson } from '../../approvals/evaluate.js';
import { formatDecisionText } from '../../approvals/format.js';
import { evaluateScenario, parseScenarioText } from '../../approvals/scenario.js';
import { ConfigError, EXIT, UsageError, describeError, exitCodeOf } from '../../errors.js';
import { formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

const SUBCOMMANDS = {
  evaluate: 'decide a pull request\'s approvals offline from a scenario file',
} as const;

export const spec: CommandSpec = {
  name: 'approvals',
  summary: 'the approvals gate: who must approve a change, and who has',
  usage: 'modelgate approvals <subcommand> [options]',
  options: {},
  details: ['Subcommands:', ...Object.entries(SUBCOMMANDS).map(([name, summary]) => `  ${name.padEnd(10)}${summary}`), '', 'Run `modelgate approvals <subcommand> --help` for its options.'].join('\n'),
  examples: ['modelgate approvals evaluate --input scenario.json --format json'],
  allowPositionals: true,
};

export const evaluateSpec: CommandSpec = {
  name: 'approvals evaluate',
  summary: SUBCOMMANDS.evaluate,
  usage: 'modelgate approvals evaluate --input <scenario.json> [--format json|text]',
  options: {
    input: { type: 'string', help: '<file>  the scenario (JSON), relative to the current directory' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  details: [
    'The scenario is everything the approvals action learns from GitHub, written down:',
    '  {"codeowners": "<text of the base branch CODEOWNERS>", "changedFiles": ["models/x/model.yaml"],',
    '   "author": "carol", "headSha": "<sha>", "reviews": [<reviews as the REST API returns them, oldest first>],',
    '   "teams": {"@org/team": ["login"]}, "writers": ["login"] (optional; absent = everyone has write access),',
    '   "rule": {<approval rule as in modelgate.yaml>},',
    '   "settings": {"dismissStaleReviews": false, "requireLastPushApproval": false}}',
    'Optional: "ownerTeams" (the model owner teams, for independentOfOwner), "lastPushers" (who pushed the',
    'head commit; default the author) and "waivers" ([{"rule", "approver", "file"}]).',
    'A team missing from "teams" cannot be resolved, so it never satisfies a requirement (as online, when the',
    'token cannot read the team). Output (json): {"approved", "codeOwnersSatisfied", "files": [{"path",',
    '"owners", "approvedBy"}], "missing", "blockers", "reasons"}. Exit 0 approved, 1 not approved, 2 bad input.',
  ].join('\n'),
  examples: ['modelgate approvals evaluate --input scenario.json', 'modelgate approvals evaluate --input scenario.json --format json | jq .missing'],
};

async function evaluate(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(evaluateSpec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(evaluateSpec));
    return EXIT.yes;
  }
  const input = stringOpt(parsed, 'input');
  if (input === undefined) throw new UsageError(`--input <scenario.json> is required.\nUsage: ${evaluateSpec.usage}`);
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, input), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new UsageError(`--input ${input}: no such file`);
    throw err;
  }
  const result = evaluateScenario(parseScenarioText(text, input));
  const decision = decisionJson(result);
  io.stdout(stringOpt(parsed, 'format') === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : formatDecisionText(decision));
  return decision.approved ? EXIT.yes : EXIT.no;
}

async function approvals(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(formatHelp(spec));
    return sub === undefined ? EXIT.usage : EXIT.yes;
  }
  if (sub === 'evaluate') return evaluate(rest, io);
  throw new UsageError(`unknown subcommand '${sub}'. Subcommands: ${Object.keys(SUBCOMMANDS).join(', ')}.`);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await approvals(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof ConfigError)) throw err;
    io.stderr(`modelgate approvals: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
}
