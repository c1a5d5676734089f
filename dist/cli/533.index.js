export const id = 533;
export const ids = [533];
export const modules = {

/***/ 4533:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
/**
 * `modelgate rollback --dry-run`: the rollback pull request the `rollback` action would open, planned
 * offline from a clone: the failing version, the target (the stable beside a failing candidate, a
 * requested version, or the last known-good from the manifest's history and the audit log's
 * verdicts), and the exact edits to the manifest and model.yaml. Nothing is written.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const log_js_1 = __webpack_require__(8365);
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const source_js_1 = __webpack_require__(7846);
const context_js_1 = __webpack_require__(8479);
const edit_js_1 = __webpack_require__(4490);
const request_js_1 = __webpack_require__(6513);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'rollback',
    summary: 'plan the rollback pull request for a model in an environment, offline (--dry-run)',
    usage: 'modelgate rollback --env <name> --model <m> --reason <text> [--version <v>] [--repo <dir>] [--audit-branch <b>] [--now <ISO>] --dry-run [--format text|json]',
    options: {
        repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml, inside a git clone (default: current directory)' },
        env: { type: 'string', help: '<name>  environment to roll back (required)' },
        model: { type: 'string', help: '<m>  model to roll back (required)' },
        reason: { type: 'string', help: '<text>  why (at least 10 characters; written into model.yaml and the evidence record)' },
        version: { type: 'string', help: '<v>  roll back to this version (it must have served there and not be rejected); default: the stable beside a failing candidate, else the last known-good' },
        'audit-branch': { type: 'string', help: `<b>  audit branch holding the monitor verdicts (default: modelgate.yaml audit.branch, else ${log_js_1.DEFAULT_AUDIT_BRANCH})` },
        now: { type: 'string', help: '<ISO>  plan as of this time (default: now)' },
        'dry-run': { type: 'boolean', help: 'plan and print only (required: the rollback action opens the pull request)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        'Exit codes: 0 a rollback is planned; 1 no rollback target exists (the action opens an issue instead);',
        '2 usage or configuration error, including a requested version that is rejected or never served there;',
        '3 the tool could not run.',
        'The last known-good version served the environment fully for its bake time, had a healthy monitor',
        'verdict there (audit branch) and is not rejected; without one, nothing is guessed.',
    ].join('\n'),
    examples: [
        'modelgate rollback --env production --model fraud-detector --reason "precision fell below 0.3 after release" --dry-run',
        'modelgate rollback --env production --model fraud-detector --version 1.2.0 --reason "rollback requested by on-call" --dry-run --format json',
    ],
};
function parseTime(text) {
    if (text === undefined)
        return Date.now();
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
        throw new errors_js_1.UsageError(`--now must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z; got '${text}'`);
    return ms;
}
async function edits(repo, plan) {
    if (plan.kind !== 'rollback')
        return null;
    const mf = (0, loader_js_1.manifestPath)(plan.env);
    const yf = (0, loader_js_1.modelPath)(plan.model);
    const [m, y] = await Promise.all([(0, promises_1.readFile)(node_path_1.default.join(repo, mf), 'utf8'), (0, promises_1.readFile)(node_path_1.default.join(repo, yf), 'utf8')]);
    return { manifest: { file: mf, before: m, after: (0, edit_js_1.editManifest)(m, mf, plan.model, plan.to) }, model: { file: yf, before: y, after: (0, edit_js_1.markVersion)(y, yf, plan.failing, plan.mark) } };
}
function diff(file, before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    return [`--- ${file}`, `+++ ${file}`, `@@ line ${start + 1} @@`, ...a.slice(start, endA).map((l) => `-${l}`), ...b.slice(start, endB).map((l) => `+${l}`)];
}
function formatText(plan, e, ctx) {
    const lines = [];
    if (plan.kind === 'no-target') {
        lines.push(`${plan.model} ${plan.failing} in ${plan.env}: NO ROLLBACK TARGET - ${plan.knownGood.reason}`);
    }
    else {
        lines.push(`${plan.model} in ${plan.env}: roll back ${plan.failing} → ${plan.target} (${plan.targetFrom})`);
        lines.push(`  incident ${plan.incident}, branch ${plan.branch}; ${plan.failing} marked rejected`);
    }
    for (const c of plan.kind === 'no-target' ? plan.knownGood.checked : plan.knownGood?.checked ?? []) {
        lines.push(`  ${c.eligible ? 'ok ' : 'no '} ${c.version} served fully since ${c.since}${c.until ? ` until ${c.until}` : ''}${c.reasons.length ? `: ${c.reasons.join('; ')}` : ''}`);
    }
    for (const n of ctx.notes)
        lines.push(`  note: ${n}`);
    if (e)
        lines.push('', ...diff(e.manifest.file, e.manifest.before, e.manifest.after), ...diff(e.model.file, e.model.before, e.model.after));
    lines.push('', '(dry run: nothing changed; the rollback action opens this pull request)');
    return `${lines.join('\n')}\n`;
}
async function rollback(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const env = (0, args_js_1.stringOpt)(p, 'env');
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const reason = (0, args_js_1.stringOpt)(p, 'reason');
    if (!env || !model || !reason)
        throw new errors_js_1.UsageError('--env <name>, --model <m> and --reason <text> are required\nRun `modelgate rollback --help` for usage.');
    if (!(0, args_js_1.boolOpt)(p, 'dry-run'))
        throw new errors_js_1.UsageError('the CLI only plans a rollback: add --dry-run (the rollback action opens the pull request)');
    const now = parseTime((0, args_js_1.stringOpt)(p, 'now'));
    const repo = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.');
    const registry = await (0, loader_js_1.loadRegistry)(new source_js_1.FsSource(repo), { models: new Set([model]) });
    if (!(await (0, git_js_1.isGitRepo)(repo)))
        throw new errors_js_1.UsageError(`${repo} is not in a git clone: the rollback target comes from the manifest's history`);
    const top = await (0, git_js_1.repoTopLevel)(repo);
    const prefix = node_path_1.default.relative(top, repo).split(node_path_1.default.sep).join('/');
    const auditBranch = (0, args_js_1.stringOpt)(p, 'audit-branch') ?? registry.config.value.audit?.branch ?? log_js_1.DEFAULT_AUDIT_BRANCH;
    const ctx = await (0, context_js_1.rollbackContext)({ repoDir: top, ref: 'HEAD', env, config: registry.config.value, auditBranch, prefix });
    const version = (0, args_js_1.stringOpt)(p, 'version');
    const plan = (0, request_js_1.planManual)(registry, ctx, { env, model, reason, now, ...(version !== undefined ? { version } : {}) });
    const e = await edits(repo, plan);
    const code = plan.kind === 'rollback' ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
    if (((0, args_js_1.stringOpt)(p, 'format') ?? 'text') === 'json') {
        const files = e ? { [e.manifest.file]: e.manifest.after, [e.model.file]: e.model.after } : {};
        io.stdout(`${JSON.stringify({ exitCode: code, plan, files, notes: ctx.notes }, null, 2)}\n`);
    }
    else {
        io.stdout(formatText(plan, e, ctx));
    }
    return code;
}
async function run(argv, io) {
    try {
        return await rollback(argv, io);
    }
    catch (err) {
        if (!(err instanceof errors_js_1.UsageError || err instanceof errors_js_1.ConfigError))
            throw err;
        io.stderr(`modelgate ${exports.spec.name}: ${(0, errors_js_1.describeError)(err)}\n`);
        return (0, errors_js_1.exitCodeOf)(err);
    }
}


/***/ }),

