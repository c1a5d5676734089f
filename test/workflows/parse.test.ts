// Every action.yml and workflow, as GitHub itself parses them (@actions/workflow-parser, the parser of
// GitHub's Actions language services), plus the rules GitHub's parser does not enforce.
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { actionFiles, allWorkflows, templateWorkflows, type YamlFile } from './files.js';

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string; deprecationMessage?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

interface WorkflowYaml {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: Step[] }>;
}

function steps(file: YamlFile): Step[] {
  const doc = parse(file.content) as ActionYaml | WorkflowYaml;
  if ('runs' in doc) return doc.runs.steps ?? [];
  return Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
}

describe("GitHub's own parser accepts", () => {
  const actions = actionFiles();
  const workflows = allWorkflows();

  test('there is something to parse', () => {
    expect(actions.map((a) => a.name)).toContain('actions/validate/action.yml');
    expect(workflows.map((w) => w.name)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/dogfood.yml', 'templates/workflows/modelgate-gate.yml', 'templates/workflows/modelgate-validate.yml']),
    );
  });

  test.each(actions.map((a) => [a.name, a] as const))('%s', (_name, file) => {
    const result = parseAction({ name: file.name, content: file.content }, new NoOperationTraceWriter());
    expect(errorsOf(result)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  test.each(workflows.map((w) => [w.name, w] as const))('%s', (_name, file) => {
    const result = parseWorkflow({ name: file.name, content: file.content }, new NoOperationTraceWriter());
    expect(errorsOf(result)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  test('and reports what it does not accept (the check bites)', () => {
    const broken = parseWorkflow({ name: 'broken.yml', content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n' }, new NoOperationTraceWriter());
    expect(errorsOf(broken).join('\n')).toMatch(/stepz/);
    const badAction = parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n' }, new NoOperationTraceWriter());
    expect(errorsOf(badAction).join('\n')).toMatch(/shell/);
  });
});

/** `${{` anywhere in a run: script is script injection waiting to happen (DESIGN §7). */
export function expressionsInRun(file: YamlFile): string[] {
  return steps(file)
    .filter((s) => typeof s.run === 'string' && s.run.includes('${{'))
    .map((s) => `${file.name}: step "${s.name ?? s.id ?? s.run!.split('\n')[0]}" has \${{ }} inside run:`);
}

describe('no ${{ }} inside run:', () => {
  test.each([...actionFiles(), ...allWorkflows()].map((f) => [f.name, f] as const))('%s', (_name, file) => {
    expect(expressionsInRun(file)).toEqual([]);
  });

  test('the check finds one', () => {
    const bad = { name: 'bad.yml', content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: greet\n        run: echo "${{ github.event.pull_request.title }}"\n' };
    expect(expressionsInRun(bad)).toEqual(['bad.yml: step "greet" has ${{ }} inside run:']);
  });
});

describe('action.yml', () => {
  test.each(actionFiles().map((a) => [a.name, a] as const))('%s maps every input through env: and documents everything', (name, file) => {
    const action = parse(file.content) as ActionYaml;
    expect(action.runs.using).toBe('composite');
    const runner = action.runs.steps.find((s) => s.run?.includes('dist/actions/'));
    expect(runner, `${name} runs a bundle`).toBeDefined();
    const expected = Object.fromEntries(Object.keys(action.inputs).map((input) => [`INPUT_${input.toUpperCase()}`, `\${{ inputs.${input} }}`]));
    // Composite actions get no INPUT_* of their own: each one must be mapped, and nothing else.
    expect(Object.fromEntries(Object.entries(runner!.env ?? {}).filter(([k]) => k.startsWith('INPUT_')))).toEqual(expected);
    for (const [input, spec] of Object.entries(action.inputs)) expect(spec.description, `input ${input}`).toMatch(/\S{3}/);
    for (const [output, spec] of Object.entries(action.outputs)) {
      expect(spec.description, `output ${output}`).toMatch(/\S{3}/);
      expect(spec.value).toBe(`\${{ steps.${runner!.id}.outputs.${output} }}`);
    }
    // The permissions it needs are part of its description.
    expect(action.description).toMatch(/contents: read/);
    // The bundle runs from the action's own directory, whichever repository it was taken from.
    expect(runner!.run).toMatch(/^node "\$GITHUB_ACTION_PATH\/\.\.\/\.\.\/dist\/actions\/[a-z-]+\/index\.js"$/);
    // Node.js is checked before it is used.
    expect(action.runs.steps.indexOf(runner!)).toBeGreaterThan(action.runs.steps.findIndex((s) => s.name === 'Check Node.js'));
  });
});

const SHA_PIN = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+)*$/;
const MODELGATE_PLACEHOLDER = /^OWNER\/modelgate\/actions\/[a-z-]+@COMMIT_SHA # modelgate v\d+\.\d+\.\d+$/;

/** `uses:` values with their trailing comment, straight from the text (YAML parsers drop comments). */
function usesLines(file: YamlFile): string[] {
  return [...file.content.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((m) => m[1]!.trim());
}

describe('workflows', () => {
  test.each(allWorkflows().map((w) => [w.name, w] as const))('%s pins every action by full SHA with a version comment', (_name, file) => {
    for (const uses of usesLines(file)) {
      if (uses.startsWith('./')) continue;
      expect(SHA_PIN.test(uses) || MODELGATE_PLACEHOLDER.test(uses), uses).toBe(true);
    }
  });

  test.each(allWorkflows().map((w) => [w.name, w] as const))('%s states its permissions explicitly, never write-all', (_name, file) => {
    const wf = parse(file.content) as WorkflowYaml;
    // Without a permissions block a job gets the repository's default token, which may be read-write.
    for (const [name, job] of Object.entries(wf.jobs)) expect(wf.permissions ?? job.permissions, `job ${name}`).toBeDefined();
    for (const block of [wf.permissions, ...Object.values(wf.jobs).map((j) => j.permissions)]) {
      expect(['write-all', 'read-all']).not.toContain(block);
    }
  });

  test.each(templateWorkflows().map((w) => [w.name, w] as const))('%s never checks out pull request code on pull_request_target', (_name, file) => {
    const doc = parse(file.content) as { on: Record<string, unknown> } & WorkflowYaml;
    if (!('pull_request_target' in doc.on)) return;
    for (const step of steps(file).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.ref, 'checkout of the base branch only').toBeUndefined();
      expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  test('the gate template asks for exactly what the gate needs', () => {
    const gate = templateWorkflows().find((w) => w.name.endsWith('modelgate-gate.yml'))!;
    const wf = parse(gate.content) as WorkflowYaml;
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.policy?.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
  });
});
