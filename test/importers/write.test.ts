import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { UsageError } from '../../src/errors.js';
import { importHuggingFace } from '../../src/importers/hf.js';
import type { CardV1 } from '../../src/importers/types.js';
import { MODEL_YAML_TEAM_PLACEHOLDER, checkModelName, checkVersion, needsQuotes, schemaReference, stringifyRegistryYaml, writeImportedCard } from '../../src/importers/write.js';
import { cardErrors, fixture, modelErrors } from './helpers.js';

/** YAML 1.1 reading, as PyYAML and the Hugging Face Hub do it: `no` is false, 2020-01-01 a date. */
function parseYaml11(text: string): unknown {
  return parseDocument(text, { version: '1.1' }).toJS();
}

describe('stringifyRegistryYaml', () => {
  const tricky = {
    version: '1.10.0',
    short: '1.10',
    date: '2020-02-02',
    digest: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    hexword: 'deadbeefcafe',
    norwegian: ['no', 'yes', 'on', 'off', 'y', 'n', 'NO', 'true', 'null', '~'],
    octal: '0755',
    sexagesimal: '1:20',
    padded: ' x ',
    empty: '',
    inf: '.inf',
    multiline: 'first\nsecond',
    text: 'plain text: with colon',
    number: 0.7737,
    integer: 1217,
    flag: true,
  };

  it('round-trips exactly under YAML 1.2 and YAML 1.1 readers', () => {
    const text = stringifyRegistryYaml(tricky);
    expect(parse(text)).toEqual(tricky);
    expect(parseYaml11(text)).toEqual(tricky);
  });

  it('quotes versions, dates, digests and YAML 1.1 booleans, and nothing it need not', () => {
    const text = stringifyRegistryYaml(tricky);
    expect(text).toContain('version: "1.10.0"');
    expect(text).toContain('date: "2020-02-02"');
    expect(text).toContain('digest: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"');
    expect(text).toContain('  - "no"');
    expect(text).toContain('number: 0.7737');
    expect(text).toContain('flag: true');
    expect(needsQuotes('text-classification')).toBe(false);
    expect(needsQuotes('acme/reviews')).toBe(false);
  });

  it('puts the header comments first', () => {
    expect(stringifyRegistryYaml({ a: 1 }, ['first', '', 'third'])).toBe('# first\n#\n# third\na: 1\n');
  });
});

describe('checkModelName and checkVersion', () => {
  it.each(['fraud-detector', 'a', 'bge-small-en-v1.5', 'x_y.z', 'a'.repeat(63)])('accepts the name %s', (n) => expect(() => checkModelName(n)).not.toThrow());
  it.each(['', 'Fraud', '-x', '.x', 'a..b', 'a/b', '../x', 'a'.repeat(64), 'a b'])('refuses the name %j', (n) => expect(() => checkModelName(n)).toThrow(UsageError));
  it.each(['1.0.0', '0.1.0-rc.1', '2.0.0-rc.1.build.5'])('accepts the version %s', (v) => expect(() => checkVersion(v)).not.toThrow());
  it.each(['1.0', 'v1.0.0', '01.0.0', 'latest', '1.0.0/../x', '2.0.0+build.5'])('refuses the version %j', (v) => expect(() => checkVersion(v)).toThrow(UsageError));
});

