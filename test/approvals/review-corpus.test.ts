/**
 * The shared corpus's review cases (../shared/corpus/codeowners/review_cases.json, read at test time,
 * never copied here) run through the offline evaluator `modelgate approvals evaluate`, in-process.
 * The corpus writes reviews compactly (["alice", "APPROVED@commit1"]); they are converted to the REST
 * API's shape here. The rule isolates what the cases check: GitHub's code-owner requirement.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/approvals/scenario.js';
import { run } from '../../src/cli/commands/approvals.js';
import { memoryIO } from '../../src/cli/io.js';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/codeowners/', import.meta.url));
const present = existsSync(corpusDir);
if (!present) console.warn(`[review corpus] ${corpusDir} is absent (a fresh clone has no ../shared): review corpus tests skipped.`);

interface ReviewCase {
  id: string;
  codeowners?: string;
  codeowners_base?: string;
  codeowners_head?: string;
  team_members?: Record<string, string[]>;
  settings?: { dismiss_stale_reviews?: boolean; require_last_push_approval?: boolean };
  changed_files: string[];
  author: string;
  reviews: [string, string][];
  pushes_after_review?: string[];
  expected: {
    code_owner_requirement_met: boolean;
    blocked_by_changes_requested?: string[];
    owned_files?: string[];
    owners?: Record<string, string[]>;
  };
  confidence: string;
}

const cases: ReviewCase[] = present ? (JSON.parse(readFileSync(join(corpusDir, 'review_cases.json'), 'utf8')) as ReviewCase[]) : [];
const isFirm = (c: ReviewCase) => c.confidence !== 'disputed' && c.confidence !== 'unverified';

/** A stable fake commit id per label ("commit1"), so "APPROVED@commit1" names a commit that is not the head. */
function sha(label: string): string {
  let hex = '';
  for (const ch of label) hex += ch.charCodeAt(0).toString(16);
  return hex.padEnd(40, '0').slice(0, 40);
}

/** The corpus's compact case → the scenario `modelgate approvals evaluate` reads. */
function toScenario(c: ReviewCase): Scenario {
  // A push after the reviews moves the head past every commit they name.
  const headSha = sha(c.pushes_after_review?.length ? 'head-after-push' : 'head');
  return {
    // The base branch's file decides; codeowners_head is what the pull request wished for.
    codeowners: c.codeowners ?? c.codeowners_base ?? '',
    changedFiles: c.changed_files,
    author: c.author,
    headSha,
    reviews: c.reviews.map(([login, compact], i) => {
      const [state, commit] = compact.split('@') as [string, string | undefined];
      return { id: i + 1, user: { login, type: 'User' }, state, commit_id: commit ? sha(commit) : headSha, submitted_at: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z` };
    }),
    teams: Object.fromEntries(Object.entries(c.team_members ?? {}).map(([team, members]) => [team.startsWith('@') ? team : `@${team}`, members])),
    rule: { minApprovals: 0, codeOwners: 'every-owned-file', unownedFiles: 'allow' },
    settings: { dismissStaleReviews: c.settings?.dismiss_stale_reviews ?? false, requireLastPushApproval: c.settings?.require_last_push_approval ?? false },
  };
}

const dir = present ? mkdtempSync(join(tmpdir(), 'modelgate-review-corpus-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function evaluate(c: ReviewCase) {
  const file = join(dir, `${c.id}.json`);
  writeFileSync(file, JSON.stringify(toScenario(c)));
  const io = memoryIO(dir);
  const code = await run(['evaluate', '--input', file, '--format', 'json'], io);
  expect(io.err()).toBe('');
  return { code, decision: JSON.parse(io.out()) as { approved: boolean; codeOwnersSatisfied: boolean; files: { path: string; owners: string[] }[]; blockers: string[] } };
}

it.runIf(!present && process.env.CI)('has the corpus in CI, where it must run', () => {
  expect.fail(`${corpusDir} is missing in CI`);
});

describe.skipIf(!present)('corpus: review_cases.json through `modelgate approvals evaluate`', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const c of cases) {
    it(`${c.id} (${c.confidence}): ${c.expected.code_owner_requirement_met ? 'met' : 'not met'}`, async () => {
      const { code, decision } = await evaluate(c);
      const met = c.expected.code_owner_requirement_met;
      if (!isFirm(c)) {
        console.info(`[review corpus] ${c.confidence} ${c.id}: corpus expects ${met}, modelgate says ${decision.codeOwnersSatisfied}`);
        return;
      }
      expect(decision.codeOwnersSatisfied).toBe(met);
      // With no other requirement in the rule, the verdict is the code-owner requirement and no blocker.
      const blockers = c.expected.blocked_by_changes_requested ?? [];
      expect(decision.blockers).toEqual(blockers);
      expect(decision.approved).toBe(met && blockers.length === 0);
      expect(code).toBe(decision.approved ? 0 : 1);
      if (c.expected.owned_files) expect(decision.files.filter((f) => f.owners.length > 0).map((f) => f.path)).toEqual(c.expected.owned_files);
      for (const [path, owners] of Object.entries(c.expected.owners ?? {})) expect(decision.files.find((f) => f.path === path)?.owners).toEqual(owners);
    });
  }

});
