// The two approvals workflows users copy, and the approvals action's Node.js check. (GitHub's own
// parser, SHA pins, and "no ${{ }} in run:" are checked for every workflow in test/workflows.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/registry.js';

interface Workflow {
  name: string;
  on: Record<string, { types?: string[]; workflows?: string[] } | null>;
  permissions: unknown;
  jobs: Record<string, { permissions?: unknown; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const gate = parse(read('templates/workflows/modelgate-approvals.yml')) as Workflow;
const trigger = parse(read('templates/workflows/modelgate-review-trigger.yml')) as Workflow;

describe('the approvals workflows', () => {
  test('the trusted gate follows the review trigger by its name', () => {
    expect(gate.on.workflow_run).toEqual({ workflows: [trigger.name], types: ['completed'] });
    expect(gate.on.pull_request_target?.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'reopened', 'edited']));
  });

  test('the trigger is unprivileged and does nothing the gate could be made to trust', () => {
    expect(Object.keys(trigger.on)).toEqual(['pull_request_review']);
    expect(trigger.on.pull_request_review?.types).toEqual(['submitted', 'edited', 'dismissed']);
    expect(trigger.permissions).toEqual({});
    for (const job of Object.values(trigger.jobs)) {
      expect(job.permissions).toEqual({});
      // No checkout, no artifact: nothing from it reaches the trusted run.
      expect(job.steps.every((s) => s.uses === undefined)).toBe(true);
    }
  });

  test('the gate asks for exactly what the approvals action needs, and passes the teams token', () => {
    expect(gate.permissions).toEqual({});
    const job = gate.jobs.approvals!;
    expect(job.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    const step = job.steps.find((s) => s.uses?.includes('/actions/approvals@'));
    expect(step?.with).toMatchObject({ 'teams-token': '${{ secrets.MODELGATE_TEAMS_TOKEN }}' });
  });
});

describe('actions/approvals/action.yml', () => {
  test('checks Node.js exactly as the validate action does', () => {
    type Action = { runs: { steps: { name?: string; run?: string }[] } };
    const script = (action: string) => (parse(read(`actions/${action}/action.yml`)) as Action).runs.steps.find((s) => s.name === 'Check Node.js')?.run;
    expect(script('approvals')).toBeDefined();
    expect(script('approvals')).toBe(script('validate')!.replaceAll('modelgate validate', 'modelgate approvals'));
  });
});
