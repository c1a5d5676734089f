import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { cardYaml, commitAll, CONFIG, git, gitInit, makeRegistry, modelYaml, REPO_ROOT, removeDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function cli(args: string[], cwd = REPO_ROOT) {
  const io = memoryIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function registry(files: Record<string, string> = {}): string {
  const dir = makeRegistry(files);
  dirs.push(dir);
  return dir;
}

interface JsonReport {
  summary: { cards: number; deny: number; warn: number; info: number };
  findings: { ruleId: string; severity: string; file: string; line: number; column: number; message: string; remediation: string | null; model: string | null; version: string | null }[];
}

async function json(args: string[]): Promise<{ code: number; report: JsonReport; err: string }> {
  const r = await cli([...args, '--format', 'json', '--today', '2026-12-03']);
  return { code: r.code, report: JSON.parse(r.out) as JsonReport, err: r.err };
}

describe('modelgate validate on the example registry', () => {
  it('passes, with the warnings a reviewer must see (npm start)', async () => {
    const r = await cli(['validate', '--repo', 'examples/registry', '--today', '2026-12-03']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^modelgate validate: examples\/registry\n6 cards checked against \d+ policy rules/);
    expect(r.out).toContain('churn-predictor 1.1.0\n  WARN  models/churn-predictor/1.1.0/card.yaml:');
    expect(r.out).toContain('[yaml.yaml11-boolean]');
    expect(r.out).toContain('waived until 2027-02-28 by @acme/model-risk (MRM-1288)');
    expect(r.out).toMatch(/0 deny, 2 warn, 1 info: PASS\n$/);
  });

  it('prints the documented JSON shape', async () => {
    const { code, report } = await json(['validate', '--repo', 'examples/registry']);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ cards: 6, deny: 0, warn: 2, info: 1 });
    for (const f of report.findings) expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'file', 'line', 'column', 'message', 'remediation', 'model', 'version']);
    expect(report.findings.find((f) => f.ruleId === 'yaml.yaml11-boolean')).toMatchObject({ file: 'models/churn-predictor/1.1.0/card.yaml', line: 14, column: 16, model: 'churn-predictor', version: '1.1.0' });
  });

  it('fails with --fail-on warn', async () => {
    expect((await cli(['validate', '--repo', 'examples/registry', '--fail-on', 'warn'])).code).toBe(1);
  });

  it('evaluates promotions against the serving baseline with --env', async () => {
    const { code, report } = await json(['validate', '--repo', 'examples/registry', '--env', 'staging']);
    expect(code).toBe(0);
    expect(report.summary.cards).toBe(6);
  });

  it('writes SARIF 2.1.0 with rules, help, levels and locations', async () => {
    const r = await cli(['validate', '--repo', 'examples/registry', '--format', 'sarif']);
    const sarif = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('modelgate');
    expect(run.tool.driver.rules.find((x) => x.id === 'artifact-integrity')?.help.text).toMatch(/References: EU AI Act/);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    expect(run.results.map((x) => x.level).sort()).toEqual(['note', 'warning', 'warning']);
  });

  it('writes a Markdown report for job summaries', async () => {
    const r = await cli(['validate', '--repo', 'examples/registry', '--format', 'markdown']);
    expect(r.out).toMatch(/^### modelgate policy: ✅ pass/);
    expect(r.out).toContain('| ⚠️ warn | churn-predictor 1.1.0 | `models/churn-predictor/1.1.0/card.yaml:14` | `yaml.yaml11-boolean` |');
  });
});

