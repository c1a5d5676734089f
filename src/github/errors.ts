/**
 * GitHub API failures, translated into what the user should change.
 *
 * The API's messages are matched as constants (as peter-evans/create-pull-request does), by substring
 * of the response body's `message`: octokit 22 appends " - <documentation_url>" and any `errors` to
 * `err.message`, so an exact comparison of `err.message` (as actions/labeler once did) no longer holds.
 * Errors are recognised by shape, not class, so this module needs no octokit import and also reads
 * errors from other clients (e.g. a user's github-script step).
 */

/** GitHub's own words, as the REST API returns them in `message`. */
export const GITHUB_ERROR_MESSAGES = {
  /** 403: a GITHUB_TOKEN or GitHub App token lacks a permission. */
  integrationForbidden: 'Resource not accessible by integration',
  /** 403: a fine-grained personal access token lacks a permission or the repository. */
  personalAccessTokenForbidden: 'Resource not accessible by personal access token',
  /** 403/422: the repository or organisation setting forbids Actions to open or approve PRs. */
  actionsCannotCreatePullRequests: 'GitHub Actions is not permitted to create or approve pull requests',
  /** 401: token wrong, revoked or expired (a job's GITHUB_TOKEN expires when the job ends). */
  badCredentials: 'Bad credentials',
  /** 403/429: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." */
  secondaryRateLimit: 'secondary rate limit',
  /** 403/429: "API rate limit exceeded for installation ID …" / "… for user ID …". */
  primaryRateLimit: 'API rate limit exceeded',
  /** 403: branch protection read with a token that is not a repository admin. */
  adminRightsRequired: 'Must have admin rights to Repository',
  /** 403: a PAT not yet authorised for an organisation that enforces SAML SSO. */
  samlEnforcement: 'Resource protected by organization SAML enforcement',
  /** 422 on POST /pulls: an open PR for that head and base exists. */
  pullRequestExists: 'A pull request already exists for',
  /** 422 on POST /git/refs. */
  referenceExists: 'Reference already exists',
  /** 422 on PATCH /git/refs/{ref} without force: the ref moved since it was read. */
  notFastForward: 'Update is not a fast forward',
  /** 422 on POST /pulls/{n}/requested_reviewers. */
  reviewersNotCollaborators: 'Reviews may only be requested from collaborators',
} as const;

export type GitHubErrorKind = 'permission' | 'not-found' | 'validation' | 'rate-limit' | 'server' | 'unknown';

export interface GitHubErrorExplanation {
  title: string;
  /** What happened, with the API's own message quoted. */
  message: string;
  /** What to change; '' when there is nothing better to say than the message. */
  fix: string;
  kind: GitHubErrorKind;
  /** HTTP status, when there was a response. */
  status?: number;
}

export interface GitHubErrorContext {
  /** The modelgate action or command that made the call, e.g. "validate". */
  action?: string;
  /** The workflow permission the call needs, e.g. "checks: write"; inferred when absent. */
  permission?: string;
}

/** Keys a workflow's `permissions:` block accepts; anything else needs a GitHub App or a PAT. */
const WORKFLOW_PERMISSIONS = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
]);

