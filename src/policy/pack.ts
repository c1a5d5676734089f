/**
 * A policy pack is a directory of rule files (`*.yaml`, one rule each, schemas/policy-rule-v1).
 * A pack that does not load or compile is a configuration error (exit 2) naming the file.
 */
import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { findRegexHazards } from './regex-safety.js';
import { loadDocument } from '../registry/document.js';
import { FsSource, type RegistrySource } from '../registry/source.js';
import { packageRoot } from '../package/root.js';
import type { ChangeKind } from '../registry/types.js';
import type { PathSegment, Position } from '../yaml/strict.js';

export type RuleSeverity = 'deny' | 'warn' | 'info';
export type TierSeverity = RuleSeverity | 'off';

export interface PolicyRule {
  schemaVersion: 1;
  id: string;
  title: string;
  description?: string;
  severity: RuleSeverity | { default: TierSeverity; low?: TierSeverity; medium?: TierSeverity; high?: TierSeverity };
  kinds?: ChangeKind[];
  appliesTo?: object | boolean;
  schema: object | boolean;
  message: string;
  remediation: string;
  references?: string[];
  waivable?: boolean;
}

export interface LoadedRule {
  rule: PolicyRule;
  file: string;
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position;
}

export interface PolicyPack {
  dirs: string[];
  rules: LoadedRule[];
  /** sha256 over every rule file's path and bytes: the policy pack digest of the evidence records. */
  digest: string;
}

/** `modelgate:default` names the pack shipped with modelgate (its top-level policies/ directory). */
export const DEFAULT_PACK = 'modelgate:default';

function packSource(source: RegistrySource, dir: string): { source: RegistrySource; dir: string } {
  if (dir === DEFAULT_PACK) return { source: new FsSource(packageRoot()), dir: 'policies' };
  if (dir.startsWith('modelgate:')) throw new ConfigError(`unknown built-in policy pack '${dir}'; the built-in pack is '${DEFAULT_PACK}'`);
  return { source, dir };
}

export async function loadPolicyPacks(registrySource: RegistrySource, dirs: readonly string[]): Promise<PolicyPack> {
  const rules: LoadedRule[] = [];
  const digestParts: string[] = [];
  for (const packDir of dirs) {
    const { source, dir } = packSource(registrySource, packDir);
    const entries = await source.list(dir);
    const files = entries.filter((e) => /\.ya?ml$/.test(e.path));
    if (entries.length === 0) throw new ConfigError(`policy pack '${packDir}' is empty or does not exist in ${source.label}`);
    for (const e of files) {
      if (e.kind !== 'file') throw new ConfigError(`${e.path} is a symbolic link or special file; policy packs hold plain files only`, e.path);
    }
    const loaded = await Promise.all(files.map((e) => loadDocument(source, e.path, 'policy-rule')));
    for (const doc of loaded) {
      if (!doc) continue;
      const errors = doc.findings.filter((f) => f.severity === 'deny');
      if (errors.length > 0 || !doc.value) {
        throw new ConfigError(`policy rule is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`, undefined);
      }
      const file = packDir === dir ? doc.file : `${packDir}/${doc.file.slice(dir.length + 1)}`;
      digestParts.push(`${file}\u0000${doc.digest}`);
      rules.push({ rule: doc.value as PolicyRule, file, locate: doc.locate });
    }
  }
  const seen = new Map<string, string>();
  for (const r of rules) {
    const prev = seen.get(r.rule.id);
    if (prev) throw new ConfigError(`rule id '${r.rule.id}' is defined twice: in ${prev} and ${r.file}`, r.file, r.locate(['id']).line);
    seen.set(r.rule.id, r.file);
    for (const field of ['schema', 'appliesTo'] as const) {
      const hazard = findRegexHazards(r.rule[field], [field])[0];
      if (hazard) {
        throw new ConfigError(
          `rule '${r.rule.id}': the pattern ${JSON.stringify(hazard.pattern)} is refused: ${hazard.message}. Rewrite it so that no repeated group contains another repetition (e.g. ^[a-z]+(-[a-z]+)*$ as ^[a-z](?:[a-z-]*[a-z])?$), or give the pattern as a literal string`,
          r.file,
          r.locate(hazard.path, 'value').line,
        );
      }
    }
  }
  rules.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
  digestParts.sort();
  const digest = createHash('sha256').update(digestParts.join('\n')).digest('hex');
  return { dirs: [...dirs], rules, digest };
}
