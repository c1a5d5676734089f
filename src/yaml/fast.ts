/**
 * A fast path for the common case: a document with nothing a strict reader would warn about is
 * parsed by js-yaml (several times faster than the `yaml` package), and the `yaml` package runs
 * only when a position is asked for (a finding to report) or the text holds anything the fast
 * path does not vouch for. The pre-scan is deliberately conservative: a false alarm only costs
 * speed, and a test proves both parsers give the same value wherever the fast path is taken.
 */
import jsyaml from 'js-yaml';
import { parseStrictYaml, type ParsedYaml, type StrictYamlOptions } from './strict.js';

// Anchors, aliases, tags, merge keys, directives, document markers, __proto__: the strict parser
// has the limits and the exact semantics for these.
const STRUCTURAL = /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]|<<|__proto__|^%|^(?:---|\.\.\.)(?:\s|$)|^[ \t]*\?(?:\s|$)|\t/m;
// In value or list position, or as a key (`on:` is the famous one).
const YAML11_BOOL_TOKEN = /(?:^|[:,[{-])[ \t]*(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)[ \t]*(?:$|[,\]}#]|:(?:[ \t]|$))/m;
// A plain token beginning like a number, in value or list position, up to a flow indicator or comment.
const NUMERIC_TOKEN = /(?:^|[:,[{]|^[ \t]*-)[ \t]*([-+.]?[0-9][^\s,[\]{}#]*)[ \t]*(?=$|[,\]}#])/gm;
const PLAIN_NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
const VERSIONISH_BEFORE = /(?:version|revision|release|tag|commit|sha|digest|python|cuda|id)[\w-]*["']?[ \t]*:[ \t]*$/i;

/** True when a token that looks numeric is one both parsers read the same way and no warning concerns. */
function safeNumericToken(token: string, before: string): boolean {
  if (!PLAIN_NUMBER.test(token)) {
    // Base-60, underscores, signs, leading dots and 0x/0o/0b forms are where YAML readers disagree.
    if (/[:_]/.test(token) || /^[-+.]/.test(token) || /^0[bBoOxX]/.test(token)) return false;
    // Anything else that is not a number (1.2.0, 2026-01-15, 3c9d1e7a) is a string to every reader;
    // a number-like form we do not vouch for (1., 1.e5) goes to the strict parser.
    return Number.isNaN(Number(token));
  }
  const digits = token.replace(/[-+.eE]/g, '');
  if (digits.length >= 16) return false;
  if (/^[-+]?0[0-9]/.test(token)) return false;
  if (/[eE]/.test(token) && token.length >= 7) return false;
  if (/\.[0-9]*0$/.test(token) && VERSIONISH_BEFORE.test(before)) return false;
  return true;
}

/** Whether the fast path may be taken: nothing structural, no YAML 1.1 ambiguity, no risky number. */
export function fastPathEligible(text: string): boolean {
  if (STRUCTURAL.test(text) || YAML11_BOOL_TOKEN.test(text)) return false;
  NUMERIC_TOKEN.lastIndex = 0;
  for (let m = NUMERIC_TOKEN.exec(text); m; m = NUMERIC_TOKEN.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index + m[0].indexOf(m[1]!));
    if (!safeNumericToken(m[1]!, before)) return false;
  }
  return true;
}

/**
 * Parses like `parseStrictYaml`, taking the fast path when it is safe. Positions are computed by
 * the strict parser on first use, so documents without findings never pay for them.
 */
export function parseYaml(input: string, options: StrictYamlOptions = {}): ParsedYaml {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (fastPathEligible(text)) {
    let value: unknown;
    try {
      value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
    } catch {
      value = undefined; // duplicate keys, syntax errors: the strict parser reports them properly
    }
    if (value !== null && value !== undefined && typeof value === 'object') {
      let strict: ParsedYaml | undefined;
      return {
        value,
        diagnostics: [],
        locate: (path, which) => (strict ??= parseStrictYaml(text, options)).locate(path, which),
      };
    }
  }
  return parseStrictYaml(text, options);
}
