export const id = 679;
export const ids = [679];
export const modules = {

/***/ 1679:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.workerPlan = workerPlan;
exports.partition = partition;
exports.runInWorkers = runInWorkers;
/**
 * Worker threads for large registries: parsing dominates validation and the machine has cores.
 * Models are split into balanced groups (a model's versions stay together: baselines are its own
 * cards); each worker loads and evaluates its group and posts plain findings back.
 *
 * Workers run the committed bundle `dist/worker/index.js`, so they are used only when modelgate
 * itself runs from its bundles (the CLI and the actions); from sources (tests) work stays in-thread.
 */
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_url_1 = __webpack_require__(3136);
const node_worker_threads_1 = __webpack_require__(5919);
const errors_js_1 = __webpack_require__(3916);
const root_js_1 = __webpack_require__(9434);
const source_js_1 = __webpack_require__(7846);
function fromBundle() {
    return !(0, node_url_1.fileURLToPath)(import.meta.url).endsWith('.ts');
}
/** Whether and how to use workers: only for filesystem registries, from the bundle, and when it pays. */
function workerPlan(requested, cards, autoMinCards, source, policySource) {
    if (!(source instanceof source_js_1.FsSource) || !(policySource instanceof source_js_1.FsSource))
        return null;
    if (requested !== undefined && requested <= 1)
        return null;
    if (requested === undefined && cards < autoMinCards)
        return null;
    const script = node_path_1.default.join((0, root_js_1.packageRoot)(), 'dist', 'worker', 'index.js');
    if (!fromBundle() || !(0, node_fs_1.existsSync)(script)) {
        if (requested !== undefined)
            throw new errors_js_1.UsageError('--workers needs modelgate\'s bundles (dist/worker/index.js); run `npm run build`');
        return null;
    }
    const workers = Math.max(1, Math.min(requested ?? Math.min((0, node_os_1.availableParallelism)(), 4), Math.ceil(cards / 50)));
    if (workers <= 1)
        return null;
    return { workers, script, root: source.root, policyRoot: policySource.root };
}
/** Greedy balance by card count, largest models first. */
function partition(models, sizes, groups) {
    const out = Array.from({ length: groups }, () => ({ load: 0, models: [] }));
    for (const m of [...models].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))) {
        const lightest = out.reduce((best, g) => (g.load < best.load ? g : best));
        lightest.models.push(m);
        lightest.load += Math.max(1, sizes.get(m) ?? 0);
    }
    return out.map((g) => g.models).filter((g) => g.length > 0);
}
function runOne(script, task) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads_1.Worker(script, { workerData: task });
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            void worker.terminate();
            if (reply.ok)
                resolve(reply.results);
            else if (reply.error.name === 'ConfigError')
                reject(new errors_js_1.ConfigError(reply.error.message, reply.error.file, reply.error.line));
            else if (reply.error.name === 'UsageError')
                reject(new errors_js_1.UsageError(reply.error.message));
            else
                reject(new errors_js_1.ToolError(reply.error.message));
        });
        worker.once('error', (err) => {
            if (!settled)
                reject(new errors_js_1.ToolError(`validation worker failed: ${err.message}`));
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new errors_js_1.ToolError(`validation worker exited with code ${code} before answering`));
        });
    });
}
async function runInWorkers(plan, models, sizes, task) {
    const groups = partition(models, sizes, plan.workers);
    const replies = await Promise.all(groups.map((group) => runOne(plan.script, { ...task, root: plan.root, policyRoot: plan.policyRoot, models: group })));
    return new Map(replies.flat());
}


/***/ })

};
