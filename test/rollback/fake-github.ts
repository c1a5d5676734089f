/**
 * A stateful repository on the OpenAPI-checked harness: branches, the Git Data API, pull requests,
 * issues, labels and review requests. Every reply is checked against GitHub's description as it is
 * produced. Hooks let a test answer one call the way GitHub sometimes does (eventual consistency, a
 * racing writer) without replacing the fake.
 */
import { blobId, sha1, treeLevel, type Flat, type TreeEntry } from '../harness/git-objects.js';
import { exampleResponse, type GitHubMock, type RecordedRequest } from '../harness/github.js';

type Reply = { status: number; body?: unknown; global?: boolean };


export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
}

export interface FakeIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
  userType: 'Bot' | 'User';
}

export class FakeRepo {
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly trees = new Map<string, Flat>();
  readonly blobs = new Map<string, string>();
  readonly pulls: FakePull[] = [];
  readonly issues: FakeIssue[] = [];
  readonly statuses = new Map<string, { context: string; state: string; description: string }[]>();
  private next = 1;
  private clock = 0;
  /** Answers a call before the fake does, once per queued entry: `undefined` lets the fake answer. */
  readonly hooks: Partial<Record<'createRef' | 'createPull' | 'listPulls' | 'addLabels' | 'requestReviewers', ((r: RecordedRequest) => Reply | undefined)[]>> = {};

  constructor(
    readonly owner: string,
    readonly repo: string,
    files: Record<string, string>,
    readonly defaultBranch = 'main',
  ) {
    const tree = this.putTree(new Map(Object.entries(files)));
    const commit = sha1(`root ${tree}`);
    this.commits.set(commit, { tree, parents: [], message: 'initial' });
    this.refs.set(`heads/${defaultBranch}`, commit);
  }

  private base(): string {
    return `/repos/${this.owner}/${this.repo}`;
  }

  private putTree(flat: Flat): string {
    const sha = sha1(`tree ${JSON.stringify([...flat].sort())}`);
    this.trees.set(sha, flat);
    for (const text of flat.values()) this.blobs.set(blobId(text), text);
    return sha;
  }

  /** Commits files on a branch (a person merging something meanwhile). */
  commitOn(branch: string, files: Record<string, string>): string {
    const parent = this.refs.get(`heads/${branch}`)!;
    const flat = new Map(this.trees.get(this.commits.get(parent)!.tree));
    for (const [p, t] of Object.entries(files)) flat.set(p, t);
    const tree = this.putTree(flat);
    const sha = sha1(`commit ${tree} ${parent} ${this.clock++}`);
    this.commits.set(sha, { tree, parents: [parent], message: 'change' });
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  filesAt(branch: string): Flat {
    const tip = this.refs.get(`heads/${branch}`);
    return tip ? this.trees.get(this.commits.get(tip)!.tree)! : new Map();
  }

  addPull(p: Partial<FakePull> & { head: string }): FakePull {
    const pull: FakePull = { number: this.next++, state: 'open', merged: false, base: this.defaultBranch, title: 't', body: '', labels: [], reviewers: [], teamReviewers: [], ...p };
    this.pulls.push(pull);
    return pull;
  }

  addIssue(i: Partial<FakeIssue>): FakeIssue {
    const issue: FakeIssue = { number: this.next++, state: 'open', title: 't', body: '', labels: [], userType: 'Bot', ...i };
    this.issues.push(issue);
    return issue;
  }

  private hook(name: keyof FakeRepo['hooks'], r: RecordedRequest): Reply | undefined {
    const queue = this.hooks[name];
    if (!queue || queue.length === 0) return undefined;
    return queue.shift()!(r);
  }

  private level(flat: Flat, prefix: string): TreeEntry[] {
    return treeLevel(flat, prefix, this.base(), (sub) => this.putTree(sub));
  }

  private refBody(ref: string, sha: string): unknown {
    return { ...(exampleResponse('GET', '/repos/{owner}/{repo}/git/ref/{ref}') as object), ref: `refs/${ref}`, object: { type: 'commit', sha, url: `https://api.github.com${this.base()}/git/commits/${sha}` } };
  }

  private commitBody(sha: string): unknown {
    const c = this.commits.get(sha)!;
    const example = exampleResponse('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}') as Record<string, unknown>;
    return { ...example, sha, message: c.message, tree: { sha: c.tree, url: `https://api.github.com${this.base()}/git/trees/${c.tree}` }, parents: c.parents.map((p) => ({ sha: p, url: 'https://api.github.com/x', html_url: 'https://github.com/x' })) };
  }

  private pullBody(p: FakePull, template: 'list' | 'full'): unknown {
    const example = (template === 'list' ? (exampleResponse('GET', '/repos/{owner}/{repo}/pulls') as unknown[])[0] : exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}')) as Record<string, unknown>;
    const head = example.head as Record<string, unknown>;
    const base = example.base as Record<string, unknown>;
    return {
      ...example,
      number: p.number,
      state: p.state,
      merged_at: p.merged ? '2026-03-01T12:00:00Z' : null,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`,
      title: p.title,
      body: p.body,
      head: { ...head, ref: p.head },
      base: { ...base, ref: p.base },
    };
  }

  private issueBody(i: FakeIssue): unknown {
    const example = exampleResponse('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}') as Record<string, unknown>;
    const { pull_request: _drop, ...rest } = example;
    return { ...rest, number: i.number, state: i.state, title: i.title, body: i.body, html_url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`, user: { ...(example.user as object), type: i.userType } };
  }

  private notFound(): Reply {
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, global: true };
  }

