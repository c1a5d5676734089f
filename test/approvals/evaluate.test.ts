// The approvals core on scenarios: GitHub's review semantics, the rule fields, and every forgery
// attempt the issue lists that needs no git history (those are in gather.test.ts).
import { describe, expect, it } from 'vitest';
import { checkWaiverApprovals, evaluateApprovals, type ApprovalFacts } from '../../src/approvals/evaluate.js';
import { latestDecisiveReviews, type ApiReview } from '../../src/approvals/reviews.js';
import { combineRules, DEFAULT_RULE, resolveRule } from '../../src/approvals/rules.js';
import { evaluateScenario, scenarioFacts, scenarioInput, type Scenario } from '../../src/approvals/scenario.js';

const HEAD = 'c0ffee'.padEnd(40, '1');
const OLD = 'dec0de'.padEnd(40, '2');

let nextId = 1;
function review(login: string, state: string, commit: string | null = HEAD, type = 'User'): ApiReview {
  return { id: nextId++, user: { login, type }, state, commit_id: commit, submitted_at: '2026-03-01T10:00:00Z' };
}

function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    codeowners: '*  @alice @bob\n/models/fraud/ @acme/fraud-ml\n',
    changedFiles: ['README.md'],
    author: 'carol',
    headSha: HEAD,
    reviews: [],
    teams: { '@acme/fraud-ml': ['dave', 'erin'], '@acme/model-risk': ['mira'] },
    rule: { minApprovals: 1, codeOwners: 'every-owned-file' },
    settings: { dismissStaleReviews: false, requireLastPushApproval: false },
    ...over,
  };
}

describe('latest decisive review per reviewer', () => {
  it('COMMENTED and PENDING reviews leave the state as it was', () => {
    const states = latestDecisiveReviews([review('alice', 'APPROVED'), review('alice', 'COMMENTED'), review('alice', 'PENDING')]);
    expect(states.map((s) => [s.login, s.state])).toEqual([['alice', 'APPROVED']]);
  });

  it('a later decisive review supersedes an earlier one, logins compared without case', () => {
    const states = latestDecisiveReviews([review('alice', 'APPROVED'), review('ALICE', 'CHANGES_REQUESTED'), review('bob', 'APPROVED')]);
    expect(states.map((s) => [s.key, s.state])).toEqual([
      ['alice', 'CHANGES_REQUESTED'],
      ['bob', 'APPROVED'],
    ]);
  });

  it('reviews by deleted accounts (user null) belong to nobody', () => {
    expect(latestDecisiveReviews([{ id: 9, user: null, state: 'APPROVED', commit_id: HEAD }])).toEqual([]);
  });
});

