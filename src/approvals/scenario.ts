/**
 * The offline scenario of `modelgate approvals evaluate`: everything the gate would learn from GitHub,
 * written down as JSON, evaluated by the same core as the action. Pure (no I/O).
 *
 *   {"codeowners": "<file text>", "changedFiles": [...], "author": "<login>", "headSha": "<sha>",
 *    "reviews": [<REST API reviews>], "teams": {"@org/team": ["login", ...]},
 *    "writers": ["login", ...],            // optional; absent = everyone has write access
 *    "rule": {<approval rule as in modelgate.yaml>},
 *    "settings": {"dismissStaleReviews": bool, "requireLastPushApproval": bool},
 *    // optional extensions, each what the action fills in from GitHub:
 *    "ownerTeams": ["@org/team"], "lastPushers": ["login"], "waivers": [{"rule", "approver", "file"}]}
 */
import type { ErrorObject } from 'ajv';
import configV1 from '../../schemas/config-v1.schema.json' with { type: 'json' };
import { ConfigError } from '../errors.js';
import type { ApprovalRule } from '../registry/types.js';
import { describeAjvError, relevantErrors } from '../schema/errors.js';
import { newAjv } from '../schema/documents.js';
import { matchOwners, parseCodeowners } from './codeowners.js';
import { evaluateApprovals, type ApprovalFacts, type ApprovalInput, type ApprovalResult, type Membership, type WaiverClaim, type WriteAccess } from './evaluate.js';
import { REVIEW_STATES, type ApiReview } from './reviews.js';
import { resolveRule } from './rules.js';

export interface Scenario {
  codeowners: string;
  changedFiles: string[];
  author: string;
  headSha: string;
  reviews: ApiReview[];
  teams?: Record<string, string[]>;
  writers?: string[];
  rule: ApprovalRule;
  settings?: { dismissStaleReviews?: boolean; requireLastPushApproval?: boolean };
  ownerTeams?: string[];
  lastPushers?: string[];
  waivers?: WaiverClaim[];
  description?: string;
}

const TEAM = '^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_][A-Za-z0-9_.-]*$';
const LOGIN = '^@?[A-Za-z0-9][A-Za-z0-9_-]*(\\[bot\\])?$';