/***/ 4490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.editManifest = editManifest;
exports.markVersion = markVersion;
/**
 * The rollback's file changes as text edits: the manifest's entry for one model, and the failing
 * version's status mark in model.yaml (DESIGN §1). Edits are spliced into the source at the
 * positions the YAML parser reports, so every other byte (comments, spacing, quoting, order) stays
 * as it was and the diff a reviewer sees is only the lines that change. Shapes the splicer does not
 * handle (flow mappings, keys to add) fall back to the `yaml` document model, which keeps comments
 * and order but may normalise spacing. Each result is parsed again with the registry's strict
 * parser and schema and compared with the intended values, so a rollback never proposes a file the
 * registry would refuse or that means something else.
 */
const yaml_1 = __webpack_require__(8815);
const errors_js_1 = __webpack_require__(3916);
const document_js_1 = __webpack_require__(2038);
const TO_STRING = { lineWidth: 0 };
function load(text, file) {
    const doc = (0, yaml_1.parseDocument)(text, { keepSourceTokens: true });
    if (doc.errors.length > 0)
        throw new errors_js_1.ToolError(`${file} does not parse: ${doc.errors[0].message}`);
    if (!(0, yaml_1.isMap)(doc.contents))
        throw new errors_js_1.ToolError(`${file} is not a YAML mapping`);
    return doc;
}
function quoted(value) {
    const s = new yaml_1.Scalar(value);
    s.type = yaml_1.Scalar.QUOTE_DOUBLE;
    return s;
}
function apply(text, splices) {
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
}
function lineStart(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
function lineEnd(text, at) {
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.length : nl + 1;
}
/** A scalar written in the style it had: a quoted version stays quoted. */
function scalarText(node, value) {
    if (typeof value === 'number')
        return String(value);
    if (node.type === yaml_1.Scalar.QUOTE_SINGLE)
        return `'${value.replace(/'/g, "''")}'`;
    // Plain only for words (a strategy name); a version stays quoted so no YAML reader takes it for a number.
    if (node.type === yaml_1.Scalar.PLAIN && /^[a-z][a-z-]*$/.test(value))
        return value;
    return JSON.stringify(value);
}
function pairOf(map, key) {
    return map.items.find((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === key);
}
/** Splices that set or delete keys of a block mapping; null when the shape needs the fallback. */
function mapSplices(text, map, wanted) {
    if (map.flow)
        return null;
    const splices = [];
    for (const [key, value] of Object.entries(wanted)) {
        const pair = pairOf(map, key);
        if (!pair) {
            if (value === undefined)
                continue;
            return null;
        }
        const node = pair.value;
        if (!(0, yaml_1.isScalar)(node) || !node.range || !(0, yaml_1.isScalar)(pair.key) || !pair.key.range)
            return null;
        if (value === undefined) {
            const start = lineStart(text, pair.key.range[0]);
            if (text.slice(start, pair.key.range[0]).trim() !== '')
                return null;
            splices.push({ start, end: lineEnd(text, node.range[1]), text: '' });
        }
        else if (node.value !== value) {
            splices.push({ start: node.range[0], end: node.range[1], text: scalarText(node, value) });
        }
    }
    return splices;
}
function check(text, file, kind) {
    const doc = (0, document_js_1.parseDocumentBytes)(Buffer.from(text, 'utf8'), file, kind, {});
    const errors = doc.findings.filter((f) => f.severity === 'deny');
    if (!doc.value || errors.length > 0) {
        throw new errors_js_1.ToolError(`the rolled-back ${file} would not be valid: ${(errors.length ? errors : doc.findings).map((f) => f.message).join('; ') || 'schema refused it'}`);
    }
    return doc.value;
}
function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** The manifest with `model`'s entry replaced by `to`; other models, comments and order untouched. */
function editManifest(text, file, model, to) {
    const doc = load(text, file);
    const models = doc.get('models', true);
    if (!(0, yaml_1.isMap)(models))
        throw new errors_js_1.ToolError(`${file} has no models mapping`);
    const entry = models.get(model, true);
    if (!(0, yaml_1.isMap)(entry))
        throw new errors_js_1.ToolError(`${file} has no entry for ${model}`);
    const wanted = { strategy: to.strategy, stable: to.stable, candidate: to.candidate, traffic: to.traffic };
    const splices = mapSplices(text, entry, wanted);
    let out;
    if (splices) {
        out = apply(text, splices);
    }
    else {
        for (const [k, v] of Object.entries(wanted)) {
            if (v === undefined)
                entry.delete(k);
            else
                entry.set(k, typeof v === 'string' && k !== 'strategy' ? quoted(v) : v);
        }
        out = doc.toString(TO_STRING);
    }
    const value = check(out, file, 'manifest');
    const norm = (e) => (e ? [e.strategy, e.stable, e.candidate ?? null, e.traffic ?? null] : null);
    if (!sameJson(norm(value.models[model]), norm(to))) {
        throw new errors_js_1.ToolError(`editing ${file} did not give ${model} the intended entry; edit it by hand`);
    }
    return out;
}
function markLines(version, mark, indent, step) {
    const lines = [`${indent}${JSON.stringify(version)}:`, `${indent}${step}status: ${mark.status}`];
    if (mark.reason !== undefined)
        lines.push(`${indent}${step}reason: ${JSON.stringify(mark.reason)}`);
    if (mark.incident !== undefined)
        lines.push(`${indent}${step}incident: ${JSON.stringify(mark.incident)}`);
    if (mark.date !== undefined)
        lines.push(`${indent}${step}date: ${JSON.stringify(mark.date)}`);
    return `${lines.join('\n')}\n`;
}
/** model.yaml with `versions.<version>` marked as given (replacing an earlier mark of that version). */
function markVersion(text, file, version, mark) {
    const doc = load(text, file);
    const versions = doc.get('versions', true);
    let out = null;
    const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
    if (versions === undefined || versions === null) {
        out = `${body}versions:\n${markLines(version, mark, '  ', '  ')}`;
    }
    else if ((0, yaml_1.isMap)(versions) && !versions.flow && versions.items.length > 0) {
        const first = versions.items[0].key;
        const indent = first.range ? text.slice(lineStart(text, first.range[0]), first.range[0]) : '';
        if (first.range && indent.trim() === '') {
            const existing = pairOf(versions, version);
            const lines = markLines(version, mark, indent, '  ');
            const valueRange = existing?.value?.range;
            if (existing && (0, yaml_1.isScalar)(existing.key) && existing.key.range && valueRange) {
                const start = lineStart(text, existing.key.range[0]);
                const end = lineEnd(text, Math.max(existing.key.range[1], valueRange[1] - 1));
                out = text.slice(0, start) + lines + text.slice(end);
            }
            else if (!existing) {
                const last = versions.items[versions.items.length - 1];
                const lastEnd = last.value?.range?.[1] ?? last.key.range?.[1];
                if (lastEnd !== undefined) {
                    const at = lineEnd(text, Math.max(0, lastEnd - 1));
                    const pre = text.slice(0, at);
                    out = (pre.endsWith('\n') ? pre : `${pre}\n`) + lines + text.slice(at);
                }
            }
        }
    }
    if (out === null) {
        let map = versions;
        if (!(0, yaml_1.isMap)(map)) {
            map = new yaml_1.YAMLMap();
            doc.set('versions', map);
        }
        const node = new yaml_1.YAMLMap();
        node.set('status', mark.status);
        if (mark.reason !== undefined)
            node.set('reason', mark.reason);
        if (mark.incident !== undefined)
            node.set('incident', mark.incident);
        if (mark.date !== undefined)
            node.set('date', quoted(mark.date));
        map.set(quoted(version), node);
        out = doc.toString(TO_STRING);
    }
    const value = check(out, file, 'model');
    if (!sameJson(value.versions?.[version], Object.fromEntries(Object.entries(mark).filter(([, v]) => v !== undefined)))) {
        throw new errors_js_1.ToolError(`editing ${file} did not mark ${version} as intended; edit it by hand`);
    }
    return out;
}


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.incidentKey = incidentKey;
exports.rollbackBranch = rollbackBranch;
exports.planRollback = planRollback;
/**
 * What a rollback changes, decided offline: which version fails, what serves instead, the manifest
 * entry after the rollback, the rejected mark, and the incident key and branch that make the pull
 * request idempotent. The monitor (a critical rule failed) and the manual `rollback` action build
 * the same plan, so both take the same PR and evidence path.
 *
 * Strategies (DESIGN §6): shadow, canary, ab and blue-green keep their stable, which never stopped
 * serving; the failing candidate is removed (its traffic goes to 0, the shadow stops, blue-green
 * switches back to blue). The manifest schema requires a candidate for those strategies, so the
 * entry becomes `direct` on the stable. With `direct`, nothing else serves: the target is the last
 * known-good version, and when there is none the plan says so and no PR is proposed.
 */
const errors_js_1 = __webpack_require__(3916);
const known_good_js_1 = __webpack_require__(7421);
function incidentKey(env, model, failing) {
    return `rollback/${env}/${model}/${failing}`;
}
/** Names are branch-safe by the registry's name pattern, versions by semver, so the key is the branch. */
function rollbackBranch(incident) {
    return `modelgate/${incident}`;
}
function failingVersion(r) {
    if (r.decision?.reject)
        return r.decision.reject;
    if (r.current.strategy !== 'direct' && r.current.candidate)
        return r.current.candidate;
    return r.current.stable;
}
function refuseTarget(r, version, failing) {
    if (version === failing)
        throw new errors_js_1.UsageError(`cannot roll ${r.model} back to ${version}: that is the version being rolled back`);
    const mark = r.marks?.[version];
    if (mark?.status === 'rejected') {
        throw new errors_js_1.UsageError(`cannot roll ${r.model} back to ${version}: it is marked rejected in models/${r.model}/model.yaml${mark.reason ? ` (${mark.reason})` : ''}`);
    }
    const served = r.spans.some((s) => s.env === r.env && s.model === r.model && s.version === version);
    if (!served)
        throw new errors_js_1.UsageError(`cannot roll ${r.model} back to ${version}: it never served ${r.env} fully (deployments/${r.env}.yaml history); a rollback returns to a version that served there`);
}
function planRollback(r) {
    const failing = failingVersion(r);
    const incident = incidentKey(r.env, r.model, failing);
    const base = { env: r.env, model: r.model, trigger: r.trigger, reason: r.reason, failing, from: r.current, incident, ...(r.decision ? { decision: r.decision } : {}) };
    const mark = { status: 'rejected', reason: r.reason, incident, date: new Date(r.now).toISOString().slice(0, 10) };
    const finish = (target, targetFrom, knownGood) => ({
        ...base,
        kind: 'rollback',
        target,
        to: { strategy: 'direct', stable: target },
        targetFrom,
        ...(knownGood ? { knownGood } : {}),
        branch: rollbackBranch(incident),
        mark,
    });
    if (r.version !== undefined) {
        refuseTarget(r, r.version, failing);
        return finish(r.version, 'requested');
    }
    if (failing !== r.current.stable) {
        // A candidate fails; the stable beside it has served all along.
        const stableMark = r.marks?.[r.current.stable];
        if (stableMark?.status !== 'rejected')
            return finish(r.current.stable, 'stable-kept');
    }
    const knownGood = (0, known_good_js_1.lastKnownGood)({ env: r.env, model: r.model, failing, spans: r.spans, bakeMs: r.bakeMs, now: r.now, verdicts: r.verdicts, marks: r.marks });
    if (!knownGood.found)
        return { ...base, kind: 'no-target', knownGood };
    return finish(knownGood.version, 'last-known-good', knownGood);
}


/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.servingEntry = servingEntry;
exports.versionMarks = versionMarks;
exports.planForDecision = planForDecision;
exports.planManual = planManual;
/**
 * Building a rollback request from a loaded registry: the model's manifest entry and version marks,
 * plus the clone's history (context.ts). Used by the monitor (a rollback decision), the manual
 * rollback action and `modelgate rollback`, so all three plan identically.
 */
const errors_js_1 = __webpack_require__(3916);
const plan_js_1 = __webpack_require__(569);
function servingEntry(registry, env, model) {
    const doc = registry.manifests.get(env);
    if (!doc)
        throw new errors_js_1.ConfigError(`no manifest for environment '${env}' (deployments/${env}.yaml)`);
    if (!doc.value)
        throw new errors_js_1.ConfigError(`invalid manifest: ${doc.findings.map((f) => f.message).join('; ')}`, doc.file);
    const entry = doc.value.models[model];
    if (!entry)
        throw new errors_js_1.UsageError(`model '${model}' does not serve in '${env}' (deployments/${env}.yaml)`);
    return entry;
}
function versionMarks(registry, model) {
    const loaded = registry.models.get(model)?.model;
    if (!loaded?.value)
        throw new errors_js_1.ConfigError(`models/${model}/model.yaml is missing or invalid`, loaded?.file);
    return loaded.value.versions;
}
function planForDecision(registry, ctx, d, now) {
    return (0, plan_js_1.planRollback)({
        env: d.environment,
        model: d.model,
        current: servingEntry(registry, d.environment, d.model),
        trigger: 'monitor',
        reason: d.reason,
        decision: d,
        spans: ctx.spans,
        bakeMs: ctx.bakeMs,
        now,
        verdicts: ctx.verdicts,
        marks: versionMarks(registry, d.model),
    });
}
function planManual(registry, ctx, o) {
    if (o.reason.trim().length < 10)
        throw new errors_js_1.UsageError('a manual rollback needs a reason of at least 10 characters (it is written into model.yaml and the evidence record)');
    return (0, plan_js_1.planRollback)({
        env: o.env,
        model: o.model,
        current: servingEntry(registry, o.env, o.model),
        trigger: 'manual',
        reason: o.reason.trim(),
        ...(o.version !== undefined ? { version: o.version } : {}),
        spans: ctx.spans,
        bakeMs: ctx.bakeMs,
        now: o.now,
        verdicts: ctx.verdicts,
        marks: versionMarks(registry, o.model),
    });
}


/***/ })

};
