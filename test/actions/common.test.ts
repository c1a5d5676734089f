// The helpers every action shares: typed inputs, the event payload, annotation ranking, failures.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkRunAnnotations, rankAnnotations, rankFindings } from '../../src/actions/common/annotations.js';
import { pullRequestOf, readEvent } from '../../src/actions/common/event.js';
import { getEnumInput, getOptionalBooleanInput, getOptionalInput, getRequiredInput, InputError, throwOnRenamedInputs } from '../../src/actions/common/inputs.js';
import { failureMessage } from '../../src/actions/common/report.js';
import { parseRegistryPath } from '../../src/actions/validate/inputs.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import type { Finding, Severity } from '../../src/findings.js';
import { assertCompleteFileList, toChangedFiles } from '../../src/github/pulls.js';
import { findMarkedComment, commentMarker } from '../../src/github/comments.js';
import { removeDir, tempDir } from '../helpers/registry.js';
import { webhookExample } from './helpers.js';

const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

describe('inputs', () => {
  test('empty and unset inputs are undefined; values are trimmed', () => {
    vi.stubEnv('INPUT_EMPTY', '');
    vi.stubEnv('INPUT_SPACED-NAME', '  value  ');
    expect(getOptionalInput('empty')).toBeUndefined();
    expect(getOptionalInput('unset')).toBeUndefined();
    expect(getOptionalInput('spaced-name')).toBe('value');
  });

  test('required inputs name themselves when empty', () => {
    vi.stubEnv('INPUT_TOKEN', '');
    expect(() => getRequiredInput('token', 'Pass `${{ github.token }}`.')).toThrow(new InputError('Input "token" is required and was empty. Pass `${{ github.token }}`.'));
  });

  test('enum inputs list the allowed values; empty means the default', () => {
    vi.stubEnv('INPUT_MODE', 'loud');
    expect(() => getEnumInput('mode', ['on', 'off'], 'on')).toThrow('Input "mode" must be one of "on", "off"; got "loud".');
    vi.stubEnv('INPUT_MODE', '');
    expect(getEnumInput('mode', ['on', 'off'], 'off')).toBe('off');
    expect(getEnumInput('mode', ['on', 'off'])).toBeUndefined();
    vi.stubEnv('INPUT_MODE', 'on');
    expect(getEnumInput('mode', ['on', 'off'])).toBe('on');
  });

  test('booleans are YAML 1.2 core booleans', () => {
    vi.stubEnv('INPUT_FLAG', 'yes');
    expect(() => getOptionalBooleanInput('flag', false)).toThrow('Input "flag" must be true or false; got "yes".');
    vi.stubEnv('INPUT_FLAG', 'True');
    expect(getOptionalBooleanInput('flag', false)).toBe(true);
    vi.stubEnv('INPUT_FLAG', '');
    expect(getOptionalBooleanInput('flag', true)).toBe(true);
  });

  test('renamed inputs fail with every migration at once', () => {
    vi.stubEnv('INPUT_REPO-TOKEN', 'x');
    vi.stubEnv('INPUT_PATH', 'y');
    expect(() => throwOnRenamedInputs({ 'repo-token': { to: 'token' }, path: { to: 'registry-path', note: 'It is relative to the repository root.' }, unused: { to: 'other' } })).toThrow(
      'Input "repo-token" is named "token" in this action: rename it under `with:` in your workflow.\nInput "path" is named "registry-path" in this action: rename it under `with:` in your workflow. It is relative to the repository root.',
    );
    expect(() => throwOnRenamedInputs({ unused: { to: 'other' } })).not.toThrow();
  });

  test.each([
    ['.', ''],
    ['', ''],
    ['ml/registry/', 'ml/registry'],
    ['./ml//registry', 'ml/registry'],
  ])('registry-path %j is %j', (raw, expected) => {
    expect(parseRegistryPath(raw)).toBe(expected);
  });

  test.each(['../x', '/etc', 'a/../../b', 'C:\\reg'])('registry-path %j is refused', (raw) => {
    expect(() => parseRegistryPath(raw)).toThrow(InputError);
  });
});

