/**
 * Running an action entry point in-process the way the runner does: inputs as INPUT_* variables,
 * a real webhook payload (@octokit/webhooks-examples) at GITHUB_EVENT_PATH, and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY as temp files whose content the tests read back.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { vi } from 'vitest';
import { exampleResponse } from '../harness/openapi.js';
import { git, gitInit, makeRegistry, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const require = createRequire(import.meta.url);

interface WebhookExample {
  action?: string;
  number?: number;
  pull_request?: { number: number; head: { sha: string }; base: { sha: string; ref: string }; user: { login: string } };
  repository?: { full_name: string };
}

/** A real GitHub webhook payload: the first example of `event` with `action` (none for push). */
export function webhookExample(event: string, action?: string): WebhookExample & Record<string, unknown> {
  const all = require('@octokit/webhooks-examples') as { name: string; examples: WebhookExample[] }[];
  const found = all.find((e) => e.name === event)?.examples.find((x) => x.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found) as WebhookExample & Record<string, unknown>;
}

/** The repository and pull request the example payloads describe. */
export const EXAMPLE_REPO = { owner: 'Codertocat', repo: 'Hello-World' };
export const EXAMPLE_PR = 2;
export const API = `/repos/${EXAMPLE_REPO.owner}/${EXAMPLE_REPO.repo}`;

/** Parses GITHUB_OUTPUT as @actions/core writes it (`name<<delimiter` … `delimiter`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

/** The annotations among workflow commands on stdout (`::error file=…,line=…::message`). */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1).replaceAll('%2C', ','));
    }
    out.push({ level: m[1]!, props, message: m[3]!.replaceAll('%0A', '\n').replaceAll('%25', '%') });
  }
  return out;
}

export interface ActionRun {
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** core.setFailed was called. */
  failed: boolean;
  dir: string;
}

/**
 * Runs `run` with the environment a runner gives a step. `env` adds GITHUB_* and INPUT_* values;
 * the event payload is written to a file and pointed at by GITHUB_EVENT_PATH.
 */
export async function runEntry(run: () => Promise<void>, o: { event: string; payload: unknown; env?: Record<string, string>; cleanup: string[] }): Promise<ActionRun> {
  const dir = tempDir('modelgate-action-');
  o.cleanup.push(dir);
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(o.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: `${EXAMPLE_REPO.owner}/${EXAMPLE_REPO.repo}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    ...o.env,
  };
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  });
  const before = process.exitCode;
  let code: typeof process.exitCode;
  try {
    await run();
  } finally {
    spy.mockRestore();
    code = process.exitCode;
    process.exitCode = before;
  }
  const stdout = writes.join('');
  return {
    stdout,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
    failed: code === 1,
    dir,
  };
}

export interface PullRequestRepos {
  /** The runner's workspace: a shallow clone of the base branch, as actions/checkout leaves it on pull_request_target. */
  workspace: string;
  /** The "GitHub" side: a bare repository holding main and refs/pull/2/head. */
  origin: string;
  baseSha: string;
  headSha: string;
  /** The pull request's files as GitHub lists them. */
  files: { filename: string; status: 'added' | 'removed' | 'modified' }[];
}

/**
 * Real git repositories where base and head differ: `base` committed on main, then `head`
 * (files to write, or null to delete; a `{ symlink }` to add a link) committed as the pull request.
 */
export function pullRequestRepos(
  base: Record<string, string>,
  head: Record<string, string | null | { symlink: string }>,
  cleanup: string[],
  o: { baseFiles?: boolean } = {},
): PullRequestRepos {
  const author = makeRegistry(base, { base: o.baseFiles ?? true });
  cleanup.push(author);
  const baseSha = gitInit(author);
  git(author, 'checkout', '-q', '-b', 'feature');
  for (const [file, content] of Object.entries(head)) {
    const abs = path.join(author, file);
    if (content === null) git(author, 'rm', '-q', file);
    else if (typeof content === 'object') {
      mkdirSync(path.dirname(abs), { recursive: true });
      symlinkSync(content.symlink, abs);
    } else writeFiles(author, { [file]: content });
  }
  git(author, 'add', '-A');
  git(author, 'commit', '-q', '--allow-empty', '-m', 'the pull request');
  const headSha = git(author, 'rev-parse', 'HEAD').trim();
  const files = git(author, 'diff', '--name-status', '--no-renames', baseSha, headSha)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, filename] = line.split('\t') as [string, string];
      return { filename, status: status === 'A' ? ('added' as const) : status === 'D' ? ('removed' as const) : ('modified' as const) };
    });
  const root = tempDir('modelgate-origin-');
  cleanup.push(root);
  const origin = path.join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', author, origin);
  git(origin, 'update-ref', `refs/pull/${EXAMPLE_PR}/head`, headSha);
  git(origin, 'update-ref', 'refs/heads/feature', headSha);
  git(origin, 'branch', '-q', '-D', 'feature');
  const workspace = path.join(root, 'workspace');
  git(root, 'clone', '-q', '--depth=1', '--branch', 'main', `file://${origin}`, workspace);
  return { workspace, origin, baseSha, headSha, files };
}

/** GitHub's example pull request with this test's commits and file count. */
export function pullBody(r: { baseSha: string; headSha: string; changedFiles: number; author?: string }): Record<string, unknown> {
  const ex = exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}') as Record<string, Record<string, unknown>>;
  return {
    ...ex,
    number: EXAMPLE_PR,
    state: 'open',
    changed_files: r.changedFiles,
    user: { ...ex.user, login: r.author ?? 'octocat' },
    head: { ...ex.head, sha: r.headSha, ref: 'feature' },
    base: { ...ex.base, sha: r.baseSha, ref: 'main' },
  };
}

/** GitHub's example entry of GET /pulls/{n}/files for each file. */
export function fileEntries(files: { filename: string; status: string }[]): unknown[] {
  const [ex] = exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files') as Record<string, unknown>[];
  return files.map((f, i) => ({ ...ex, sha: (i + 1).toString(16).padStart(40, '0'), filename: f.filename, status: f.status }));
}

export function commentEntry(o: { id: number; body: string; type?: 'Bot' | 'User'; login?: string }): Record<string, unknown> {
  const [ex] = exampleResponse('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments') as Record<string, Record<string, unknown>>[];
  return {
    ...ex,
    id: o.id,
    body: o.body,
    html_url: `https://github.com/${EXAMPLE_REPO.owner}/${EXAMPLE_REPO.repo}/pull/${EXAMPLE_PR}#issuecomment-${o.id}`,
    user: { ...ex!.user, login: o.login ?? 'github-actions[bot]', type: o.type ?? 'Bot' },
  };
}

export function checkRunCreated(id = 77): Record<string, unknown> {
  const ex = exampleResponse('POST', '/repos/{owner}/{repo}/check-runs') as Record<string, unknown>;
  return { ...ex, id, html_url: `https://github.com/${EXAMPLE_REPO.owner}/${EXAMPLE_REPO.repo}/runs/${id}` };
}

export { removeDir };
