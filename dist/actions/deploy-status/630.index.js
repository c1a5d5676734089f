export const id = 630;
export const ids = [630];
export const modules = {

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeScope: () => (/* binding */ computeScope),
/* harmony export */   existsAt: () => (/* binding */ existsAt),
/* harmony export */   scopeFromChanges: () => (/* binding */ scopeFromChanges)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/* harmony import */ var _registry_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6372);
/**
 * What an incremental validation (--changed-since) must look at: the changed cards, every card of
 * a model whose model.yaml changed, the manifests that changed, and everything when a policy or
 * modelgate.yaml changed. Also the immutability verdicts: a merged card may not be edited or deleted.
 */



const CARD = /^models\/([^/]+)\/([^/]+)\/card\.yaml$/;
const MODEL = /^models\/([^/]+)\/model\.yaml$/;
const MANIFEST = /^deployments\/([^/]+)\.yaml$/;
/** Paths relative to the registry root, from git's paths relative to the top level. */
async function registryPrefix(registryDir) {
    const top = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(registryDir);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(top, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(registryDir)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    return rel === '' ? '' : `${rel}/`;
}
async function existsAt(repoDir, commit, file) {
    try {
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(repoDir, ['cat-file', '-e', `${commit}:${file}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function computeScope(registryDir, ref, packDirs) {
    const commit = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(registryDir, ref, '--changed-since');
    const head = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(registryDir, 'HEAD', 'HEAD');
    const base = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(registryDir, commit, head)) ?? commit;
    const prefix = await registryPrefix(registryDir);
    const files = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .changedFiles */ .Y_)(registryDir, base))
        .filter((f) => f.path.startsWith(prefix))
        .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
    return scopeFromChanges(files, packDirs, base, async (file) => existsAt(registryDir, base, `${prefix}${file}`));
}
async function scopeFromChanges(files, packDirs, base, existedAtBase) {
    const scope = { base, files, models: new Set(), versions: new Map(), manifests: new Set(), immutableViolations: [], kind: 'register' };
    const packPrefixes = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
    let everything = null;
    for (const f of files) {
        if (f.path === _registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2)
            everything = 'config';
        else if (packPrefixes.some((p) => f.path.startsWith(p)))
            everything ??= 'policy';
    }
    for (const f of files) {
        const card = CARD.exec(f.path);
        const model = MODEL.exec(f.path);
        const manifest = MANIFEST.exec(f.path);
        if (card) {
            const [, m, v] = card;
            if (f.status !== 'added' && (await existedAtBase(f.path)))
                scope.immutableViolations.push(f);
            if (f.status === 'deleted')
                continue;
            scope.models.add(m);
            if (!scope.versions.has(m) || scope.versions.get(m).size > 0) {
                const set = scope.versions.get(m) ?? new Set();
                set.add(v);
                scope.versions.set(m, set);
            }
        }
        else if (model && f.status !== 'deleted') {
            // Every card of the model is judged again against the changed model.yaml.
            scope.models.add(model[1]);
            scope.versions.set(model[1], new Set());
        }
        else if (manifest && f.status !== 'deleted') {
            scope.manifests.add(manifest[1]);
        }
        else if (f.path.startsWith(`${_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .MODELS_DIR */ .DQ}/`) && f.status !== 'deleted') {
            const m = f.path.split('/')[1];
            if (m)
                scope.models.add(m);
        }
        else if (f.path.startsWith(`${_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENTS_DIR */ .B7}/`)) {
            scope.manifests.add(f.path.slice(_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENTS_DIR */ .B7.length + 1).replace(/\.ya?ml$/, ''));
        }
    }
    // An empty version set means "all versions of that model".
    for (const [m, set] of [...scope.versions])
        if (set.size === 0)
            scope.versions.delete(m);
    if (everything) {
        scope.models = null;
        scope.kind = everything;
    }
    else if (scope.manifests.size > 0 && scope.versions.size === 0) {
        scope.kind = 'promote';
    }
    return scope;
}


/***/ })

};
