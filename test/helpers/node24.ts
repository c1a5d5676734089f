/** Node 24, which the actions run on: $MODELGATE_NODE24 (set by .ci/run), else the copy `npm install --prefix .node24 node@24` put in the checkout. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './registry.js';

export function findNode24(): string | undefined {
  const fromEnv = process.env.MODELGATE_NODE24;
  if (fromEnv) return fromEnv;
  const local = path.join(REPO_ROOT, '.node24/node_modules/.bin/node');
  return existsSync(local) ? local : undefined;
}
