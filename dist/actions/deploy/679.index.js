export const id = 679;
export const ids = [679];
export const modules = {

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInWorkers: () => (/* binding */ runInWorkers),
/* harmony export */   workerPlan: () => (/* binding */ workerPlan)
/* harmony export */ });
/* unused harmony export partition */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9434);
/* harmony import */ var _registry_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7846);
/**
 * Worker threads for large registries: parsing dominates validation and the machine has cores.
 * Models are split into balanced groups (a model's versions stay together: baselines are its own
 * cards); each worker loads and evaluates its group and posts plain findings back.
 *
 * Workers run the committed bundle `dist/worker/index.js`, so they are used only when modelgate
 * itself runs from its bundles (the CLI and the actions); from sources (tests) work stays in-thread.
 */








function fromBundle() {
    return !(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url).endsWith('.ts');
}
/** Whether and how to use workers: only for filesystem registries, from the bundle, and when it pays. */
function workerPlan(requested, cards, autoMinCards, source, policySource) {
    if (!(source instanceof _registry_source_js__WEBPACK_IMPORTED_MODULE_7__/* .FsSource */ .B) || !(policySource instanceof _registry_source_js__WEBPACK_IMPORTED_MODULE_7__/* .FsSource */ .B))
        return null;
    if (requested !== undefined && requested <= 1)
        return null;
    if (requested === undefined && cards < autoMinCards)
        return null;
    const script = node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,_package_root_js__WEBPACK_IMPORTED_MODULE_6__/* .packageRoot */ .Z)(), 'dist', 'worker', 'index.js');
    if (!fromBundle() || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(script)) {
        if (requested !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--workers needs modelgate\'s bundles (dist/worker/index.js); run `npm run build`');
        return null;
    }
    const workers = Math.max(1, Math.min(requested ?? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), 4), Math.ceil(cards / 50)));
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
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script, { workerData: task });
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            void worker.terminate();
            if (reply.ok)
                resolve(reply.results);
            else if (reply.error.name === 'ConfigError')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(reply.error.message, reply.error.file, reply.error.line));
            else if (reply.error.name === 'UsageError')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(reply.error.message));
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4(reply.error.message));
        });
        worker.once('error', (err) => {
            if (!settled)
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4(`validation worker failed: ${err.message}`));
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4(`validation worker exited with code ${code} before answering`));
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
