// `modelgate owners` run in-process on a real repository layout in a temp directory.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { MAX_CODEOWNERS_BYTES } from '../../src/approvals/codeowners.js';
import { run, spec, toRepositoryPath } from '../../src/cli/commands/owners.js';
import { memoryIO } from '../../src/cli/io.js';

const GITHUB_CODEOWNERS = [
  '# owners of the registry', // 1
  '*                 @acme/platform', // 2
  '/models/fraud/    @acme/fraud-ml @alice   # the fraud team', // 3
  '*.md              docs@acme.example', // 4
  '/models/[x]/      @bob', // 5: invalid, skipped
  '/generated/', // 6: un-owned
  'policies/         @acme/model-risk', // 7
].join('\n');

let repo: string;

function write(path: string, text: string | Uint8Array): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

async function owners(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(repo);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'modelgate-owners-'));
  write('.github/CODEOWNERS', GITHUB_CODEOWNERS);
  write('CODEOWNERS', '* @root-owner\n');
  write('docs/CODEOWNERS', '* @docs-owner\n');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('modelgate owners: output', () => {
  it('prints each path with its owners and deciding line, as text', async () => {
    const r = await owners('models/fraud/model.yaml', 'models/fraud/README.md', 'generated/x.ts', 'src/app.ts');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'CODEOWNERS: .github/CODEOWNERS',
      'models/fraud/model.yaml  →  @acme/fraud-ml @alice  (line 3: /models/fraud/)',
      'models/fraud/README.md   →  docs@acme.example  (line 4: *.md)',
      'generated/x.ts           →  no owner  (line 6: /generated/)',
      'src/app.ts               →  @acme/platform  (line 2: *)',
      '',
    ]);
  });

  it('prints exactly {results, errors} as JSON', async () => {
    const r = await owners('--format', 'json', 'policies/deny.yaml', 'generated/x.ts', 'models/[x]/a');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      results: [
        { path: 'policies/deny.yaml', owners: ['@acme/model-risk'], line: 7 },
        { path: 'generated/x.ts', owners: [], line: 6 },
        { path: 'models/[x]/a', owners: ['@acme/platform'], line: 2 },
      ],
      errors: [{ line: 5, message: expect.stringMatching(/both \[ and \] must be escaped/) as unknown as string }],
    });
  });

  it('says "no owner" with no line when nothing matches', async () => {
    write('.github/CODEOWNERS', '/src/ @dev\n');
    const r = await owners('docs/a.md');
    expect(r.out).toContain('docs/a.md  →  no owner\n');
    const json = await owners('--format', 'json', 'docs/a.md');
    expect(JSON.parse(json.out)).toEqual({ results: [{ path: 'docs/a.md', owners: [], line: null }], errors: [] });
  });

  it('warns on stderr about invalid lines, with their line numbers', async () => {
    const r = await owners('README.md');
    expect(r.err).toMatch(/^warning: \.github\/CODEOWNERS line 5: pattern '\/models\/\[x\]\/': both \[ and \] must be escaped/m);
    expect(r.err).toContain('line ignored');
  });

  it('treats a trailing / as a question about a directory', async () => {
    write('.github/CODEOWNERS', '* @all\nassets/ @design\n');
    expect((await owners('assets')).out).toContain('@all  (line 1: *)');
    expect((await owners('assets/')).out).toContain('@design  (line 2: assets/)');
  });
});

describe('modelgate owners: finding CODEOWNERS', () => {
  it('prefers .github/ over the root over docs/', async () => {
    expect((await owners('a.txt')).out).toContain('@acme/platform');
    rmSync(join(repo, '.github/CODEOWNERS'));
    expect((await owners('a.txt')).out).toMatch(/CODEOWNERS: CODEOWNERS\n.*@root-owner/);
    rmSync(join(repo, 'CODEOWNERS'));
    expect((await owners('a.txt')).out).toMatch(/CODEOWNERS: docs\/CODEOWNERS\n.*@docs-owner/);
  });

  it('finds nothing in .gitlab/, in subdirectories or under a lower-case name', async () => {
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) rmSync(join(repo, path));
    write('.gitlab/CODEOWNERS', '* @gitlab\n');
    write('src/CODEOWNERS', '* @nested\n');
    write('.github/codeowners', '* @lower\n');
    const r = await owners('src/a.ts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('CODEOWNERS: none found');
    expect(r.out).toContain('src/a.ts  →  no owner');
    expect(r.err).toMatch(/no CODEOWNERS file/);
  });

  it('reports a file of 3 MB or more as not loaded, like GitHub', async () => {
    write('.github/CODEOWNERS', `* @big\n${'#'.repeat(MAX_CODEOWNERS_BYTES)}\n`);
    const r = await owners('--format', 'json', 'a.txt');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      results: [{ path: 'a.txt', owners: [], line: null }],
      errors: [{ line: 0, message: expect.stringMatching(/3 MB/) as unknown as string }],
    });
    expect(r.err).toMatch(/3 MB/);
  });

  it('refuses a symlinked CODEOWNERS', async () => {
    rmSync(join(repo, '.github/CODEOWNERS'));
    symlinkSync('../CODEOWNERS', join(repo, '.github/CODEOWNERS'));
    const r = await owners('a.txt');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/symlink/);
  });

  it('reads the file named by --codeowners, relative to the working directory', async () => {
    write('other/OWNERS', '*.py @py\n');
    const r = await owners('--codeowners', 'other/OWNERS', 'x/a.py');
    expect(r.code).toBe(0);
    expect(r.out).toContain('CODEOWNERS: other/OWNERS');
    expect(r.out).toContain('@py  (line 1: *.py)');
  });

  it('looks in --repo, relative to the working directory', async () => {
    const io = memoryIO(join(repo, '..'));
    const code = await run(['--repo', repo.split('/').pop()!, 'a.txt'], io);
    expect(code).toBe(0);
    expect(io.out()).toContain('@acme/platform');
  });
});

describe('modelgate owners: usage', () => {
  it('prints help with an example', async () => {
    const r = await owners('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: ${spec.usage}`);
    expect(r.out).toMatch(/Examples:\n {2}modelgate owners /);
  });

  it.each([
    [[], /at least one path/],
    [['--frobnicate', 'a'], /frobnicate/],
    [['--format', 'xml', 'a'], /--format must be one of text, json/],
    [['--codeowners', 'missing/CODEOWNERS', 'a'], /missing\/CODEOWNERS: no such CODEOWNERS file/],
    [['--repo', 'no/such/dir', 'a'], /--repo no\/such\/dir: no such directory/],
    [['../outside'], /cannot contain \.\./],
  ])('exits 2 for %j', async (argv, message) => {
    const r = await owners(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});

describe('toRepositoryPath', () => {
  it('normalises what people type into what GitHub matches', () => {
    expect(toRepositoryPath('/r', './models//fraud/./x.yaml')).toBe('models/fraud/x.yaml');
    expect(toRepositoryPath('/r', '/r/models/fraud/')).toBe('models/fraud/');
    expect(() => toRepositoryPath('/r', '/elsewhere/x')).toThrow(/not inside the repository/);
    expect(() => toRepositoryPath('/r', './')).toThrow(/names no file/);
  });
});
