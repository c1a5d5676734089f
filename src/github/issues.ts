/** Issues and labels through the REST API: one function per call, the client first. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface IssueSummary {
  number: number;
  state: 'open' | 'closed';
  url: string;
  title: string;
  body: string;
  authorType: string | undefined;
}

function summary(i: { number: number; state: string; html_url: string; title: string; body?: string | null; user?: { type?: string } | null }): IssueSummary {
  return { number: i.number, state: i.state === 'open' ? 'open' : 'closed', url: i.html_url, title: i.title, body: i.body ?? '', authorType: i.user?.type };
}

/** GET /repos/{owner}/{repo}/issues?labels={label}&state=all, every page, without pull requests. */
export async function listIssuesWithLabel(client: GitHubClient, repo: RepoRef, label: string): Promise<IssueSummary[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 });
  return issues.filter((i) => !i.pull_request).map(summary);
}

/** POST /repos/{owner}/{repo}/issues */
export async function createIssue(client: GitHubClient, repo: RepoRef, input: { title: string; body: string; labels: string[] }): Promise<IssueSummary> {
  const { data } = await client.rest.issues.create({ ...repo, ...input });
  return summary(data);
}

/** PATCH /repos/{owner}/{repo}/issues/{issue_number}: title and body only (never the state). */
export async function updateIssue(client: GitHubClient, repo: RepoRef, number: number, input: { title: string; body: string }): Promise<IssueSummary> {
  const { data } = await client.rest.issues.update({ ...repo, issue_number: number, ...input });
  return summary(data);
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/labels (pull requests are issues); unknown labels are created. */
export async function addLabels(client: GitHubClient, repo: RepoRef, number: number, labels: string[]): Promise<void> {
  await client.rest.issues.addLabels({ ...repo, issue_number: number, labels });
}
