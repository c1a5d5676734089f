/**
 * Decisions carried out against the OpenAPI-checked harness: an evidence record for every verdict
 * (through the real audit writer), the rollback PR linked to it plus a rollback record, one issue per
 * incident updated in place (a closed one respected), no-target → an issue, the webhook on a real
 * loopback server, and secrets redacted from everything GitHub receives.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/audit/log.js';
import type { MonitorVerdictData, RollbackData } from '../../src/audit/records.js';
import { Redactor } from '../../src/monitor/redact.js';
import type { ModelDecision } from '../../src/monitor/types.js';
import { actOnDecision, actOnPlan, emptyOutcome, recordedVerdict, type ActOptions } from '../../src/rollback/act.js';
import { planRollback, type Plan } from '../../src/rollback/plan.js';
import { allowLoopback, installGitHubHarness, mockGitHub, takeUnmatched, testClient } from '../harness/github.js';
import { modelYaml } from '../helpers/registry.js';
import { RUN } from '../helpers/audit.js';
import { FakeRepo } from './fake-github.js';

installGitHubHarness();

const SECRET = 'prom-token-123456';
const MANIFEST = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: canary\n    stable: "1.0.0"\n    candidate: "1.1.0"\n    traffic: 10\n';
const FILES = { 'deployments/production.yaml': MANIFEST, 'models/demo/model.yaml': modelYaml('demo'), '.github/CODEOWNERS': '/deployments/ @acme/sre\n' };
const NOW = Date.parse('2026-03-01T12:00:00Z');
const BRANCH = 'modelgate/rollback/production/demo/1.1.0';

function decision(kind: ModelDecision['decision'], outcome: 'pass' | 'fail' | 'error' | 'inconclusive' = kind === 'rollback' ? 'fail' : kind === 'hold' ? 'error' : 'pass'): ModelDecision {
  return {
    model: 'demo',
    environment: 'production',
    strategy: 'canary',
    version: '1.1.0',
    baseline: '1.0.0',
    decision: kind,
    reason: `decided ${kind}`,
    rules: [
      { name: 'errors', provider: 'prometheus', severity: 'critical', mode: 'enforce', outcome, reason: `3 points, last 0.2, threshold <= 0.05 (token ${SECRET})`, threshold: '<= 0.05; failureLimit 0 (consecutive)', values: [0.1, 0.2, Infinity], queries: [`rate(e{version="1.1.0"}[5m]) /* ${SECRET} */`] },
      { name: 'drift', provider: 'evidently', severity: 'warning', mode: 'enforce', outcome: kind === 'notify' ? 'fail' : 'pass', reason: 'x', threshold: '<= 0.3', values: [0.1], queries: [] },
    ],
  };
}

function setup(extra: Partial<ActOptions> = {}) {
  const gh = mockGitHub();
  const repo = new FakeRepo('acme', 'registry', FILES);
  repo.install(gh, [BRANCH, 'modelgate-audit']);
  const redactor = new Redactor();
  redactor.add(SECRET);
  const o: ActOptions = {
    client: testClient(gh),
    repo: { owner: 'acme', repo: 'registry' },
    base: 'main',
    prefix: '',
    auditBranch: 'modelgate-audit',
    decisionCommit: repo.refs.get('heads/main')!,
    run: RUN,
    serverUrl: 'https://github.com',
    redactor,
    labels: ['modelgate', 'rollback'],
    now: NOW,
    sleep: async () => {},
    log: { info: () => {}, warning: () => {} },
    ...extra,
  };
  return { gh, repo, o };
}

function records(repo: FakeRepo) {
  return [...repo.filesAt('modelgate-audit')].filter(([p]) => p.startsWith('records/')).sort().map(([, text]) => parseRecordText(text));
}

function planFor(d: ModelDecision): Plan {
  return planRollback({ env: 'production', model: 'demo', current: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }, trigger: 'monitor', reason: d.reason, decision: d, spans: [], bakeMs: 0, now: NOW, verdicts: [], marks: undefined });
}

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())).then(() => void (server = undefined)));

/** nock reports every request it let through to the network; only the webhook's loopback ones are expected. */
function onlyWebhookPassedThrough(): void {
  expect(takeUnmatched().filter((u) => !/^no mock for POST http:\/\/127\.0\.0\.1:\d+\/hook\?/.test(u))).toEqual([]);
}

async function receiver(status = 204): Promise<{ url: string; bodies: string[] }> {
  allowLoopback();
  const bodies: string[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?token=${SECRET}`, bodies };
}

