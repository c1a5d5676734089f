import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { render } from '../../scripts/gen-readme.mjs';
import { REPO_ROOT } from '../helpers/registry.js';

describe('README', () => {
  it('has generated sections that match their sources (run `npm run docs`)', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect((render as (s: string) => string)(readme)).toBe(readme);
  });

  it('shows the two quick-start commands', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
