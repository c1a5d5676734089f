/**
 * Refuses policy regular expressions that can take exponential time. A card is written by the
 * person whose change is judged, so a pack pattern such as `^(a+)+$` lets a 50-character field
 * stall the gate (ReDoS). JavaScript has no linear-time engine without a native module, so the
 * pack is checked instead, before anything compiles: a repeated group that itself contains an
 * unbounded repetition (star height above one) is the shape behind catastrophic backtracking.
 * Like the well-known safe-regex check this is a heuristic: it does not prove overlapping
 * alternations such as `(a|aa)+` safe, and it refuses some patterns that are harmless.
 */
import type { PathSegment } from '../yaml/strict.js';

export interface RegexHazard {
  /** Where the pattern sits inside the schema. */
  path: PathSegment[];
  pattern: string;
  message: string;
}

/** Keywords whose values are data, not schemas: a `pattern` key inside them is not a pattern. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'description', 'title', '$comment']);

/** Why the pattern can backtrack exponentially, or undefined when its shape is safe. */
export function regexHazard(pattern: string): string | undefined {
  // Each open group: whether it contains an unbounded repetition anywhere inside it.
  const groups: boolean[] = [false];
  // What the next quantifier applies to: a group that contains a repetition, or anything else.
  let lastAtomRepeats = false;
  let lastAtomExists = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      lastAtomRepeats = false;
      lastAtomExists = true;
    } else if (c === '[') {
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\') i++;
        i++;
      }
      lastAtomRepeats = false;
      lastAtomExists = true;
    } else if (c === '(') {
      groups.push(false);
      lastAtomExists = false;
      if (pattern[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name> — skip the group's prefix.
        const named = /^\?<(?![=!])[^>]*>/.exec(pattern.slice(i + 1));
        i += named ? named[0].length : pattern[i + 2] === '<' ? 3 : 2;
      }
    } else if (c === ')') {
      const inner = groups.length > 1 ? groups.pop()! : false;
      lastAtomRepeats = inner;
      lastAtomExists = true;
      if (inner) groups[groups.length - 1] = true;
    } else if (c === '*' || c === '+' || c === '{' || c === '?') {
      let unbounded = c === '*' || c === '+';
      if (c === '{') {
        const m = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m) {
          lastAtomRepeats = false;
          lastAtomExists = true;
          continue; // a literal brace
        }
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        unbounded = max > 1;
        i += m[0].length - 1;
      }
      if (!lastAtomExists) continue; // a lazy `?` after a quantifier, or a group prefix
      if (unbounded && lastAtomRepeats) {
        return 'a repeated group contains another repetition (nested quantifiers), which can take exponential time on a crafted value';
      }
      if (unbounded) groups[groups.length - 1] = true;
      lastAtomExists = false; // `+?`, `*?`: the `?` that follows makes it lazy, it is not a new quantifier
    } else {
      lastAtomRepeats = false;
      lastAtomExists = true;
    }
  }
  return undefined;
}

/** Every hazardous or data-chosen pattern in a rule schema (`pattern`, `patternProperties`). */
export function findRegexHazards(schema: unknown, path: PathSegment[] = []): RegexHazard[] {
  const out: RegexHazard[] = [];
  if (Array.isArray(schema)) {
    schema.forEach((item, i) => out.push(...findRegexHazards(item, [...path, i])));
    return out;
  }
  if (schema === null || typeof schema !== 'object') return out;
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (DATA_KEYWORDS.has(key)) continue;
    const at = [...path, key];
    if (key === 'pattern' && typeof value === 'string') {
      const why = regexHazard(value);
      if (why) out.push({ path: at, pattern: value, message: why });
      continue;
    }
    if (key === 'pattern' && value !== null && typeof value === 'object' && '$data' in value) {
      out.push({ path: at, pattern: JSON.stringify(value), message: 'the pattern is taken from the evaluated data ($data), so the card under review would choose the regular expression' });
      continue;
    }
    if (key === 'patternProperties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [p, sub] of Object.entries(value as Record<string, unknown>)) {
        const why = regexHazard(p);
        if (why) out.push({ path: [...at, p], pattern: p, message: why });
        out.push(...findRegexHazards(sub, [...at, p]));
      }
      continue;
    }
    out.push(...findRegexHazards(value, at));
  }
  return out;
}
