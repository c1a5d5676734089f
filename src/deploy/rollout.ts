/**
 * The user's rollout step, run by the deploy action when `rollout-command` is given. The command is
 * the workflow author's text, run with `bash -e -o pipefail -c` exactly as written: nothing from the
 * event, the registry or a pull request is interpolated into it. What it needs comes as environment
 * variables (MODELGATE_*), and the action's own inputs (INPUT_*, the tokens among them) are removed
 * from its environment. Its exit status is the rollout's real outcome.
 */
import { spawn } from 'node:child_process';

export interface RolloutResult {
  outcome: 'success' | 'failure';
  exitCode: number | null;
  signal: string | null;
  message: string;
}

export function rolloutEnv(base: NodeJS.ProcessEnv, vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!k.startsWith('INPUT_')) env[k] = v;
  return { ...env, ...vars };
}

export function runRollout(command: string, o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RolloutResult> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], { cwd: o.cwd, env: o.env, stdio: ['ignore', 'inherit', 'inherit'] });
    let timedOut = false;
    const timer = o.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGTERM')), o.timeoutMs) : undefined;
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ outcome: 'failure', exitCode: null, signal: null, message: `the rollout command could not start: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ outcome: 'success', exitCode: 0, signal: null, message: 'the rollout command exited 0' });
      else resolve({ outcome: 'failure', exitCode: code, signal, message: timedOut ? `the rollout command was stopped after ${Math.round(o.timeoutMs! / 1000)} s` : signal ? `the rollout command was killed by ${signal}` : `the rollout command exited ${code}` });
    });
  });
}
