// The validate action as unprivileged feedback (pull_request): the working tree as the author wrote
// it, checked out the way actions/checkout does it (the test merge commit), with a real payload.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/actions/validate/main.js';
import { installGitHubHarness } from '../harness/github.js';
import { cardYaml, CONFIG, git, gitInit, makeRegistry, modelYaml, tempDir, writeFiles } from '../helpers/registry.js';
import { removeDir, runEntry, webhookExample } from './helpers.js';

// No mock is declared: any API call the feedback role made would fail the test.
installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

const TODAY = '2026-12-03';

/** A card that passes every deny rule but has no limitations: one warn finding. */
function cardWithoutLimitations(model: string, version: string): string {
  return cardYaml(model, version).replace('limitations: [none known]\n', '');
}

/**
 * main with `base`, a feature branch with `head`, and the merge commit actions/checkout checks out
 * on pull_request (refs/pull/N/merge), cloned at `depth`.
 */
function mergeCheckout(base: Record<string, string>, head: Record<string, string>, depth: number): { workspace: string; merge: string } {
  const author = makeRegistry(base);
  cleanup.push(author);
  gitInit(author);
  git(author, 'checkout', '-q', '-b', 'feature');
  writeFiles(author, head);
  git(author, 'add', '-A');
  git(author, 'commit', '-q', '-m', 'the change');
  git(author, 'checkout', '-q', 'main');
  git(author, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const merge = git(author, 'rev-parse', 'HEAD').trim();
  const root = tempDir('modelgate-checkout-');
  cleanup.push(root);
  const workspace = path.join(root, 'workspace');
  git(root, 'clone', '-q', `--depth=${depth}`, `file://${author}`, workspace);
  return { workspace, merge };
}

function feedback(workspace: string, sha: string, env: Record<string, string> = {}, event = 'pull_request') {
  return runEntry(() => run(), {
    event,
    payload: event === 'push' ? webhookExample('push') : webhookExample('pull_request', 'opened'),
    env: { GITHUB_WORKSPACE: workspace, GITHUB_SHA: sha, INPUT_TODAY: TODAY, INPUT_SCOPE: 'changed', ...env },
    cleanup,
  });
}

describe('feedback on the pull request as written', () => {
  test('validates what changed, annotates the changed files first, writes outputs, summary and SARIF', async () => {
    // An unchanged card already has a warning; the change adds one more.
    const { workspace, merge } = mergeCheckout(
      { 'models/demo/1.0.0/card.yaml': cardWithoutLimitations('demo', '1.0.0') },
      { 'models/other/model.yaml': modelYaml('other'), 'models/other/1.0.0/card.yaml': cardWithoutLimitations('other', '1.0.0') },
      2,
    );
    const out = await feedback(workspace, merge);
    expect(out.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(out.failed).toBe(false);
    expect(out.outputs).toMatchObject({ verdict: 'pass', role: 'feedback', 'check-run-url': '', 'comment-url': '' });
    // Only the change and what it affects: the new model's card, not the unchanged demo card.
    expect(out.outputs.cards).toBe('1');
    const warnings = out.annotations.filter((a) => a.level === 'warning');
    expect(warnings[0]?.props).toMatchObject({ file: 'models/other/1.0.0/card.yaml', title: 'modelgate limitations (other 1.0.0)' });
    expect(out.summary).toMatch(/^### modelgate policy: ✅ pass\n\n1 card checked against \d+ rules/);
    expect(out.summary).toContain('pull request #2 · the change and what it affects · feedback: the checked-out change');
    const sarif = JSON.parse(readFileSync(out.outputs['sarif-file']!, 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri}`)).toEqual(
      warnings.map((w) => `${w.props.title?.split(' ')[1]} ${w.props.file}`),
    );
    expect(out.outputs['sarif-file']).toBe(path.join(out.dir, 'modelgate', 'validate.sarif'));
  });

  test("the pull request's own policies are compiled and applied: this is where policy authors see them work", async () => {
    const rule = `schemaVersion: 1
id: card-authors
title: The card names its authors
severity: deny
schema:
  properties:
    card:
      required: [authors]
message: The card names no authors
remediation: List the people accountable for the version under authors.
`;
    const { workspace, merge } = mergeCheckout({}, { 'modelgate.yaml': CONFIG.replace('packs: ["modelgate:default"]', 'packs: ["modelgate:default", "policies"]'), 'policies/card-authors.yaml': rule }, 2);
    const out = await feedback(workspace, merge);
    expect(out.failed).toBe(true);
    expect(out.outputs['deny-count']).toBe('1');
    const error = out.annotations.find((a) => a.level === 'error' && a.props.file === 'models/demo/1.0.0/card.yaml');
    expect(error?.props.title).toBe('modelgate card-authors (demo 1.0.0)');
    expect(out.annotations.at(-1)?.message).toMatch(/^modelgate policy: 1 deny finding\(s\)\./);
  });

  test('more than ten warnings: nine annotated, the tenth slot says how many more, the summary lists them all', async () => {
    const cards = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`models/demo/1.${i + 1}.0/card.yaml`, cardWithoutLimitations('demo', `1.${i + 1}.0`)]));
    const { workspace, merge } = mergeCheckout({}, cards, 2);
    const out = await feedback(workspace, merge);
    const warnings = out.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.slice(0, 9).every((w) => w.props.file?.endsWith('/card.yaml'))).toBe(true);
    expect(warnings[9]?.props.title).toBe('modelgate: 3 more warn findings');
    expect(warnings[9]?.message).toContain('GitHub shows at most 10 annotations of each level per step; 3 more warn findings are not annotated.');
    expect(out.summary.match(/\| ⚠️ warn \|/g)).toHaveLength(12);
    expect(out.summary).toContain('Annotations: GitHub shows at most 10 of each level per step; 3 warn finding(s) are listed here only.');
  });

  test('a shallow checkout without the base: the whole registry, with a warning naming the fix', async () => {
    const { workspace, merge } = mergeCheckout({ 'models/demo/1.0.0/card.yaml': cardWithoutLimitations('demo', '1.0.0') }, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, 1);
    const out = await feedback(workspace, merge);
    expect(out.outputs.cards).toBe('2');
    const warning = out.annotations.find((a) => a.props.title === 'modelgate validate: whole registry');
    expect(warning?.message).toContain('Give actions/checkout `fetch-depth: 2`');
    expect(out.summary).toContain('the whole registry');
  });

  test('scope: full validates every card of a pull request', async () => {
    const { workspace, merge } = mergeCheckout({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, 2);
    expect((await feedback(workspace, merge, { INPUT_SCOPE: 'full' })).outputs.cards).toBe('2');
    expect((await feedback(workspace, merge)).outputs.cards).toBe('1');
  });

  test('on push the whole registry is validated, with fail-on from the input', async () => {
    const dir = makeRegistry({ 'models/demo/1.0.0/card.yaml': cardWithoutLimitations('demo', '1.0.0') });
    cleanup.push(dir);
    const sha = gitInit(dir);
    const pass = await feedback(dir, sha, {}, 'push');
    expect(pass.outputs).toMatchObject({ verdict: 'pass', cards: '1', 'warn-count': '1' });
    const strict = await feedback(dir, sha, { 'INPUT_FAIL-ON': 'warn' }, 'push');
    expect(strict.failed).toBe(true);
    expect(strict.outputs.verdict).toBe('fail');
    expect(strict.annotations.at(-1)?.message).toMatch(/^modelgate policy: 1 warn finding\(s\) with fail-on: warn\./);
  });

  test('a registry-path outside the repository is refused', async () => {
    const dir = makeRegistry();
    cleanup.push(dir);
    const out = await feedback(dir, gitInit(dir), { 'INPUT_REGISTRY-PATH': '../elsewhere' });
    expect(out.failed).toBe(true);
    expect(out.annotations[0]?.message).toContain('Input "registry-path" must be a directory inside the repository');
  });

  test('an invalid modelgate.yaml fails the step naming the file and line', async () => {
    const dir = makeRegistry({ 'modelgate.yaml': 'schemaVersion: 1\nenvironments: nope\n' });
    cleanup.push(dir);
    const out = await feedback(dir, gitInit(dir), {}, 'push');
    expect(out.failed).toBe(true);
    expect(out.annotations[0]?.message).toMatch(/^modelgate validate: modelgate\.yaml is invalid:\n {2}modelgate\.yaml:2:\d+: /);
    expect(out.annotations[0]?.message).toContain('Fix the registry configuration');
  });
});
