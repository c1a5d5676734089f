export const id = 754;
export const ids = [754];
export const modules = {

/***/ 1754:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const format_js_1 = __webpack_require__(4896);
const plan_js_1 = __webpack_require__(5448);
const index_js_1 = __webpack_require__(5984);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'plan',
    summary: 'what a change to deployments/<env>.yaml does and every gate it passes or fails, offline',
    usage: 'modelgate plan --env <name> [--repo <dir>] [--base <ref>] [--head <ref>] [--format text|json] [--now <ISO time>] [--render kserve|sagemaker|table] [--out <dir>]',
    options: {
        env: { type: 'string', help: '<name>  the environment whose manifest changes (required)' },
        repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
        base: { type: 'string', help: '<ref>  what serves before (default: merge base with the default branch; on the default branch with --head, the head\'s first parent)' },
        head: { type: 'string', help: '<ref>  the change (default: the working tree)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
        now: { type: 'string', help: '<ISO time>  judge bake time as of this instant (default: now)' },
        render: { type: 'string', choices: index_js_1.PLATFORMS, help: 'kserve|sagemaker|table  also render the serving configuration for this one platform (the deploy action\'s `render` input takes a comma-separated list)' },
        out: { type: 'string', help: '<dir>  write plan.json and the rendered files here instead of printing them' },
    },
    examples: [
        'modelgate plan --env production',
        'modelgate plan --env production --base origin/main --head HEAD --format json',
        'modelgate plan --env staging --render kserve --out rendered/',
        'modelgate plan --env production --now 2026-05-01T12:00:00Z   # would the bake time hold then?',
    ],
    details: [
        'Gates: promotionOrder, bakeTime, trafficSteps, strategy, registration, policy (validate --env on the head, rules from the base),',
        'and for a hot fix an approvals requirement the approvals gate must satisfy. Each gate is enforce or advisory per modelgate.yaml `gates`.',
        'Exit 0 when every enforced gate passes, 1 when one fails (or --render cannot express a model on that platform), 2 on usage or configuration errors.',
    ].join('\n'),
};
async function run(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const env = (0, args_js_1.stringOpt)(parsed, 'env');
    if (!env)
        throw new errors_js_1.UsageError('--env <name> is required: which environment\'s manifest to plan');
    const nowText = (0, args_js_1.stringOpt)(parsed, 'now');
    const now = nowText === undefined ? new Date() : new Date(nowText);
    if (nowText !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(nowText) || Number.isNaN(now.getTime())))
        throw new errors_js_1.UsageError(`--now must be an ISO 8601 time such as 2026-05-01T12:00:00Z; got '${nowText}'`);
    const out = (0, args_js_1.stringOpt)(parsed, 'out');
    const platform = (0, args_js_1.stringOpt)(parsed, 'render');
    const base = (0, args_js_1.stringOpt)(parsed, 'base');
    const head = (0, args_js_1.stringOpt)(parsed, 'head');
    const repoDir = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo') ?? '.');
    const plan = await (0, plan_js_1.buildPlan)({ repoDir, env, now, today: now.toISOString().slice(0, 10), ...(base ? { base } : {}), ...(head ? { head } : {}) });
    const rendered = platform ? (0, index_js_1.render)(platform, { env, serving: plan.serving }) : undefined;
    const format = (0, args_js_1.stringOpt)(parsed, 'format') ?? 'text';
    const document = rendered ? { ...plan, rendered: { platform: rendered.platform, files: rendered.files.map((f) => ({ path: f.path, content: f.content })), unsupported: rendered.unsupported, notes: rendered.notes } } : plan;
    if (out) {
        const dir = node_path_1.default.resolve(io.cwd, out);
        await (0, promises_1.mkdir)(dir, { recursive: true });
        const written = ['plan.json'];
        await (0, promises_1.writeFile)(node_path_1.default.join(dir, 'plan.json'), `${JSON.stringify(document, null, 2)}\n`);
        for (const f of rendered?.files ?? []) {
            await (0, promises_1.mkdir)(node_path_1.default.dirname(node_path_1.default.join(dir, f.path)), { recursive: true });
            await (0, promises_1.writeFile)(node_path_1.default.join(dir, f.path), f.content);
            written.push(f.path);
        }
        if (format === 'json')
            io.stdout(`${JSON.stringify(document, null, 2)}\n`);
        else
            io.stdout(`${(0, format_js_1.formatPlanText)(plan)}${renderText(rendered, false)}Wrote ${written.map((w) => node_path_1.default.join(out, w)).join(', ')}\n`);
    }
    else if (format === 'json') {
        io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    }
    else {
        io.stdout(`${(0, format_js_1.formatPlanText)(plan)}${renderText(rendered, true)}`);
    }
    if (rendered && rendered.unsupported.length > 0) {
        for (const u of rendered.unsupported)
            io.stderr(`modelgate plan: cannot render ${u.model} (${u.strategy}) for ${rendered.platform}: ${u.reason}\n`);
        return errors_js_1.EXIT.no;
    }
    return plan.verdict === 'pass' ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
}
function renderText(rendered, withFiles) {
    if (!rendered)
        return '';
    const lines = [`Rendered for ${rendered.platform}:`];
    for (const u of rendered.unsupported)
        lines.push(`  CANNOT ${u.model} (${u.strategy}): ${u.reason}`);
    for (const n of rendered.notes)
        lines.push(`  note: ${n}`);
    if (withFiles)
        for (const f of rendered.files)
            lines.push(`--- ${f.path}`, f.content.trimEnd());
    lines.push('');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLATFORMS = void 0;
exports.render = render;
const kserve_js_1 = __webpack_require__(9594);
const sagemaker_js_1 = __webpack_require__(7128);
const table_js_1 = __webpack_require__(8156);
var types_js_1 = __webpack_require__(5513);
Object.defineProperty(exports, "PLATFORMS", ({ enumerable: true, get: function () { return types_js_1.PLATFORMS; } }));
function render(platform, input) {
    switch (platform) {
        case 'kserve':
            return (0, kserve_js_1.renderKServe)(input);
        case 'sagemaker':
            return (0, sagemaker_js_1.renderSageMaker)(input);
        case 'table':
            return (0, table_js_1.renderTable)(input);
    }
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kserveName = kserveName;
exports.renderKServe = renderKServe;
/**
 * KServe InferenceService (serving.kserve.io/v1beta1). KServe's canary model: one
 * InferenceService whose predictor is the new revision, `canaryTrafficPercent` of traffic goes to
 * it and the rest to the last revision rolled out at 100% (KServe docs, "Canary Rollout
 * Strategy"; the rollout samples in docs/samples/v1beta1/rollout/: canary = 10, pinned = 0,
 * promotion = the field removed). So the stable is never named in the resource: it is whatever
 * was applied before, which is why the previous manifest must have been applied first.
 */
const yaml_1 = __webpack_require__(8815);
/** Kubernetes object names for an InferenceService are DNS-1035 labels: lowercase letters, digits, '-', starting with a letter. */
function kserveName(model) {
    let name = model.replace(/[._]/g, '-').replace(/-+$/, '');
    if (!/^[a-z]/.test(name))
        name = `m-${name}`;
    return name.slice(0, 63).replace(/-+$/, '');
}
function renderKServe(input) {
    const files = [];
    const unsupported = [];
    for (const { model, entry, artifacts } of input.serving) {
        const no = (reason) => unsupported.push({ model, strategy: entry.strategy, reason });
        if (entry.strategy === 'ab') {
            no('KServe has no A/B test: canaryTrafficPercent splits traffic between the last rolled-out revision and the newest one and is meant to end in promotion; a champion/challenger split would be a canary under another name. Use `strategy: canary`, or the table renderer with your own router.');
            continue;
        }
        if (entry.strategy === 'shadow') {
            no('KServe\'s InferenceService has no traffic mirroring (shadow); mirror with your ingress (e.g. an Istio VirtualService `mirror`) and render the table for it.');
            continue;
        }
        const t = entry.traffic ?? 0;
        // direct serves the stable; canary and blue-green put the candidate in the spec and let canaryTrafficPercent hold the split.
        const version = entry.strategy === 'direct' || !entry.candidate ? entry.stable : entry.candidate;
        const artifact = artifacts[version] ?? {};
        if (!artifact.uri) {
            no(`${model} ${version} has no artifact.uri in its card: KServe needs a storageUri`);
            continue;
        }
        if (!artifact.format) {
            no(`${model} ${version} has no artifact.format in its card: KServe needs spec.predictor.model.modelFormat.name (e.g. onnx, sklearn, pytorch); modelgate does not guess it`);
            continue;
        }
        const predictor = { model: { modelFormat: { name: artifact.format }, storageUri: artifact.uri } };
        if (entry.strategy !== 'direct' && entry.candidate && t < 100)
            predictor.canaryTrafficPercent = t;
        const isvc = {
            apiVersion: 'serving.kserve.io/v1beta1',
            kind: 'InferenceService',
            metadata: {
                name: kserveName(model),
                annotations: {
                    'modelgate.io/model': model,
                    'modelgate.io/environment': input.env,
                    'modelgate.io/strategy': entry.strategy,
                    'modelgate.io/stable': entry.stable,
                    ...(entry.candidate ? { 'modelgate.io/candidate': entry.candidate, 'modelgate.io/traffic': String(t) } : {}),
                },
            },
            spec: { predictor: { ...(predictor.canaryTrafficPercent !== undefined ? { canaryTrafficPercent: predictor.canaryTrafficPercent } : {}), model: predictor.model } },
        };
        files.push({ path: `kserve/${kserveName(model)}.yaml`, data: isvc, content: (0, yaml_1.stringify)(isvc) });
    }
    const notes = [
        'canaryTrafficPercent needs KServe\'s Serverless deployment mode (Knative); in RawDeployment mode it has no effect.',
        'KServe splits canary traffic against the last revision rolled out at 100%: apply each manifest change in order, so that revision is the stable one.',
    ];
    return { platform: 'kserve', files, unsupported, notes };
}


/***/ }),

