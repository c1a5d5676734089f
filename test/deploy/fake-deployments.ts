/**
 * GitHub's Deployments API as a stateful fake on the OpenAPI-checked harness: deployments filtered
 * by sha, environment and task as GitHub filters them, statuses appended per deployment. Every
 * reply is checked against GitHub's description as it is produced.
 */
import { exampleResponse, type GitHubMock } from '../harness/github.js';

interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  production_environment: boolean;
}

export class FakeDeployments {
  readonly deployments: Deployment[] = [];
  readonly statuses = new Map<number, { state: string; description: string; log_url?: string }[]>();
  created = 0;
  private nextId = 1000;

  constructor(private readonly api: string) {}

  private body(d: Deployment): unknown {
    const ex = exampleResponse('POST', '/repos/{owner}/{repo}/deployments', 201) as Record<string, unknown>;
    return { ...ex, id: d.id, sha: d.sha, ref: d.ref, task: d.task, environment: d.environment, original_environment: d.environment, payload: d.payload, description: d.description, production_environment: d.production_environment, transient_environment: false };
  }

  /** The states a deployment went through, oldest first. */
  states(id: number): string[] {
    return (this.statuses.get(id) ?? []).map((s) => s.state);
  }

  install(gh: GitHubMock): void {
    gh.route('GET', `${this.api}/deployments`, {
      status: 200,
      times: 100,
      optional: true,
      dynamic: (r) => ({
        status: 200,
        body: this.deployments
          .filter((d) => (!r.query.sha || d.sha === r.query.sha) && (!r.query.environment || d.environment === r.query.environment) && (!r.query.task || d.task === r.query.task))
          .slice()
          .reverse()
          .map((d) => this.body(d)),
      }),
    });
    gh.route('POST', `${this.api}/deployments`, {
      status: 201,
      times: 100,
      optional: true,
      dynamic: (r) => {
        const b = r.body as { ref: string; task?: string; environment?: string; payload?: unknown; description?: string; production_environment?: boolean };
        const d: Deployment = { id: this.nextId++, sha: b.ref, ref: b.ref, task: b.task ?? 'deploy', environment: b.environment ?? 'production', payload: b.payload ?? {}, description: b.description ?? null, production_environment: b.production_environment ?? false };
        this.deployments.push(d);
        this.created++;
        return { status: 201, body: this.body(d) };
      },
    });
    // Deployment ids are integers, and the harness checks path parameters: one route per id this fake hands out.
    for (let id = 1000; id < 1010; id++) this.statusRoute(gh, id);
  }

  private statusRoute(gh: GitHubMock, id: number): void {
    gh.route('POST', `${this.api}/deployments/${id}/statuses`, {
      status: 201,
      times: 100,
      optional: true,
      dynamic: (r) => {
        const b = r.body as { state: string; description?: string; log_url?: string };
        if (!this.deployments.some((d) => d.id === id)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, global: true };
        this.statuses.set(id, [...(this.statuses.get(id) ?? []), { state: b.state, description: b.description ?? '', ...(b.log_url ? { log_url: b.log_url } : {}) }]);
        const ex = exampleResponse('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', 201) as Record<string, unknown>;
        return { status: 201, body: { ...ex, id: this.statuses.get(id)!.length, state: b.state, description: b.description ?? '' } };
      },
    });
  }
}
