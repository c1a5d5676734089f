/** The Git Data API (refs, commits, trees, blobs): one function per call, the client first. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

/** GET /repos/{owner}/{repo}/git/ref/heads/{branch}; null when the branch does not exist. */
export async function findBranchRef(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** GET /repos/{owner}/{repo}/git/commits/{commit_sha}: the commit's tree. */
export async function getCommitTree(client: GitHubClient, repo: RepoRef, sha: string): Promise<string> {
  const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: sha });
  return data.tree.sha;
}

export interface TreeItem {
  path: string;
  type: string;
  sha: string;
}

/** GET /repos/{owner}/{repo}/git/trees/{tree_sha} (one level). */
export async function getTree(client: GitHubClient, repo: RepoRef, sha: string): Promise<TreeItem[]> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha });
  return data.tree.map((t) => ({ path: t.path ?? '', type: t.type ?? '', sha: t.sha ?? '' }));
}

/** GET /repos/{owner}/{repo}/git/blobs/{file_sha}, decoded. */
export async function getBlobText(client: GitHubClient, repo: RepoRef, sha: string): Promise<string> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha });
  return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
}

/** POST /repos/{owner}/{repo}/git/trees: files given inline, on top of `baseTree`. */
export async function createTree(client: GitHubClient, repo: RepoRef, baseTree: string | null, files: { path: string; content: string }[]): Promise<string> {
  const { data } = await client.rest.git.createTree({
    ...repo,
    ...(baseTree ? { base_tree: baseTree } : {}),
    tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
  });
  return data.sha;
}

/** POST /repos/{owner}/{repo}/git/commits */
export async function createCommit(client: GitHubClient, repo: RepoRef, input: { message: string; tree: string; parents: string[] }): Promise<string> {
  const { data } = await client.rest.git.createCommit({ ...repo, ...input });
  return data.sha;
}

/** POST /repos/{owner}/{repo}/git/refs: fails with 422 "Reference already exists" when another writer won. */
export async function createBranchRef(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}

/** PATCH /repos/{owner}/{repo}/git/refs/heads/{branch}, never forced: 422 "Update is not a fast forward" when another writer won. */
export async function fastForwardBranch(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
}
