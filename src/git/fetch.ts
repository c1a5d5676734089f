/**
 * Fetching what the gate reads as data: a pull request's head commit into a local ref, never
 * checked out. Credentials go to git through GIT_CONFIG_* environment variables, the way
 * actions/checkout sets an extra header but without writing it to .git/config or the command line,
 * so the gate also works when the checkout step kept no credentials (`persist-credentials: false`).
 */
import { execFile } from 'node:child_process';
import { ToolError } from '../errors.js';

export interface GitAuth {
  /** https://github.com, or the GitHub Enterprise Server URL (GITHUB_SERVER_URL). */
  serverUrl: string;
  token: string;
}

/** The local ref the pull request's head is fetched into (outside refs/heads, so no branch appears). */
export const PR_HEAD_REF = 'refs/modelgate/pr-head';

/**
 * Config entries for one git process: first an empty extraheader, which clears any header a
 * checkout step persisted (two Authorization headers make GitHub answer 400), then the token's.
 */
export function authEnv(auth: GitAuth | undefined): Record<string, string> {
  if (!auth?.token) return {};
  const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

function run(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extraEnv } },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new ToolError('git is not installed or not on PATH'));
        reject(new ToolError(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
      },
    );
  });
}

export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  try {
    await run(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

async function requireOrigin(repoDir: string): Promise<void> {
  try {
    await run(repoDir, ['remote', 'get-url', 'origin']);
  } catch {
    throw new ToolError(`${repoDir} has no "origin" remote: check the repository out with actions/checkout before this step.`);
  }
}

function fetchFailure(err: unknown, what: string): ToolError {
  const text = (err as Error).message;
  const auth = /Authentication failed|could not read Username|403|401|terminal prompts disabled/i.test(text);
  return new ToolError(
    `cannot fetch ${what}: ${text}` +
      (auth ? '\nThe token could not read the repository: give the job `contents: read` and pass the action a token (default: github.token).' : ''),
  );
}

/**
 * `git fetch --no-tags origin +refs/pull/N/head:refs/modelgate/pr-head`, returning the fetched
 * commit. Fetching never runs the pull request's code: no checkout, no hooks, no filters.
 */
export async function fetchPullHead(repoDir: string, number: number, auth?: GitAuth): Promise<string> {
  if (!Number.isInteger(number) || number < 1) throw new ToolError(`invalid pull request number ${number}`);
  await requireOrigin(repoDir);
  try {
    await run(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', 'origin', `+refs/pull/${number}/head:${PR_HEAD_REF}`], authEnv(auth));
  } catch (err) {
    throw fetchFailure(err, `the head of pull request #${number}`);
  }
  return (await run(repoDir, ['rev-parse', '--verify', `${PR_HEAD_REF}^{commit}`])).trim();
}

/** Makes sure `sha` is present, fetching it by id when it is not (GitHub serves reachable commits by id). */
export async function ensureCommit(repoDir: string, sha: string, what: string, auth?: GitAuth): Promise<void> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new ToolError(`invalid commit id ${JSON.stringify(sha)} for ${what}`);
  if (await hasCommit(repoDir, sha)) return;
  await requireOrigin(repoDir);
  try {
    await run(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], authEnv(auth));
  } catch (err) {
    throw fetchFailure(err, `${what} ${sha.slice(0, 12)}`);
  }
  if (!(await hasCommit(repoDir, sha))) throw new ToolError(`${what} ${sha} is not in the repository after fetching it`);
}

/** HEAD's parents: two for the test merge commit actions/checkout makes on pull_request. */
export async function headParents(repoDir: string): Promise<string[]> {
  try {
    return (await run(repoDir, ['rev-list', '--parents', '-n', '1', 'HEAD'])).trim().split(/\s+/).slice(1);
  } catch {
    return [];
  }
}
