/**
 * The compiled-pack cache: a policy pack's validators as ajv standalone code, written once per pack
 * digest and loaded on later runs instead of compiling again (compiling is most of a small run's
 * time). Custom keywords are functions, which standalone code cannot carry, so their references are
 * rewritten to a `mgKeywords` object handed in when the module is loaded.
 *
 * Only the CLI and unprivileged runs use it: the gate compiles the base branch's pack itself and
 * never runs code from a cache a pull request could have written (DESIGN §2).
 */
import { _, type Ajv } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import * as equal from 'ajv/dist/runtime/equal.js';
import * as ucs2length from 'ajv/dist/runtime/ucs2length.js';
import * as uri from 'ajv/dist/runtime/uri.js';
import * as validationError from 'ajv/dist/runtime/validation_error.js';
import * as formats from 'ajv-formats/dist/formats.js';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VERSION } from '../cli/version.js';
import { assemblePack, compilePack, validatorKey, type CompiledPack, type Validator } from './engine.js';
import { CUSTOM_KEYWORDS } from './keywords.js';
import type { PolicyPack } from './pack.js';

type ScopeName = { value?: { ref: unknown; code?: unknown } };
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (ajv: Ajv, refs: Record<string, string>) => string;

const KEYWORD_FUNCTIONS = new Map(CUSTOM_KEYWORDS.map((k) => [(k as { validate?: unknown }).validate, String(k.keyword)]));
const KEYWORDS_OBJECT: Record<string, unknown> = Object.fromEntries([...KEYWORD_FUNCTIONS].map(([fn, name]) => [name, fn]));

export function standaloneSource(ajv: Ajv, keys: Record<string, string>): string {
  const values = (ajv as unknown as { scope: { _values: Record<string, Map<unknown, ScopeName>> } }).scope._values;
  for (const name of values.keyword?.values() ?? []) {
    const keyword = KEYWORD_FUNCTIONS.get(name.value?.ref);
    if (keyword && name.value) name.value.code = _`mgKeywords[${keyword}]`;
  }
  return standaloneCode(ajv, keys);
}

/** What `require()` returned for a CommonJS module, from its ESM namespace (interop puts it on `default`). */
function moduleExports(ns: object): unknown {
  const d = (ns as { default?: unknown }).default;
  return d && typeof d === 'object' && '__esModule' in d ? d : ns;
}

// The modules generated code may require; anything else means the code is not ours to load.
const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/equal': moduleExports(equal),
  'ajv/dist/runtime/ucs2length': moduleExports(ucs2length),
  'ajv/dist/runtime/uri': moduleExports(uri),
  'ajv/dist/runtime/validation_error': moduleExports(validationError),
  'ajv-formats/dist/formats': moduleExports(formats),
};

/** Evaluates standalone code into its exported validators; throws when it needs anything unknown. */
export function loadStandalone(source: string): Record<string, Validator> {
  const exports: Record<string, Validator> = {};
  const require = (id: string): unknown => {
    if (!(id in RUNTIME)) throw new Error(`compiled pack needs unknown module ${id}`);
    return RUNTIME[id];
  };
  // ajv's own standalone mechanism: code ajv generated from this pack, read back from the local cache.
  new Function('require', 'exports', 'mgKeywords', 'self', source)(require, exports, KEYWORDS_OBJECT, undefined);
  return exports;
}

/**
 * The pack compiled, from `${dir}/packs/<digest>-<version>.cjs` when an earlier run left it there,
 * else compiled now (and written there for the next run). Without a directory it just compiles.
 */
export async function compilePackCached(pack: PolicyPack, dir: string | undefined, validateSchema: boolean): Promise<CompiledPack> {
  if (!dir) return compilePack(pack, { validateSchema });
  const file = path.join(dir, 'packs', `${pack.digest}-${VERSION}.cjs`);
  try {
    const validators = loadStandalone(await readFile(file, 'utf8'));
    const compiled = assemblePack(pack, (i, field) => validators[validatorKey(i, field)] ?? null);
    if (compiled.rules.every((r) => typeof r.schema === 'function')) return compiled;
  } catch {
    // absent, from another version, or unreadable: compile afresh below
  }
  let source = '';
  const compiled = compilePack(pack, { validateSchema, onCompiled: (ajv, keys) => (source = standaloneSource(ajv, keys)) });
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, source);
    await rename(tmp, file);
  } catch {
    // a read-only cache directory makes the next run slower, not wrong
  }
  return compiled;
}
