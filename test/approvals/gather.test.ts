/**
 * The gate on real git repositories whose base and head differ: every rule, owner and tier is read
 * from the base commit's git objects, so a pull request that rewrites CODEOWNERS, modelgate.yaml or
 * its model.yaml gains nothing. GitHub's side (files, reviews, permissions, teams, branch rules) is
 * mocked through the OpenAPI-checked harness.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/approvals/scenario.js';
import { gatherAndEvaluate } from '../../src/approvals/gather.js';
import { TeamDirectory } from '../../src/github/teams.js';
import { installGitHubHarness, mockGitHub, testClient, type GitHubMock } from '../harness/github.js';
import { cardYaml, commitAll, git, gitInit, makeRegistry, writeFiles } from '../helpers/registry.js';
import { R, REPO, apiCommit, apiFile, apiPullRequestRule, apiReview, mockHiddenTeam, mockPermissions, mockTeam } from './api-fixtures.js';

installGitHubHarness();

export const GATE_CONFIG = `schemaVersion: 1
environments:
  - name: staging
  - name: production
    production: true
policies:
  packs: ["modelgate:default"]
approvals:
  tiers:
    low: { minApprovals: 1, codeOwners: every-owned-file, unownedFiles: require-approval }
    medium: { minApprovals: 2, codeOwners: every-owned-file, independentOfOwner: true }
    high: { minApprovals: 2, codeOwners: every-owned-file, requireTeams: ["@acme/model-risk"], independentOfOwner: true, headCommitOnly: true }
  paths:
    - pattern: /modelgate.yaml
      rule: { minApprovals: 2, codeOwners: every-owned-file, requireTeams: ["@acme/model-risk"] }
    - pattern: /deployments/production.yaml
      rule: { minApprovals: 1, requireTeams: ["@acme/ml-platform"] }
  settings: { dismissStaleReviews: true, requireLastPushApproval: false }
`;

export const GATE_CODEOWNERS = `*                @acme/ml-platform
/models/fraud/   @acme/fraud-ml
/models/churn/   @acme/growth
/modelgate.yaml  @acme/model-risk
`;

export function model(name: string, tier: string, team: string): string {
  return `schemaVersion: 1\nname: ${name}\ninventoryId: INV-${name}\nowner: { team: "${team}" }\nriskTier: ${tier}\ncommercialUse: true\n`;
}

export const PRODUCTION = (candidate: string) => `schemaVersion: 1
environment: production
models:
  fraud:
    strategy: canary
    stable: "1.0.0"
    candidate: "${candidate}"
    traffic: 10
`;

/** A registry at base on `main`, then `change` applied and committed as the head. */
export function repoWithChange(change: Record<string, string>, remove: string[] = [], baseFiles: Record<string, string> = {}): { dir: string; base: string; head: string } {
  const dir = makeRegistry(
    {
      'modelgate.yaml': GATE_CONFIG,
      '.github/CODEOWNERS': GATE_CODEOWNERS,
      'models/fraud/model.yaml': model('fraud', 'high', '@acme/fraud-ml'),
      'models/fraud/1.0.0/card.yaml': cardYaml('fraud', '1.0.0'),
      'models/fraud/1.0.1/card.yaml': cardYaml('fraud', '1.0.1'),
      'models/churn/model.yaml': model('churn', 'medium', '@acme/growth'),
      'models/demo/model.yaml': model('demo', 'low', '@acme/ds'),
      'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0'),
      'deployments/production.yaml': PRODUCTION('1.0.1'),
      ...baseFiles,
    },
    { base: false },
  );
  const base = gitInit(dir);
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFiles(dir, change);
  for (const f of remove) rmSync(`${dir}/${f}`);
  const head = commitAll(dir, 'the pull request');
  return { dir, base, head };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Setup {
  files: string[];
  reviews: unknown[];
  rules?: unknown[];
}

function mockPull(gh: GitHubMock, s: Setup): void {
  gh.route('GET', `${R}/pulls/7/files`, { status: 200, body: s.files.map((f) => apiFile(f)) });
  gh.route('GET', `${R}/rules/branches/main`, { status: 200, body: s.rules ?? [] });
  gh.route('GET', `${R}/pulls/7/reviews`, { status: 200, body: s.reviews });
}