/***/ 7128:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sagemakerName = sagemakerName;
exports.sagemakerLimitProblems = sagemakerLimitProblems;
exports.renderSageMaker = renderSageMaker;
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** A SageMaker resource name from registry names: dots and underscores become dashes. */
function sagemakerName(...parts) {
    return parts.join('-').replace(/[._]/g, '-').replace(/-+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
}
/** The documented limits, as runtime checks of what was rendered. Empty when all hold. */
function sagemakerLimitProblems(config, update) {
    const problems = [];
    const all = [...config.ProductionVariants, ...(config.ShadowProductionVariants ?? [])];
    if (!NAME.test(config.EndpointConfigName))
        problems.push(`EndpointConfigName '${config.EndpointConfigName}' does not match ${NAME.source}`);
    if (config.ProductionVariants.length < 1 || config.ProductionVariants.length > 10)
        problems.push('ProductionVariants must hold 1 to 10 variants');
    for (const v of all) {
        if (!NAME.test(v.VariantName))
            problems.push(`VariantName '${v.VariantName}' does not match ${NAME.source}`);
        if (!NAME.test(v.ModelName))
            problems.push(`ModelName '${v.ModelName}' does not match ${NAME.source}`);
        if (!(v.InitialVariantWeight >= 0))
            problems.push(`InitialVariantWeight of ${v.VariantName} must be ≥ 0`);
    }
    if (new Set(all.map((v) => v.VariantName)).size !== all.length)
        problems.push('variant names must be unique within an endpoint configuration');
    if (config.ProductionVariants.reduce((s, v) => s + v.InitialVariantWeight, 0) <= 0)
        problems.push('at least one production variant needs a positive weight');
    if (config.ShadowProductionVariants) {
        if (config.ShadowProductionVariants.length !== 1)
            problems.push('exactly one shadow variant per endpoint');
        if (config.ProductionVariants.length !== 1)
            problems.push('an endpoint with a shadow variant has exactly one production variant');
    }
    const routing = update?.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration;
    if (routing) {
        if (routing.WaitIntervalInSeconds < 0 || routing.WaitIntervalInSeconds > 3600)
            problems.push('WaitIntervalInSeconds must be 0-3600');
        if (routing.CanarySize?.Type === 'CAPACITY_PERCENT' && routing.CanarySize.Value > 50)
            problems.push('a guardrails canary is at most 50% of the fleet');
        if (routing.LinearStepSize?.Type === 'CAPACITY_PERCENT' && (routing.LinearStepSize.Value < 10 || routing.LinearStepSize.Value > 50))
            problems.push('a guardrails linear step is 10-50% of the fleet');
    }
    return problems;
}
function renderSageMaker(input) {
    const files = [];
    const unsupported = [];
    for (const { model, entry } of input.serving) {
        const t = entry.traffic ?? 0;
        const variant = (role, version, weight) => ({ VariantName: sagemakerName(role, version), ModelName: sagemakerName(model, version), InitialVariantWeight: weight });
        const configName = sagemakerName(model, input.env, entry.strategy, entry.stable, ...(entry.candidate ? [entry.candidate, String(t)] : []));
        const config = {
            EndpointConfigName: configName,
            ProductionVariants: [],
            Tags: [
                { Key: 'modelgate:model', Value: model },
                { Key: 'modelgate:environment', Value: input.env },
                { Key: 'modelgate:strategy', Value: entry.strategy },
            ],
        };
        let update;
        const c = entry.candidate;
        switch (entry.strategy) {
            case 'direct':
                config.ProductionVariants.push(variant('stable', entry.stable, 100));
                break;
            case 'canary':
            case 'ab':
                // Weights are relative; percentages read directly. A 0 weight keeps the variant deployed without traffic.
                config.ProductionVariants.push(variant('stable', entry.stable, 100 - t), variant('candidate', c, t));
                break;
            case 'blue-green':
                if (t === 100) {
                    // The switch: a configuration with green alone, applied through a guardrails blue/green update.
                    config.ProductionVariants.push(variant('candidate', c, 100));
                    update = {
                        EndpointName: sagemakerName(model, input.env),
                        EndpointConfigName: configName,
                        DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 600 } } },
                    };
                }
                else {
                    config.ProductionVariants.push(variant('stable', entry.stable, 100), variant('candidate', c, 0));
                }
                break;
            case 'shadow':
                if (t !== 100) {
                    unsupported.push({
                        model,
                        strategy: 'shadow',
                        reason: `a SageMaker endpoint configuration's shadow variant has no sampling percentage field, so mirroring ${t}% cannot be written there; use traffic: 100, or a SageMaker shadow test (CreateInferenceExperiment, ShadowModelVariantConfig.SamplingPercentage)`,
                    });
                    continue;
                }
                config.ProductionVariants.push(variant('stable', entry.stable, 100));
                config.ShadowProductionVariants = [variant('shadow', c, 100)];
                break;
        }
        const problems = sagemakerLimitProblems(config, update);
        if (problems.length > 0) {
            unsupported.push({ model, strategy: entry.strategy, reason: `SageMaker limits: ${problems.join('; ')}` });
            continue;
        }
        files.push({ path: `sagemaker/${sagemakerName(model)}.endpoint-config.json`, data: config, content: `${JSON.stringify(config, null, 2)}\n` });
        if (update)
            files.push({ path: `sagemaker/${sagemakerName(model)}.update-endpoint.json`, data: update, content: `${JSON.stringify(update, null, 2)}\n` });
    }
    const notes = [
        'Each ModelName (<model>-<version>) must exist as a SageMaker Model (CreateModel) before the endpoint configuration is created.',
        'Capacity is yours to add: set InstanceType and InitialInstanceCount, or ServerlessConfig, on each variant before applying.',
        'Traffic splits are variant weights and stay until the next manifest change; deployment guardrails\' canary (at most 50% of the fleet, then all of it automatically) is not used for canary steps.',
    ];
    return { platform: 'sagemaker', files, unsupported, notes };
}


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderTable = renderTable;
/** A platform-neutral traffic table: what a custom router (Envoy, Istio, a gateway) needs. */
const promotion_js_1 = __webpack_require__(1346);
function renderTable(input) {
    const rows = [];
    for (const { model, entry, artifacts } of input.serving) {
        const shares = (0, promotion_js_1.trafficShares)(entry);
        for (const [role, version] of [['stable', entry.stable], ['candidate', entry.candidate]]) {
            if (!version)
                continue;
            const a = artifacts[version] ?? {};
            rows.push({ model, version, role, weight: shares[version] ?? 0, mirror: entry.strategy === 'shadow' && role === 'candidate' ? (entry.traffic ?? 0) : 0, uri: a.uri ?? null, sha256: a.sha256 ?? null });
        }
    }
    const table = { schemaVersion: 1, environment: input.env, rows };
    return { platform: 'table', files: [{ path: 'traffic-table.json', data: table, content: `${JSON.stringify(table, null, 2)}\n` }], unsupported: [], notes: [] };
}


/***/ }),

/***/ 5513:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLATFORMS = void 0;
exports.PLATFORMS = ['kserve', 'sagemaker', 'table'];


/***/ })

};
