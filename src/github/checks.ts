/** Check runs through the REST API. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface CheckRunAnnotation {
  /** Repository-relative. */
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line equals end_line. */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** GitHub's limits on a check run's output fields (characters). */
export const CHECK_OUTPUT_LIMIT = 65_535;

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckRunAnnotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface CheckRunResult {
  id: number;
  url: string | null;
}

function clip(text: string, limit = CHECK_OUTPUT_LIMIT): string {
  if (text.length <= limit) return text;
  const note = '\n\n…(truncated: GitHub limits check run output to 65,535 characters; see the job summary)';
  return text.slice(0, limit - note.length) + note;
}

/** POST /repos/{owner}/{repo}/check-runs, completed in one call. */
export async function createCheckRun(client: GitHubClient, repo: RepoRef, input: CheckRunInput): Promise<CheckRunResult> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    ...(input.externalId ? { external_id: input.externalId } : {}),
    output: {
      title: input.title.slice(0, 1000),
      summary: clip(input.summary),
      ...(input.text ? { text: clip(input.text) } : {}),
      ...(input.annotations?.length ? { annotations: input.annotations.slice(0, 50) } : {}),
    },
  });
  return { id: data.id, url: data.html_url };
}
