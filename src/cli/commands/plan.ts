import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { formatPlanText } from '../../deploy/format.js';
import { buildPlan } from '../../deploy/plan.js';
import { PLATFORMS, render, type Platform, type RenderResult } from '../../deploy/render/index.js';
import { formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'plan',
  summary: 'what a change to deployments/<env>.yaml does and every gate it passes or fails, offline',
  usage: 'modelgate plan --env <name> [--repo <dir>] [--base <ref>] [--head <ref>] [--format text|json] [--now <ISO time>] [--render kserve|sagemaker|table] [--out <dir>]',
  options: {
    env: { type: 'string', help: '<name>  the environment whose manifest changes (required)' },
    repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
    base: { type: 'string', help: '<ref>  what serves before (default: merge base with the default branch; on the default branch with --head, the head\'s first parent)' },
    head: { type: 'string', help: '<ref>  the change (default: the working tree)' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    now: { type: 'string', help: '<ISO time>  judge bake time as of this instant (default: now)' },
    render: { type: 'string', choices: PLATFORMS, help: 'kserve|sagemaker|table  also render the serving configuration for this one platform (the deploy action\'s `render` input takes a comma-separated list)' },
    out: { type: 'string', help: '<dir>  write plan.json and the rendered files here instead of printing them' },
  },
  examples: [
    'modelgate plan --env production',
    'modelgate plan --env production --base origin/main --head HEAD --format json',
    'modelgate plan --env staging --render kserve --out rendered/',
    'modelgate plan --env production --now 2026-05-01T12:00:00Z   # would the bake time hold then?',
  ],
  details: [
    'Gates: promotionOrder, bakeTime, trafficSteps, strategy, registration, policy (validate --env on the head, rules from the base),',
    'and for a hot fix an approvals requirement the approvals gate must satisfy. Each gate is enforce or advisory per modelgate.yaml `gates`.',
    'Exit 0 when every enforced gate passes, 1 when one fails (or --render cannot express a model on that platform), 2 on usage or configuration errors.',
  ].join('\n'),
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(spec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const env = stringOpt(parsed, 'env');
  if (!env) throw new UsageError('--env <name> is required: which environment\'s manifest to plan');
  const nowText = stringOpt(parsed, 'now');
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (nowText !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(nowText) || Number.isNaN(now.getTime()))) throw new UsageError(`--now must be an ISO 8601 time such as 2026-05-01T12:00:00Z; got '${nowText}'`);
  const out = stringOpt(parsed, 'out');
  const platform = stringOpt(parsed, 'render') as Platform | undefined;
  const base = stringOpt(parsed, 'base');
  const head = stringOpt(parsed, 'head');
  const repoDir = path.resolve(io.cwd, stringOpt(parsed, 'repo') ?? '.');
  const plan = await buildPlan({ repoDir, env, now, today: now.toISOString().slice(0, 10), ...(base ? { base } : {}), ...(head ? { head } : {}) });
  const rendered: RenderResult | undefined = platform ? render(platform, { env, serving: plan.serving }) : undefined;
  const format = stringOpt(parsed, 'format') ?? 'text';
  const document = rendered ? { ...plan, rendered: { platform: rendered.platform, files: rendered.files.map((f) => ({ path: f.path, content: f.content })), unsupported: rendered.unsupported, notes: rendered.notes } } : plan;

  if (out) {
    const dir = path.resolve(io.cwd, out);
    await mkdir(dir, { recursive: true });
    const written = ['plan.json'];
    await writeFile(path.join(dir, 'plan.json'), `${JSON.stringify(document, null, 2)}\n`);
    for (const f of rendered?.files ?? []) {
      await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
      await writeFile(path.join(dir, f.path), f.content);
      written.push(f.path);
    }
    if (format === 'json') io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    else io.stdout(`${formatPlanText(plan)}${renderText(rendered, false)}Wrote ${written.map((w) => path.join(out, w)).join(', ')}\n`);
  } else if (format === 'json') {
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.stdout(`${formatPlanText(plan)}${renderText(rendered, true)}`);
  }
  if (rendered && rendered.unsupported.length > 0) {
    for (const u of rendered.unsupported) io.stderr(`modelgate plan: cannot render ${u.model} (${u.strategy}) for ${rendered.platform}: ${u.reason}\n`);
    return EXIT.no;
  }
  return plan.verdict === 'pass' ? EXIT.yes : EXIT.no;
}

function renderText(rendered: RenderResult | undefined, withFiles: boolean): string {
  if (!rendered) return '';
  const lines = [`Rendered for ${rendered.platform}:`];
  for (const u of rendered.unsupported) lines.push(`  CANNOT ${u.model} (${u.strategy}): ${u.reason}`);
  for (const n of rendered.notes) lines.push(`  note: ${n}`);
  if (withFiles) for (const f of rendered.files) lines.push(`--- ${f.path}`, f.content.trimEnd());
  lines.push('');
  return `${lines.join('\n')}\n`;
}
