/**
 * Errors that map to DESIGN §4 exit codes. Anything else that escapes a command is a bug and
 * exits 3 with its message (never a stack trace unless MODELGATE_DEBUG is set).
 */
export const EXIT = {
  yes: 0,
  no: 1,
  usage: 2,
  tool: 3,
  hold: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A bad flag, a missing argument: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Missing or invalid configuration (modelgate.yaml, a policy pack that does not compile): exit 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** The tool could not do its work (I/O, git, the API unreachable): exit 3. */
export class ToolError extends Error {
  override name = 'ToolError';
}

export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof UsageError || err instanceof ConfigError) return EXIT.usage;
  return EXIT.tool;
}

export function describeError(err: unknown): string {
  if (err instanceof ConfigError && err.file) {
    return `${err.file}${err.line ? `:${err.line}` : ''}: ${err.message}`;
  }
  return err instanceof Error ? err.message : String(err);
}
