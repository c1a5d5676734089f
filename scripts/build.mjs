// Builds every bundle into dist/ with @vercel/ncc (minified ESM). Type checking is `npm run typecheck`;
// ncc runs transpile-only so a type error elsewhere in the tree cannot change what a bundle contains.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = [
  ['src/cli/index.ts', 'dist/cli'],
  ['src/validate/worker.ts', 'dist/worker'],
];
const actionsDir = path.join(root, 'src/actions');
if (existsSync(actionsDir)) {
  for (const name of readdirSync(actionsDir).sort()) {
    const entry = path.join('src/actions', name, 'index.ts');
    if (existsSync(path.join(root, entry))) entries.push([entry, path.join('dist/actions', name)]);
  }
}
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/.bin/ncc');
for (const [entry, out] of entries) {
  execFileSync(ncc, ['build', entry, '-o', out, '--minify', '--transpile-only', '--quiet', '--no-source-map-register'], { cwd: root, stdio: 'inherit' });
  console.log(`built ${out}`);
}
