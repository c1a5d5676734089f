/** What a command may touch of the process, injected so tests run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Collects output in memory: for tests and for callers that post-process a command's output. */
export function memoryIO(cwd: string, env: Record<string, string | undefined> = { ...process.env }): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