describe('forgery attempts, each refused', () => {
  it('self-approval: the author approving their own pull request never counts', () => {
    const r = evaluateScenario(scenario({ codeowners: '* @carol @alice\n', reviews: [review('carol', 'APPROVED')] }));
    expect(r.approved).toBe(false);
    expect(r.codeOwnersSatisfied).toBe(false);
    expect(r.reasons).toContain("@carol is the pull request's author: an author's own review never counts");
  });

  it('self-approval with a differently cased login is still the author', () => {
    const r = evaluateScenario(scenario({ codeowners: '* @carol @alice\n', author: 'Carol', reviews: [review('cAROL', 'APPROVED')] }));
    expect(r.approved).toBe(false);
  });

  it('approval by a non-owner satisfies no owned file', () => {
    const r = evaluateScenario(scenario({ reviews: [review('mallory', 'APPROVED')] }));
    expect(r.approved).toBe(false);
    expect(r.codeOwnersSatisfied).toBe(false);
    expect(r.files).toEqual([{ path: 'README.md', owners: ['@alice', '@bob'], approvedBy: [] }]);
    expect(r.missing).toEqual(['an approval from one of @alice, @bob (code owner of README.md)']);
  });

  it('approval by an owner without write access does not count', () => {
    const r = evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED')], writers: ['bob'] }));
    expect(r.approved).toBe(false);
    expect(r.reasons).toContain(`@alice approved but has no write access to the repository: the approval does not count (not listed in the scenario's "writers")`);
    expect(evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED')], writers: ['Alice'] })).approved).toBe(true);
  });

  it('approval on an older commit when the rule demands the head commit', () => {
    const r = evaluateScenario(scenario({ rule: { minApprovals: 1, headCommitOnly: true }, reviews: [review('alice', 'APPROVED', OLD)] }));
    expect(r.approved).toBe(false);
    expect(r.reasons.join('\n')).toMatch(/@alice approved dec0de2, not the head commit c0ffee1 .*stale approvals do not count \(the approval rule has headCommitOnly\)/);
    // Without headCommitOnly and without the branch setting, GitHub keeps counting it.
    expect(evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED', OLD)] })).approved).toBe(true);
  });

  it('approval on an older commit with the branch setting "dismiss stale approvals"', () => {
    const r = evaluateScenario(scenario({ settings: { dismissStaleReviews: true }, reviews: [review('alice', 'APPROVED', OLD)] }));
    expect(r.approved).toBe(false);
    expect(r.reasons.join('\n')).toContain('the branch dismisses stale approvals');
  });

  it('an approval whose commit is unknown (garbage-collected, null) is not on the head commit', () => {
    expect(evaluateScenario(scenario({ rule: { headCommitOnly: true }, reviews: [review('alice', 'APPROVED', null)] })).approved).toBe(false);
  });

  it('approval then dismissal: the dismissed approval is gone', () => {
    const first = review('alice', 'APPROVED');
    // GitHub rewrites the dismissed review's own state...
    expect(evaluateScenario(scenario({ reviews: [{ ...first, state: 'DISMISSED' }] })).approved).toBe(false);
    // ...and a dismissal recorded after the approval has the same effect.
    const r = evaluateScenario(scenario({ reviews: [first, review('alice', 'DISMISSED')] }));
    expect(r.approved).toBe(false);
    expect(r.reasons.join('\n')).toContain("@alice's latest decisive review");
  });

  it('approval, then CHANGES_REQUESTED from another owner: blocked until that owner approves', () => {
    const reviews = [review('alice', 'APPROVED'), review('bob', 'CHANGES_REQUESTED')];
    const r = evaluateScenario(scenario({ reviews }));
    expect(r.approved).toBe(false);
    expect(r.codeOwnersSatisfied).toBe(true);
    expect(r.blockers).toEqual(['bob']);
    // A comment by bob changes nothing; only bob's own approval lifts the block.
    expect(evaluateScenario(scenario({ reviews: [...reviews, review('bob', 'COMMENTED')] })).blockers).toEqual(['bob']);
    expect(evaluateScenario(scenario({ reviews: [...reviews, review('bob', 'APPROVED')] })).approved).toBe(true);
    expect(evaluateScenario(scenario({ reviews: [...reviews, review('bob', 'DISMISSED')] })).approved).toBe(true);
  });

  it('CHANGES_REQUESTED from someone without write access does not block', () => {
    const r = evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED'), review('troll', 'CHANGES_REQUESTED')], writers: ['alice'] }));
    expect(r.blockers).toEqual([]);
    expect(r.approved).toBe(true);
  });

  it('bot and Copilot approvals do not count', () => {
    const reviews = [review('renovate[bot]', 'APPROVED', HEAD, 'Bot'), review('Copilot', 'APPROVED'), review('ci-app', 'APPROVED', HEAD, 'Bot')];
    const r = evaluateScenario(scenario({ codeowners: '* @renovate @ci-app @copilot\n', reviews }));
    expect(r.approved).toBe(false);
    expect(r.reasons.filter((x) => x.includes('is a bot'))).toHaveLength(3);
  });

  it('a login differing only in case is the same reviewer, and matches its CODEOWNERS entry', () => {
    const r = evaluateScenario(scenario({ codeowners: '* @Alice\n', reviews: [review('aLiCe', 'APPROVED')], writers: ['ALICE'] }));
    expect(r.approved).toBe(true);
    expect(r.files[0]!.approvedBy).toEqual(['aLiCe']);
    // ...and its later CHANGES_REQUESTED under another spelling supersedes the approval.
    const later = evaluateScenario(scenario({ codeowners: '* @Alice\n', reviews: [review('aLiCe', 'APPROVED'), review('ALICE', 'CHANGES_REQUESTED')] }));
    expect(later.approved).toBe(false);
    expect(later.blockers).toEqual(['ALICE']);
  });

  it('a waiver whose named approver did not approve the head commit keeps the change unapproved', () => {
    const waivers = [{ rule: 'fairness-coverage', approver: '@acme/model-risk', file: 'models/fraud/1.3.0/card.yaml' }];
    const r = evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED'), review('mira', 'APPROVED', OLD)], waivers }));
    expect(r.approved).toBe(false);
    expect(r.missing).toEqual([`waiver of rule 'fairness-coverage' in models/fraud/1.3.0/card.yaml needs an approval of the head commit c0ffee1 from @acme/model-risk`]);
    const ok = evaluateScenario(scenario({ reviews: [review('alice', 'APPROVED'), review('mira', 'APPROVED')], waivers }));
    expect(ok.approved).toBe(true);
    expect(ok.waivers[0]).toMatchObject({ effective: true, approvedBy: ['mira'] });
  });

  it('an approval from a team whose members cannot be told does not satisfy the team', () => {
    const r = evaluateScenario(scenario({ changedFiles: ['models/fraud/model.yaml'], teams: {}, reviews: [review('dave', 'APPROVED')] }));
    expect(r.approved).toBe(false);
    expect(r.reasons).toContain(`cannot tell whether @dave is a member of @acme/fraud-ml: the scenario's "teams" does not list that team's members`);
  });

  it('the author pushing the last commit cannot be the approval of the most recent push', () => {
    const s = scenario({ codeowners: '* @alice @bob\n', settings: { requireLastPushApproval: true }, reviews: [review('bob', 'APPROVED')], lastPushers: ['bob'] });
    const r = evaluateScenario(s);
    expect(r.approved).toBe(false);
    expect(r.missing).toEqual(['an approval of the most recent push (head c0ffee1) from someone other than its pusher (@bob)']);
    expect(evaluateScenario({ ...s, reviews: [...s.reviews, review('alice', 'APPROVED')] }).approved).toBe(true);
  });
});

describe('rule fields', () => {
  it('minApprovals counts distinct reviewers with write access', () => {
    const s = scenario({ rule: { minApprovals: 2 }, reviews: [review('alice', 'APPROVED'), review('alice', 'APPROVED')] });
    expect(evaluateScenario(s).missing).toEqual(['2 approvals from reviewers with write access (counted: 1, @alice)']);
    expect(evaluateScenario({ ...s, reviews: [...s.reviews, review('zed', 'APPROVED')] }).approved).toBe(true);
  });

  it('every-owned-file groups the missing owners, any needs one owner of any file, none needs none', () => {
    const files = ['models/fraud/model.yaml', 'models/fraud/1.0.0/card.yaml', 'README.md'];
    const base = scenario({ changedFiles: files, reviews: [review('dave', 'APPROVED')] });
    const every = evaluateScenario(base);
    expect(every.missing).toEqual(['an approval from one of @alice, @bob (code owner of README.md)']);
    expect(every.files.map((f) => f.approvedBy)).toEqual([['dave'], ['dave'], []]);
    expect(evaluateScenario({ ...base, rule: { codeOwners: 'any' } }).approved).toBe(true);
    const none = evaluateScenario({ ...base, reviews: [review('zed', 'APPROVED')], rule: { codeOwners: 'none' } });
    expect(none).toMatchObject({ approved: true, codeOwnersSatisfied: true });
  });

  it('requireTeams needs a member of each team', () => {
    const s = scenario({ rule: { requireTeams: ['@acme/model-risk'] }, reviews: [review('alice', 'APPROVED')] });
    expect(evaluateScenario(s).missing).toEqual(['an approval from a member of @acme/model-risk (required team)']);
    expect(evaluateScenario({ ...s, reviews: [...s.reviews, review('MIRA', 'APPROVED')] }).approved).toBe(true);
  });

  it('independentOfOwner: approvals from the owner team do not count, and "cannot tell" is no proof', () => {
    const s = scenario({
      codeowners: '* @alice\n',
      changedFiles: ['models/fraud/model.yaml'],
      rule: { independentOfOwner: true },
      ownerTeams: ['@acme/fraud-ml'],
      teams: { '@acme/fraud-ml': ['dave', 'alice'] },
      reviews: [review('alice', 'APPROVED')],
    });
    expect(evaluateScenario(s).missing).toEqual(['an approval from someone outside the owner team @acme/fraud-ml (independent review)']);
    const withMira = { ...s, reviews: [...s.reviews, review('mira', 'APPROVED')] };
    expect(evaluateScenario(withMira).approved).toBe(true);
    const unknown = evaluateScenario({ ...withMira, teams: {} });
    expect(unknown.approved).toBe(false);
    expect(unknown.missing).toEqual(['an approval from someone outside the owner team @acme/fraud-ml (independent review)']);
  });

  it('unownedFiles: allow, require-approval, deny', () => {
    const s = scenario({ codeowners: '/models/ @alice\n', changedFiles: ['notes.txt'], rule: { minApprovals: 0, unownedFiles: 'allow' } });
    expect(evaluateScenario(s).approved).toBe(true);
    expect(evaluateScenario({ ...s, rule: { minApprovals: 0, unownedFiles: 'require-approval' } }).missing).toEqual([
      'an approval from a reviewer with write access for the files without a code owner (notes.txt)',
    ]);
    const denied = evaluateScenario({ ...s, rule: { minApprovals: 0, unownedFiles: 'deny' }, reviews: [review('alice', 'APPROVED')] });
    expect(denied.approved).toBe(false);
    expect(denied.missing[0]).toMatch(/^a code owner for notes.txt: the approval rule denies changes to files without a code owner/);
  });

  it('an email owner is never satisfied, and says why', () => {
    const r = evaluateScenario(scenario({ codeowners: '* docs@acme.example\n', reviews: [review('alice', 'APPROVED')] }));
    expect(r.approved).toBe(false);
    expect(r.reasons.join('\n')).toContain('owner docs@acme.example is an email address');
  });

  it('CODEOWNERS lines GitHub skips are skipped and reported', () => {
    const r = evaluateScenario(scenario({ codeowners: '* @alice\n/README.md @x[y]\n', reviews: [review('alice', 'APPROVED')] }));
    expect(r.approved).toBe(true);
    expect(r.reasons[0]).toMatch(/^CODEOWNERS line 2 is skipped, as GitHub skips it/);
  });

  it('combining rules takes the strictest of each field; missing fields take the defaults', () => {
    const a = resolveRule({ minApprovals: 2, codeOwners: 'any', requireTeams: ['@acme/a'], unownedFiles: 'allow' });
    const b = resolveRule({ minApprovals: 1, codeOwners: 'none', requireTeams: ['@ACME/a', '@acme/b'], headCommitOnly: true, unownedFiles: 'deny' });
    expect(combineRules([a, b])).toEqual({
      minApprovals: 2,
      codeOwners: 'any',
      requireTeams: ['@acme/a', '@acme/b'],
      independentOfOwner: false,
      headCommitOnly: true,
      unownedFiles: 'deny',
    });
    expect(resolveRule({})).toEqual(DEFAULT_RULE);
    expect(combineRules([])).toEqual(DEFAULT_RULE);
  });
});

describe('waivers for the validate flow', () => {
  it('counts only head-commit approvals of the named user or a team member', () => {
    const facts: ApprovalFacts = scenarioFacts({ teams: { '@acme/model-risk': ['mira'] } });
    const statuses = checkWaiverApprovals({
      waivers: [
        { rule: 'a', approver: '@acme/model-risk' },
        { rule: 'b', approver: '@vic' },
        { rule: 'c', approver: '@carol' },
      ],
      reviews: [review('mira', 'APPROVED'), review('vic', 'APPROVED', OLD), review('carol', 'APPROVED')],
      author: 'carol',
      headSha: HEAD,
      facts,
    });
    expect(statuses.map((s) => [s.rule, s.effective])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
  });
});

describe('decision input', () => {
  it('keeps the files in the order given, owners from CODEOWNERS', () => {
    const input = scenarioInput(scenario({ changedFiles: ['b', 'models/fraud/x', 'b'] }));
    expect(input.files).toEqual([
      { path: 'b', owners: ['@alice', '@bob'] },
      { path: 'models/fraud/x', owners: ['@acme/fraud-ml'] },
    ]);
    expect(evaluateApprovals(input).approved).toBe(false);
  });
});
