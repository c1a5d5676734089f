/**
 * Hugging Face README front matter: a `---` line at the very start of the file, YAML, a closing `---`
 * line. Anchored at the start on purpose: a `---` further down is a Markdown thematic break (the
 * ZHUI mirror files put one under a `# name` header), and reading it as metadata would import
 * whatever YAML-looking text follows.
 */
import { parseStrictYaml, type Diagnostic, type PathSegment, type Position } from '../yaml/strict.js';
import type { ImportFinding } from './types.js';

const BOM = '\uFEFF';
const FENCE = /^---[ \t]*$/;

export interface FrontMatterBlock {
  /** The YAML between the fences, with its original line endings. */
  yaml: string;
  /** README line number of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  /** README line number of the closing `---`. */
  closingLine: number;
}

export type ExtractResult = { ok: true; block: FrontMatterBlock } | { ok: false; finding: ImportFinding };

interface Line {
  text: string;
  /** Offset of the line's first character in the BOM-less text. */
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/**
 * Finds the front-matter block; does not parse it. Blank lines before the opening `---` are allowed
 * because the Hub's own pattern (`^(\s*---[\r\n]+)…`, mirrored in huggingface_hub's repocard.py)
 * allows them; any other text before it means the file has no front matter.
 */
export function extractFrontMatter(readme: string): ExtractResult {
  const text = readme.startsWith(BOM) ? readme.slice(1) : readme;
  const lines = splitLines(text);
  let open = 0;
  while (open < lines.length - 1 && (lines[open] as Line).text.trim() === '') open++;
  const first = lines[open];
  if (!first || !FENCE.test(first.text)) {
    return {
      ok: false,
      finding: {
        severity: 'deny',
        code: 'hf.no-front-matter',
        message: 'no front matter at the start of the file: a Hugging Face model card begins with a `---` line, its YAML metadata and a closing `---` line',
        line: open + 1,
        column: 1,
      },
    };
  }
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (FENCE.test(line.text)) {
      const from = (lines[open + 1] as Line).start;
      return { ok: true, block: { yaml: text.slice(from, line.start), firstLine: open + 2, closingLine: i + 1 } };
    }
  }
  return {
    ok: false,
    finding: { severity: 'deny', code: 'hf.unclosed-front-matter', message: `the front matter opened by \`---\` on line ${open + 1} is never closed by a second \`---\` line`, line: open + 1, column: 1 },
  };
}

export interface FrontMatter {
  value: Record<string, unknown>;
  /** Parser warnings, already shifted to README lines. */
  diagnostics: Diagnostic[];
  /** README position of the node at `path` in the front matter. */
  locate(path: readonly PathSegment[]): Position;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter } | { ok: false; findings: ImportFinding[] };

/** Extracts and strictly parses the front matter; it must be a YAML mapping. */
export function parseFrontMatter(readme: string): FrontMatterResult {
  const extracted = extractFrontMatter(readme);
  if (!extracted.ok) return { ok: false, findings: [extracted.finding] };
  const { block } = extracted;
  const offset = block.firstLine - 1;
  const shift = (p: Position): Position => ({ line: p.line + offset, column: p.column });
  if (block.yaml.trim() === '') {
    return { ok: false, findings: [{ severity: 'deny', code: 'hf.empty-front-matter', message: 'the front matter is empty: there is no metadata to import', line: 1, column: 1 }] };
  }
  const parsed = parseStrictYaml(block.yaml);
  const diagnostics = parsed.diagnostics.map((d) => ({ ...d, ...shift(d) }));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (parsed.value === undefined || errors.length > 0) {
    return { ok: false, findings: diagnostics.map(diagnosticToFinding) };
  }
  if (!isRecord(parsed.value)) {
    const kind = Array.isArray(parsed.value) ? `a list (${parsed.value.length === 0 ? '[]' : `${parsed.value.length} items`})` : `a ${typeof parsed.value} (${JSON.stringify(parsed.value)})`;
    return {
      ok: false,
      findings: [
        ...diagnostics.map(diagnosticToFinding),
        { severity: 'deny', code: 'hf.front-matter-not-mapping', message: `the front matter is ${kind}, not a mapping of metadata keys such as license, language and model-index`, ...shift(parsed.locate([])) },
      ],
    };
  }
  return { ok: true, frontMatter: { value: parsed.value, diagnostics, locate: (path) => shift(parsed.locate(path)) } };
}

export function diagnosticToFinding(d: Diagnostic): ImportFinding {
  return { severity: d.severity === 'error' ? 'deny' : 'warn', code: d.code, message: d.message, line: d.line, column: d.column };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