describe('the five decisions', () => {
  it('maps to the record schema: notify is recorded healthy (its warnings kept), pending records nothing', () => {
    expect(['healthy', 'notify', 'hold', 'rollback', 'pending'].map((d) => recordedVerdict(d as ModelDecision['decision']))).toEqual(['healthy', 'notify', 'hold', 'rollback', null]);
  });

  it('rollback: a verdict record, the PR linking it, a rollback record naming the PR and the verdict; secrets redacted everywhere', async () => {
    const { repo, o } = setup();
    const d = decision('rollback');
    const out = await actOnDecision(o, d, planFor(d));
    expect(out.pull?.action).toBe('created');
    const [verdict, rollback] = records(repo);
    expect(verdict).toMatchObject({ kind: 'monitor-verdict', seq: 1, commits: { decision: o.decisionCommit }, models: [{ model: 'demo', version: '1.1.0', environment: 'production' }] });
    const vd = verdict!.data as MonitorVerdictData;
    expect(vd).toMatchObject({ verdict: 'rollback', version: '1.1.0' });
    // Infinity has no canonical JSON: dropped from values, kept in the message.
    expect(vd.rules[0]).toMatchObject({ name: 'errors', result: 'fail', severity: 'critical', values: [0.1, 0.2] });
    expect(vd.rules[0]!.message).toContain('thresholds: <= 0.05');
    expect(rollback).toMatchObject({ kind: 'rollback', seq: 2, subject: 'rollback/production/demo/1.1.0' });
    expect(rollback!.data as RollbackData).toMatchObject({ outcome: 'proposed', pullRequest: repo.pulls[0]!.number, evidence: [verdict!.hash], from: { strategy: 'canary', candidate: '1.1.0' }, to: { strategy: 'direct', stable: '1.0.0' } });
    const body = repo.pulls[0]!.body;
    expect(body).toContain(`sha256:${verdict!.hash}`);
    expect(body).toContain('https://github.com/acme/registry/blob/modelgate-audit/records/00000001-monitor-verdict-');
    expect(body).toContain(RUN.url!);
    expect(body).toContain('| errors (prometheus) | critical, enforce | **fail** | 0.1, 0.2, Infinity | <= 0.05; failureLimit 0 (consecutive) |');
    expect(body).toContain('rate(e{version="1.1.0"}[5m])');
    // Anchored as a commit status on the decision commit.
    expect(repo.statuses.get(o.decisionCommit)?.map((s) => s.context)).toEqual(['modelgate/audit', 'modelgate/audit']);
    const everything = JSON.stringify([...repo.filesAt('modelgate-audit').values(), ...repo.filesAt(BRANCH).values(), repo.pulls, repo.issues]);
    expect(everything).not.toContain(SECRET);
    expect(everything).toContain('***');
  });

  it('a re-run of the same run writes no second record and updates the same PR', async () => {
    const { repo, o } = setup();
    const d = decision('rollback');
    await actOnDecision(o, d, planFor(d));
    const again = await actOnDecision(o, d, planFor(d));
    expect(again.verdictRecord?.status).toBe('exists');
    expect(again.rollbackRecord?.status).toBe('exists');
    expect(records(repo)).toHaveLength(2);
    expect(repo.pulls).toHaveLength(1);
  });

  it('healthy: a record, no issue, no PR, no webhook', async () => {
    const hook = await receiver();
    const { repo, o } = setup({ webhookUrl: hook.url });
    const out = await actOnDecision(o, decision('healthy'), null);
    expect(out).toMatchObject({ issue: null, pull: null, webhook: 'none' });
    expect((records(repo)[0]!.data as MonitorVerdictData).verdict).toBe('healthy');
    expect(hook.bodies).toEqual([]);
  });

  it('hold: one issue per incident, updated in place on the next run, plus the webhook (redacted)', async () => {
    const hook = await receiver();
    const { repo, o } = setup({ webhookUrl: hook.url });
    const first = await actOnDecision(o, decision('hold'), null);
    expect(first.issue?.action).toBe('created');
    expect(first.webhook).toBe('sent');
    const second = await actOnDecision({ ...o, now: NOW + 3_600_000 }, { ...decision('hold'), reason: 'still holding' }, null);
    expect(second.issue).toMatchObject({ action: 'updated', issue: { number: first.issue!.issue.number } });
    expect(repo.issues).toHaveLength(1);
    expect(repo.issues[0]!.labels).toEqual(['modelgate:incident', 'modelgate']);
    expect(repo.issues[0]!.body).toContain('still holding');
    expect(repo.issues[0]!.body).toContain('an outage is not a failure');
    expect(records(repo).map((r) => (r.data as MonitorVerdictData).verdict)).toEqual(['hold', 'hold']);
    expect(hook.bodies).toHaveLength(2);
    expect(JSON.parse(hook.bodies[0]!)).toMatchObject({ model: 'demo', decision: 'hold', issue: expect.stringContaining('/issues/') });
    expect(hook.bodies.join('')).not.toContain(SECRET);
    onlyWebhookPassedThrough();
  });

  it('a healthy verdict after a hold says so in the open incident issue, once, and leaves it open', async () => {
    const { repo, o } = setup();
    await actOnDecision(o, decision('hold'), null);
    const healthy = await actOnDecision({ ...o, now: NOW + 3_600_000 }, decision('healthy'), null);
    expect(healthy.recovered).toEqual([repo.issues[0]!.number]);
    expect(repo.issues[0]!.state).toBe('open');
    expect(repo.issues[0]!.body).toMatch(/\*\*Recovered:\*\* every rule passed at 2026-03-01T13:00:00.000Z/);
    const again = await actOnDecision({ ...o, now: NOW + 7_200_000 }, decision('healthy'), null);
    expect(again.recovered).toEqual([]);
    expect(repo.issues[0]!.body.match(/Recovered/g)).toHaveLength(1);
  });

  it('an incident issue a person closed is respected', async () => {
    const { repo, o } = setup();
    const marker = '<!-- modelgate:incident monitor/production/demo/1.1.0/notify -->';
    repo.addIssue({ state: 'closed', body: `${marker}\nold`, labels: ['modelgate:incident'] });
    const out = await actOnDecision(o, decision('notify'), null);
    expect(out.issue?.action).toBe('respected-closed');
    expect(repo.issues).toHaveLength(1);
  });

  it("a person's issue quoting the marker is not taken over", async () => {
    const marker = '<!-- modelgate:incident monitor/production/demo/1.1.0/notify -->';
    const { repo: repo2, o: o2 } = setup();
    repo2.addIssue({ state: 'open', body: `quoting ${marker}`, labels: ['modelgate:incident'], userType: 'User' });
    expect((await actOnDecision(o2, decision('notify'), null)).issue?.action).toBe('created');
    expect(repo2.issues).toHaveLength(2);
  });

  it('a failing webhook is a warning, never a change of decision', async () => {
    const hook = await receiver(500);
    const { o } = setup({ webhookUrl: hook.url });
    const out = await actOnDecision(o, decision('hold'), null);
    expect(out.webhook).toBe('failed');
    expect(out.warnings.join()).toContain('the webhook answered HTTP 500');
    expect(out.issue?.action).toBe('created');
    onlyWebhookPassedThrough();
  });

  it('no rollback target: an issue saying so, no PR, nothing guessed', async () => {
    const { repo, o } = setup();
    const d = { ...decision('rollback'), strategy: 'direct' as const, baseline: undefined };
    const plan = planRollback({ env: 'production', model: 'demo', current: { strategy: 'direct', stable: '1.1.0' }, trigger: 'monitor', reason: d.reason, decision: d, spans: [], bakeMs: 0, now: NOW, verdicts: [], marks: undefined });
    const out = await actOnDecision(o, d, plan);
    expect(out.pull).toBeNull();
    expect(repo.pulls).toHaveLength(0);
    expect(repo.issues).toHaveLength(1);
    expect(repo.issues[0]!.title).toBe('No rollback target: demo 1.1.0 in production');
    expect(repo.issues[0]!.body).toContain('It does not guess');
    expect(records(repo).map((r) => r.kind)).toEqual(['monitor-verdict']);
  });

  it('manual rollback: the same PR and a rollback record without a verdict', async () => {
    const { repo, o } = setup();
    const plan = planRollback({ env: 'production', model: 'demo', current: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }, trigger: 'manual', reason: 'customer complaints about 1.1.0', spans: [], bakeMs: 0, now: NOW, verdicts: [], marks: undefined });
    const out = emptyOutcome('demo', 'production', 'manual');
    await actOnPlan(o, plan, out);
    expect(out.pull?.action).toBe('created');
    expect(repo.pulls[0]!.head).toBe(BRANCH);
    expect(repo.pulls[0]!.body).toContain('Rollback requested by hand: customer complaints about 1.1.0');
    expect(records(repo)).toEqual([expect.objectContaining({ kind: 'rollback', data: expect.objectContaining({ evidence: [], reason: 'customer complaints about 1.1.0' }) })]);
  });
});
