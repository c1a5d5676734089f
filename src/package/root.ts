/**
 * The installed modelgate package's own directory (for the shipped schemas and default policy
 * pack), found by walking up from this module: the same code works from src/ under vitest, from
 * dist/cli/ and from dist/actions/<name>/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'modelgate') return (cached = dir);
      } catch {
        // an unreadable package.json on the way up is not ours
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the modelgate package directory (its package.json) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