describe('the event', () => {
  function eventFile(payload: unknown): string {
    const dir = tempDir();
    cleanup.push(dir);
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return file;
  }

  test("a real pull_request payload gives the pull request's number, commits and author", () => {
    const payload = webhookExample('pull_request', 'opened');
    const event = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_RUN_ID: '7', GITHUB_WORKSPACE: '/w' });
    expect(event).toMatchObject({ name: 'pull_request', repo: { owner: 'Codertocat', repo: 'Hello-World' }, serverUrl: 'https://github.com', runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/7', workspace: '/w' });
    expect(pullRequestOf(event)).toEqual({
      number: payload.pull_request!.number,
      headSha: payload.pull_request!.head.sha,
      baseSha: payload.pull_request!.base.sha,
      baseRef: payload.pull_request!.base.ref,
      author: payload.pull_request!.user.login,
      headRepo: 'Codertocat/Hello-World',
    });
  });

  test('a push payload has no pull request', () => {
    const event = readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile(webhookExample('push')), GITHUB_REPOSITORY: 'Codertocat/Hello-World' });
    expect(pullRequestOf(event)).toBeUndefined();
  });

  test('outside a workflow, and with broken payloads, the errors say so', () => {
    expect(() => readEvent({})).toThrow(UsageError);
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'not a repo' })).toThrow('GITHUB_REPOSITORY is "not a repo"; expected "owner/repo"');
    const dir = tempDir();
    cleanup.push(dir);
    writeFileSync(path.join(dir, 'e.json'), '{not json');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: path.join(dir, 'e.json') })).toThrow(/is not JSON/);
    const noSha = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 3, head: {}, base: {} } }) });
    expect(() => pullRequestOf(noSha)).toThrow('the pull_request payload of pull request #3 has no head and base commit SHAs');
  });
});

function finding(severity: Severity, file: string, line = 1, ruleId = 'rule'): Finding {
  return { ruleId, severity, file, line, column: 1, message: `${severity} in ${file}:${line}`, remediation: 'fix it' };
}