describe('modelgate validate: bad input', () => {
  it('exit 2 on a bad flag, a bad enum value and an unknown environment', async () => {
    expect(await cli(['validate', '--nope'])).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--nope'/) });
    expect(await cli(['validate', '--format', 'xml'])).toMatchObject({ code: 2, err: expect.stringMatching(/--format must be one of text, json, markdown, sarif; got 'xml'/) });
    expect(await cli(['validate', '--repo', 'examples/registry', '--env', 'prod'])).toMatchObject({ code: 2, err: expect.stringMatching(/--env 'prod' is not an environment of modelgate\.yaml \(staging, production\)/) });
    expect(await cli(['validate', '--today', '2026-13-01'])).toMatchObject({ code: 2 });
  });

  it('exit 2 naming the file when modelgate.yaml is missing or broken', async () => {
    const empty = registry({});
    rmSync(path.join(empty, 'modelgate.yaml'));
    expect(await cli(['validate', '--repo', empty])).toMatchObject({ code: 2, err: expect.stringMatching(/modelgate\.yaml not found/) });
    const broken = registry({ 'modelgate.yaml': 'schemaVersion: 1\nenvironments: [\n' });
    expect(await cli(['validate', '--repo', broken])).toMatchObject({ code: 2, err: expect.stringMatching(/modelgate\.yaml:\d+:\d+: /) });
  });

  it('exit 2 naming the rule file when a policy pack does not compile', async () => {
    const dir = registry({
      'modelgate.yaml': CONFIG.replace('["modelgate:default"]', '["modelgate:default", "policies"]'),
      'policies/local.yaml': 'schemaVersion: 1\nid: local\ntitle: t\nseverity: deny\nschema: { properties: { card: { pattern: "(" } } }\nmessage: m\nremediation: r\n',
    });
    expect(await cli(['validate', '--repo', dir])).toMatchObject({ code: 2, err: expect.stringMatching(/policies\/local\.yaml:5: rule 'local': its `schema` does not compile/) });
  });

  it('exit 2 naming the rule file and line for a pattern that can backtrack exponentially (ReDoS), before any card is read', async () => {
    const dir = registry({
      'modelgate.yaml': CONFIG.replace('["modelgate:default"]', '["modelgate:default", "policies"]'),
      'policies/local.yaml': 'schemaVersion: 1\nid: local\ntitle: t\nseverity: deny\nschema:\n  properties:\n    card:\n      properties:\n        limitations: { items: { pattern: "^(a+)+$" } }\nmessage: m\nremediation: r\n',
      // Without the check this card stalls the run: 2^50 backtracking steps.
      'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0').replace('limitations: [none known]', `limitations: ["${'a'.repeat(50)}b"]`),
    });
    const started = performance.now();
    const r = await cli(['validate', '--repo', dir]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/policies\/local\.yaml:9: rule 'local': the pattern "\^\(a\+\)\+\$" is refused: a repeated group contains another repetition/) });
  });

  it('exit 2, not a crash, for a policy pack outside the registry', async () => {
    const dir = registry({ 'modelgate.yaml': CONFIG.replace('["modelgate:default"]', '["../../../../etc"]') });
    expect(await cli(['validate', '--repo', dir])).toMatchObject({ code: 2, err: expect.stringMatching(/refusing path outside the registry/) });
  });

  it('denies a FIFO where a card should be instead of waiting for a writer forever', async () => {
    const dir = registry({ 'models/demo/1.1.0/README.md': 'x', 'deployments/README.md': 'x' });
    execFileSync('mkfifo', [path.join(dir, 'models/demo/1.1.0/card.yaml')]);
    execFileSync('mkfifo', [path.join(dir, 'deployments/qa.yaml')]);
    const { code, report } = await json(['validate', '--repo', dir]);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'registry.special-file').map((f) => f.file)).toEqual(['deployments/qa.yaml', 'models/demo/1.1.0/card.yaml']);
  });

  it('reports files that do not parse as deny findings and still reports the rest (exit 1)', async () => {
    const dir = registry({
      'models/demo/1.1.0/card.yaml': 'schemaVersion: 1\nmodel: demo\nmodel: demo\n',
      'models/demo/1.2.0/card.yaml': Buffer.from([0x00, 0x01, 0x02]).toString('latin1'),
      'models/demo/1.3.0/card.yaml': cardYaml('demo', '1.3.0', { extra: 'bogus: 1\n' }),
    });
    const { code, report } = await json(['validate', '--repo', dir]);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.severity === 'deny').map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'yaml.duplicate-key models/demo/1.1.0/card.yaml:3',
      'yaml.binary models/demo/1.2.0/card.yaml:1',
      'schema.invalid models/demo/1.3.0/card.yaml:20',
    ]);
    expect(report.summary.cards).toBe(4);
  });

  it('never prints a stack trace for a 50 MB card or an alias bomb', async () => {
    const dir = registry({ 'models/demo/1.1.0/card.yaml': `schemaVersion: 1\ndata: "${'x'.repeat(50 * 1024 * 1024)}"\n`, 'models/demo/1.2.0/card.yaml': 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' });
    const started = performance.now();
    const { code, report, err } = await json(['validate', '--repo', dir]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(report.findings.filter((f) => f.severity === 'deny').map((f) => f.ruleId)).toEqual(['yaml.too-large', 'yaml.alias-limit']);
  });
});

describe('modelgate validate --changed-since (real git)', () => {
  function repo(): { dir: string; base: string } {
    const dir = registry({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0'), 'models/other/model.yaml': modelYaml('other'), 'models/other/1.0.0/card.yaml': cardYaml('other', '1.0.0', { extra: 'bogus: true\n' }) });
    const base = gitInit(dir);
    git(dir, 'checkout', '-q', '-b', 'feature');
    return { dir, base };
  }

  it('validates only the changed card, not the broken one elsewhere', async () => {
    const { dir } = repo();
    writeFiles(dir, { 'models/demo/1.2.0/card.yaml': cardYaml('demo', '1.2.0') });
    commitAll(dir, 'register 1.2.0');
    const { code, report } = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(report.summary.cards).toBe(1);
    expect(code).toBe(0);
    const full = await json(['validate', '--repo', dir]);
    expect(full.code).toBe(1);
  });

  it('includes uncommitted and untracked files', async () => {
    const { dir } = repo();
    writeFiles(dir, { 'models/demo/1.2.0/card.yaml': cardYaml('demo', '1.2.0', { extra: 'bogus: 1\n' }) });
    const { code, report } = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.file)).toEqual(['models/demo/1.2.0/card.yaml']);
  });

  it('refuses an edited or deleted merged card', async () => {
    const { dir } = repo();
    writeFiles(dir, { 'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0', { metrics: '        - { type: accuracy, value: 0.99 }' }) });
    rmSync(path.join(dir, 'models/demo/1.1.0/card.yaml'));
    commitAll(dir, 'rewrite history');
    const { code, report } = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(code).toBe(1);
    const immutable = report.findings.filter((f) => f.ruleId === 'registry.card-immutable');
    expect(immutable.map((f) => f.file)).toEqual(['models/demo/1.0.0/card.yaml', 'models/demo/1.1.0/card.yaml']);
    expect(immutable[0]?.message).toMatch(/is immutable, but this change edits it/);
    expect(immutable[1]?.message).toMatch(/deletes it/);
  });

  it('re-validates a model\'s cards when its model.yaml changes, and everything when a policy or modelgate.yaml changes', async () => {
    const { dir } = repo();
    writeFiles(dir, { 'models/demo/model.yaml': modelYaml('demo', 'thresholds: [{ metric: accuracy, min: 0.95 }]\n') });
    commitAll(dir, 'raise threshold');
    const model = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(model.report.summary.cards).toBe(2);
    expect(model.report.findings.filter((f) => f.ruleId === 'metric-thresholds')).toHaveLength(2);
    writeFileSync(path.join(dir, 'modelgate.yaml'), `${CONFIG}# touched\n`);
    const config = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(config.report.summary.cards).toBe(3);
  });

  it('validates the versions a changed manifest serves', async () => {
    const { dir } = repo();
    writeFiles(dir, { 'deployments/staging.yaml': 'schemaVersion: 1\nenvironment: staging\nmodels:\n  demo: { strategy: canary, stable: "1.0.0", candidate: "1.3.0", traffic: 5 }\n' });
    commitAll(dir, 'promote');
    const { code, report } = await json(['validate', '--repo', dir, '--changed-since', 'main']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['manifest.unknown-version']);
    expect(report.summary.cards).toBe(1);
  });

  it('works when the registry is a subdirectory of the repository', async () => {
    const top = registry({});
    writeFiles(top, { 'ml/registry/modelgate.yaml': CONFIG, 'ml/registry/models/demo/model.yaml': modelYaml('demo'), 'ml/registry/models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0') });
    gitInit(top);
    writeFiles(top, { 'ml/registry/models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0', { extra: 'bogus: 1\n' }) });
    const { report } = await json(['validate', '--repo', path.join(top, 'ml/registry'), '--changed-since', 'HEAD']);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['registry.card-immutable models/demo/1.0.0/card.yaml', 'schema.invalid models/demo/1.0.0/card.yaml']);
  });

  it('exit 2 for a ref that does not exist or looks like an option', async () => {
    const { dir } = repo();
    expect(await cli(['validate', '--repo', dir, '--changed-since', 'nope'])).toMatchObject({ code: 2, err: expect.stringMatching(/--changed-since 'nope' does not name a commit/) });
    expect(await cli(['validate', '--repo', dir, '--changed-since=--output=/tmp/x'])).toMatchObject({ code: 2, err: expect.stringMatching(/not a valid git ref/) });
  });

  it('exit 2 saying so when the registry is not in a git repository', async () => {
    const plain = registry({});
    expect(await cli(['validate', '--repo', plain, '--changed-since', 'main'])).toMatchObject({ code: 2, err: expect.stringMatching(/--changed-since 'main': .* is not inside a git repository/) });
  });
});
