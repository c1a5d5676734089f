// Which rule governs a change, from base and head facts (pure; gather.test.ts runs it on real git).
import { describe, expect, it } from 'vitest';
import { compilePathRules, modelsChangedInManifest, resolveChangeRule, type TouchedModel } from '../../src/approvals/scope.js';
import { ConfigError } from '../../src/errors.js';
import type { ConfigDoc } from '../../src/registry/types.js';

const config: ConfigDoc = {
  schemaVersion: 1,
  environments: [{ name: 'production' }],
  approvals: {
    tiers: {
      low: { minApprovals: 1, codeOwners: 'any', unownedFiles: 'allow' },
      medium: { minApprovals: 1, codeOwners: 'every-owned-file' },
      high: { minApprovals: 2, requireTeams: ['@acme/model-risk'], independentOfOwner: true },
    },
    paths: [{ pattern: '/policies/', rule: { minApprovals: 3, headCommitOnly: true, unownedFiles: 'deny' } }],
  },
};

const present = (riskTier: 'low' | 'medium' | 'high', ownerTeam: string) => ({ state: 'present' as const, riskTier, ownerTeam });
const model = (name: string, base: TouchedModel['base'], head: TouchedModel['head']): TouchedModel => ({ name, base, head, via: [] });

describe('the tier and owner of a change', () => {
  it('takes the highest tier among the models, each at the stricter of base and head; the owner from the base', () => {
    const change = resolveChangeRule({
      changedFiles: ['models/a/model.yaml', 'models/b/model.yaml'],
      config,
      models: [model('a', present('medium', '@acme/a'), present('low', '@acme/other')), model('b', present('low', '@acme/b'), present('low', '@acme/b'))],
    });
    expect(change.tier).toBe('medium');
    expect(change.ownerTeams).toEqual(['@acme/a', '@acme/b']);
    expect(change.rule).toMatchObject({ minApprovals: 1, codeOwners: 'every-owned-file' });
  });

  it('a raised tier counts; a new model uses its head tier and owner', () => {
    const change = resolveChangeRule({ changedFiles: ['models/n/model.yaml'], config, models: [model('n', { state: 'absent' }, present('high', '@acme/n'))] });
    expect(change).toMatchObject({ tier: 'high', ownerTeams: ['@acme/n'], unknownOwners: [] });
    expect(change.rule.requireTeams).toEqual(['@acme/model-risk']);
  });

  it('an unreadable model.yaml is high risk; with no readable owner, independence cannot be proven', () => {
    const change = resolveChangeRule({
      changedFiles: ['models/x/model.yaml'],
      config,
      models: [model('x', { state: 'invalid', problem: 'bad' }, { state: 'invalid', problem: 'worse' })],
    });
    expect(change.tier).toBe('high');
    expect(change.unknownOwners).toEqual(['x']);
    expect(change.notes).toEqual([
      'models/x/model.yaml at base cannot be read (bad): the model is treated as high risk',
      'models/x/model.yaml at head cannot be read (worse): the model is treated as high risk',
    ]);
  });

  it('path rules add to the tier rule, strictest field by field; other files get the low rule', () => {
    const change = resolveChangeRule({ changedFiles: ['policies/a.yaml', 'README.md'], config, models: [model('m', present('medium', '@acme/m'), present('medium', '@acme/m'))] });
    expect(change.scopes.map((s) => s.scope)).toEqual(['tier medium', 'path /policies/', 'other files']);
    expect(change.rule).toEqual({ minApprovals: 3, codeOwners: 'every-owned-file', requireTeams: [], independentOfOwner: false, headCommitOnly: true, unownedFiles: 'deny' });
  });

  it('without modelgate.yaml at base, the default rule, said so', () => {
    const change = resolveChangeRule({ changedFiles: ['x'], config: null, models: [] });
    expect(change.rule).toMatchObject({ minApprovals: 1, codeOwners: 'every-owned-file' });
    expect(change.notes[0]).toContain('no modelgate.yaml');
  });

  it('an approvals.paths pattern GitHub would reject is a configuration error', () => {
    expect(() => compilePathRules({ ...config, approvals: { paths: [{ pattern: '/models/[x]/', rule: {} }] } })).toThrow(ConfigError);
  });
});

describe('models a manifest change touches', () => {
  it('those whose entry changed, was added or removed', () => {
    const base = { a: { strategy: 'direct', stable: '1.0.0' }, b: { stable: '1.0.0', strategy: 'direct' }, c: { stable: '2.0.0' } };
    const head = { a: { strategy: 'direct', stable: '1.1.0' }, b: { strategy: 'direct', stable: '1.0.0' }, d: { stable: '1.0.0' } };
    expect(modelsChangedInManifest(base, head, [])).toEqual(['a', 'c', 'd']);
    expect(modelsChangedInManifest(null, { a: {} }, [])).toEqual(['a']);
  });

  it('every model when one side cannot be read', () => {
    expect(modelsChangedInManifest({ a: {} }, 'unreadable', ['a', 'z'])).toEqual(['a', 'z']);
  });
});
