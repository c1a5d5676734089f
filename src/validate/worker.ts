/** Entry of the validation worker bundle (dist/worker): evaluates one group of models. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../errors.js';
import { compilePackCached } from '../policy/standalone.js';
import { loadPolicyPacks } from '../policy/pack.js';
import { FsSource } from '../registry/source.js';
import type { WorkerReply, WorkerTask } from './parallel.js';
import { evaluateModels } from './validate.js';

async function work(task: WorkerTask): Promise<WorkerReply> {
  try {
    const pack = await loadPolicyPacks(new FsSource(task.policyRoot), task.packDirs);
    const compiled = await compilePackCached(pack, task.packDir, !task.verified);
    const results = await evaluateModels(new FsSource(task.root), compiled, new Set(task.models), task.options);
    return { ok: true, results: [...results] };
  } catch (err) {
    const e = err as Error;
    return { ok: false, error: { name: e.name, message: e.message, ...(err instanceof ConfigError && err.file ? { file: err.file } : {}), ...(err instanceof ConfigError && err.line ? { line: err.line } : {}) } };
  }
}

if (parentPort) {
  const port = parentPort;
  void work(workerData as WorkerTask).then((reply) => port.postMessage(reply));
}
