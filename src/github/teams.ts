/**
 * Team membership through the REST API, told apart in three: member, not a member, cannot tell.
 *
 * GITHUB_TOKEN has no organisation permissions, and GitHub answers 404 (not 403) for every team it
 * may not see — the same answer as for a team that does not exist or a user who is not a member. So
 * the team itself is read first: only when the token can see the team does a 404 on the membership
 * mean "not a member".
 */
import type { Membership } from '../approvals/evaluate.js';
import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';

export interface TeamRef {
  org: string;
  slug: string;
}

/** `@org/slug` → its parts, or null for anything else. */
export function parseTeam(team: string): TeamRef | null {
  const m = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9_][A-Za-z0-9_.-]*)$/.exec(team);
  return m ? { org: m[1]!, slug: m[2]!.toLowerCase() } : null;
}

/** What to tell the user when a team cannot be read: which token, which permission. */
export interface TeamTokenHint {
  /** e.g. 'the approvals action\'s `teams-token` input' */
  tokenInput: string;
  /** Whether that token was given (else the repository token was used). */
  given: boolean;
}

export type TeamVisibility = { visible: true } | { visible: false; reason: string };

function cannotRead(team: string, err: unknown, hint: TeamTokenHint): string {
  const e = explainGitHubError(err, { action: 'approvals', permission: 'members: read' });
  const which = hint.given ? `the token from ${hint.tokenInput}` : `the repository token, since ${hint.tokenInput} is empty`;
  return (
    `cannot read team ${team} with ${which}: ${e.message} ` +
    `Membership is needed to count a team's approvals; give ${hint.tokenInput} a GitHub App installation token with the organization permission "Members: read" ` +
    `(or a personal access token with read:org; fine-grained: organization "Members" read), and check the team's name`
  );
}

/** GET /orgs/{org}/teams/{team_slug}: can this token see the team at all? */
export async function getTeamVisibility(client: GitHubClient, team: string, hint: TeamTokenHint): Promise<TeamVisibility> {
  const ref = parseTeam(team);
  if (!ref) return { visible: false, reason: `${team} is not a team (@org/team-slug)` };
  try {
    await client.rest.teams.getByName({ org: ref.org, team_slug: ref.slug });
    return { visible: true };
  } catch (err) {
    return { visible: false, reason: cannotRead(team, err, hint) };
  }
}

/**
 * GET /orgs/{org}/teams/{team_slug}/memberships/{username}. Call only for a team the token can see.
 * A pending invitation is not membership. The answer includes members of child teams, as GitHub's
 * own code-owner check does.
 */
export async function getTeamMembership(client: GitHubClient, team: string, username: string, hint: TeamTokenHint): Promise<Membership> {
  const ref = parseTeam(team);
  if (!ref) return { status: 'unknown', reason: `${team} is not a team (@org/team-slug)` };
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: ref.org, team_slug: ref.slug, username });
    return data.state === 'active' ? { status: 'member' } : { status: 'not-member' };
  } catch (err) {
    if ((err as { status?: number }).status === 404) return { status: 'not-member' };
    return { status: 'unknown', reason: `cannot tell whether @${username} is a member of ${team}: ${cannotRead(team, err, hint)}` };
  }
}

/**
 * Memberships looked up once each: a team's visibility once per run, a (team, user) pair once.
 * A team the token cannot see makes every question about it "cannot tell", with the reason.
 */
export class TeamDirectory {
  private readonly visibility = new Map<string, Promise<TeamVisibility>>();
  private readonly memberships = new Map<string, Promise<Membership>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly hint: TeamTokenHint,
  ) {}

  membership(team: string, username: string): Promise<Membership> {
    const key = `${team.toLowerCase()}\n${username.toLowerCase()}`;
    let answer = this.memberships.get(key);
    if (!answer) {
      answer = this.resolve(team, username);
      this.memberships.set(key, answer);
    }
    return answer;
  }

  private async resolve(team: string, username: string): Promise<Membership> {
    let seen = this.visibility.get(team.toLowerCase());
    if (!seen) {
      seen = getTeamVisibility(this.client, team, this.hint);
      this.visibility.set(team.toLowerCase(), seen);
    }
    const visible = await seen;
    if (!visible.visible) return { status: 'unknown', reason: `cannot tell whether @${username} is a member of ${team}: ${visible.reason}` };
    return getTeamMembership(this.client, team, username, this.hint);
  }
}