interface ApiErrorDetail {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

interface Facts {
  status?: number;
  apiMessage: string;
  details: ApiErrorDetail[];
  documentationUrl?: string;
  headers: Record<string, string>;
  method?: string;
  path?: string;
  hasResponse: boolean;
}

function facts(err: unknown): Facts {
  const e = (err ?? {}) as {
    status?: unknown;
    message?: unknown;
    response?: { status?: unknown; data?: unknown; headers?: Record<string, unknown> };
    request?: { method?: unknown; url?: unknown };
  };
  const data = e.response?.data;
  const body = data && typeof data === 'object' ? (data as { message?: unknown; errors?: unknown; documentation_url?: unknown }) : undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.response?.headers ?? {})) if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
  const rawStatus = typeof e.status === 'number' ? e.status : typeof e.response?.status === 'number' ? e.response.status : undefined;
  const details = Array.isArray(body?.errors)
    ? body.errors.map((d: unknown): ApiErrorDetail => (typeof d === 'string' ? { message: d } : ((d ?? {}) as ApiErrorDetail)))
    : [];
  let path: string | undefined;
  if (typeof e.request?.url === 'string') {
    try {
      path = decodeURIComponent(new URL(e.request.url).pathname);
    } catch {
      path = e.request.url;
    }
  }
  const fallback = typeof e.message === 'string' ? e.message : err instanceof Error ? err.message : String(err);
  return {
    status: rawStatus,
    apiMessage: typeof body?.message === 'string' ? body.message : typeof data === 'string' && data ? data : fallback,
    details,
    documentationUrl: typeof body?.documentation_url === 'string' ? body.documentation_url : undefined,
    headers,
    method: typeof e.request?.method === 'string' ? e.request.method.toUpperCase() : undefined,
    path,
    hasResponse: e.response !== undefined,
  };
}

