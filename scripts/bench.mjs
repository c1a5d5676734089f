// `npm run bench`: bundles bench/run.ts with ncc (the benchmarks are TypeScript, and Node 20 runs
// no TypeScript) into .bench/ and runs it. Pass arguments through: npm run bench -- --only validate
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(path.join(root, 'node_modules/.bin/ncc'), ['build', 'bench/run.ts', '-o', '.bench', '--transpile-only', '--quiet'], { cwd: root, stdio: 'inherit' });
const r = spawnSync(process.execPath, ['.bench/index.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
