import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadRegistry, registryFindings } from '../../src/registry/loader.js';
import { FsSource } from '../../src/registry/source.js';
import { cardYaml, makeRegistry, modelYaml, removeDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function load(files: Record<string, string>, options: { base?: boolean } = {}) {
  const dir = makeRegistry(files, options);
  dirs.push(dir);
  const registry = await loadRegistry(new FsSource(dir));
  return { dir, registry, findings: registryFindings(registry) };
}

const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).sort();

describe('registry loader', () => {
  it('loads a valid registry without findings', async () => {
    const { registry, findings } = await load({});
    expect(findings).toEqual([]);
    expect(registry.models.get('demo')?.versions.get('1.0.0')?.value?.version).toBe('1.0.0');
    expect(registry.models.get('demo')?.model?.value?.riskTier).toBe('low');
  });

  it('refuses a missing modelgate.yaml as a configuration error', async () => {
    await expect(load({ 'models/demo/model.yaml': modelYaml('demo') }, { base: false })).rejects.toThrow(/modelgate\.yaml not found/);
  });

  it('refuses a broken modelgate.yaml naming the file and line', async () => {
    const err = await load({ 'modelgate.yaml': 'schemaVersion: 1\nenvironments:\n  - name: Staging\n' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/modelgate\.yaml:3:11: `environments\[0\]\.name` 'Staging' is not in the expected form/);
  });

  it('refuses an environment that requires a later one', async () => {
    const cfg = 'schemaVersion: 1\nenvironments:\n  - { name: staging, requires: production }\n  - { name: production }\n';
    await expect(load({ 'modelgate.yaml': cfg })).rejects.toThrow(/requires 'production', which is not an earlier environment/);
  });

  it('reports invalid model directory names', async () => {
    const { findings } = await load({
      'models/Fraud Detector/model.yaml': modelYaml('fraud'),
      'models/UPPER/model.yaml': modelYaml('upper'),
      'models/a..b/model.yaml': modelYaml('ab'),
    });
    expect(findings.filter((f) => f.ruleId === 'registry.invalid-name').map((f) => f.file).sort()).toEqual(['models/Fraud Detector', 'models/UPPER', 'models/a..b']);
    expect(findings.find((f) => f.file === 'models/a..b')?.message).toMatch(/contains '\.\.'/);
  });

  it('reports version directories that are not semver, and cards whose version differs from the directory', async () => {
    const { findings } = await load({
      'models/demo/v1.0/card.yaml': cardYaml('demo', 'v1.0'),
      'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0', { version: '"1.2.0"' }),
      'models/demo/1.10.0/card.yaml': cardYaml('demo', '1.10.0', { version: '1.10' }),
    });
    expect(findings.find((f) => f.ruleId === 'registry.invalid-version')?.message).toMatch(/v1\.0.*not a semantic version/);
    const mismatch = findings.filter((f) => f.ruleId === 'registry.version-mismatch');
    expect(mismatch.map((f) => [f.file, f.line])).toEqual([
      ['models/demo/1.1.0/card.yaml', 3],
      ['models/demo/1.10.0/card.yaml', 3],
    ]);
    expect(mismatch[1]?.message).toMatch(/card says version 1\.1 but its directory is 1\.10\.0/);
  });

  it('reports a card in the wrong model directory, missing model.yaml and missing card.yaml', async () => {
    const { findings } = await load({
      'models/other/1.0.0/card.yaml': cardYaml('demo', '1.0.0'),
      'models/demo/2.0.0/notes.md': 'draft',
    });
    expect(ids(findings)).toEqual(['registry.card-missing', 'registry.model-mismatch', 'registry.model-missing']);
  });

  it('reports an unknown schemaVersion and a list where a mapping is expected, at their lines', async () => {
    const { findings } = await load({
      'models/demo/1.1.0/card.yaml': 'schemaVersion: 7\nmodel: demo\n',
      'models/demo/1.2.0/card.yaml': '- schemaVersion: 1\n- model: demo\n',
      'models/demo/1.3.0/card.yaml': 'schemaVersion: "1"\nmodel: demo\n',
    });
    expect(findings.find((f) => f.ruleId === 'schema.version' && f.file === 'models/demo/1.3.0/card.yaml')?.message).toBe('schemaVersion is the string "1"; write it as a number, without quotes: `schemaVersion: 1`');
    const version = findings.find((f) => f.ruleId === 'schema.version');
    expect(version).toMatchObject({ file: 'models/demo/1.1.0/card.yaml', line: 1, column: 16 });
    expect(version?.message).toMatch(/unknown schemaVersion 7 for a model card; this modelgate knows 1/);
    expect(findings.find((f) => f.ruleId === 'schema.not-a-mapping')).toMatchObject({ file: 'models/demo/1.2.0/card.yaml', line: 1 });
  });

  it('checks what each monitoring provider needs, so a broken rollback rule is found at review (a disabled one needs nothing)', async () => {
    const rules = `rollback:
  rules:
    - { name: drift, provider: evidently, query: DataDriftTable, max: 0.3 }
    - { name: errors, provider: prometheus, max: 0.01 }
    - { name: probe, provider: http, selector: /ok }
    - { name: fine, provider: evidently, path: drift.json, query: "column_drift:age", max: 0 }
  environments:
    production:
      rules:
        - { name: errors, provider: prometheus, enabled: false }
`;
    const { findings } = await load({ 'models/demo/model.yaml': modelYaml('demo', rules) });
    expect(findings.filter((f) => f.file === 'models/demo/model.yaml').map((f) => `${f.line} ${f.message}`)).toEqual([
      expect.stringMatching(/^9 `rollback.rules\[0\]` is missing the required field `path`/),
      expect.stringMatching(/^9 `rollback.rules\[0\].query` .DataDriftTable. is not in the expected form/),
      expect.stringMatching(/^10 `rollback.rules\[1\]` is missing the required field `query`/),
      expect.stringMatching(/^11 `rollback.rules\[2\]` is missing the required field `url`/),
    ]);
  });

  it('reports unknown fields with a suggestion, at the key', async () => {
    const { findings } = await load({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0', { extra: 'intendedUses: []\n' }) });
    const f = findings.find((x) => x.ruleId === 'schema.invalid');
    expect(f?.message).toBe('unknown field `intendedUses` (did you mean `intendedUse`?)');
    expect(f?.line).toBe(20);
    expect(f?.column).toBe(1);
  });

  it('turns files that do not parse into deny findings and keeps going', async () => {
    const { registry, findings } = await load({
      'models/demo/1.1.0/card.yaml': 'model: [unclosed\n',
      'models/demo/1.2.0/card.yaml': cardYaml('demo', '1.2.0'),
    });
    expect(findings.find((f) => f.file === 'models/demo/1.1.0/card.yaml')).toMatchObject({ severity: 'deny', ruleId: 'yaml.syntax' });
    expect(registry.models.get('demo')?.versions.get('1.2.0')?.value).toBeDefined();
  });

  it('refuses symbolic links in the registry', async () => {
    const { dir } = await load({});
    symlinkSync('/etc/passwd', path.join(dir, 'models/demo/1.0.0/evil.yaml'));
    symlinkSync(path.join(dir, 'models/demo/1.0.0/card.yaml'), path.join(dir, 'deployments-link.yaml'));
    writeFiles(dir, { 'models/demo/2.0.0/placeholder': '' });
    symlinkSync('/etc/hostname', path.join(dir, 'models/demo/2.0.0/card.yaml'));
    const registry = await loadRegistry(new FsSource(dir));
    const links = registryFindings(registry).filter((f) => f.ruleId === 'registry.symlink').map((f) => f.file);
    expect(links).toEqual(['models/demo/1.0.0/evil.yaml', 'models/demo/2.0.0/card.yaml']);
    expect(registry.models.get('demo')?.versions.has('2.0.0')).toBe(false);
  });

  it('checks manifests against their file name and the declared environments', async () => {
    const { findings } = await load({
      'deployments/staging.yaml': 'schemaVersion: 1\nenvironment: production\nmodels: {}\n',
      'deployments/qa.yaml': 'schemaVersion: 1\nenvironment: qa\nmodels: {}\n',
    });
    expect(ids(findings)).toEqual(['registry.environment-mismatch', 'registry.unknown-environment']);
  });

  it('validates manifests statically: traffic range, candidate differs from stable, candidate required', async () => {
    const { findings } = await load({
      'deployments/staging.yaml': `schemaVersion: 1
environment: staging
models:
  a: { strategy: canary, stable: "1.0.0", candidate: "1.0.0", traffic: 150 }
  b: { strategy: canary, stable: "1.0.0" }
  c: { strategy: direct, stable: "1.0.0", candidate: "1.1.0" }
  d: { strategy: blue-green, stable: "1.0.0", candidate: "1.1.0", traffic: 30 }
`,
    });
    const messages = findings.filter((f) => f.ruleId === 'schema.invalid').map((f) => `${f.line}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^4: `models\.a\.traffic` must be <= 100; found 150/),
        expect.stringMatching(/^4: `models\.a\.candidate` must differ from `stable`/),
        expect.stringMatching(/^5: `models\.b` is missing the required field `candidate`/),
        expect.stringMatching(/^6: `models\.c\.candidate` is not allowed here/),
        expect.stringMatching(/^7: `models\.d\.traffic` must be one of 0, 100; found 30/),
      ]),
    );
  });
});
