/** The rollback's text edits: minimal diffs, every shape of model.yaml's versions, and refusals. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, markVersion } from '../../src/rollback/edit.js';
import { REPO_ROOT, modelYaml } from '../helpers/registry.js';
import { changedLines } from './helpers.js';

const MARK = { status: 'rejected' as const, reason: 'errors: 3 consecutive failures > failureLimit 2', incident: 'rollback/production/demo/1.1.0', date: '2026-03-01' };
const MARK_LINES = ['  "1.1.0":', '    status: rejected', '    reason: "errors: 3 consecutive failures > failureLimit 2"', '    incident: "rollback/production/demo/1.1.0"', '    date: "2026-03-01"'];

describe('editManifest', () => {
  it('the example registry: a shadow entry becomes direct on its stable; nothing else in the file changes', () => {
    const file = path.join(REPO_ROOT, 'examples/registry/deployments/production.yaml');
    const text = readFileSync(file, 'utf8');
    const out = editManifest(text, 'deployments/production.yaml', 'credit-limit', { strategy: 'direct', stable: '2.0.0' });
    expect(changedLines(text, out)).toEqual({ removed: ['    strategy: shadow', '    candidate: "2.1.0"', '    traffic: 100'], added: ['    strategy: direct'] });
  });

  it('direct → the known-good version: one line, quoting kept', () => {
    const text = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: direct\n    stable: "1.2.0"  # since March\n';
    const out = editManifest(text, 'deployments/production.yaml', 'demo', { strategy: 'direct', stable: '1.1.0' });
    expect(changedLines(text, out)).toEqual({ removed: ['    stable: "1.2.0"  # since March'], added: ['    stable: "1.1.0"  # since March'] });
  });

  it('a flow mapping entry falls back to the document model and still means the intended entry', () => {
    const text = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo: { strategy: canary, stable: "1.0.0", candidate: "1.1.0", traffic: 5 }\n  other: { strategy: direct, stable: "2.0.0" }\n';
    const out = editManifest(text, 'deployments/production.yaml', 'demo', { strategy: 'direct', stable: '1.0.0' });
    expect(out).toContain('other: { strategy: direct, stable: "2.0.0" }');
    expect(out).toMatch(/demo: \{ strategy: direct, stable: "1\.0\.0" \}/);
  });

  it('refuses a manifest without the model, without models, or that does not parse', () => {
    expect(() => editManifest('schemaVersion: 1\nenvironment: p\nmodels: {}\n', 'm.yaml', 'demo', { strategy: 'direct', stable: '1.0.0' })).toThrow(/has no entry for demo/);
    expect(() => editManifest('schemaVersion: 1\n', 'm.yaml', 'demo', { strategy: 'direct', stable: '1.0.0' })).toThrow(/has no models mapping/);
    expect(() => editManifest('models: [\n', 'm.yaml', 'demo', { strategy: 'direct', stable: '1.0.0' })).toThrow(/does not parse/);
  });

  it('refuses to produce an entry the manifest schema rejects (candidate equal to stable)', () => {
    const text = 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo:\n    strategy: canary\n    stable: "1.0.0"\n    candidate: "1.1.0"\n    traffic: 5\n';
    expect(() => editManifest(text, 'm.yaml', 'demo', { strategy: 'canary', stable: '1.1.0', candidate: '1.1.0', traffic: 5 })).toThrow(/would not be valid/);
  });
});

describe('markVersion', () => {
  it('adds a versions mapping at the end when there is none', () => {
    const text = modelYaml('demo');
    const out = markVersion(text, 'models/demo/model.yaml', '1.1.0', MARK);
    expect(changedLines(text, out)).toEqual({ removed: [], added: ['versions:', ...MARK_LINES] });
  });

  it('appends to an existing versions mapping, keeping its comments', () => {
    const text = `${modelYaml('demo')}versions:\n  # kept for audits\n  "1.0.0": { status: baseline }\nextensions: { x: 1 }\n`;
    const out = markVersion(text, 'models/demo/model.yaml', '1.1.0', MARK);
    expect(changedLines(text, out)).toEqual({ removed: [], added: MARK_LINES });
    expect(out).toContain('# kept for audits');
    expect(out.endsWith('extensions: { x: 1 }\n')).toBe(true);
  });

  it('replaces an earlier mark of the same version', () => {
    const text = `${modelYaml('demo')}versions:\n  "1.1.0":\n    status: active\n  "1.0.0":\n    status: baseline\n`;
    const out = markVersion(text, 'models/demo/model.yaml', '1.1.0', MARK);
    expect(changedLines(text, out)).toEqual({ removed: ['    status: active'], added: MARK_LINES.slice(1) });
    expect(out).toContain('  "1.0.0":\n    status: baseline\n');
  });

  it('a file without a final newline, and a flow versions mapping (fallback)', () => {
    const noNewline = modelYaml('demo').trimEnd();
    expect(markVersion(noNewline, 'm.yaml', '1.1.0', MARK)).toContain(`commercialUse: true\nversions:\n${MARK_LINES.join('\n')}\n`);
    const flow = `${modelYaml('demo')}versions: { "1.0.0": { status: baseline } }\n`;
    const out = markVersion(flow, 'm.yaml', '1.1.0', MARK);
    expect(out).toContain('"1.0.0": { status: baseline }');
    expect(out).toContain('status: rejected');
  });

  it('refuses a model.yaml that would not validate afterwards', () => {
    expect(() => markVersion(modelYaml('demo'), 'm.yaml', 'not-semver', MARK)).toThrow(/would not be valid/);
  });
});
