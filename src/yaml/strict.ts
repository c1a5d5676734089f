/**
 * Strict YAML: YAML 1.2 parsing that refuses what would silently change meaning between tools
 * (duplicate keys), caps what could exhaust resources (file size, alias expansion), and warns at
 * line:column where a YAML 1.1 reader (PyYAML, the Hugging Face hub) would read a different value.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export type DiagnosticCode =
  | 'yaml.syntax'
  | 'yaml.duplicate-key'
  | 'yaml.alias-limit'
  | 'yaml.too-large'
  | 'yaml.binary'
  | 'yaml.empty'
  | 'yaml.multi-document'
  | 'yaml.yaml11-boolean'
  | 'yaml.number-changed'
  | 'yaml.hex-number'
  | 'yaml.yaml11-sexagesimal'
  | 'yaml.yaml11-octal';

export interface Diagnostic extends Position {
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
}

export interface StrictYamlOptions {
  /** Largest document accepted, in bytes. */
  maxBytes?: number;
  /** Largest number of alias dereferences while building the value. */
  maxAliasCount?: number;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface ParsedYaml {
  /** The plain JSON-like value; `undefined` when the document had errors that prevent building it. */
  value: unknown;
  diagnostics: Diagnostic[];
  /** Where the node at `path` starts; falls back to the nearest existing ancestor. `key` points at a map key. */
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position;
}

const BOM = '\uFEFF';

/** Checks size and encoding before any parsing, so a 50 MB or binary file costs nothing. */
export function decodeYamlBytes(bytes: Uint8Array, options: StrictYamlOptions = {}): { text: string } | { diagnostic: Diagnostic } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return { diagnostic: tooLarge(bytes.byteLength, maxBytes) };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { diagnostic: { severity: 'error', code: 'yaml.binary', line: 1, column: 1, message: 'file contains NUL bytes: it is binary, not YAML' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { diagnostic: { severity: 'error', code: 'yaml.binary', line: 1, column: 1, message: 'file is not valid UTF-8: save it as UTF-8 text' } };
  }
}

