import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRegistry } from '../../bench/generate.js';
import { REPO_ROOT, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/modelgate.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

// Workers run the committed bundles (dist/worker), so this test runs the CLI bundle as users do.
describe('worker threads (bundled CLI)', () => {
  it('gives exactly the same report with two workers as in one thread', () => {
    const dir = tempDir();
    dirs.push(dir);
    generateRegistry(dir, 12, 10, 3);
    writeFileSync(path.join(dir, 'models/model-0003/1.2.0/card.yaml'), 'schemaVersion: 1\nmodel: [broken\n');
    writeFiles(dir, { 'models/model-0007/model.yaml': 'schemaVersion: 1\nname: model-0007\nowner: { team: "@acme/x" }\nriskTier: extreme\n' });
    const one = cli('validate', '--repo', dir, '--format', 'json', '--workers', '1', '--today', '2026-12-03');
    const two = cli('validate', '--repo', dir, '--format', 'json', '--workers', '2', '--today', '2026-12-03');
    expect(two.stderr).toBe('');
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as { summary: { cards: number }; findings: { ruleId: string; file: string }[] };
    expect(report.summary.cards).toBe(120);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(expect.arrayContaining(['yaml.syntax models/model-0003/1.2.0/card.yaml', 'schema.invalid models/model-0007/model.yaml']));
  });

  it('reports a policy pack that does not compile from inside a worker as a configuration error (exit 2)', () => {
    const dir = tempDir();
    dirs.push(dir);
    generateRegistry(dir, 4, 10, 5);
    writeFiles(dir, {
      'modelgate.yaml': 'schemaVersion: 1\nenvironments:\n  - name: staging\npolicies:\n  packs: ["modelgate:default", "local"]\n',
      'local/bad.yaml': 'schemaVersion: 1\nid: bad\ntitle: t\nseverity: deny\nschema: { properties: { card: { pattern: "(" } } }\nmessage: m\nremediation: r\n',
    });
    const r = cli('validate', '--repo', dir, '--workers', '2');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/local\/bad\.yaml:5: rule 'bad': its `schema` does not compile/);
  });
});
