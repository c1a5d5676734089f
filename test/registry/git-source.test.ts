import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegistry, registryFindings } from '../../src/registry/loader.js';
import { GitSource } from '../../src/registry/git-source.js';
import { FsSource } from '../../src/registry/source.js';
import { cardYaml, commitAll, gitInit, makeRegistry, removeDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('GitSource: registry files as data from git objects', () => {
  it('reads the registry as it was at a commit, whatever the working tree holds', async () => {
    const dir = makeRegistry({ 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    dirs.push(dir);
    const base = gitInit(dir);
    writeFiles(dir, { 'models/demo/1.2.0/card.yaml': cardYaml('demo', '1.2.0'), 'models/demo/1.1.0/card.yaml': 'broken: [' });
    const head = commitAll(dir, 'change');
    writeFiles(dir, { 'models/demo/1.3.0/card.yaml': 'uncommitted: true\n' });
    const atBase = await loadRegistry(new GitSource(dir, base));
    expect([...atBase.models.get('demo')!.versions.keys()].sort()).toEqual(['1.0.0', '1.1.0']);
    expect(registryFindings(atBase)).toEqual([]);
    const atHead = await loadRegistry(new GitSource(dir, head));
    expect([...atHead.models.get('demo')!.versions.keys()].sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(registryFindings(atHead).map((f) => `${f.ruleId} ${f.file}`)).toEqual(['yaml.syntax models/demo/1.1.0/card.yaml']);
    // The same registry read from the working tree sees the uncommitted card as well.
    const fs = await loadRegistry(new FsSource(dir));
    expect(fs.models.get('demo')!.versions.has('1.3.0')).toBe(true);
  });

  it('refuses a committed symbolic link without failing the reads beside it', async () => {
    const dir = makeRegistry();
    dirs.push(dir);
    symlinkSync('/etc/passwd', path.join(dir, 'models/demo/README.yaml'));
    const commit = gitInit(dir);
    const source = new GitSource(dir, commit);
    const [link, card] = await Promise.allSettled([source.read('models/demo/README.yaml'), source.read('models/demo/1.0.0/card.yaml')]);
    expect(link.status === 'rejected' && String(link.reason)).toMatch(/refusing symbolic link models\/demo\/README\.yaml/);
    expect(card.status === 'fulfilled' && Buffer.from(card.value!).toString()).toMatch(/^schemaVersion: 1/);
    expect(await source.read('models/nope.yaml')).toBeNull();
  });

  it('answers many concurrent reads correctly', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`models/demo/1.${i + 1}.0/card.yaml`] = cardYaml('demo', `1.${i + 1}.0`);
    const dir = makeRegistry(files);
    dirs.push(dir);
    const source = new GitSource(dir, gitInit(dir));
    const texts = await Promise.all(Object.keys(files).map(async (f) => Buffer.from((await source.read(f))!).toString()));
    expect(texts).toEqual(Object.values(files));
  });
});
