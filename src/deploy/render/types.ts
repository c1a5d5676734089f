/** What every renderer takes and gives back. */
import type { ServingEntry, Strategy } from '../../registry/types.js';
import type { ArtifactInfo } from '../plan.js';

export interface RenderInput {
  env: string;
  serving: { model: string; entry: ServingEntry; artifacts: Record<string, ArtifactInfo> }[];
}

export interface RenderedFile {
  /** Relative to the output directory. */
  path: string;
  /** The object written (YAML or JSON), for callers that post-process it. */
  data: unknown;
  content: string;
}

/** A model whose serving cannot be written for this platform, and why: never approximated silently. */
export interface Unsupported {
  model: string;
  strategy: Strategy;
  reason: string;
}

export interface RenderResult {
  platform: 'kserve' | 'sagemaker' | 'table';
  files: RenderedFile[];
  unsupported: Unsupported[];
  /** What the user must know to apply the files (platform preconditions, what was left to them). */
  notes: string[];
}

export type Platform = RenderResult['platform'];
export const PLATFORMS: readonly Platform[] = ['kserve', 'sagemaker', 'table'];
