// The gate fetches the pull request's head over smart HTTP with the token, from a real
// `git http-backend` on loopback that answers 401 without it: no credentials persisted in the
// checkout are needed, none are written, and the head is never checked out.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authEnv, ensureCommit, fetchPullHead, PR_HEAD_REF } from '../../src/git/fetch.js';
import { cardYaml, git, removeDir } from '../helpers/registry.js';
import { EXAMPLE_PR, pullRequestRepos } from './helpers.js';

const TOKEN = 'ghs_loopback_token';
const cleanup: string[] = [];
let server: Server;
let serverUrl: string;
let repos: ReturnType<typeof pullRequestRepos>;
const authorizations: (string | undefined)[] = [];

/** CGI over node:http: just enough of RFC 3875 for git-http-backend. */
function gitHttpBackend(projectRoot: string): Server {
  return createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    const expected = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    if (req.headers.authorization?.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('unauthorized');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
    });
    req.pipe(child.stdin);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const headerText = out.subarray(0, split).toString();
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(out.subarray(split + 4));
    });
  });
}

beforeAll(async () => {
  repos = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
  server = gitHttpBackend(path.dirname(repos.origin));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The workspace as actions/checkout leaves it with persist-credentials: false: an origin URL, no credentials.
  git(repos.workspace, 'remote', 'set-url', 'origin', `${serverUrl}/origin.git`);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  cleanup.splice(0).forEach(removeDir);
});

describe('fetching the pull request head', () => {
  test('without the token the server refuses, and the error names the fix', async () => {
    await expect(fetchPullHead(repos.workspace, EXAMPLE_PR)).rejects.toThrow(/cannot fetch the head of pull request #2: .*\nThe token could not read the repository: give the job `contents: read`/s);
  });

  test('with the token it arrives in refs/modelgate/pr-head, nothing checked out or written to .git/config', async () => {
    const sha = await fetchPullHead(repos.workspace, EXAMPLE_PR, { serverUrl, token: TOKEN });
    expect(sha).toBe(repos.headSha);
    expect(git(repos.workspace, 'rev-parse', PR_HEAD_REF).trim()).toBe(repos.headSha);
    expect(git(repos.workspace, 'rev-parse', 'HEAD').trim()).toBe(repos.baseSha);
    expect(git(repos.workspace, 'status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(repos.workspace, '.git/config'), 'utf8')).not.toMatch(/extraheader|AUTHORIZATION/i);
    expect(authorizations.some((a) => a?.startsWith('basic '))).toBe(true);
  });

  test('a stale header a checkout step persisted is replaced, not sent alongside', async () => {
    git(repos.workspace, 'config', `http.${serverUrl}/.extraheader`, `AUTHORIZATION: basic ${Buffer.from('x-access-token:expired').toString('base64')}`);
    try {
      authorizations.length = 0;
      expect(await fetchPullHead(repos.workspace, EXAMPLE_PR, { serverUrl, token: TOKEN })).toBe(repos.headSha);
      expect(authorizations.length).toBeGreaterThan(0);
      expect(authorizations.every((a) => a === `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)).toBe(true);
    } finally {
      git(repos.workspace, 'config', '--unset-all', `http.${serverUrl}/.extraheader`);
    }
  });

  test('a commit missing from a shallow checkout is fetched by id', async () => {
    const root = path.dirname(repos.origin);
    const shallow = path.join(root, 'shallow');
    git(root, 'clone', '-q', '--depth=1', `file://${repos.origin}`, shallow);
    git(shallow, 'remote', 'set-url', 'origin', `${serverUrl}/origin.git`);
    await ensureCommit(shallow, repos.headSha, 'the pull request head', { serverUrl, token: TOKEN });
    expect(git(shallow, 'cat-file', '-t', repos.headSha).trim()).toBe('commit');
  });

  test('the token travels in the environment of one git process, replacing any persisted header', () => {
    const env = authEnv({ serverUrl: 'https://github.com/', token: TOKEN });
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
    });
    expect(authEnv(undefined)).toEqual({});
  });
});