describe('writeImportedCard', () => {
  let repo: string;
  beforeEach(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'modelgate-import-'));
    await writeFile(path.join(repo, 'modelgate.yaml'), 'schemaVersion: 1\nenvironments: [{ name: staging }]\n');
  });
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  const card: CardV1 = { schemaVersion: 1, model: 'sentiment', version: '1.10.0', created: '2025-06-01', language: ['no'], license: 'mit' };

  it('writes card.yaml with the $schema line first and a model.yaml skeleton that does not validate', async () => {
    const result = await writeImportedCard({ repo, card, origin: 'modelgate import hf README.md', todo: ['intendedUse.outOfScope: uses the model must not be put to'] });
    expect(result).toMatchObject({ written: ['models/sentiment/1.10.0/card.yaml', 'models/sentiment/model.yaml'], modelYamlCreated: true });
    const cardText = await readFile(path.join(repo, 'models/sentiment/1.10.0/card.yaml'), 'utf8');
    expect(cardText.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../node_modules/modelgate/schemas/card-v1.schema.json');
    expect(cardText).toContain('#   - intendedUse.outOfScope: uses the model must not be put to');
    expect(parse(cardText)).toEqual(card);
    expect(parseYaml11(cardText)).toEqual(card);
    expect(cardErrors(parse(cardText))).toEqual([]);

    const modelText = await readFile(path.join(repo, 'models/sentiment/model.yaml'), 'utf8');
    expect(modelText.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/modelgate/schemas/model-v1.schema.json');
    const model = parse(modelText) as Record<string, unknown>;
    expect(model).toEqual({ schemaVersion: 1, name: 'sentiment', owner: { team: MODEL_YAML_TEAM_PLACEHOLDER } });
    const errors = modelErrors(model);
    expect(errors).toContainEqual(expect.stringMatching(/^\/ must have required property 'riskTier'/));
    expect(errors).toContainEqual(expect.stringMatching(/^\/owner\/team must match pattern/));
    expect(result.todo[0]).toMatch(/^models\/sentiment\/model.yaml: replace owner.team/);
  });

  it('refuses to overwrite a card without force, naming the file, and overwrites with force', async () => {
    await writeImportedCard({ repo, card, origin: 'test' });
    await expect(writeImportedCard({ repo, card, origin: 'test' })).rejects.toThrow(/^models\/sentiment\/1.10.0\/card.yaml already exists; pass --force/);
    const again = await writeImportedCard({ repo, card: { ...card, license: 'apache-2.0' }, origin: 'test', force: true });
    expect(again).toMatchObject({ written: ['models/sentiment/1.10.0/card.yaml'], modelYamlCreated: false, todo: [] });
    expect(parse(await readFile(path.join(repo, 'models/sentiment/1.10.0/card.yaml'), 'utf8'))).toMatchObject({ license: 'apache-2.0' });
  });

  it('never touches an existing model.yaml', async () => {
    await mkdir(path.join(repo, 'models/sentiment'), { recursive: true });
    const existing = 'schemaVersion: 1\nname: sentiment\nowner:\n  team: "@acme/ml"\nriskTier: high\n';
    await writeFile(path.join(repo, 'models/sentiment/model.yaml'), existing);
    const result = await writeImportedCard({ repo, card, origin: 'test', force: true });
    expect(result.written).toEqual(['models/sentiment/1.10.0/card.yaml']);
    expect(await readFile(path.join(repo, 'models/sentiment/model.yaml'), 'utf8')).toBe(existing);
  });

  it('refuses a bad model name or version before writing anything', async () => {
    await expect(writeImportedCard({ repo, card: { ...card, model: '../escape' }, origin: 'test' })).rejects.toThrow(UsageError);
    await expect(writeImportedCard({ repo, card: { ...card, version: '1.0' }, origin: 'test' })).rejects.toThrow(UsageError);
  });

  it('points $schema at an installed modelgate package, or at a modelgate checkout', async () => {
    const installed = path.join(repo, 'node_modules/modelgate/schemas');
    await mkdir(installed, { recursive: true });
    await writeFile(path.join(installed, 'card-v1.schema.json'), '{}');
    expect(await schemaReference(repo, path.join(repo, 'models/m/1.0.0'), 'card-v1.schema.json')).toBe('../../../node_modules/modelgate/schemas/card-v1.schema.json');

    const checkout = path.join(repo, 'checkout');
    await mkdir(path.join(checkout, 'schemas'), { recursive: true });
    await writeFile(path.join(checkout, 'package.json'), '{"name": "modelgate"}');
    await writeFile(path.join(checkout, 'schemas/card-v1.schema.json'), '{}');
    const registry = path.join(checkout, 'examples/registry');
    expect(await schemaReference(registry, path.join(registry, 'models/m/1.0.0'), 'card-v1.schema.json')).toBe('../../../../../schemas/card-v1.schema.json');
  });

  it('writes an imported corpus-like card that reads back identically', async () => {
    const r = importHuggingFace(fixture('hf/metrics.md'), { model: 'sentiment', version: '1.0.0', today: '2025-06-01' });
    await writeImportedCard({ repo, card: r.card as CardV1, origin: 'test', todo: r.todo });
    const text = await readFile(path.join(repo, 'models/sentiment/1.0.0/card.yaml'), 'utf8');
    expect(parse(text)).toEqual(r.card);
    expect(parseYaml11(text)).toEqual(r.card);
  });
});
