/**
 * The rollback pull request through the OpenAPI-checked harness and a stateful fake repository:
 * created with a minimal diff, labels and code owners; an open PR updated (never duplicated); a
 * closed PR respected; two racing runs → one PR; the 422 paths; eventual-consistency retries.
 */
import { describe, expect, it } from 'vitest';
import { pullBody, pullTitle } from '../../src/rollback/body.js';
import { isEventualConsistency, openRollbackPull, type PullOptions } from '../../src/rollback/pr.js';
import { planRollback, type RollbackPlan } from '../../src/rollback/plan.js';
import { Redactor } from '../../src/monitor/redact.js';
import { installGitHubHarness, mockGitHub, testClient } from '../harness/github.js';
import { modelYaml } from '../helpers/registry.js';
import { FakeRepo } from './fake-github.js';
import { changedLines } from './helpers.js';

installGitHubHarness();

const MANIFEST = `# what serves in production
schemaVersion: 1
environment: production
models:
  demo:
    strategy: canary
    stable: "1.0.0"   # the champion
    candidate: "1.1.0"
    traffic: 10
  other:
    strategy: direct
    stable: "2.0.0"
`;
const MODEL = modelYaml('demo', 'rollback:\n  rules:\n    - { name: errors, provider: prometheus, query: q, max: 0.05 }\n');
const CODEOWNERS = `* @acme/platform
/deployments/production.yaml @acme/sre @alice
/models/demo/ @acme/ds someone@acme.example @other-org/team
`;
const FILES = { 'deployments/production.yaml': MANIFEST, 'models/demo/model.yaml': MODEL, '.github/CODEOWNERS': CODEOWNERS };
const NOW = Date.parse('2026-03-01T12:00:00Z');

function plan(reason = 'critical rule(s) failed: errors'): RollbackPlan {
  const p = planRollback({
    env: 'production',
    model: 'demo',
    current: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 },
    trigger: 'manual',
    reason,
    spans: [],
    bakeMs: 0,
    now: NOW,
    verdicts: [],
    marks: undefined,
  });
  if (p.kind !== 'rollback') throw new Error('expected a rollback plan');
  return p;
}

const BRANCH = 'modelgate/rollback/production/demo/1.1.0';

function setup(files: Record<string, string> = FILES) {
  const gh = mockGitHub();
  const repo = new FakeRepo('acme', 'registry', files);
  repo.install(gh, [BRANCH]);
  const client = testClient(gh);
  const options = (p: RollbackPlan, extra: Partial<PullOptions> = {}): PullOptions => ({
    client,
    repo: { owner: 'acme', repo: 'registry' },
    base: 'main',
    title: pullTitle(p),
    body: pullBody(p, { runUrl: 'https://github.com/acme/registry/actions/runs/1' }, new Redactor()),
    labels: ['modelgate', 'rollback'],
    sleep: async () => {},
    ...extra,
  });
  return { gh, repo, client, options };
}


describe('creating the rollback pull request', () => {
  it('one commit on the base, a minimal manifest diff, the failing version rejected, labels and code owners as reviewers', async () => {
    const { repo, options } = setup();
    const p = plan();
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('created');
    expect(repo.pulls).toHaveLength(1);
    const pull = repo.pulls[0]!;
    expect(pull).toMatchObject({ head: BRANCH, base: 'main', title: 'Roll back demo 1.1.0 → 1.0.0 in production', labels: ['modelgate', 'rollback'] });
    expect(pull.body).toContain('<!-- modelgate:incident rollback/production/demo/1.1.0 -->');
    // The manifest's owners (users and same-organisation teams); e-mail and foreign-team owners cannot be requested.
    expect(pull.reviewers).toEqual(['alice']);
    expect(pull.teamReviewers).toEqual(['ds', 'sre']);
    expect(r.warnings.join('\n')).toMatch(/e-mail owners cannot be requested[\s\S]*another organisation/);

    const files = repo.filesAt(BRANCH);
    const manifest = changedLines(MANIFEST, files.get('deployments/production.yaml')!);
    expect(manifest.removed).toEqual(['    strategy: canary', '    candidate: "1.1.0"', '    traffic: 10']);
    expect(manifest.added).toEqual(['    strategy: direct']);
    expect(files.get('deployments/production.yaml')).toContain('stable: "1.0.0"   # the champion');
    const model = files.get('models/demo/model.yaml')!;
    expect(changedLines(MODEL, model).removed).toEqual([]);
    expect(model).toContain('versions:\n  "1.1.0":\n    status: rejected\n    reason: "critical rule(s) failed: errors"\n    incident: "rollback/production/demo/1.1.0"\n    date: "2026-03-01"');
    // Other files untouched; the commit sits on the base tip.
    expect(files.get('.github/CODEOWNERS')).toBe(CODEOWNERS);
    const tip = repo.refs.get(`heads/${BRANCH}`)!;
    expect(repo.commits.get(tip)!.parents).toEqual([repo.refs.get('heads/main')]);
  });

  it('a re-run with nothing new leaves the pull request and branch alone', async () => {
    const { repo, options } = setup();
    const p = plan();
    await openRollbackPull(p, options(p));
    const tip = repo.refs.get(`heads/${BRANCH}`);
    const again = await openRollbackPull(p, options(p));
    expect(again.action).toBe('unchanged');
    expect(repo.pulls).toHaveLength(1);
    expect(repo.refs.get(`heads/${BRANCH}`)).toBe(tip);
  });
});

