// Builds every bundle into dist/ with @vercel/ncc (minified ESM). Type checking is `npm run typecheck`;
// ncc runs transpile-only so a type error elsewhere in the tree cannot change what a bundle contains.
// Bundles are built into a fresh directory and swapped in only when every one of them built, so a
// failed build never leaves dist/ half-written.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  ['src/cli/index.ts', 'cli'],
  ['src/validate/worker.ts', 'worker'],
];
const actionsDir = path.join(root, 'src/actions');
for (const name of existsSync(actionsDir) ? readdirSync(actionsDir).sort() : []) {
  const entry = path.join('src/actions', name, 'index.ts');
  if (existsSync(path.join(root, entry))) entries.push([entry, path.join('actions', name)]);
}
const staging = path.join(root, `.dist-build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/.bin/ncc');
try {
  for (const [entry, out] of entries) {
    execFileSync(ncc, ['build', entry, '-o', path.join(staging, out), '--minify', '--transpile-only', '--quiet', '--no-source-map-register'], { cwd: root, stdio: 'inherit' });
    console.log(`built dist/${out}`);
  }
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  renameSync(staging, path.join(root, 'dist'));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
