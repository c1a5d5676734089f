/**
 * One registry document read, parsed strictly and validated against the schema of its own
 * schemaVersion. Problems become findings at file:line:column; nothing here throws for bad input.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import { describeAjvError, relevantErrors } from '../schema/errors.js';
import { DOC_KIND_LABEL, documentValidator, knownVersions, type DocKind } from '../schema/documents.js';
import { parseYaml } from '../yaml/fast.js';
import { DEFAULT_MAX_BYTES, decodeYamlBytes, tooLarge, type Diagnostic, type ParsedYaml, type PathSegment, type Position, type StrictYamlOptions } from '../yaml/strict.js';
import type { RegistrySource } from './source.js';

export interface LoadedDocument<T = unknown> {
  file: string;
  kind: DocKind;
  /** The value, present only when the document parsed and passed its schema. */
  value: T | undefined;
  /** Whatever parsed, valid or not (for messages and best-effort checks). */
  raw: unknown;
  /** sha256 of the bytes as stored: the card digest of the evidence records. */
  digest: string | undefined;
  findings: Finding[];
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position;
}

export interface DocumentContext {
  model?: string;
  version?: string;
}

const YAML_RULE: Record<string, { severity: 'deny' | 'warn'; remediation: string }> = {
  error: { severity: 'deny', remediation: 'Fix the YAML so it parses; `modelgate validate` shows the line and column.' },
  warning: { severity: 'warn', remediation: 'Quote the value so every YAML reader sees the same thing.' },
};

export function diagnosticToFinding(d: Diagnostic, file: string, ctx: DocumentContext): Finding {
  const base = YAML_RULE[d.severity]!;
  return { ruleId: d.code, severity: base.severity, file, line: d.line, column: d.column, message: d.message, remediation: base.remediation, ...ctx };
}

export function parseDocumentBytes(bytes: Uint8Array, file: string, kind: DocKind, ctx: DocumentContext, limits: StrictYamlOptions = {}): LoadedDocument {
  const digest = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeYamlBytes(bytes, limits);
  if ('diagnostic' in decoded) {
    return { file, kind, value: undefined, raw: undefined, digest, findings: [diagnosticToFinding(decoded.diagnostic, file, ctx)], locate: () => ({ line: 1, column: 1 }) };
  }
  return validateParsed(parseYaml(decoded.text, limits), file, kind, ctx, digest);
}

export function validateParsed(parsed: ParsedYaml, file: string, kind: DocKind, ctx: DocumentContext, digest: string | undefined): LoadedDocument {
  const findings = parsed.diagnostics.map((d) => diagnosticToFinding(d, file, ctx));
  const doc: LoadedDocument = { file, kind, value: undefined, raw: parsed.value, digest, findings, locate: parsed.locate };
  if (parsed.value === undefined) return doc;
  const at = (path: readonly PathSegment[], which: 'key' | 'value' = 'value'): Position => parsed.locate(path, which);
  const schemaFinding = (message: string, pos: Position, ruleId = 'schema.invalid'): Finding => ({
    ruleId,
    severity: 'deny',
    file,
    ...pos,
    message,
    remediation: `Make the ${DOC_KIND_LABEL[kind]} match its JSON Schema (schemas/${kind}-v<schemaVersion>.schema.json); editors validate as you type with a \`# yaml-language-server: $schema=\` line.`,
    ...ctx,
  });
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    findings.push(schemaFinding(`a ${DOC_KIND_LABEL[kind]} must be a mapping of fields; found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`, at([]), 'schema.not-a-mapping'));
    return doc;
  }
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version === undefined) {
    findings.push(schemaFinding(`\`schemaVersion\` is missing; add \`schemaVersion: ${Math.max(...knownVersions(kind))}\``, at([]), 'schema.version'));
    return doc;
  }
  const validate = typeof version === 'number' ? documentValidator(kind, version) : undefined;
  if (!validate && typeof version === 'string' && /^\d+$/.test(version) && documentValidator(kind, Number(version))) {
    findings.push(schemaFinding(`schemaVersion is the string "${version}"; write it as a number, without quotes: \`schemaVersion: ${version}\``, at(['schemaVersion']), 'schema.version'));
    return doc;
  }
  if (!validate) {
    findings.push(schemaFinding(`unknown schemaVersion ${JSON.stringify(version)} for a ${DOC_KIND_LABEL[kind]}; this modelgate knows ${knownVersions(kind).join(', ')} (upgrade modelgate if the document is newer)`, at(['schemaVersion']), 'schema.version'));
    return doc;
  }
  if (validate(value)) {
    doc.value = value;
  } else {
    for (const err of relevantErrors(validate.errors ?? [])) {
      const d = describeAjvError(err, value);
      findings.push(schemaFinding(d.message, at(d.path, d.which)));
    }
  }
  return doc;
}

/** Reads and validates one document; checks the size before reading so a huge file costs nothing. */
export async function loadDocument(source: RegistrySource, file: string, kind: DocKind, ctx: DocumentContext = {}, limits: StrictYamlOptions = {}): Promise<LoadedDocument | null> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = await source.readLimited(file, max);
  if (read === null) return null;
  if ('tooLarge' in read) {
    return { file, kind, value: undefined, raw: undefined, digest: undefined, findings: [diagnosticToFinding(tooLarge(read.tooLarge, max), file, ctx)], locate: () => ({ line: 1, column: 1 }) };
  }
  const bytes = read.bytes;
  return parseDocumentBytes(bytes, file, kind, ctx, limits);
}