async function decide(gh: GitHubMock, repo: { dir: string; base: string; head: string }, files: number, teamsGiven = true) {
  dirs.push(repo.dir);
  const client = testClient(gh);
  return gatherAndEvaluate({
    client,
    teams: new TeamDirectory(client, { tokenInput: "the approvals action's `teams-token` input", given: teamsGiven }),
    repo: REPO,
    repoDir: repo.dir,
    pull: { number: 7, author: 'carol', baseRef: 'main', baseSha: repo.base, headSha: repo.head, changedFiles: files },
  });
}

describe('forgery attempts on real git repositories, each refused', () => {
  it('a pull request that edits CODEOWNERS to own its files: owners come from the base', async () => {
    const repo = repoWithChange({ '.github/CODEOWNERS': '* @mallory\n', 'models/fraud/1.1.0/card.yaml': cardYaml('fraud', '1.1.0') });
    const files = ['.github/CODEOWNERS', 'models/fraud/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'mallory', 'APPROVED', repo.head)] });
    mockPermissions(gh, { mallory: 'write' });
    mockTeam(gh, '@acme/ml-platform', { mallory: 'none' });
    mockTeam(gh, '@acme/fraud-ml', { mallory: 'none' });
    mockTeam(gh, '@acme/model-risk', { mallory: 'none' });
    const { result, codeownersFile } = await decide(gh, repo, files.length);
    expect(codeownersFile).toBe('.github/CODEOWNERS');
    expect(result.approved).toBe(false);
    expect(result.files).toEqual([
      { path: '.github/CODEOWNERS', owners: ['@acme/ml-platform'], approvedBy: [] },
      { path: 'models/fraud/1.1.0/card.yaml', owners: ['@acme/fraud-ml'], approvedBy: [] },
    ]);
    expect(result.missing).toContain('an approval from @acme/fraud-ml (code owner of models/fraud/1.1.0/card.yaml)');
    // The head's CODEOWNERS would have let mallory's approval satisfy every file.
    const withHeadFile = evaluateScenario({ codeowners: '* @mallory\n', changedFiles: files, author: 'carol', headSha: repo.head, reviews: [{ id: 1, user: { login: 'mallory' }, state: 'APPROVED', commit_id: repo.head }], rule: { minApprovals: 1 } });
    expect(withHeadFile.codeOwnersSatisfied).toBe(true);
  });

  it('a pull request that edits modelgate.yaml to lower minApprovals: the base rule applies', async () => {
    const lowered = GATE_CONFIG.replace('low: { minApprovals: 1', 'low: { minApprovals: 0').replace(/ {2}paths:[\s\S]*?(?= {2}settings)/, '');
    const repo = repoWithChange({ 'modelgate.yaml': lowered, 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    const files = ['modelgate.yaml', 'models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'pat', 'APPROVED', repo.head)] });
    mockPermissions(gh, { pat: 'write' });
    mockTeam(gh, '@acme/ml-platform', { pat: 'active' });
    mockTeam(gh, '@acme/model-risk', { pat: 'none' });
    const { result, change } = await decide(gh, repo, files.length);
    expect(change.rule.minApprovals).toBe(2);
    expect(change.scopes.map((s) => s.scope)).toEqual(['tier low', 'path /modelgate.yaml']);
    expect(result.approved).toBe(false);
    expect(result.missing).toEqual([
      'an approval from @acme/model-risk (code owner of modelgate.yaml)',
      '2 approvals from reviewers with write access (counted: 1, @pat)',
      'an approval from a member of @acme/model-risk (required team)',
    ]);
  });

  it("a pull request that lowers its model's risk tier: the stricter of base and head applies", async () => {
    const repo = repoWithChange({ 'models/fraud/model.yaml': model('fraud', 'low', '@acme/fraud-ml'), 'models/fraud/1.1.0/card.yaml': cardYaml('fraud', '1.1.0') });
    const files = ['models/fraud/model.yaml', 'models/fraud/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'dave', 'APPROVED', repo.head)] });
    mockPermissions(gh, { dave: 'write' });
    mockTeam(gh, '@acme/fraud-ml', { dave: 'active' });
    mockTeam(gh, '@acme/model-risk', { dave: 'none' });
    const { result, change } = await decide(gh, repo, files.length);
    expect(change.tier).toBe('high');
    expect(change.scopes[0]!.detail).toBe('models: fraud (high → low: high, owner @acme/fraud-ml)');
    expect(result.approved).toBe(false);
    expect(result.missing).toEqual([
      '2 approvals from reviewers with write access (counted: 1, @dave)',
      'an approval from a member of @acme/model-risk (required team)',
      'an approval from someone outside the owner team @acme/fraud-ml (independent review)',
    ]);
  });

  it('a pull request that changes its owner team in model.yaml: independence is judged against the base owner', async () => {
    const repo = repoWithChange({ 'models/churn/model.yaml': model('churn', 'medium', '@acme/mallory-team') });
    const files = ['models/churn/model.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'gus', 'APPROVED', repo.head), apiReview(2, 'gia', 'APPROVED', repo.head)] });
    mockPermissions(gh, { gus: 'write', gia: 'admin' });
    mockTeam(gh, '@acme/growth', { gus: 'active', gia: 'active' });
    const { result, change } = await decide(gh, repo, files.length);
    expect(change.ownerTeams).toEqual(['@acme/growth']);
    expect(result.approved).toBe(false);
    expect(result.missing).toEqual(['an approval from someone outside the owner team @acme/growth (independent review)']);
  });

  it('a waiver whose named approver did not approve the head commit', async () => {
    const waiver = '\nwaivers:\n  - { rule: limitations, reason: tracked, approver: "@acme/model-risk", ticket: MRM-1, expires: "2099-01-01" }\n';
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0', { extra: waiver }) });
    const files = ['models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    // mira (model-risk) approved an earlier commit only: the waiver needs the head.
    mockPull(gh, { files, reviews: [apiReview(1, 'pat', 'APPROVED', repo.head), apiReview(2, 'mira', 'APPROVED', repo.base)] });
    mockPermissions(gh, { pat: 'write' });
    mockTeam(gh, '@acme/ml-platform', { pat: 'active' });
    mockTeam(gh, '@acme/model-risk', { pat: 'none' });
    const { result } = await decide(gh, repo, files.length);
    expect(result.approved).toBe(false);
    expect(result.missing).toEqual([`waiver of rule 'limitations' in models/demo/1.1.0/card.yaml needs an approval of the head commit ${repo.head.slice(0, 7)} from @acme/model-risk`]);
  });

  it('the same waiver, approved on the head commit by a member of the named team, is effective', async () => {
    const waiver = '\nwaivers:\n  - { rule: limitations, reason: tracked, approver: "@acme/model-risk", ticket: MRM-1, expires: "2099-01-01" }\n';
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0', { extra: waiver }) });
    const files = ['models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'pat', 'APPROVED', repo.head), apiReview(2, 'mira', 'APPROVED', repo.head)] });
    mockPermissions(gh, { pat: 'write', mira: 'write' });
    mockTeam(gh, '@acme/ml-platform', { pat: 'active', mira: 'none' });
    mockTeam(gh, '@acme/model-risk', { pat: 'none', mira: 'active' });
    const { result } = await decide(gh, repo, files.length);
    expect(result.approved).toBe(true);
    expect(result.waivers).toMatchObject([{ rule: 'limitations', effective: true, approvedBy: ['mira'] }]);
  });

  it('an approval from a team member whose membership cannot be verified (404 on the team): not met, naming the permission', async () => {
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    const files = ['models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'pat', 'APPROVED', repo.head)] });
    mockPermissions(gh, { pat: 'write' });
    mockHiddenTeam(gh, '@acme/ml-platform');
    const { result } = await decide(gh, repo, files.length, false);
    expect(result.approved).toBe(false);
    expect(result.files[0]).toEqual({ path: 'models/demo/1.1.0/card.yaml', owners: ['@acme/ml-platform'], approvedBy: [] });
    expect(result.missing).toEqual(['an approval from @acme/ml-platform (code owner of models/demo/1.1.0/card.yaml)']);
    const reason = result.reasons.find((r) => r.startsWith('cannot tell whether @pat is a member of @acme/ml-platform'));
    expect(reason).toContain("the approvals action's `teams-token` input is empty");
    expect(reason).toContain('"Members: read"');
  });

  it('an owner without write access, and an approval of an older commit under a branch ruleset that dismisses stale approvals', async () => {
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    const files = ['models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, {
      files,
      reviews: [apiReview(1, 'pat', 'APPROVED', repo.base), apiReview(2, 'rita', 'APPROVED', repo.head)],
      rules: [apiPullRequestRule(11, { dismiss_stale_reviews_on_push: true, require_last_push_approval: true })],
    });
    gh.route('GET', `${R}/pulls/7/commits`, { status: 200, body: [apiCommit(repo.head, 'carol', 'carol')] });
    // pat's approval is stale whatever pat's access: no permission call is made for it.
    mockPermissions(gh, { rita: 'read' });
    const { result, settingsSource } = await decide(gh, repo, files.length);
    expect(settingsSource).toBe('the rules of branch main (ruleset 11)');
    expect(result.approved).toBe(false);
    expect(result.reasons.join('\n')).toContain(`@pat approved ${repo.base.slice(0, 7)}, not the head commit ${repo.head.slice(0, 7)} (review 1): stale approvals do not count (the branch dismisses stale approvals)`);
    expect(result.reasons).toContain('@rita approved but has no write access to the repository: the approval does not count (permission: read)');
    expect(result.missing).toContain(`an approval of the most recent push (head ${repo.head.slice(0, 7)}) from someone other than its pusher (@carol)`);
  });
});

describe('review settings', () => {
  it('without a pull request ruleset or approvals.settings, both settings are taken as on, and said so', async () => {
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, [], { 'modelgate.yaml': GATE_CONFIG.replace(/ {2}settings:.*\n/, '') });
    const files = ['models/demo/1.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [apiReview(1, 'pat', 'APPROVED', repo.head), apiReview(2, 'mira', 'APPROVED', repo.head)] });
    gh.route('GET', `${R}/pulls/7/commits`, { status: 200, body: [apiCommit(repo.head, 'carol', 'pat')] });
    mockPermissions(gh, { pat: 'write', mira: 'write' });
    mockTeam(gh, '@acme/ml-platform', { pat: 'active', mira: 'none' });
    const { result, input, settingsSource } = await decide(gh, repo, files.length);
    expect(input.settings).toEqual({ dismissStaleReviews: true, requireLastPushApproval: true });
    expect(settingsSource).toBe('modelgate.yaml approvals.settings (the branch has no pull request ruleset)');
    expect(result.reasons.join('\n')).toContain('does not set dismissStaleReviews or requireLastPushApproval: taken as true (the stricter reading)');
    // pat committed the head: only mira's approval can be the approval of the most recent push.
    expect(input.lastPushers).toEqual(['carol', 'pat']);
    expect(result.approved).toBe(true);
  });
});

describe('which rule governs', () => {
  it('a new model uses its head tier and head owner', async () => {
    const repo = repoWithChange({ 'models/newm/model.yaml': model('newm', 'medium', '@acme/growth'), 'models/newm/0.1.0/card.yaml': cardYaml('newm', '0.1.0') });
    const files = ['models/newm/model.yaml', 'models/newm/0.1.0/card.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [] });
    const { change, result } = await decide(gh, repo, files.length);
    expect(change.tier).toBe('medium');
    expect(change.ownerTeams).toEqual(['@acme/growth']);
    expect(result.approved).toBe(false);
  });

  it('a manifest change touches the models whose entries changed, plus the manifest path rule', async () => {
    const repo = repoWithChange({ 'deployments/production.yaml': PRODUCTION('1.1.0') });
    const files = ['deployments/production.yaml'];
    const gh = mockGitHub();
    mockPull(gh, { files, reviews: [] });
    const { change } = await decide(gh, repo, files.length);
    expect(change.tier).toBe('high');
    expect(change.scopes.map((s) => s.scope)).toEqual(['tier high', 'path /deployments/production.yaml']);
    expect(change.rule.requireTeams).toEqual(['@acme/model-risk', '@acme/ml-platform']);
  });

  it('a file list the API truncated fails closed', async () => {
    const repo = repoWithChange({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    const gh = mockGitHub().route('GET', `${R}/pulls/7/files`, { status: 200, body: [apiFile('models/demo/1.1.0/card.yaml')] });
    await expect(decide(gh, repo, 3001)).rejects.toThrow(/lists at most 3000/);
  });
});
