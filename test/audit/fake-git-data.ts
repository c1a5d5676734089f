/**
 * A stateful GitHub Git Data API on the OpenAPI-checked harness: refs move, non-fast-forward
 * updates are refused with GitHub's 422, trees and commits are content-addressed. Every reply is
 * checked against GitHub's description as it is produced. Enough of GitHub to race writers on;
 * reads by sha go through the harness's `*` path segment.
 */
import { blobId, sha1, treeLevel, type Flat, type TreeEntry } from '../harness/git-objects.js';
import { exampleResponse, type GitHubMock, type RecordedRequest } from '../harness/github.js';


interface Status {
  context: string;
  state: string;
  description: string;
  creator: string;
  createdAt: string;
}


export class FakeGitData {
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly trees = new Map<string, Flat>();
  readonly blobs = new Map<string, string>();
  readonly statuses = new Map<string, Status[]>();
  /** Ref updates refused as not fast-forward: proof that writers raced. */
  rejected = 0;
  private clock = Date.parse('2026-03-01T10:00:00Z');
  /** Who the fake says created statuses: the token's account. */
  actor = 'github-actions[bot]';

  constructor(
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  private base(): string {
    return `/repos/${this.owner}/${this.repo}`;
  }

  private putTree(flat: Flat): string {
    const sha = sha1(`tree ${JSON.stringify([...flat].sort())}`);
    this.trees.set(sha, flat);
    for (const text of flat.values()) this.blobs.set(blobId(text), text);
    return sha;
  }

  /** One level of a flat tree: files, and directories as subtrees (registered so they can be read). */
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

  private notFound() {
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, global: true };
  }

  /** The flat file map at the tip of `branch`. */
  filesAt(branch: string): Flat {
    const tip = this.refs.get(`heads/${branch}`);
    return tip ? this.trees.get(this.commits.get(tip)!.tree)! : new Map();
  }

  /** Installs the routes on `gh`, each answering up to `times` requests. */
  install(gh: GitHubMock, times = 200): void {
    const b = this.base();
    const opt = { times, optional: true, status: 200 } as const;
    gh.route('GET', `${b}/git/ref/heads/modelgate-audit`, {
      ...opt,
      dynamic: () => {
        const sha = this.refs.get('heads/modelgate-audit');
        return sha ? { status: 200, body: this.refBody('heads/modelgate-audit', sha) } : this.notFound();
      },
    });
    this.wildcard(gh, 'GET', `${b}/git/commits/`, (r) => {
      const sha = r.path.split('/').pop()!;
      return this.commits.has(sha) ? { status: 200, body: this.commitBody(sha) } : this.notFound();
    });
    this.wildcard(gh, 'GET', `${b}/git/trees/`, (r) => {
      const sha = r.path.split('/').pop()!;
      const flat = this.trees.get(sha);
      if (!flat) return this.notFound();
      return { status: 200, body: { sha, url: `https://api.github.com${b}/git/trees/${sha}`, truncated: false, tree: this.level(flat, '') } };
    });
    this.wildcard(gh, 'GET', `${b}/git/blobs/`, (r) => {
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
    gh.route('PATCH', `${b}/git/refs/heads/modelgate-audit`, {
      ...opt,
      dynamic: (r) => {
        const body = r.body as { sha: string; force?: boolean };
        const current = this.refs.get('heads/modelgate-audit');
        if (!current || (!body.force && !this.commits.get(body.sha)?.parents.includes(current))) {
          this.rejected++;
          return { status: 422, body: { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference' } };
        }
        this.refs.set('heads/modelgate-audit', body.sha);
        return { status: 200, body: this.refBody('heads/modelgate-audit', body.sha) };
      },
    });
    gh.route('POST', `${b}/git/refs`, {
      ...opt,
      status: 201,
      dynamic: (r) => {
        const body = r.body as { ref: string; sha: string };
        const ref = body.ref.replace(/^refs\//, '');
        if (this.refs.has(ref)) {
          this.rejected++;
          return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } };
        }
        this.refs.set(ref, body.sha);
        return { status: 201, body: this.refBody(ref, body.sha) };
      },
    });
    this.wildcard(gh, 'GET', `${b}/commits/`, (r) => {
      const sha = r.path.split('/')[5]!;
      const list = (this.statuses.get(sha) ?? []).slice().reverse();
      const example = (exampleResponse('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses') as Record<string, unknown>[])[0]!;
      return {
        status: 200,
        body: list.map((s, i) => ({ ...example, id: i + 1, context: s.context, state: s.state, description: s.description, target_url: null, created_at: s.createdAt, updated_at: s.createdAt, creator: { ...(example.creator as object), login: s.creator } })),
      };
    }, '/statuses');
    this.wildcard(gh, 'POST', `${b}/statuses/`, (r) => {
      const sha = r.path.split('/').pop()!;
      const body = r.body as { context: string; state: string; description: string };
      const s: Status = { context: body.context, state: body.state, description: body.description, creator: this.actor, createdAt: new Date(this.clock++ * 1000).toISOString() };
      this.statuses.set(sha, [...(this.statuses.get(sha) ?? []), s]);
      const example = exampleResponse('POST', '/repos/{owner}/{repo}/statuses/{sha}', 201) as Record<string, unknown>;
      return { status: 201, body: { ...example, context: s.context, state: s.state, description: s.description, created_at: s.createdAt, updated_at: s.createdAt } };
    }, '', 201);
  }

  private wildcard(gh: GitHubMock, method: 'GET' | 'POST', prefix: string, fn: (r: RecordedRequest) => { status: number; body?: unknown; global?: boolean }, suffix = '', status = 200): void {
    gh.route(method, `${prefix}*${suffix}`, { status, times: 1000, optional: true, dynamic: fn });
  }
}