export function tooLarge(size: number, maxBytes: number): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml.too-large',
    line: 1,
    column: 1,
    message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a registry document; keep large data out of YAML (store it as an artifact and reference it by uri and sha256)`,
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** Parses one YAML document strictly. Never throws for bad input: problems come back as diagnostics. */
export function parseStrictYaml(input: string, options: StrictYamlOptions = {}): ParsedYaml {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  // Cheap upper bound first (UTF-16 length ≤ UTF-8 bytes ≤ 3 × length), exact count only when it matters.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
    return failed([tooLarge(Buffer.byteLength(text, 'utf8'), maxBytes)]);
  }
  const lineCounter = new LineCounter();
  const pos = (offset: number): Position => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  let doc: Document.Parsed;
  try {
    const docs = parseAllDocuments(text, lineCounter);
    if (docs.length > 1) {
      const second = docs[1] as Document.Parsed;
      return failed([{ severity: 'error', code: 'yaml.multi-document', ...pos(second.range[0]), message: 'file holds more than one YAML document (a second `---`); a registry file holds exactly one' }], pos, docs[0]);
    }
    doc = docs[0] as Document.Parsed;
  } catch (err) {
    return failed([{ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message: `YAML could not be parsed: ${parseFailure(err)}` }]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const at = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : pos(e.pos[0]);
    diagnostics.push({
      severity: 'error',
      code: e.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : 'yaml.syntax',
      ...at,
      message: e.code === 'DUPLICATE_KEY' ? `duplicate key: ${firstLine(e.message)}; a key may appear once per mapping` : firstLine(e.message),
    });
  }
  for (const w of doc.warnings) {
    const at = w.linePos?.[0] ? { line: w.linePos[0].line, column: w.linePos[0].col } : pos(w.pos[0]);
    diagnostics.push({ severity: 'warning', code: 'yaml.syntax', ...at, message: firstLine(w.message) });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return failed(diagnostics, pos, doc);

  diagnostics.push(...yaml11Ambiguities(doc, pos));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
  } catch (err) {
    const message = (err as Error).message;
    if (/alias/i.test(message)) {
      diagnostics.push({ severity: 'error', code: 'yaml.alias-limit', line: 1, column: 1, message: `too many alias expansions (limit ${options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT}): the document looks like an alias bomb; write the values out instead of nesting aliases` });
    } else {
      diagnostics.push({ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message: parseFailure(err) });
    }
    return failed(diagnostics, pos, doc);
  }
  if (value === null || value === undefined) {
    diagnostics.push({ severity: 'error', code: 'yaml.empty', line: 1, column: 1, message: 'document is empty' });
    return failed(diagnostics, pos, doc);
  }
  return { value, diagnostics, locate: locator(doc, pos) };
}

function parseAllDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] {
  // parseDocument reports a second document as an error with an unhelpful message; detect it ourselves.
  const first = parseDocument(text, { version: '1.2', uniqueKeys: true, strict: true, prettyErrors: true, lineCounter, keepSourceTokens: false });
  const multi = first.errors.find((e) => e.code === 'MULTIPLE_DOCS');
  if (!multi) return [first];
  const second = { range: [multi.pos[0], multi.pos[1], multi.pos[1]] } as unknown as Document.Parsed;
  return [first, second];
}

function failed(diagnostics: Diagnostic[], pos?: (o: number) => Position, doc?: Document.Parsed): ParsedYaml {
  return { value: undefined, diagnostics, locate: doc && pos ? locator(doc, pos) : () => ({ line: 1, column: 1 }) };
}

const TOO_DEEP = 'the document is nested too deeply to read (thousands of levels of [ or { or indentation); a registry document is a few levels deep';

/** A parser failure in words: the stack overflow of a document nested thousands of levels deep included. */
function parseFailure(err: unknown): string {
  return firstLine((err as Error).message);
}

/** The yaml library's first line, without its own " at line N, column M:" (counted inside the parsed text, which for front matter is not the file's line). */
function firstLine(message: string): string {
  if (/Maximum call stack size exceeded/.test(message)) return TOO_DEEP;
  return (message.split('\n')[0]?.trim() ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function locator(doc: Document.Parsed, pos: (o: number) => Position): ParsedYaml['locate'] {
  return (path, which = 'value') => {
    let node: unknown = doc.contents;
    let best: Position = node && (node as Node).range ? pos((node as Node).range![0]) : { line: 1, column: 1 };
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return best;
        const keyPos = isScalar(pair.key) && pair.key.range ? pos(pair.key.range[0]) : best;
        node = pair.value;
        const valueNode = node as Node | null;
        best = valueNode?.range ? pos(valueNode.range[0]) : keyPos;
        if (which === 'key' && segment === path[path.length - 1]) return keyPos;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) return best;
        node = item;
        if (item.range) best = pos(item.range[0]);
      } else {
        return best;
      }
    }
    return best;
  };
}

const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML11_OCTAL = /^[-+]?0[0-7_]+$/;

/**
 * Plain scalars whose meaning differs between YAML 1.1 and 1.2, or whose text is not what the
 * number it became prints as (a version `1.10` read as 1.1, a digest read as a number).
 */
function yaml11Ambiguities(doc: Document.Parsed, pos: (o: number) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN' || typeof node.source !== 'string' || !node.range) return;
      const source = node.source;
      const at = pos(node.range[0]);
      const parent = path[path.length - 1];
      const isKey = isPair(parent) && parent.key === node;
      const where = isKey ? 'key' : 'value';
      if (typeof node.value === 'string') {
        if (YAML11_BOOL.test(source)) {
          out.push({ severity: 'warning', code: 'yaml.yaml11-boolean', ...at, message: `${where} \`${source}\` is the string "${source}" in YAML 1.2, but YAML 1.1 readers such as PyYAML read it as a boolean (${/^(?:y|yes|on)$/i.test(source)}); quote it ("${source}") to mean the string` });
        } else if (YAML11_SEXAGESIMAL.test(source)) {
          out.push({ severity: 'warning', code: 'yaml.yaml11-sexagesimal', ...at, message: `${where} \`${source}\` is a string in YAML 1.2 but a base-60 number in YAML 1.1; quote it` });
        }
        return;
      }
      if (typeof node.value === 'number' || typeof node.value === 'bigint') {
        const printed = String(node.value);
        if (looksLikeDigest(source, node.value)) {
          out.push({ severity: 'warning', code: 'yaml.hex-number', ...at, message: `${where} \`${truncate(source)}\` looks like a hex digest or identifier but was read as the number ${truncate(printed)}; quote it` });
        } else if (YAML11_OCTAL.test(source) && source !== '0') {
          out.push({ severity: 'warning', code: 'yaml.yaml11-octal', ...at, message: `${where} \`${source}\` is the decimal ${printed} in YAML 1.2 but an octal number in YAML 1.1; quote it if it is an identifier` });
        } else if (VERSIONISH_KEY.test(keyName(path)) && normalizeNumberSource(source) !== printed && !/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(source)) {
          out.push({ severity: 'warning', code: 'yaml.number-changed', ...at, message: `${where} \`${source}\` was read as the number ${printed}; quote it ("${source}") if it is a version or an identifier` });
        }
      }
    },
  });
  return out;
}

/** A hex or decimal identifier that became a number: `0x…`, `12e34…` or digits past 2^53 or with a leading zero. */
function looksLikeDigest(source: string, value: unknown): boolean {
  if (/^0x[0-9a-fA-F]+$/.test(source)) return true;
  if (/^[0-9]+[eE][0-9]+$/.test(source)) return source.length >= 7;
  if (/^[0-9]{7,}$/.test(source)) return source.startsWith('0') || typeof value !== 'number' || !Number.isSafeInteger(value);
  return false;
}

/**
 * Keys whose values are versions or identifiers: there `1.10` read as 1.1 changes meaning. For a
 * metric, 0.7580 read as 0.758 is the same number, so warning there would only be noise.
 */
const VERSIONISH_KEY = /(?:version|revision|release|tag|commit|sha|digest|python|cuda|(?:^|_)id$|Id$)/i;

/** The map key a scalar belongs to: its own pair's key, or for a list item the key of the list. */
function keyName(path: readonly unknown[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (isPair(node) && isScalar(node.key)) return String(node.key.value);
  }
  return '';
}

function normalizeNumberSource(source: string): string {
  return source.startsWith('+') ? source.slice(1) : source;
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 21)}...` : s;
}