/** "checks=write; pull_requests=write,contents=read" → the first set, as workflow syntax. */
function permissionFromHeader(header: string | undefined): string | undefined {
  const firstSet = header?.split(';')[0]?.trim();
  if (!firstSet) return undefined;
  const parts = firstSet
    .split(',')
    .map((p) => p.trim().split('='))
    .filter((p): p is [string, string] => p.length === 2 && !!p[0] && !!p[1])
    .map(([name, level]) => `${name.replace(/_/g, '-')}: ${level}`);
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The permission a REST path needs, for when neither the caller nor GitHub said. Comments go through
 * the issues API for pull requests too, and `issues: write` covers both.
 */
function permissionFromRoute(method: string | undefined, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  const rules: [RegExp, string][] = [
    [/\/branches\/.+\/protection/, 'administration'],
    [/\/check-runs|\/check-suites/, 'checks'],
    [/\/statuses(\/|$)/, 'statuses'],
    [/\/pulls(\/|$)/, 'pull-requests'],
    [/\/issues(\/|$)/, 'issues'],
    [/\/(git|contents)\//, 'contents'],
    [/\/deployments(\/|$)/, 'deployments'],
    [/\/actions\//, 'actions'],
    [/\/orgs\/[^/]+\/teams/, 'members'],
  ];
  const hit = rules.find(([re]) => re.test(path));
  return hit ? `${hit[1]}: ${level}` : undefined;
}

function describeDetail(d: ApiErrorDetail): string {
  if (d.message) return d.field ? `${d.field}: ${d.message}` : d.message;
  const what = [d.resource, d.field].filter(Boolean).join('.');
  return [what, d.code].filter(Boolean).join(' ') || JSON.stringify(d);
}

const FORK_NOTE =
  'On `pull_request` runs from forks the token is read-only whatever the block says: modelgate writes ' +
  'checks and comments from `pull_request_target` or `workflow_run` jobs.';

/**
 * What went wrong and what to change, for any error a GitHub API call threw. Never throws itself.
 *
 *   catch (err) { const e = explainGitHubError(err, { action: 'validate', permission: 'checks: write' });
 *                 core.error(`${e.message}\n${e.fix}`, { title: e.title }); }
 */
export function explainGitHubError(err: unknown, context: GitHubErrorContext = {}): GitHubErrorExplanation {
  const f = facts(err);
  const prefix = context.action ? `modelgate ${context.action}: ` : '';
  const request = f.method && f.path ? `${f.method} ${f.path}` : 'A GitHub API request';
  const quoted = `${request} failed${f.status ? ` with ${f.status}` : ''}: "${f.apiMessage}"`;
  const has = (text: string) => f.apiMessage.toLowerCase().includes(text.toLowerCase());
  const M = GITHUB_ERROR_MESSAGES;
  const status = f.status;
  const make = (kind: GitHubErrorKind, title: string, message: string, fix: string): GitHubErrorExplanation => ({
    kind,
    title: `${prefix}${title}`,
    message,
    fix,
    ...(status !== undefined && f.hasResponse ? { status } : {}),
  });

  // octokit reports a request that got no response at all (DNS, TLS, refused) as status 500.
  if (!f.hasResponse && (status === undefined || status === 500) && (f.method || /fetch failed|ECONN|ENOTFOUND|ETIMEDOUT|socket/i.test(f.apiMessage))) {
    return make(
      'server',
      'Could not reach the GitHub API',
      `${request} got no response: ${f.apiMessage}`,
      'Check that the runner can reach the API (GITHUB_API_URL on GitHub Enterprise Server, https://api.github.com otherwise). ' +
        "Behind a proxy, note that Node's built-in fetch ignores HTTPS_PROXY.",
    );
  }

  if (has(M.actionsCannotCreatePullRequests)) {
    return make(
      'permission',
      'GitHub Actions may not create pull requests here',
      quoted,
      'Enable "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions ' +
        '(in an organisation, enable it in the organisation\'s Settings → Actions → General first; until then the repository checkbox is disabled). ' +
        'Or give the action a GitHub App installation token (e.g. from actions/create-github-app-token) with Pull requests and Contents write: ' +
        "pull requests opened with it also run their checks unattended, which ones opened with GITHUB_TOKEN do not.",
    );
  }

  if ((status === 403 || status === 429) && has(M.secondaryRateLimit)) {
    const wait = f.headers['retry-after'];
    return make(
      'rate-limit',
      'GitHub secondary rate limit',
      `${quoted}${wait ? ` (retry-after: ${wait} s)` : ''}`,
      'Too many requests in a short time (often concurrent writes). The client already waited and retried; ' +
        'run fewer modelgate jobs at once (a `concurrency:` group per workflow) or re-run the job later.',
    );
  }

  if ((status === 403 || status === 429) && (f.headers['x-ratelimit-remaining'] === '0' || has(M.primaryRateLimit))) {
    const reset = Number(f.headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    return make(
      'rate-limit',
      'GitHub API rate limit exhausted',
      `${quoted}${when}`,
      "The token's hourly quota is spent (GITHUB_TOKEN: 1,000 requests per hour per repository). Re-run after the reset, " +
        'or use a GitHub App installation token, whose quota is larger and separate from other workflows.',
    );
  }

  if (status === 401) {
    return make(
      'permission',
      'GitHub rejected the token',
      quoted,
      'The token is wrong, revoked or expired. Pass `${{ github.token }}` (valid until the job ends), a fresh GitHub App ' +
        'installation token (valid one hour), or a personal access token that has not expired.',
    );
  }

  if (has(M.samlEnforcement)) {
    return make(
      'permission',
      'The token is not authorised for this organisation (SAML SSO)',
      quoted,
      'Authorise the personal access token for the organisation (GitHub → Settings → Personal access tokens → Configure SSO), or use a GitHub App token.',
    );
  }

  if (has(M.adminRightsRequired)) {
    return make(
      'permission',
      'Reading branch protection needs repository admin rights',
      quoted,
      'GITHUB_TOKEN cannot have the Administration permission. modelgate reads the rules that apply to a branch from ' +
        '`GET /repos/{owner}/{repo}/rules/branches/{branch}`, which needs no admin rights; for classic branch protection ' +
        'use a GitHub App token with Administration: read.',
    );
  }

  if (status === 403 && (has(M.integrationForbidden) || has(M.personalAccessTokenForbidden))) {
    const permission = context.permission ?? permissionFromHeader(f.headers['x-accepted-github-permissions']) ?? permissionFromRoute(f.method, f.path);
    const name = permission?.split(':')[0]?.trim();
    const pat = has(M.personalAccessTokenForbidden);
    if (pat) {
      return make(
        'permission',
        `The personal access token lacks ${permission ? `the \`${permission}\` permission` : 'a permission'}`,
        quoted,
        `Edit the fine-grained token: give it access to this repository${permission ? ` and the ${permission} permission` : ''}.`,
      );
    }
    if (name && !WORKFLOW_PERMISSIONS.has(name)) {
      return make(
        'permission',
        `The token lacks the \`${permission}\` permission, which GITHUB_TOKEN cannot have`,
        quoted,
        `Use a GitHub App installation token (or a personal access token) granted ${permission}.`,
      );
    }
    const block = permission ? `\n\n    permissions:\n      ${permission.split(', ').join('\n      ')}\n\n` : ' ';
    return make(
      'permission',
      permission ? `The workflow token lacks the \`${permission}\` permission` : 'The workflow token lacks a permission',
      quoted,
      `Add ${permission ? 'it' : 'the permission this call needs'} to the job's \`permissions:\` block` +
        `${block}(once a job lists any permission, every unlisted one is \`none\`). ${FORK_NOTE}`,
    );
  }

  if (status === 403) {
    return make('permission', 'GitHub refused the request', quoted, `Check the token's access to this repository and its permissions. ${FORK_NOTE}`);
  }

  if (status === 404 && f.path && /\/orgs\/[^/]+\/teams\//.test(f.path)) {
    return make(
      'not-found',
      'Cannot read the team: the token has no organisation access',
      `${quoted}. GitHub answers 404 both when the team does not exist and when the token may not see it, so modelgate cannot tell "not a member" from "cannot tell".`,
      'GITHUB_TOKEN has no organisation permissions. Pass a GitHub App installation token with the organisation permission ' +
        'Members: read (or a personal access token with `read:org`; fine-grained: organisation Members: read), and check the team slug.',
    );
  }

  if (status === 404) {
    return make(
      'not-found',
      'Not found, or not visible to this token',
      `${quoted}. GitHub answers 404, not 403, when a token may not see a private resource.`,
      'Check the owner, repository and names in the request, and that the token can read the repository (`contents: read`).',
    );
  }

  if (status === 422 || status === 409) {
    const listed = f.details.map(describeDetail);
    const message = listed.length ? `${quoted}\n${listed.map((l) => `  - ${l}`).join('\n')}` : quoted;
    const all = [f.apiMessage, ...listed].join('\n');
    const mentions = (text: string) => all.toLowerCase().includes(text.toLowerCase());
    if (mentions(M.pullRequestExists)) {
      return make('validation', 'A pull request for this branch already exists', message, 'Update the open pull request for this head branch instead of creating one.');
    }
    if (mentions(M.referenceExists)) {
      return make('validation', 'The branch or tag already exists', message, 'Update the existing ref (PATCH /git/refs/{ref}) instead of creating it.');
    }
    if (mentions(M.notFastForward)) {
      return make(
        'validation',
        'The ref moved since it was read',
        message,
        'Another writer updated the branch first. Re-read the ref, rebuild the commit on top of it and try again.',
      );
    }
    if (mentions(M.reviewersNotCollaborators)) {
      return make(
        'validation',
        'Reviewers must be collaborators',
        message,
        'Request only users with access to the repository, and teams that have been given access to it.',
      );
    }
    return make(
      'validation',
      status === 409 ? 'GitHub reported a conflict' : 'GitHub rejected the request as invalid',
      message,
      f.documentationUrl ? `See ${f.documentationUrl}` : '',
    );
  }

  if (status !== undefined && status >= 500) {
    return make(
      'server',
      `GitHub returned ${status}`,
      quoted,
      'A failure on GitHub\'s side that persisted through retries. Re-run the job; see https://www.githubstatus.com ' +
        '(on GitHub Enterprise Server, ask its administrators).',
    );
  }

  return make('unknown', status ? `GitHub API error ${status}` : 'GitHub API error', quoted, f.documentationUrl ? `See ${f.documentationUrl}` : '');
}
