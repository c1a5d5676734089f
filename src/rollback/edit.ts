/**
 * The rollback's file changes as text edits: the manifest's entry for one model, and the failing
 * version's status mark in model.yaml (DESIGN §1). Edits are spliced into the source at the
 * positions the YAML parser reports, so every other byte (comments, spacing, quoting, order) stays
 * as it was and the diff a reviewer sees is only the lines that change. Shapes the splicer does not
 * handle (flow mappings, keys to add) fall back to the `yaml` document model, which keeps comments
 * and order but may normalise spacing. Each result is parsed again with the registry's strict
 * parser and schema and compared with the intended values, so a rollback never proposes a file the
 * registry would refuse or that means something else.
 */
import { isMap, isScalar, parseDocument, Scalar, YAMLMap, type Document, type Pair } from 'yaml';
import { ToolError } from '../errors.js';
import { parseDocumentBytes } from '../registry/document.js';
import type { ServingEntry, VersionMark } from '../registry/types.js';

const TO_STRING = { lineWidth: 0 } as const;

interface Splice {
  start: number;
  end: number;
  text: string;
}

function load(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new ToolError(`${file} does not parse: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new ToolError(`${file} is not a YAML mapping`);
  return doc;
}

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

function apply(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** A scalar written in the style it had: a quoted version stays quoted. */
function scalarText(node: Scalar, value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  // Plain only for words (a strategy name); a version stays quoted so no YAML reader takes it for a number.
  if (node.type === Scalar.PLAIN && /^[a-z][a-z-]*$/.test(value)) return value;
  return JSON.stringify(value);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Splices that set or delete keys of a block mapping; null when the shape needs the fallback. */
function mapSplices(text: string, map: YAMLMap, wanted: Record<string, string | number | undefined>): Splice[] | null {
  if (map.flow) return null;
  const splices: Splice[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    const pair = pairOf(map, key);
    if (!pair) {
      if (value === undefined) continue;
      return null;
    }
    const node = pair.value;
    if (!isScalar(node) || !node.range || !isScalar(pair.key) || !pair.key.range) return null;
    if (value === undefined) {
      const start = lineStart(text, pair.key.range[0]);
      if (text.slice(start, pair.key.range[0]).trim() !== '') return null;
      splices.push({ start, end: lineEnd(text, node.range[1]), text: '' });
    } else if (node.value !== value) {
      splices.push({ start: node.range[0], end: node.range[1], text: scalarText(node, value) });
    }
  }
  return splices;
}

function check(text: string, file: string, kind: 'manifest' | 'model'): Record<string, unknown> {
  const doc = parseDocumentBytes(Buffer.from(text, 'utf8'), file, kind, {});
  const errors = doc.findings.filter((f) => f.severity === 'deny');
  if (!doc.value || errors.length > 0) {
    throw new ToolError(`the rolled-back ${file} would not be valid: ${(errors.length ? errors : doc.findings).map((f) => f.message).join('; ') || 'schema refused it'}`);
  }
  return doc.value as unknown as Record<string, unknown>;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The manifest with `model`'s entry replaced by `to`; other models, comments and order untouched. */
export function editManifest(text: string, file: string, model: string, to: ServingEntry): string {
  const doc = load(text, file);
  const models = doc.get('models', true);
  if (!isMap(models)) throw new ToolError(`${file} has no models mapping`);
  const entry = models.get(model, true);
  if (!isMap(entry)) throw new ToolError(`${file} has no entry for ${model}`);
  const wanted = { strategy: to.strategy, stable: to.stable, candidate: to.candidate, traffic: to.traffic };
  const splices = mapSplices(text, entry, wanted);
  let out: string;
  if (splices) {
    out = apply(text, splices);
  } else {
    for (const [k, v] of Object.entries(wanted)) {
      if (v === undefined) entry.delete(k);
      else entry.set(k, typeof v === 'string' && k !== 'strategy' ? quoted(v) : v);
    }
    out = doc.toString(TO_STRING);
  }
  const value = check(out, file, 'manifest') as { models: Record<string, ServingEntry> };
  const norm = (e: ServingEntry | undefined) => (e ? [e.strategy, e.stable, e.candidate ?? null, e.traffic ?? null] : null);
  if (!sameJson(norm(value.models[model]), norm(to))) {
    throw new ToolError(`editing ${file} did not give ${model} the intended entry; edit it by hand`);
  }
  return out;
}

function markLines(version: string, mark: VersionMark, indent: string, step: string): string {
  const lines = [`${indent}${JSON.stringify(version)}:`, `${indent}${step}status: ${mark.status}`];
  if (mark.reason !== undefined) lines.push(`${indent}${step}reason: ${JSON.stringify(mark.reason)}`);
  if (mark.incident !== undefined) lines.push(`${indent}${step}incident: ${JSON.stringify(mark.incident)}`);
  if (mark.date !== undefined) lines.push(`${indent}${step}date: ${JSON.stringify(mark.date)}`);
  return `${lines.join('\n')}\n`;
}

/** model.yaml with `versions.<version>` marked as given (replacing an earlier mark of that version). */
export function markVersion(text: string, file: string, version: string, mark: VersionMark): string {
  const doc = load(text, file);
  const versions = doc.get('versions', true);
  let out: string | null = null;
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (versions === undefined || versions === null) {
    out = `${body}versions:\n${markLines(version, mark, '  ', '  ')}`;
  } else if (isMap(versions) && !versions.flow && versions.items.length > 0) {
    const first = versions.items[0]!.key as Scalar;
    const indent = first.range ? text.slice(lineStart(text, first.range[0]), first.range[0]) : '';
    if (first.range && indent.trim() === '') {
      const existing = pairOf(versions, version);
      const lines = markLines(version, mark, indent, '  ');
      const valueRange = (existing?.value as { range?: [number, number, number] } | null | undefined)?.range;
      if (existing && isScalar(existing.key) && existing.key.range && valueRange) {
        const start = lineStart(text, existing.key.range[0]);
        const end = lineEnd(text, Math.max(existing.key.range[1], valueRange[1] - 1));
        out = text.slice(0, start) + lines + text.slice(end);
      } else if (!existing) {
        const last = versions.items[versions.items.length - 1]!;
        const lastEnd = (last.value as { range?: number[] } | null)?.range?.[1] ?? (last.key as Scalar).range?.[1];
        if (lastEnd !== undefined) {
          const at = lineEnd(text, Math.max(0, lastEnd - 1));
          const pre = text.slice(0, at);
          out = (pre.endsWith('\n') ? pre : `${pre}\n`) + lines + text.slice(at);
        }
      }
    }
  }
  if (out === null) {
    let map = versions;
    if (!isMap(map)) {
      map = new YAMLMap();
      doc.set('versions', map);
    }
    const node = new YAMLMap();
    node.set('status', mark.status);
    if (mark.reason !== undefined) node.set('reason', mark.reason);
    if (mark.incident !== undefined) node.set('incident', mark.incident);
    if (mark.date !== undefined) node.set('date', quoted(mark.date));
    (map as YAMLMap).set(quoted(version), node);
    out = doc.toString(TO_STRING);
  }
  const value = check(out, file, 'model') as { versions?: Record<string, VersionMark> };
  if (!sameJson(value.versions?.[version], Object.fromEntries(Object.entries(mark).filter(([, v]) => v !== undefined)))) {
    throw new ToolError(`editing ${file} did not mark ${version} as intended; edit it by hand`);
  }
  return out;
}
