#!/usr/bin/env node
// Writes test/fixtures/openapi/github-subset.json: the operations modelgate calls, cut out of GitHub's
// own OpenAPI description with every component they reference. The whole @octokit/openapi package is
// ~385 MB installed, far too much to carry as a dependency for a test harness, so this script fetches
// it once into a temporary directory and keeps only what the harness checks mocks against.
//
//   node scripts/openapi/generate-subset.mjs                 # the pinned version below
//   OCTOKIT_OPENAPI_VERSION=latest node scripts/openapi/generate-subset.mjs
//
// To cover a new API call: add its "METHOD /path" (exactly as in GitHub's REST docs) to OPERATIONS
// and run the script again. The script fails if an operation is not in the description.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPERATIONS = [
  // repositories
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  // pull requests
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  // issues and comments
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  // checks and statuses
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  // teams and permissions
  'GET /orgs/{org}/teams/{team_slug}',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'GET /orgs/{org}/teams/{team_slug}/members',
  // git data (the audit branch)
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/blobs',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  // deployments
  'GET /repos/{owner}/{repo}/deployments',
  'POST /repos/{owner}/{repo}/deployments',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  // actions and meta
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  'GET /rate_limit',
];

// Responses GitHub can give on any operation although most operations do not list them (auth, rate
// limits, outages); the harness validates such "global" mocks against these.
export const EXTRA_COMPONENTS = [
  '#/components/responses/requires_authentication',
  '#/components/responses/forbidden',
  '#/components/responses/not_found',
  '#/components/responses/validation_failed',
  '#/components/responses/internal_error',
  '#/components/responses/service_unavailable',
  '#/components/schemas/basic-error',
  '#/components/schemas/validation-error',
];

const PACKAGE = '@octokit/openapi';
const PINNED_VERSION = '23.0.2';
const DESCRIPTION_FILE = 'package/generated/api.github.com.json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = join(root, 'test', 'fixtures', 'openapi', 'github-subset.json');

function download(version) {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-openapi-'));
  try {
    // npm pack fetches the tarball without installing; tar then extracts the one description needed.
    execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${PACKAGE}@${version} produced no tarball in ${dir}`);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, DESCRIPTION_FILE, 'package/package.json']);
    const pkg = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
    const description = JSON.parse(readFileSync(join(dir, DESCRIPTION_FILE), 'utf8'));
    return { pkgVersion: pkg.version, description };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pointerGet(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node;
}

function collectRefs(node, found) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
}

export function buildSubset(description, operations = OPERATIONS, extra = EXTRA_COMPONENTS) {
  const paths = {};
  const pending = [...extra];
  for (const entry of operations) {
    const [method, path, ...rest] = entry.split(' ');
    if (!method || !path || rest.length) throw new Error(`bad operation entry "${entry}"`);
    const item = description.paths[path];
    const operation = item?.[method.toLowerCase()];
    if (!operation) throw new Error(`${entry} is not an operation in GitHub's description`);
    const kept = (paths[path] ??= {});
    if (item.parameters) kept.parameters = item.parameters;
    kept[method.toLowerCase()] = operation;
    collectRefs(kept, pending);
  }

  const components = {};
  const seen = new Set();
  while (pending.length) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [section, name, ...deeper] = ref.slice(2).split('/');
    if (section !== 'components' || !name || deeper.length !== 1) {
      throw new Error(`unexpected $ref shape ${ref}`);
    }
    const value = pointerGet(description, ref);
    ((components[name] ??= {})[deeper[0].replace(/~1/g, '/').replace(/~0/g, '~')] = value);
    collectRefs(value, pending);
  }
  // Sorted so a regeneration diff shows only what GitHub changed.
  for (const section of Object.keys(components)) {
    components[section] = Object.fromEntries(Object.entries(components[section]).sort(([a], [b]) => a.localeCompare(b)));
  }
  const sortedPaths = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  return { paths: sortedPaths, components };
}

async function main() {
  const version = process.env.OCTOKIT_OPENAPI_VERSION || PINNED_VERSION;
  const { pkgVersion, description } = download(version);
  const { paths, components } = buildSubset(description);
  const subset = {
    openapi: description.openapi,
    info: {
      ...description.info,
      'x-modelgate-subset': {
        source: `${PACKAGE}@${pkgVersion} ${DESCRIPTION_FILE.replace(/^package\//, '')}`,
        generator: 'scripts/openapi/generate-subset.mjs',
        operations: OPERATIONS.length,
      },
    },
    servers: description.servers,
    paths,
    components,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(subset, null, 1)}\n`);
  const kb = Math.round(readFileSync(outFile).length / 1024);
  const counts = Object.entries(components).map(([k, v]) => `${Object.keys(v).length} ${k}`).join(', ');
  console.log(`wrote ${outFile} (${kb} KiB): ${OPERATIONS.length} operations; ${counts}; from ${PACKAGE}@${pkgVersion}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
