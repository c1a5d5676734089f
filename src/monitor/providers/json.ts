/**
 * Reading numbers out of arbitrary JSON: the file provider (metrics written by an earlier workflow
 * step) and the http provider (a JSON endpoint), both addressed with an RFC 6901 JSON pointer.
 */
import type { Point } from '../types.js';
import { ProviderError } from './errors.js';

export function parseJsonBody(body: string, what: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    // Never the parser's message: it quotes the text, which may be anything a file or endpoint holds.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new ProviderError(`${what}: response is not JSON (${body.length} characters${at !== undefined ? `, invalid at position ${at}` : ''})`);
  }
}

export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) throw new ProviderError(`selector '${pointer}' is not a JSON pointer (it must start with /)`);
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      cur = cur[Number(key)];
    } else if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
      cur = (cur as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return cur;
}

/** Prometheus-style number strings ("NaN", "+Inf", "0.5") as well as JSON numbers. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === 'NaN') return NaN;
    if (s === '+Inf' || s === 'Inf' || s === 'Infinity' || s === '+Infinity') return Infinity;
    if (s === '-Inf' || s === '-Infinity') return -Infinity;
    if (s !== '' && Number.isFinite(Number(s))) return Number(s);
  }
  return undefined;
}

/**
 * The value at the pointer as points: a number (or numeric string), a boolean (true = 1, so a
 * "drifted" flag can be held to max 0), an array of those, or an array of [time, value] pairs.
 * Missing or null means no data; anything else is an error, because guessing a number would turn
 * a misconfigured selector into a verdict.
 */
export function pointsAt(doc: unknown, pointer: string): Point[] {
  const v = resolvePointer(doc, pointer);
  if (v === undefined || v === null) return [];
  const one = (x: unknown): Point => {
    if (typeof x === 'boolean') return { value: x ? 1 : 0 };
    if (Array.isArray(x) && x.length === 2) {
      const t = toNumber(x[0]);
      const value = x[1] === null ? NaN : toNumber(x[1]);
      if (t !== undefined && value !== undefined) return { t: t > 1e11 ? t / 1000 : t, value };
    }
    const n = x === null ? NaN : toNumber(x);
    if (n === undefined) throw new ProviderError(`selector '${pointer}' points at ${describeValue(x)}, not a number`);
    return { value: n };
  };
  if (Array.isArray(v) && !(v.length === 2 && typeof v[0] === 'number' && !Array.isArray(v[1]) && pairLike(v))) return v.map(one);
  return [one(v)];
}

// [1714404069, "0.5"] is one timed point, [0.1, 0.2] two plain values: only a string or null second element marks a pair.
function pairLike(v: unknown[]): boolean {
  return typeof v[1] === 'string' || v[1] === null;
}

/** What a non-numeric value is, never what it holds: a selector may point at a token. */
export function describeValue(x: unknown): string {
  if (Array.isArray(x)) return `an array (${x.length} elements)`;
  if (x !== null && typeof x === 'object') return 'an object';
  if (typeof x === 'string') return `a string (${x.length} characters)`;
  return `a ${typeof x}`;
}
