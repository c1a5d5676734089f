/**
 * The workflow run as the runner describes it: the event name and its webhook payload
 * (GITHUB_EVENT_PATH), the repository, the commit and the URLs. Read once, up front, into plain
 * values, so the rest of an action never touches process.env.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ToolError, UsageError } from '../../errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ActionEvent {
  /** GITHUB_EVENT_NAME: pull_request, pull_request_target, push, … */
  name: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  /** GITHUB_SHA: on pull_request_target the tip of the base branch, on pull_request the test merge commit. */
  sha: string | undefined;
  workspace: string;
  /** https://github.com, or the GitHub Enterprise Server URL. */
  serverUrl: string;
  /** The run's page, for links from comments and check runs. */
  runUrl: string | undefined;
  /** RUNNER_TEMP, or undefined outside a runner. */
  runnerTemp: string | undefined;
}

/** What modelgate uses of a pull_request or pull_request_target payload. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  author: string | undefined;
  /** The repository the head branch lives in (a fork's differs from the base's). */
  headRepo: string | undefined;
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function parseRepo(full: string | undefined, where: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full ?? '');
  if (!m) throw new UsageError(`${where} is ${full === undefined ? 'not set' : `"${full}"`}; expected "owner/repo". Run the action inside a GitHub Actions workflow.`);
  return { owner: m[1]!, repo: m[2]! };
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const name = env.GITHUB_EVENT_NAME?.trim();
  if (!name) throw new UsageError('GITHUB_EVENT_NAME is not set: modelgate actions run inside a GitHub Actions workflow (locally, use the modelgate CLI).');
  let payload: Record<string, unknown> = {};
  const file = env.GITHUB_EVENT_PATH;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ToolError(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(err as Error).message}`);
    }
    try {
      payload = object(JSON.parse(text)) ?? {};
    } catch (err) {
      throw new ToolError(`the event payload ${file} is not JSON: ${(err as Error).message}`);
    }
  }
  const payloadRepo = object(payload.repository)?.full_name;
  const repo = parseRepo(env.GITHUB_REPOSITORY || (typeof payloadRepo === 'string' ? payloadRepo : undefined), 'GITHUB_REPOSITORY');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  return {
    name,
    payload,
    repo,
    sha: env.GITHUB_SHA || undefined,
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    serverUrl,
    runUrl: runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}` : undefined,
    runnerTemp: env.RUNNER_TEMP || undefined,
  };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The pull request of a pull_request or pull_request_target event; undefined for other events. */
export function pullRequestOf(event: ActionEvent): PullRequestRef | undefined {
  const pr = object(event.payload.pull_request);
  if (!pr) return undefined;
  const head = object(pr.head);
  const base = object(pr.base);
  const number = pr.number ?? event.payload.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) throw new ToolError(`the ${event.name} payload has no pull request number`);
  const headSha = head?.sha;
  const baseSha = base?.sha;
  if (typeof headSha !== 'string' || !SHA.test(headSha) || typeof baseSha !== 'string' || !SHA.test(baseSha)) {
    throw new ToolError(`the ${event.name} payload of pull request #${number} has no head and base commit SHAs`);
  }
  const login = object(pr.user)?.login;
  const headRepo = object(object(head?.repo))?.full_name;
  return {
    number,
    headSha,
    baseSha,
    baseRef: typeof base?.ref === 'string' ? base.ref : '',
    author: typeof login === 'string' ? login : undefined,
    headRepo: typeof headRepo === 'string' ? headRepo : undefined,
  };
}