  private unprocessable(message: string, errors?: { message: string }[]): Reply {
    return { status: 422, body: { message, documentation_url: 'https://docs.github.com/rest', ...(errors ? { errors: errors.map((e) => ({ resource: 'PullRequest', code: 'custom', message: e.message })) } : {}) } };
  }

  /** Installs every route; `branches` are the refs (with slashes) that will be read or moved by name. */
  install(gh: GitHubMock, branches: string[]): void {
    const b = this.base();
    const opt = { times: 1000, optional: true, status: 200 } as const;
    for (const branch of [this.defaultBranch, ...branches]) {
      gh.route('GET', `${b}/git/ref/heads/${branch}`, {
        ...opt,
        dynamic: () => {
          const sha = this.refs.get(`heads/${branch}`);
          return sha ? { status: 200, body: this.refBody(`heads/${branch}`, sha) } : this.notFound();
        },
      });
      gh.route('PATCH', `${b}/git/refs/heads/${branch}`, {
        ...opt,
        dynamic: (r) => {
          const body = r.body as { sha: string; force?: boolean };
          const current = this.refs.get(`heads/${branch}`);
          if (!current) return this.unprocessable('Reference does not exist');
          if (!body.force && !this.commits.get(body.sha)?.parents.includes(current)) return this.unprocessable('Update is not a fast forward');
          this.refs.set(`heads/${branch}`, body.sha);
          return { status: 200, body: this.refBody(`heads/${branch}`, body.sha) };
        },
      });
    }
    const wildcard = (method: 'GET' | 'POST' | 'PATCH', path: string, fn: (r: RecordedRequest) => Reply, status = 200) => {
      // The harness's `*` stands for a string segment; numbered paths (pulls, issues) get one route per number.
      const paths = path.includes('/pulls/*') || path.includes('/issues/*') ? Array.from({ length: 9 }, (_, i) => path.replace('*', String(i + 1))) : [path];
      for (const one of paths) gh.route(method, one, { status, times: 1000, optional: true, dynamic: fn });
    };
    wildcard('GET', `${b}/git/commits/*`, (r) => {
      const sha = r.path.split('/').pop()!;
      return this.commits.has(sha) ? { status: 200, body: this.commitBody(sha) } : this.notFound();
    });
    wildcard('GET', `${b}/git/trees/*`, (r) => {
      const sha = r.path.split('/').pop()!;
      const flat = this.trees.get(sha);
      if (!flat) return this.notFound();
      return { status: 200, body: { sha, url: `https://api.github.com${b}/git/trees/${sha}`, truncated: false, tree: this.level(flat, '') } };
    });
    wildcard('GET', `${b}/git/blobs/*`, (r) => {
      const sha = r.path.split('/').pop()!;
      const text = this.blobs.get(sha);
      if (text === undefined) return this.notFound();
      return { status: 200, body: { sha, url: `https://api.github.com${b}/git/blobs/${sha}`, node_id: 'B_1', size: Buffer.byteLength(text), encoding: 'base64', content: Buffer.from(text).toString('base64') } };
    });
    gh.route('POST', `${b}/git/trees`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const body = r.body as { base_tree?: string; tree: { path: string; content: string }[] };
        const flat = new Map(body.base_tree ? this.trees.get(body.base_tree) : []);
        for (const e of body.tree) flat.set(e.path, e.content);
        const sha = this.putTree(flat);
        return { status: 201, body: { sha, url: `https://api.github.com${b}/git/trees/${sha}`, truncated: false, tree: this.level(flat, '') } };
      },
    });
    gh.route('POST', `${b}/git/commits`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const body = r.body as { message: string; tree: string; parents: string[] };
        const sha = sha1(`commit ${body.tree} ${body.parents.join(',')} ${body.message} ${this.clock++}`);
        this.commits.set(sha, { tree: body.tree, parents: body.parents, message: body.message });
        return { status: 201, body: this.commitBody(sha) };
      },
    });
    gh.route('POST', `${b}/git/refs`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const hooked = this.hook('createRef', r);
        if (hooked) return hooked;
        const body = r.body as { ref: string; sha: string };
        const ref = body.ref.replace(/^refs\//, '');
        if (this.refs.has(ref)) return this.unprocessable('Reference already exists');
        this.refs.set(ref, body.sha);
        return { status: 201, body: this.refBody(ref, body.sha) };
      },
    });
    gh.route('GET', `${b}/pulls`, {
      ...opt,
      dynamic: (r) => {
        const hooked = this.hook('listPulls', r);
        if (hooked) return hooked;
        const head = r.query.head;
        const state = r.query.state ?? 'open';
        const list = this.pulls.filter((p) => (state === 'all' || p.state === state) && (!head || `${this.owner}:${p.head}` === head));
        return { status: 200, body: list.map((p) => this.pullBody(p, 'list')) };
      },
    });
    gh.route('POST', `${b}/pulls`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const hooked = this.hook('createPull', r);
        if (hooked) return hooked;
        const body = r.body as { title: string; body: string; head: string; base: string };
        if (!this.refs.has(`heads/${body.head}`)) return this.unprocessable('Validation Failed', [{ message: `field: head invalid` }]);
        if (this.pulls.some((p) => p.state === 'open' && p.head === body.head && p.base === body.base)) {
          return this.unprocessable('Validation Failed', [{ message: `A pull request already exists for ${this.owner}:${body.head}.` }]);
        }
        const pull = this.addPull({ head: body.head, base: body.base, title: body.title, body: body.body });
        return { status: 201, body: this.pullBody(pull, 'full') };
      },
    });
    wildcard('PATCH', `${b}/pulls/*`, (r) => {
      const pull = this.pulls.find((p) => p.number === Number(r.path.split('/').pop()));
      if (!pull) return this.notFound();
      const body = r.body as { title?: string; body?: string; state?: string };
      if (body.state !== undefined) throw new Error('the rollback must never change a pull request state');
      if (body.title !== undefined) pull.title = body.title;
      if (body.body !== undefined) pull.body = body.body;
      return { status: 200, body: this.pullBody(pull, 'full') };
    });
    wildcard('POST', `${b}/pulls/*/requested_reviewers`, (r) => {
      const hooked = this.hook('requestReviewers', r);
      if (hooked) return hooked;
      const pull = this.pulls.find((p) => p.number === Number(r.path.split('/')[5]));
      if (!pull) return this.notFound();
      const body = r.body as { reviewers?: string[]; team_reviewers?: string[] };
      pull.reviewers.push(...(body.reviewers ?? []));
      pull.teamReviewers.push(...(body.team_reviewers ?? []));
      const example = exampleResponse('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', 201) as Record<string, unknown>;
      return { status: 201, body: { ...example, number: pull.number, state: pull.state, title: pull.title } };
    }, 201);
    wildcard('GET', `${b}/commits/*/statuses`, (r) => {
      const sha = r.path.split('/')[5]!;
      const example = (exampleResponse('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses') as Record<string, unknown>[])[0]!;
      const list = (this.statuses.get(sha) ?? []).slice().reverse();
      return { status: 200, body: list.map((st, i) => ({ ...example, id: i + 1, context: st.context, state: st.state, description: st.description, target_url: null, creator: { ...(example.creator as object), login: 'github-actions[bot]' } })) };
    });
    wildcard('POST', `${b}/statuses/*`, (r) => {
      const sha = r.path.split('/').pop()!;
      const body = r.body as { context: string; state: string; description: string };
      this.statuses.set(sha, [...(this.statuses.get(sha) ?? []), { context: body.context, state: body.state, description: body.description }]);
      const example = exampleResponse('POST', '/repos/{owner}/{repo}/statuses/{sha}', 201) as Record<string, unknown>;
      return { status: 201, body: { ...example, context: body.context, state: body.state, description: body.description } };
    }, 201);
    gh.route('GET', `${b}/issues`, {
      ...opt,
      dynamic: (r) => {
        const label = r.query.labels;
        const state = r.query.state ?? 'open';
        const list = this.issues.filter((i) => (state === 'all' || i.state === state) && (!label || i.labels.includes(label)));
        return { status: 200, body: list.map((i) => this.issueBody(i)) };
      },
    });
    gh.route('POST', `${b}/issues`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const body = r.body as { title: string; body: string; labels?: string[] };
        const issue = this.addIssue({ title: body.title, body: body.body, labels: body.labels ?? [] });
        return { status: 201, body: this.issueBody(issue) };
      },
    });
    wildcard('PATCH', `${b}/issues/*`, (r) => {
      const issue = this.issues.find((i) => i.number === Number(r.path.split('/').pop()));
      if (!issue) return this.notFound();
      const body = r.body as { title?: string; body?: string; state?: string };
      if (body.state !== undefined) throw new Error('the monitor must never change an issue state');
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      return { status: 200, body: this.issueBody(issue) };
    });
    wildcard('POST', `${b}/issues/*/labels`, (r) => {
      const hooked = this.hook('addLabels', r);
      if (hooked) return hooked;
      const n = Number(r.path.split('/')[5]);
      const target = this.pulls.find((p) => p.number === n) ?? this.issues.find((i) => i.number === n);
      if (!target) return this.notFound();
      const body = r.body as { labels: string[] };
      for (const l of body.labels) if (!target.labels.includes(l)) target.labels.push(l);
      const example = (exampleResponse('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels') as Record<string, unknown>[])[0]!;
      return { status: 200, body: target.labels.map((name, i) => ({ ...example, id: i + 1, name })) };
    });
  }
}