describe('annotations', () => {
  test('deny first, then changed files, then file order', () => {
    const findings = [finding('warn', 'a.yaml'), finding('deny', 'z.yaml'), finding('warn', 'm.yaml'), finding('deny', 'b.yaml'), finding('info', 'm.yaml')];
    expect(rankFindings(findings, new Set(['m.yaml', 'z.yaml'])).map((f) => `${f.severity} ${f.file}`)).toEqual(['deny z.yaml', 'deny b.yaml', 'warn m.yaml', 'warn a.yaml', 'info m.yaml']);
  });

  test('within the cap nothing is left out', () => {
    const { annotations, omitted } = rankAnnotations([finding('deny', 'a.yaml'), finding('warn', 'b.yaml', 3)], { pathPrefix: 'reg/' });
    expect(omitted).toEqual({ deny: 0, warn: 0, info: 0 });
    expect(annotations).toEqual([
      { level: 'error', title: 'modelgate rule', message: 'deny in a.yaml:1\nFix: fix it', file: 'reg/a.yaml', line: 1, column: 1 },
      { level: 'warning', title: 'modelgate rule', message: 'warn in b.yaml:3\nFix: fix it', file: 'reg/b.yaml', line: 3, column: 1 },
    ]);
  });

  test('over the cap: the changed files keep their slots, the last slot counts the rest, reserved slots are respected', () => {
    const denies = Array.from({ length: 14 }, (_, i) => finding('deny', `f${String(i).padStart(2, '0')}.yaml`));
    const { annotations, omitted } = rankAnnotations(denies, { changedFiles: new Set(['f13.yaml']), reserved: { error: 1 } });
    expect(annotations).toHaveLength(9);
    expect(annotations[0]?.file).toBe('f13.yaml');
    expect(annotations.slice(0, 8).every((a) => a.file)).toBe(true);
    expect(annotations[8]).toMatchObject({ level: 'error', title: 'modelgate: 6 more deny findings' });
    expect(annotations[8]?.file).toBeUndefined();
    expect(omitted).toEqual({ deny: 6, warn: 0, info: 0 });
  });

  test('check run annotations: up to 50, ranked, with the levels GitHub names', () => {
    const many = Array.from({ length: 60 }, (_, i) => finding(i % 2 ? 'warn' : 'deny', `x${String(i).padStart(2, '0')}.yaml`));
    const list = checkRunAnnotations(many, { pathPrefix: 'ml/' });
    expect(list).toHaveLength(50);
    expect(list.slice(0, 30).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(list[30]).toMatchObject({ annotation_level: 'warning', path: 'ml/x01.yaml', start_line: 1, end_line: 1 });
  });
});

describe('pull request files', () => {
  test('a rename is a deletion and an addition; unchanged entries are dropped', () => {
    expect(
      toChangedFiles([
        { filename: 'models/a/1.0.0/card.yaml', status: 'renamed', previousFilename: 'models/a/0.9.0/card.yaml' },
        { filename: 'x', status: 'copied' },
        { filename: 'y', status: 'removed' },
        { filename: 'z', status: 'changed' },
        { filename: 'u', status: 'unchanged' },
      ]),
    ).toEqual([
      { path: 'models/a/0.9.0/card.yaml', status: 'deleted' },
      { path: 'models/a/1.0.0/card.yaml', status: 'added' },
      { path: 'x', status: 'added' },
      { path: 'y', status: 'deleted' },
      { path: 'z', status: 'modified' },
    ]);
  });

  test('the file list must be complete', () => {
    expect(() => assertCompleteFileList(3000, 3000, 1)).not.toThrow();
    expect(() => assertCompleteFileList(0, 3001, 1)).toThrow(/lists at most 3000/);
    expect(() => assertCompleteFileList(2999, 3000, 1)).toThrow(/listed 2999 of the 3000 files/);
  });
});

describe('comments', () => {
  test('only a bot comment carrying the marker is the action’s own', () => {
    const marker = commentMarker('validate');
    const comments = [
      { id: 1, body: `quoting ${marker}`, url: 'u1', authorType: 'User', authorLogin: 'octocat' },
      { id: 2, body: 'other bot', url: 'u2', authorType: 'Bot', authorLogin: 'dependabot[bot]' },
      { id: 3, body: `${marker}\nverdict`, url: 'u3', authorType: 'Bot', authorLogin: 'github-actions[bot]' },
    ];
    expect(findMarkedComment(comments, marker)?.id).toBe(3);
    expect(() => commentMarker('a --> b')).toThrow();
  });
});

describe('failure messages', () => {
  test('API errors are explained with the fix', () => {
    const err = Object.assign(new Error('x'), {
      name: 'HttpError',
      status: 403,
      request: { method: 'POST', url: 'https://api.github.com/repos/a/b/check-runs' },
      response: { status: 403, headers: {}, data: { message: 'Resource not accessible by integration' } },
    });
    const text = failureMessage(err, { action: 'validate' });
    expect(text.split('\n')[0]).toBe('modelgate validate: The workflow token lacks the `checks: write` permission.');
    expect(text).toContain('permissions:\n      checks: write');
  });

  test("modelgate's own errors keep their message", () => {
    expect(failureMessage(new UsageError('bad flag'), { action: 'validate' })).toBe('modelgate validate: bad flag');
    expect(failureMessage(new ConfigError('broken', 'modelgate.yaml', 4), { action: 'validate' })).toBe(
      'modelgate validate: modelgate.yaml:4: broken\nFix the registry configuration on the branch this run reads it from.',
    );
  });
});
