import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/commands/import.js';
import { memoryIO } from '../../src/cli/io.js';
import { cardErrors, fixturesDir, lineOf, fixture } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'modelgate-import-cli-'));
  await writeFile(path.join(dir, 'modelgate.yaml'), 'schemaVersion: 1\nenvironments: [{ name: staging }]\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hfFixture = path.join(fixturesDir, 'hf/metrics.md');
const mctFixture = path.join(fixturesDir, 'mct/v2.json');

async function runIn(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('modelgate import hf', () => {
  it('writes the card and the model.yaml skeleton, then prints findings with file:line and the TODO list', async () => {
    const r = await runIn(dir, ['hf', hfFixture, '--model', 'sentiment', '--version', '1.0.0']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^wrote models\/sentiment\/1.0.0\/card.yaml\nwrote models\/sentiment\/model.yaml \(skeleton/);
    expect(r.out).toContain(`${hfFixture}:${lineOf(fixture('hf/metrics.md'), 'verified: true', 2)}:`);
    expect(r.out).toMatch(/warn hf.verified-without-token/);
    expect(r.out).toMatch(/TODO: a person must still fill in/);
    expect(r.out).toMatch(/models\/sentiment\/model.yaml: replace owner.team/);
    const card = parse(await readFile(path.join(dir, 'models/sentiment/1.0.0/card.yaml'), 'utf8')) as unknown;
    expect(cardErrors(card)).toEqual([]);
    expect(existsSync(path.join(dir, 'models/sentiment/model.yaml'))).toBe(true);
  });

  it('refuses to overwrite without --force (exit 2, naming the file) and overwrites with it', async () => {
    const args = ['hf', hfFixture, '--model', 'sentiment', '--version', '1.0.0'];
    expect((await runIn(dir, args)).code).toBe(0);
    const refused = await runIn(dir, args);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/models\/sentiment\/1.0.0\/card.yaml already exists; pass --force/);
    const forced = await runIn(dir, [...args, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^wrote models\/sentiment\/1.0.0\/card.yaml\n\n/);
  });

  it('resolves the source and --repo against the working directory', async () => {
    await writeFile(path.join(dir, 'README.md'), '---\nlicense: mit\n---\n# x\n');
    await mkdir(path.join(dir, 'registry'));
    await writeFile(path.join(dir, 'registry/modelgate.yaml'), 'schemaVersion: 1\nenvironments: [{ name: staging }]\n');
    const r = await runIn(dir, ['hf', 'README.md', '--model', 'x', '--version', '0.1.0', '--repo', 'registry']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'registry/models/x/0.1.0/card.yaml'))).toBe(true);
  });

  it('exits 1 and writes nothing when the README has no front matter', async () => {
    const r = await runIn(dir, ['hf', path.join(fixturesDir, 'hf/wrapped.md'), '--model', 'x', '--version', '1.0.0']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/wrapped.md:2:1: deny hf.no-front-matter: no front matter at the start of the file/);
    expect(r.err).toMatch(/could not be imported as a Hugging Face model card; nothing was written/);
    expect(existsSync(path.join(dir, 'models'))).toBe(false);
  });

  it('exits 1 for front matter that is a list', async () => {
    const r = await runIn(dir, ['hf', path.join(fixturesDir, 'hf/list.md'), '--model', 'x', '--version', '1.0.0', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { imported: boolean; findings: { code: string; file: string }[] };
    expect(out.imported).toBe(false);
    expect(out.findings[0]).toMatchObject({ code: 'hf.front-matter-not-mapping', file: path.join(fixturesDir, 'hf/list.md') });
  });
});

describe('modelgate import mct', () => {
  it('imports a Model Card Toolkit card and reports in JSON', async () => {
    const r = await runIn(dir, ['mct', mctFixture, '--model', 'birds', '--version', '1.0.0', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { imported: boolean; written: string[]; findings: { code: string }[]; todo: string[] };
    expect(out).toMatchObject({ imported: true, written: ['models/birds/1.0.0/card.yaml', 'models/birds/model.yaml'] });
    expect(out.findings.map((f) => f.code)).toContain('mct.metric-value-not-numeric');
    expect(out.todo.some((t) => t.startsWith('evaluation.results: give the task.type'))).toBe(true);
    expect(cardErrors(parse(await readFile(path.join(dir, 'models/birds/1.0.0/card.yaml'), 'utf8')))).toEqual([]);
  });

  it('exits 1 on JSON that does not parse', async () => {
    await writeFile(path.join(dir, 'card.json'), '{"model_details": ');
    const r = await runIn(dir, ['mct', 'card.json', '--model', 'x', '--version', '1.0.0']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/card.json:1:\d+: deny mct.invalid-json/);
  });
});

describe('modelgate import: usage', () => {
  it.each([
    [['hf', hfFixture, '--model', 'Bad_Name', '--version', '1.0.0'], /--model: model name 'Bad_Name' is not valid/],
    [['hf', hfFixture, '--model', 'a..b', '--version', '1.0.0'], /--model: model name 'a..b' contains '..'/],
    [['hf', hfFixture, '--model', 'x', '--version', 'v1'], /--version: version 'v1' is not a semantic version/],
    // validate denies build metadata (semver ignores it when ordering), so import refuses it too
    [['hf', hfFixture, '--model', 'x', '--version', '1.0.0-rc.1+build.5'], /--version: version '1.0.0-rc.1\+build.5' carries build metadata .* use a pre-release such as 1.0.0-rc.1.build.5/],
    [['hf', hfFixture, '--model', 'x', '--version', '1.0.0', '--repo', 'not-a-registry'], /not-a-registry is not a modelgate registry \(modelgate.yaml not found\)/],
    [['hf', hfFixture, '--version', '1.0.0'], /--model <name> is required/],
    [['hf', hfFixture, '--model', 'x'], /--version <semver> is required/],
    [['hf', '--model', 'x', '--version', '1.0.0'], /name the file to import/],
    [['hf', 'a.md', 'b.md', '--model', 'x', '--version', '1.0.0'], /one file at a time/],
    [['hf', 'missing.md', '--model', 'x', '--version', '1.0.0'], /missing.md: no such file/],
    [['hf', hfFixture, '--model', 'x', '--version', '1.0.0', '--format', 'sarif'], /--format must be one of text, json/],
    [['hf', hfFixture, '--bogus'], /bogus/],
    [['onnx', 'x'], /unknown import source 'onnx'/],
    [[], /name what to import/],
  ])('%j → exit 2', async (argv, message) => {
    const r = await runIn(dir, argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(path.join(dir, 'models'))).toBe(false);
  });

  it.each([[['--help']], [['hf', '--help']], [['mct', '-h']]])('%j prints help with examples', async (argv) => {
    const r = await runIn(dir, argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^modelgate import/);
    expect(r.out).toMatch(/Examples:\n {2}modelgate import (hf|mct) /);
  });
});