export const SCENARIO_SCHEMA = {
  $id: 'urn:modelgate:schema:approvals-scenario:v1',
  type: 'object',
  required: ['codeowners', 'changedFiles', 'author', 'headSha', 'reviews', 'rule'],
  properties: {
    description: { type: 'string' },
    codeowners: { type: 'string', description: 'The text of the base branch CODEOWNERS file ("" for none).' },
    changedFiles: { type: 'array', items: { type: 'string', minLength: 1 } },
    author: { type: 'string', pattern: LOGIN },
    headSha: { type: 'string', minLength: 1 },
    reviews: {
      type: 'array',
      items: {
        type: 'object',
        required: ['user', 'state'],
        properties: {
          id: { type: 'integer' },
          user: {
            type: ['object', 'null'],
            required: ['login'],
            properties: { login: { type: 'string', minLength: 1 }, type: { type: 'string' } },
          },
          state: { enum: [...REVIEW_STATES] },
          commit_id: { type: ['string', 'null'] },
          submitted_at: { type: ['string', 'null'] },
        },
      },
    },
    teams: {
      type: 'object',
      propertyNames: { pattern: TEAM },
      additionalProperties: { type: 'array', items: { type: 'string', pattern: LOGIN } },
    },
    writers: { type: 'array', items: { type: 'string', pattern: LOGIN } },
    rule: { $ref: 'urn:modelgate:schema:config:v1#/$defs/approvalRule' },
    settings: {
      type: 'object',
      properties: { dismissStaleReviews: { type: 'boolean' }, requireLastPushApproval: { type: 'boolean' } },
      additionalProperties: false,
    },
    ownerTeams: { type: 'array', items: { type: 'string', pattern: TEAM } },
    lastPushers: { type: 'array', items: { type: 'string', pattern: LOGIN } },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'approver'],
        properties: { rule: { type: 'string', minLength: 1 }, approver: { type: 'string', minLength: 2 }, file: { type: 'string' } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

let validator: ReturnType<ReturnType<typeof newAjv>['compile']> | undefined;

function validate(value: unknown): readonly ErrorObject[] {
  if (!validator) {
    const ajv = newAjv();
    ajv.addSchema(configV1);
    validator = ajv.compile(SCENARIO_SCHEMA);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Checks a parsed scenario; throws a ConfigError (exit 2) naming the first bad fields. */
export function parseScenario(value: unknown, file = 'scenario'): Scenario {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('a scenario must be a JSON object', file);
  const errors = relevantErrors(validate(value));
  if (errors.length > 0) {
    // The shared describer speaks of YAML; a scenario is JSON, where the hint does not apply.
    const messages = [...new Set(errors.map((e) => describeAjvError(e, value).message.replace(/:? \(?YAML read it as [^;)]*; quote it\)?/, '')))];
    throw new ConfigError(`the scenario is invalid:\n  ${messages.join('\n  ')}`, file);
  }
  return value as Scenario;
}

/** JSON text → scenario, with the position of a syntax error. */
export function parseScenarioText(text: string, file = 'scenario'): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ConfigError(`not valid JSON: ${(err as Error).message}`, file);
  }
  return parseScenario(value, file);
}

const bare = (login: string) => login.replace(/^@/, '').toLowerCase();

/** Membership and write access exactly as the scenario lists them; a team it does not list cannot be told. */
export function scenarioFacts(s: Pick<Scenario, 'teams' | 'writers'>): ApprovalFacts {
  const teams = new Map<string, Set<string>>();
  for (const [team, members] of Object.entries(s.teams ?? {})) teams.set(team.toLowerCase(), new Set(members.map(bare)));
  const writers = s.writers ? new Set(s.writers.map(bare)) : null;
  return {
    membership(team: string, login: string): Membership {
      const members = teams.get(team.toLowerCase());
      if (!members) {
        return { status: 'unknown', reason: `cannot tell whether @${login} is a member of ${team}: the scenario's "teams" does not list that team's members` };
      }
      return members.has(bare(login)) ? { status: 'member' } : { status: 'not-member' };
    },
    writeAccess(login: string): WriteAccess {
      if (!writers) return { status: 'yes' };
      return writers.has(bare(login)) ? { status: 'yes' } : { status: 'no', reason: `not listed in the scenario's "writers"` };
    },
  };
}

export function scenarioInput(s: Scenario): ApprovalInput {
  const parsed = parseCodeowners(s.codeowners);
  const notes: string[] = [];
  for (const e of parsed.errors) {
    notes.push(e.line === 0 ? `CODEOWNERS: ${e.message}` : `CODEOWNERS line ${e.line} is skipped, as GitHub skips it: ${e.message}`);
  }
  const paths = [...new Set(s.changedFiles)];
  return {
    files: paths.map((path) => ({ path, owners: matchOwners(parsed.rules, path).owners })),
    author: s.author.replace(/^@/, ''),
    headSha: s.headSha,
    reviews: s.reviews,
    rule: resolveRule(s.rule),
    settings: {
      dismissStaleReviews: s.settings?.dismissStaleReviews ?? false,
      requireLastPushApproval: s.settings?.requireLastPushApproval ?? false,
    },
    facts: scenarioFacts(s),
    ...(s.ownerTeams ? { ownerTeams: s.ownerTeams } : {}),
    ...(s.lastPushers ? { lastPushers: s.lastPushers.map((p) => p.replace(/^@/, '')) } : {}),
    ...(s.waivers ? { waivers: s.waivers } : {}),
    notes,
  };
}

export function evaluateScenario(s: Scenario): ApprovalResult {
  return evaluateApprovals(scenarioInput(s));
}
