/**
 * "Notify" (DESIGN §6): one GitHub issue per incident, updated in place, plus an optional webhook.
 * The issue is found again by its hidden incident marker among the issues carrying the label,
 * written by a bot (a person quoting the marker does not hijack it). An open issue is updated; one
 * a person closed stays closed (the incident was acknowledged) and is not opened again.
 */
import { ToolError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { createIssue, listIssuesWithLabel, updateIssue, type IssueSummary } from '../github/issues.js';
import type { RepoRef } from '../github/pulls.js';
import type { Redactor } from '../monitor/redact.js';
import { incidentMarker } from './body.js';

export const INCIDENT_LABEL = 'modelgate:incident';

export interface IssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'respected-closed';
  issue: IssueSummary;
}

export async function upsertIncidentIssue(client: GitHubClient, repo: RepoRef, incident: string, text: { title: string; body: string }, labels: string[] = [INCIDENT_LABEL]): Promise<IssueResult> {
  const marker = incidentMarker(incident);
  const label = labels[0] ?? INCIDENT_LABEL;
  const mine = (await listIssuesWithLabel(client, repo, label)).filter((i) => i.body.includes(marker) && i.authorType === 'Bot').sort((a, b) => b.number - a.number);
  const open = mine.find((i) => i.state === 'open');
  if (open) {
    if (open.title === text.title && open.body === text.body) return { action: 'unchanged', issue: open };
    return { action: 'updated', issue: await updateIssue(client, repo, open.number, text) };
  }
  if (mine.length > 0) return { action: 'respected-closed', issue: mine[0]! };
  return { action: 'created', issue: await createIssue(client, repo, { ...text, labels: labels.includes(label) ? labels : [label, ...labels] }) };
}

/**
 * A healthy verdict after a hold or notify: the incident's open issue says so (updated in place, left
 * open for a person to close), so nobody chases an incident that has passed. Returns the issues updated.
 */
export async function markRecovered(client: GitHubClient, repo: RepoRef, incidents: readonly string[], note: string): Promise<IssueSummary[]> {
  const markers = incidents.map(incidentMarker);
  const open = (await listIssuesWithLabel(client, repo, INCIDENT_LABEL)).filter((i) => i.state === 'open' && i.authorType === 'Bot' && markers.some((m) => i.body.includes(m)));
  const updated: IssueSummary[] = [];
  for (const issue of open) {
    if (issue.body.includes(RECOVERED)) continue;
    updated.push(await updateIssue(client, repo, issue.number, { title: issue.title, body: `${issue.body}\n\n${RECOVERED} ${note}` }));
  }
  return updated;
}

const RECOVERED = '**Recovered:**';

export interface WebhookOptions {
  url: string;
  payload: unknown;
  redactor: Redactor;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * POSTs the decision as JSON. A webhook is a courtesy: its failure is reported to the caller (a
 * warning in the run), never a reason to change the decision. Redirects are not followed, so the
 * payload never lands somewhere the configuration did not name.
 */
export async function postWebhook(o: WebhookOptions): Promise<{ status: number }> {
  let url: URL;
  try {
    url = new URL(o.url);
  } catch {
    throw new ToolError('the webhook URL is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ToolError(`the webhook URL must be http(s), not ${url.protocol}`);
  const doFetch = o.fetch ?? globalThis.fetch;
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'modelgate' },
      body: o.redactor.redact(JSON.stringify(o.payload)),
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
    });
    await res.body?.cancel();
    if (res.status >= 300) throw new ToolError(`the webhook answered HTTP ${res.status}`);
    return { status: res.status };
  } catch (err) {
    if (err instanceof ToolError) throw err;
    // The URL may carry a token (Slack, Teams): never echo it.
    throw new ToolError(`the webhook did not answer: ${o.redactor.redact((err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message)}`);
  }
}
