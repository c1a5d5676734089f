/**
 * Turns ajv's errors (data: instancePath, keyword, params) into one human sentence each, with
 * the document path of the node it concerns so the caller can map it to file:line:column.
 */
import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../yaml/strict.js';

export interface DescribedError {
  /** Path of the node the error concerns, from the validated root. */
  path: PathSegment[];
  /** Point at the key (unknown fields) rather than the value. */
  which: 'key' | 'value';
  message: string;
  keyword: string;
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^(?:0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(document)';
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

function wantedType(t: unknown): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', null: 'null' };
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => names[String(x)] ?? String(x)).join(' or ');
}

function getAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

/** Levenshtein distance, small strings only: to suggest the field a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function suggest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * Drops errors that only restate others (`if`), and folds the failed branches of each anyOf/oneOf
 * into that one error, so "needs a or b" is one finding rather than two contradictory ones.
 */
export function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => e.keyword !== 'if');
  const umbrellas = kept.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const isBranchOf = (e: ErrorObject, u: ErrorObject) => e !== u && e.schemaPath.startsWith(`${u.schemaPath}/`);
  const out: ErrorObject[] = [];
  for (const e of kept) {
    if (umbrellas.some((u) => isBranchOf(e, u))) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const branches = kept.filter((b) => isBranchOf(b, e) && b.keyword !== 'anyOf' && b.keyword !== 'oneOf');
      out.push({ ...e, params: { ...e.params, branches } });
    } else {
      out.push(e);
    }
  }
  return out;
}

export function describeAjvError(err: ErrorObject, data: unknown): DescribedError {
  const path = pointerToPath(err.instancePath);
  const where = `\`${formatPath(path)}\``;
  const value = getAt(data, path);
  const p = err.params as Record<string, unknown>;
  const described = (message: string, at: PathSegment[] = path, which: 'key' | 'value' = 'value'): DescribedError => ({ path: at, which, message, keyword: err.keyword });
  switch (err.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      return described(path.length ? `${where} is missing the required field \`${missing}\`` : `the required field \`${missing}\` is missing`);
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const allowed = Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = suggest(extra, allowed);
      const inWhere = path.length ? ` in ${where}` : '';
      return described(
        `unknown field \`${extra}\`${inWhere}${hint ? ` (did you mean \`${hint}\`?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
        [...path, extra],
        'key',
      );
    }
    case 'type': {
      const quoteHint = (p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'))) && (typeof value === 'number' || typeof value === 'boolean')
        ? `: YAML read it as ${typeName(value)}; quote it`
        : '';
      return described(`${where} must be ${wantedType(p.type)}; found ${typeName(value)} (${show(value)})${quoteHint}`);
    }
    case 'enum':
      return described(`${where} must be one of ${(p.allowedValues as unknown[]).map((v) => show(v)).join(', ')}; found ${show(value)}`);
    case 'const': {
      return described(`${where} must be ${show(p.allowedValue)}; found ${show(value)}`);
    }
    case 'pattern':
    case 'format': {
      const description = (err.parentSchema as { description?: string } | undefined)?.description;
      const what = err.keyword === 'format' ? `a valid ${String(p.format)}` : `in the expected form`;
      const typeHint = typeof value !== 'string' ? ` (YAML read it as ${typeName(value)}; quote it)` : '';
      // A URL refused for carrying user:password@ must not be printed with them.
      const shown = typeof value === 'string' ? value.replace(/\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#@\s]*@/g, '$1***@') : value;
      return described(`${where} ${show(shown)} is not ${what}${typeHint}${description ? `: ${description}` : ''}`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return described(`${where} must be ${String(p.comparison)} ${String(p.limit)}; found ${show(value)}`);
    case 'minItems':
      return described(`${where} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`);
    case 'maxItems':
      return described(`${where} must have at most ${String(p.limit)} items`);
    case 'minLength':
      return described(p.limit === 1 ? `${where} must not be empty` : `${where} must be at least ${String(p.limit)} characters long`);
    case 'maxLength':
      return described(`${where} must be at most ${String(p.limit)} characters long`);
    case 'uniqueItems':
      return described(`${where} has duplicate items (positions ${String(p.j)} and ${String(p.i)})`);
    case 'propertyNames':
      return described(`${where} has an invalid key ${show(p.propertyName)}`, [...path, String(p.propertyName)], 'key');
    case 'false schema':
      return described(`${where} is not allowed here`, path, 'key');
    case 'not': {
      const schema = err.schema as { const?: { $data?: string } } | undefined;
      if (schema?.const && typeof schema.const === 'object' && schema.const.$data) {
        return described(`${where} must differ from \`${schema.const.$data.replace(/^\d+\//, '')}\` (${show(value)})`);
      }
      return described(`${where} must not match the forbidden form`);
    }
    case 'anyOf':
    case 'oneOf': {
      const branches = (p.branches as ErrorObject[] | undefined) ?? [];
      if (branches.length === 0) return described(`${where} does not match any of the allowed forms`);
      const options = [...new Set(branches.map((b) => describeAjvError(b, data).message))];
      return described(`${err.keyword === 'oneOf' ? 'fix exactly one of these' : 'fix one of these'}: ${options.map((o, i) => `(${i + 1}) ${o}`).join('; ')}`);
    }
    default:
      return described(`${where} ${err.message ?? 'is invalid'}`);
  }
}