describe('idempotency', () => {
  it('an open pull request for the incident is updated: new body, branch rebuilt on the moved base, no second PR', async () => {
    const { repo, options } = setup();
    const first = plan('critical rule(s) failed: errors');
    await openRollbackPull(first, options(first));
    // Someone merges an unrelated change to the manifest meanwhile.
    repo.commitOn('main', { 'deployments/production.yaml': MANIFEST.replace('stable: "2.0.0"', 'stable: "2.0.1"') });
    const second = plan('critical rule(s) failed: errors, latency');
    const r = await openRollbackPull(second, options(second));
    expect(r.action).toBe('updated');
    expect(repo.pulls).toHaveLength(1);
    expect(repo.pulls[0]!.body).toContain('errors, latency');
    const files = repo.filesAt(BRANCH);
    // The base's change is kept: the branch is the new base plus the rollback.
    expect(files.get('deployments/production.yaml')).toContain('stable: "2.0.1"');
    expect(repo.commits.get(repo.refs.get(`heads/${BRANCH}`)!)!.parents).toEqual([repo.refs.get('heads/main')]);
  });

  it('a pull request a person closed is respected: not reopened, not opened again, branch untouched', async () => {
    const { repo, options } = setup();
    repo.addPull({ head: BRANCH, state: 'closed', title: 'Roll back demo 1.1.0 → 1.0.0 in production' });
    const p = plan();
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('respected-closed');
    expect(repo.pulls).toHaveLength(1);
    expect(repo.pulls[0]!.state).toBe('closed');
    expect(repo.refs.has(`heads/${BRANCH}`)).toBe(false);
  });

  it('a merged pull request means the incident is resolved', async () => {
    const { repo, options } = setup();
    repo.addPull({ head: BRANCH, state: 'closed', merged: true });
    const p = plan();
    expect((await openRollbackPull(p, options(p))).action).toBe('already-merged');
    expect(repo.pulls).toHaveLength(1);
  });

  it('two concurrent runs yield one pull request (the loser takes the 422 paths)', async () => {
    const { gh, repo, options } = setup();
    const p = plan();
    const [a, b] = await Promise.all([openRollbackPull(p, options(p)), openRollbackPull(p, options(p))]);
    expect(repo.pulls.filter((x) => x.state === 'open')).toHaveLength(1);
    expect([a.action, b.action].sort()).toEqual(['created', 'updated']);
    expect(a.pull!.number).toBe(b.pull!.number);
    // Both really tried to create: the loser took GitHub's 422 answer.
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create')).toHaveLength(2);
  });

  it('422 "Reference already exists": another run made the branch between our look and our create', async () => {
    const { repo, options } = setup();
    const p = plan();
    repo.hooks.createRef = [
      (r) => {
        // The other run's branch appears just before ours: a different commit on the same base.
        const body = r.body as { sha: string };
        repo.refs.set(`heads/${BRANCH}`, repo.refs.get('heads/main')!);
        void body;
        return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' } };
      },
    ];
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('created');
    // Our change replaced theirs (which lacked it).
    expect(repo.filesAt(BRANCH).get('deployments/production.yaml')).toContain('strategy: direct');
  });

  it('422 "A pull request already exists" is resolved by looking it up, even when the listing lags', async () => {
    const { repo, options } = setup();
    const p = plan();
    repo.hooks.createPull = [
      (r) => {
        const body = r.body as { head: string; base: string };
        repo.addPull({ head: body.head, base: body.base, title: 'by the other run' });
        return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for acme:${BRANCH}.` }], documentation_url: 'https://docs.github.com/rest' } };
      },
    ];
    // GitHub's listing has not caught up yet on the first look.
    repo.hooks.listPulls = [() => undefined, () => ({ status: 200, body: [] })];
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('updated');
    expect(repo.pulls).toHaveLength(1);
    expect(repo.pulls[0]!.title).toBe(pullTitle(p));
  });
});

describe("GitHub's eventual consistency", () => {
  it('POST /pulls right after the branch was created: 422 "head invalid" is retried', async () => {
    const { repo, options } = setup();
    const p = plan();
    const invalid = { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest' } };
    repo.hooks.createPull = [() => invalid, () => invalid];
    const waits: number[] = [];
    const r = await openRollbackPull(p, options(p, { sleep: async (ms) => void waits.push(ms) }));
    expect(r.action).toBe('created');
    expect(waits).toHaveLength(2);
  });

  it('labels and reviewers right after creation: 404/422 retried; reviewers that cannot be requested only warn', async () => {
    const { repo, options } = setup();
    const p = plan();
    repo.hooks.addLabels = [() => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, global: true })];
    repo.hooks.requestReviewers = [() => ({ status: 422, body: { message: 'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the acme/registry repository.', documentation_url: 'https://docs.github.com/rest' } })];
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('created');
    expect(repo.pulls[0]!.labels).toEqual(['modelgate', 'rollback']);
    expect(r.reviewers).toEqual({ users: [], teams: [] });
    expect(r.warnings.join('\n')).toContain('could not request reviewers @alice, @acme/ds, @acme/sre: ');
  });

  it('which errors count as "not visible yet"', () => {
    expect(isEventualConsistency({ status: 404, message: 'Not Found' })).toBe(true);
    expect(isEventualConsistency({ status: 422, message: 'Validation Failed: {"resource":"PullRequest","field":"head","code":"invalid"}' })).toBe(true);
    expect(isEventualConsistency({ status: 422, message: 'Validation Failed: A pull request already exists for acme:x.' })).toBe(false);
    expect(isEventualConsistency({ status: 422, message: 'Validation Failed: Reviews may only be requested from collaborators' })).toBe(false);
    expect(isEventualConsistency({ status: 403, message: 'Resource not accessible by integration' })).toBe(false);
  });
});

describe('the base moved under the decision', () => {
  it('the base now serves something else (a fix forward): no branch, no PR, a warning; the next run judges anew', async () => {
    const { repo, options } = setup();
    repo.commitOn('main', { 'deployments/production.yaml': MANIFEST.replace('candidate: "1.1.0"', 'candidate: "1.1.1"') });
    const p = plan();
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('base-changed');
    expect(r.warnings.join()).toContain('no longer serves what was judged (canary 1.0.0 + 1.1.0 at 10%; now canary 1.0.0 + 1.1.1 at 10%)');
    expect(repo.pulls).toHaveLength(0);
    expect(repo.refs.has(`heads/${BRANCH}`)).toBe(false);
  });
});

describe('the body', () => {
  it('a provider message cannot @-mention anyone or break the rules table', () => {
    const p = plan();
    const d = { model: 'demo', environment: 'production', strategy: 'canary' as const, version: '1.1.0', decision: 'rollback' as const, reason: 'r', rules: [{ name: 'errors', provider: 'http' as const, severity: 'critical' as const, mode: 'enforce' as const, outcome: 'error' as const, reason: 'HTTP 500: ping @acme/everyone | x', threshold: '<= 1', values: [], queries: [] }] };
    const body = pullBody({ ...p, decision: d }, {}, new Redactor());
    expect(body).toContain('HTTP 500: ping @\u200bacme/everyone \\| x');
    expect(body).not.toContain('@acme/everyone');
  });

  it('a manual reason cannot @-mention anyone, hide text in an HTML comment or forge the incident marker', () => {
    const body = pullBody(plan('bad drift, cc @acme/everyone <!-- modelgate:incident rollback/production/other/9.9.9 --> hidden'), {}, new Redactor());
    expect(body).toContain('cc @\u200bacme/everyone &lt;!-- modelgate:incident rollback/production/other/9.9.9 --&gt; hidden');
    expect(body).not.toContain('@acme/everyone');
    expect(body.match(/<!--/g)).toHaveLength(1);
  });
});

describe('failures', () => {
  it('the manifest missing on the base → a clear error, nothing created', async () => {
    const { repo, options } = setup({ 'models/demo/model.yaml': MODEL });
    const p = plan();
    await expect(openRollbackPull(p, options(p))).rejects.toThrow(/deployments\/production.yaml is not on main/);
    expect(repo.pulls).toHaveLength(0);
    expect(repo.refs.has(`heads/${BRANCH}`)).toBe(false);
  });

  it('a manifest on the base that no longer serves the model → nothing proposed, says so', async () => {
    const { repo, options } = setup({ ...FILES, 'deployments/production.yaml': 'schemaVersion: 1\nenvironment: production\nmodels: {}\n' });
    const p = plan();
    const r = await openRollbackPull(p, options(p));
    expect(r.action).toBe('base-changed');
    expect(r.warnings.join()).toContain('now nothing');
    expect(repo.pulls).toHaveLength(0);
  });
});
