/**
 * What every action's core receives from its thin entrypoint: the workflow event and a log. One
 * definition, so the approvals, record and deploy cores (and their tests) agree on the shape.
 */
import type { RepoRef } from './pulls.js';

export interface ActionRunEvent {
  /** GITHUB_EVENT_NAME. */
  name: string;
  /** The webhook payload GitHub wrote to GITHUB_EVENT_PATH. */
  payload: Record<string, unknown>;
  repo: RepoRef;
  workspace: string;
  serverUrl: string;
  runUrl: string | undefined;
}

/** The job log as the cores use it: @actions/core in an action, an array in tests. */
export interface CoreLog {
  info(message: string): void;
  notice(message: string, title?: string): void;
  warning(message: string, title?: string): void;
}
