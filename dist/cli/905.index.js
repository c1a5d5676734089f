export const id = 905;
export const ids = [905,294];
export const modules = {

/***/ 3132:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.approvalsLines = approvalsLines;
exports.recordMarkdown = recordMarkdown;
exports.historyText = historyText;
exports.evidenceMarkdown = evidenceMarkdown;
exports.recordsAbout = recordsAbout;
const short = (sha) => (sha ? sha.slice(0, 12) : '—');
function approvalsLines(a) {
    if (!a)
        return ['- approvals: not recorded'];
    const lines = [`- approvals: **${a.approved ? 'met' : 'NOT met'}** (rules from base ${short(a.baseCommit)}, ${a.codeownersFile ?? 'no CODEOWNERS'})`];
    for (const c of a.counted)
        lines.push(`  - @${c.login} approved ${short(c.commitId)}${c.onHead ? ' (head)' : ''} at ${c.submittedAt ?? '?'}`);
    for (const r of a.requirements)
        lines.push(`  - ${r.satisfied ? '✓' : '✗'} ${r.requirement}${r.by.length ? ` — ${r.by.join(', ')}` : ''}`);
    for (const t of a.teams)
        lines.push(`  - team ${t.team}: @${t.login} ${t.status}${t.reason ? ` (${t.reason})` : ''}`);
    for (const m of a.missing)
        lines.push(`  - missing: ${m}`);
    for (const b of a.blockers)
        lines.push(`  - blocked by: ${b}`);
    return lines;
}
function recordMarkdown(r) {
    const lines = [
        `### ${r.seq}. ${r.kind}: ${r.subject}`,
        '',
        r.summary,
        '',
        `- decided ${r.decidedAt}, recorded ${r.recordedAt}; sha256 \`${r.hash}\``,
        `- commit ${short(r.commits.decision)}${r.commits.base ? `, base ${short(r.commits.base)}` : ''}${r.commits.head ? `, head ${short(r.commits.head)}` : ''}`,
    ];
    if (r.pullRequest) {
        const p = r.pullRequest;
        lines.push(`- pull request #${p.number}${p.title ? ` “${p.title}”` : ''} by @${p.author ?? '?'}, merged ${p.mergedAt ?? '?'}${p.mergedBy ? ` by @${p.mergedBy}` : ''}`);
        for (const rv of p.reviews)
            lines.push(`  - review by @${rv.login}: ${rv.state} on ${short(rv.commitId)} at ${rv.submittedAt ?? '?'}`);
    }
    lines.push(...approvalsLines(r.approvals));
    if (r.policyPackDigest)
        lines.push(`- policy pack sha256 \`${r.policyPackDigest}\``);
    for (const c of r.cards)
        lines.push(`- card ${c.path} sha256 \`${c.digest}\``);
    lines.push(`- workflow run ${r.run.url ?? r.run.id ?? '—'} (${r.run.event ?? '?'} by @${r.run.actor ?? '?'})`);
    lines.push('', '```json', JSON.stringify(r.data, null, 2), '```', '');
    return lines.join('\n');
}
function historyText(a) {
    const lines = [`Served in ${a.environment} at ${a.at}:`];
    for (const e of a.entries) {
        const shape = e.strategy === 'direct' ? e.stable : `${e.stable} → ${e.candidate ?? '?'}${e.traffic !== null ? ` at ${e.traffic}%` : ''}`;
        lines.push(`  ${e.model}  ${e.strategy} ${shape}`, `    since ${e.since} — ${e.source === 'deployment-record' ? 'from the deployment records' : 'from the merged manifest (no deployment record)'}`, `    commit ${short(e.commit)}${e.pullRequest ? `, pull request #${e.pullRequest.number}` : ''}${e.approvals ? `, approvals ${e.approvals.approved ? 'met' : 'NOT met'} (${e.approvals.counted.map((c) => `@${c.login}`).join(', ') || 'none counted'})` : ', approvals not recorded'}`, `    ${e.note}`);
    }
    for (const n of a.notes)
        lines.push(`note: ${n}`);
    return `${lines.join('\n')}\n`;
}
function cardCheck(card) {
    if (card.matchesRecords === null)
        return ' (no record names a digest for this card)';
    if (card.matchesRecords)
        return ' — the card the records were decided on';
    return ` — **NOT the card the records were decided on** (recorded: ${card.recordedDigests.map((d) => `\`${d}\``).join(', ')})`;
}
function evidenceMarkdown(b) {
    const byKind = (k) => b.records.filter((r) => r.kind === k);
    const section = (title, kinds) => {
        const rs = kinds.flatMap(byKind).sort((x, y) => x.seq - y.seq);
        return [`## ${title}`, '', ...(rs.length ? rs.map(recordMarkdown) : ['_none recorded_', ''])];
    };
    // A registration may cover several models: its failing results about another model's files are not this bundle's.
    const about = (p) => !p.message || !/(^|\/)models\/[^/]+\//.test(p.message) || p.message.includes(`models/${b.model}/`);
    const policy = b.records.flatMap((r) => (r.kind === 'registration' ? (r.data.policyResults ?? []) : [])).filter(about);
    return [
        `# Evidence: ${b.model} ${b.version}`,
        '',
        `Generated ${b.generatedAt} from the audit log on branch \`${b.log.branch}\` at ${short(b.log.commit)} (${b.log.records} records, chain ${b.log.verified ? 'verified' : 'NOT verified'}; anchors ${b.log.anchorsChecked ? 'checked on GitHub: only anchored records are used' : 'not checked: run with --online'}).`,
        '',
        ...(b.log.refused.length ? ['Left out, not anchored by a trusted writer:', '', ...b.log.refused.map((r) => `- record ${r.seq} (${r.kind} ${r.subject}): ${r.reason}`), ''] : []),
        '## Model card',
        '',
        b.card ? `\`${b.card.path}\` sha256 \`${b.card.digest ?? '?'}\`${cardCheck(b.card)}${b.card.readFrom ? `\n\nRead from ${b.card.readFrom}.` : ''}\n\n\`\`\`json\n${JSON.stringify(b.card.content, null, 2)}\n\`\`\`\n` : '_the card is not in the checkout_\n',
        '## Policy results',
        '',
        ...(policy.length ? policy.map((p) => `- ${p.passed ? '✓' : '✗'} ${p.rule} (${p.severity})${p.message ? `: ${p.message}` : ''}`) : ['_none recorded_']),
        '',
        ...section('Registration and approvals', ['registration', 'promotion', 'waiver-use']),
        ...section('Deployments', ['deployment']),
        ...section('Monitoring verdicts', ['monitor-verdict']),
        ...section('Rollbacks', ['rollback']),
    ].join('\n');
}
/** Records about a model (and version): by the models they name or the data they carry. */
function recordsAbout(records, model, version) {
    return records.filter((r) => {
        if (model === undefined)
            return true;
        const d = r.data;
        const versions = new Set();
        for (const m of r.models)
            if (m.model === model)
                versions.add(m.version);
        if (d.model === model) {
            for (const v of [d.version, d.serving?.stable, d.serving?.candidate, d.from?.stable, d.from?.candidate, d.to?.stable, d.to?.candidate])
                if (v)
                    versions.add(v);
        }
        if (versions.size === 0 && !r.cards.some((c) => c.model === model))
            return false;
        for (const c of r.cards)
            if (c.model === model)
                versions.add(c.version);
        return version === undefined || versions.has(version);
    });
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.servedFromRecords = servedFromRecords;
exports.firstParentLine = firstParentLine;
exports.pullNumberFromSubject = pullNumberFromSubject;
exports.manifestLine = manifestLine;
exports.servedFromManifest = servedFromManifest;
exports.servedAt = servedAt;
/**
 * "What served where, when" (DESIGN §5): the version(s) whose deployment to an environment last
 * succeeded at or before T, from the deployment (and rollback) records; for a model with no such
 * record, the manifest as merged on the default branch at T, saying so.
 *
 * Time: a record's finishedAt, a manifest's first-parent committer time (when the merge landed).
 * Clocks skew, so both are made monotone in their order of arrival: a record cannot have finished
 * before the record written before it, and a merge cannot land before its first parent did. An
 * entry counts from its (monotone) time on, inclusive: at exactly T the change has happened.
 */
const git_js_1 = __webpack_require__(308);
const fast_js_1 = __webpack_require__(6049);
function monotone(items, time) {
    let floor = -Infinity;
    return items.map((item) => {
        floor = Math.max(floor, time(item));
        return { item, time: floor };
    });
}
/** Verification checks every record's schema; this keeps a reader of unverified records from crashing. */
function isServing(s) {
    return typeof s === 'object' && s !== null && typeof s.strategy === 'string' && typeof s.stable === 'string';
}
function servingOf(r) {
    if (r.kind === 'deployment') {
        const d = r.data;
        return d.outcome === 'success' && d.finishedAt && isServing(d.serving) ? { model: d.model, serving: d.serving } : null;
    }
    if (r.kind === 'rollback') {
        const d = r.data;
        return d.outcome === 'success' && isServing(d.to) ? { model: d.model, serving: d.to } : null;
    }
    return null;
}
function recordTime(r) {
    const d = r.data;
    return Date.parse(d.finishedAt ?? r.decidedAt);
}
function prOf(pr) {
    return pr ? { number: pr.number, url: pr.url, title: pr.title, author: pr.author, mergedBy: pr.mergedBy } : null;
}
/** The last successful deployment per model at or before `at`, from records in log order. */
function servedFromRecords(records, env, at) {
    const out = new Map();
    const relevant = records.filter((r) => (r.kind === 'deployment' || r.kind === 'rollback') && r.data.environment === env);
    // Approvals live on the registration/promotion record of the manifest commit that was deployed.
    const byCommit = new Map();
    for (const r of records)
        if (r.kind === 'registration' || r.kind === 'promotion')
            byCommit.set(r.commits.decision, r);
    for (const { item: r, time } of monotone(relevant, recordTime)) {
        if (time > at)
            break;
        const s = servingOf(r);
        if (!s)
            continue;
        const manifestCommit = r.kind === 'deployment' ? r.data.manifestCommit : r.commits.decision;
        const decided = byCommit.get(manifestCommit);
        out.set(s.model, {
            model: s.model,
            environment: env,
            strategy: s.serving.strategy,
            stable: s.serving.stable,
            candidate: s.serving.candidate ?? null,
            traffic: s.serving.traffic ?? null,
            source: 'deployment-record',
            since: new Date(time).toISOString(),
            commit: manifestCommit,
            pullRequest: prOf(r.pullRequest ?? decided?.pullRequest ?? null),
            approvals: r.approvals ?? decided?.approvals ?? null,
            record: { seq: r.seq, hash: r.hash, kind: r.kind },
            note: `${r.kind} record ${r.seq} (${r.kind === 'rollback' ? 'rollback' : 'deployment'} succeeded ${new Date(time).toISOString()})`,
        });
    }
    return out;
}
/** The default branch's first-parent line, oldest first: one git process. */
async function firstParentLine(repoDir, ref) {
    const out = await (0, git_js_1.git)(repoDir, ['log', '--first-parent', '--reverse', '--format=%H%x00%ct%x00%s', ref, '--']);
    return out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha = '', ct = '0', subject = ''] = line.split('\0');
        return { sha, time: Number(ct) * 1000, subject };
    });
}
/** The first-parent commits that changed `file`, oldest first. */
async function touching(repoDir, ref, file) {
    const out = await (0, git_js_1.git)(repoDir, ['log', '--first-parent', '--format=%H', ref, '--', file]);
    return new Set(out.split('\n').filter(Boolean));
}
function pullNumberFromSubject(subject) {
    const m = /^Merge pull request #([0-9]+) /.exec(subject) ?? /\(#([0-9]+)\)$/.exec(subject);
    return m ? Number(m[1]) : null;
}
function modelsOf(bytes) {
    if (!bytes)
        return null;
    const value = (0, fast_js_1.parseYaml)(Buffer.from(bytes).toString('utf8')).value;
    const map = new Map();
    for (const [name, e] of Object.entries(value?.models ?? {})) {
        if (!e || typeof e.stable !== 'string' || typeof e.strategy !== 'string')
            continue;
        map.set(name, { strategy: e.strategy, stable: e.stable, ...(typeof e.candidate === 'string' ? { candidate: e.candidate } : {}), ...(typeof e.traffic === 'number' ? { traffic: e.traffic } : {}) });
    }
    return map;
}
const sameState = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
async function manifestLine(repoDir, ref, manifestFile) {
    const [parents, changed] = await Promise.all([firstParentLine(repoDir, ref), touching(repoDir, ref, manifestFile)]);
    return { line: monotone(parents, (c) => c.time), changed };
}
async function servedFromManifest(repoDir, ref, manifestFile, env, at, records, read) {
    const { line, changed } = await (read ?? manifestLine(repoDir, ref, manifestFile));
    const upTo = line.filter((c) => c.time <= at);
    const versions = upTo.filter((c) => changed.has(c.item.sha));
    const entries = new Map();
    const last = versions[versions.length - 1];
    if (!last)
        return { entries, merged: null };
    const decided = new Map();
    for (const r of records)
        if (r.kind === 'registration' || r.kind === 'promotion')
            decided.set(r.commits.decision, r);
    const blobOf = async (list) => (0, git_js_1.readBlobs)(repoDir, list.map((c) => `${c.item.sha}:${manifestFile}`));
    const now = modelsOf((await blobOf([last])).get(`${last.item.sha}:${manifestFile}`));
    if (!now)
        return { entries, merged: last.item.sha };
    const pending = new Map(now);
    // Where each model's current entry was introduced: walk back until it differs.
    const introduced = new Map();
    for (const name of pending.keys())
        introduced.set(name, last);
    let i = versions.length - 2;
    const BATCH = 64;
    while (pending.size > 0 && i >= 0) {
        const batch = versions.slice(Math.max(0, i - BATCH + 1), i + 1).reverse();
        const blobs = await blobOf(batch);
        for (const c of batch) {
            const models = modelsOf(blobs.get(`${c.item.sha}:${manifestFile}`));
            for (const [name, state] of [...pending]) {
                if (models && sameState(models.get(name), state))
                    introduced.set(name, c);
                else
                    pending.delete(name);
            }
            if (pending.size === 0)
                break;
        }
        i -= BATCH;
    }
    for (const [name, state] of now) {
        const c = introduced.get(name);
        const record = decided.get(c.item.sha);
        const number = record?.pullRequest?.number ?? pullNumberFromSubject(c.item.subject);
        entries.set(name, {
            model: name,
            environment: env,
            strategy: state.strategy,
            stable: state.stable,
            candidate: state.candidate ?? null,
            traffic: state.traffic ?? null,
            source: 'manifest-merge',
            since: new Date(c.time).toISOString(),
            commit: c.item.sha,
            pullRequest: record?.pullRequest ? prOf(record.pullRequest) : number !== null ? { number, url: null, title: null, author: null, mergedBy: null } : null,
            approvals: record?.approvals ?? null,
            record: record ? { seq: record.seq, hash: record.hash, kind: record.kind } : null,
            note: `no successful deployment record for ${name} in ${env} at or before this time: taken from ${manifestFile} as merged at ${new Date(c.time).toISOString()} (commit ${c.item.sha.slice(0, 12)})${record ? '' : number !== null ? `; pull request #${number} read from the commit message, no audit record` : '; no audit record'}`,
        });
    }
    return { entries, merged: last.item.sha };
}
async function servedAt(q) {
    const at = q.at.getTime();
    const fromRecords = servedFromRecords(q.records, q.env, at);
    const fromManifest = await servedFromManifest(q.repoDir, q.ref, q.manifestFile, q.env, at, q.records, q.manifest);
    const names = new Set([...fromRecords.keys(), ...fromManifest.entries.keys()]);
    const entries = [...names]
        .filter((n) => q.model === undefined || n === q.model)
        .sort()
        .map((n) => fromRecords.get(n) ?? fromManifest.entries.get(n));
    const notes = [];
    if (q.records.length === 0)
        notes.push('no audit records were read: every answer comes from the manifest merge history');
    if (entries.length === 0)
        notes.push(`nothing served in ${q.env} at ${q.at.toISOString()}${q.model ? ` for ${q.model}` : ''} by the records or the merged manifest`);
    return { environment: q.env, at: q.at.toISOString(), entries, notes };
}


/***/ }),

/***/ 6478:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.auditWorkspace = auditWorkspace;
exports.defaultBranchRef = defaultBranchRef;
exports.inRepo = inRepo;
/** Where the audit commands find things: the git repository, the registry inside it, the audit branch. */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const fast_js_1 = __webpack_require__(6049);
const log_js_1 = __webpack_require__(8365);
async function auditWorkspace(registryDir, branchFlag) {
    if (!(await (0, git_js_1.isGitRepo)(registryDir)))
        throw new errors_js_1.UsageError(`${registryDir} is not inside a git repository: the audit log and the merge history live in git`);
    const repoDir = await (0, git_js_1.repoTopLevel)(registryDir);
    const prefix = node_path_1.default.relative(repoDir, registryDir).split(node_path_1.default.sep).join('/');
    let audit = {};
    let defaultBranch = null;
    let environments = null;
    try {
        const value = (0, fast_js_1.parseYaml)(await (0, promises_1.readFile)(node_path_1.default.join(registryDir, loader_js_1.CONFIG_FILE), 'utf8')).value;
        audit = value?.audit ?? {};
        if (typeof value?.registry?.defaultBranch === 'string')
            defaultBranch = value.registry.defaultBranch;
        if (Array.isArray(value?.environments))
            environments = value.environments.flatMap((e) => (e && typeof e === 'object' && typeof e.name === 'string' ? [e.name] : []));
    }
    catch {
        // No or unreadable modelgate.yaml: the defaults apply; `validate` reports the file itself.
    }
    const branch = branchFlag ?? (typeof audit.branch === 'string' ? audit.branch : log_js_1.DEFAULT_AUDIT_BRANCH);
    (0, git_js_1.checkRef)(branch, branchFlag ? '--branch' : `${loader_js_1.CONFIG_FILE} audit.branch`);
    const trusted = Array.isArray(audit.trustedWriters) ? audit.trustedWriters.filter((w) => typeof w === 'string') : [];
    return { repoDir, prefix, branch, trustedWriters: trusted.length ? trusted : log_js_1.DEFAULT_TRUSTED_WRITERS, defaultBranch, environments };
}
/**
 * The registry's default branch as this clone has it: modelgate.yaml registry.defaultBranch, else
 * what origin/HEAD names, else main; the local branch, else origin's. Null when the clone has
 * neither (the caller falls back to HEAD and says so).
 */
async function defaultBranchRef(ws) {
    let name = ws.defaultBranch;
    if (!name) {
        try {
            name = (await (0, git_js_1.git)(ws.repoDir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])).trim().replace(/^origin\//, '') || null;
        }
        catch {
            name = null;
        }
    }
    name ??= 'main';
    (0, git_js_1.checkRef)(name, `${loader_js_1.CONFIG_FILE} registry.defaultBranch`);
    for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
        try {
            const commit = (await (0, git_js_1.git)(ws.repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
            if (commit)
                return { name, ref, commit };
        }
        catch {
            // try the next place
        }
    }
    return null;
}
/** A path inside the registry, as a path inside the repository. */
function inRepo(ws, file) {
    return ws.prefix ? `${ws.prefix}/${file}` : file;
}


/***/ }),

/***/ 4294:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.showSpec = exports.verifySpec = exports.onlineOptions = exports.spec = void 0;
exports.problemLine = problemLine;
exports.anchorsRef = anchorsRef;
exports.errorLabel = errorLabel;
exports.run = run;
/**
 * `modelgate audit verify|show`: the hash-chained audit log read from a local clone; `--online`
 * also checks each record's anchor (a commit status from the trusted writer) on GitHub.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const format_js_1 = __webpack_require__(3132);
const local_js_1 = __webpack_require__(2564);
const read_js_1 = __webpack_require__(1847);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const args_js_1 = __webpack_require__(7593);
const SUBCOMMANDS = {
    verify: 'recompute every hash and link of the audit log (and, --online, check the anchors on GitHub)',
    show: 'print the audit records, all or those about a model (version)',
};
exports.spec = {
    name: 'audit',
    summary: 'the tamper-evident audit log: verify it, show its records',
    usage: 'modelgate audit <verify|show> [options]',
    options: {},
    details: ['Subcommands:', ...Object.entries(SUBCOMMANDS).map(([n, s]) => `  ${n.padEnd(8)}${s}`), '', 'Run `modelgate audit <subcommand> --help` for its options.'].join('\n'),
    examples: ['modelgate audit verify', 'modelgate audit show --model fraud-detector --format markdown'],
    allowPositionals: true,
};
/** --online for the commands that answer from the log: only records anchored by a trusted writer are used. */
exports.onlineOptions = {
    online: { type: 'boolean', help: 'use only records anchored on GitHub by a trusted writer (token: GITHUB_TOKEN; API: GITHUB_API_URL)' },
    'github-repo': { type: 'string', help: '<owner/name>  the repository on GitHub (default: from the origin remote)' },
};
const common = {
    repo: { type: 'string', help: '<dir>  the registry (default: current directory), inside a clone holding the audit branch' },
    branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit); the local branch, else origin/<name>' },
};
exports.verifySpec = {
    name: 'audit verify',
    summary: SUBCOMMANDS.verify,
    usage: 'modelgate audit verify [--repo <dir>] [--branch <name>] [--online [--github-repo <owner/name>]] [--format text|json]',
    options: {
        ...common,
        online: { type: 'boolean', help: 'also check every record\'s anchor on GitHub (token: GITHUB_TOKEN; API: GITHUB_API_URL)' },
        'github-repo': { type: 'string', help: '<owner/name>  the repository on GitHub (default: from the origin remote)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        'Offline it finds the first record modified, removed, reordered, inserted or forged, a record that',
        'does not match schemas/record-v1.schema.json, an index that disagrees with the records, any branch',
        'commit that deleted or edited a record, a merge commit on the branch, and keys/ entries that are',
        'not exactly one per record. A consistent rewrite of the whole branch needs --online: anchors',
        'written when each record was made catch it, as they catch a tail truncated by a force-push.',
        'A shallow clone cannot be verified (exit 2): git fetch --unshallow origin, or fetch-depth: 0.',
    ].join('\n'),
    examples: ['modelgate audit verify', 'git fetch origin modelgate-audit && modelgate audit verify --online', 'modelgate audit verify --branch audit-log --format json'],
};
exports.showSpec = {
    name: 'audit show',
    summary: SUBCOMMANDS.show,
    usage: 'modelgate audit show [--repo <dir>] [--branch <name>] [--model <m>] [--version <v>] [--online] [--format text|markdown|json]',
    options: {
        ...common,
        ...exports.onlineOptions,
        model: { type: 'string', help: '<name>  only records about this model' },
        version: { type: 'string', help: '<semver>  only records about this version (with --model)' },
        format: { type: 'string', choices: ['text', 'markdown', 'json'], help: 'text|markdown|json  output format (default: text, which is Markdown)' },
    },
    details: 'The log is verified first (offline); a log that fails verification is not shown (exit 1). With --online only the records anchored by a trusted writer are shown; the others are named on stderr.',
    examples: ['modelgate audit show --model fraud-detector --version 1.3.0', 'modelgate audit show --format json | jq ".[] | .kind"'],
};
function problemLine(p) {
    return p.kind === 'not-a-log' ? `${p.message}\n` : `audit log tampered: ${p.message}\n`;
}
/** Where a truncated tail's anchors are looked for: the default branch, else HEAD. */
async function anchorsRef(ws) {
    return (await (0, workspace_js_1.defaultBranchRef)(ws))?.commit ?? 'HEAD';
}
async function verify(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.verifySpec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.verifySpec));
        return errors_js_1.EXIT.yes;
    }
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    const v = await (0, local_js_1.verifyLocal)(ws.repoDir, ws.branch);
    let problem = v.problem;
    let anchors = 0;
    if (!problem && (0, args_js_1.boolOpt)(p, 'online')) {
        const access = await (0, read_js_1.onlineAccess)(io.env, ws.repoDir, (0, args_js_1.stringOpt)(p, 'github-repo'), ws.trustedWriters);
        const o = await (0, read_js_1.checkOnline)(ws.repoDir, v.records, access, await anchorsRef(ws));
        anchors = o.anchors.length;
        problem = o.strict;
    }
    const format = (0, args_js_1.stringOpt)(p, 'format') ?? 'text';
    if (format === 'json') {
        io.stdout(`${JSON.stringify({ verified: !problem, records: v.records.length, branch: ws.branch, ref: v.ref, commit: v.commit, online: (0, args_js_1.boolOpt)(p, 'online'), anchors, problem }, null, 2)}\n`);
    }
    else if (problem) {
        io.stdout(problemLine(problem));
    }
    else {
        io.stdout(`${v.records.length} records verified (${v.ref.replace(/^refs\/(heads|remotes)\//, '')} at ${v.commit.slice(0, 12)}${(0, args_js_1.boolOpt)(p, 'online') ? `; every record anchored by ${ws.trustedWriters.join(' or ')}` : '; anchors not checked: add --online'})\n`);
    }
    return problem ? errors_js_1.EXIT.no : errors_js_1.EXIT.yes;
}
async function show(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.showSpec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.showSpec));
        return errors_js_1.EXIT.yes;
    }
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const version = (0, args_js_1.stringOpt)(p, 'version');
    if (version && !model)
        throw new errors_js_1.UsageError('--version needs --model');
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    const online = (0, args_js_1.boolOpt)(p, 'online') ? await (0, read_js_1.onlineAccess)(io.env, ws.repoDir, (0, args_js_1.stringOpt)(p, 'github-repo'), ws.trustedWriters) : undefined;
    const log = await (0, read_js_1.readVerifiedLog)(ws.repoDir, ws.branch, online ? { online, laterRef: await anchorsRef(ws) } : {});
    if (log.problem) {
        io.stderr(problemLine(log.problem));
        return errors_js_1.EXIT.no;
    }
    for (const r of log.refused)
        io.stderr(`not shown: record ${r.record.seq} (${r.record.kind} ${r.record.subject}): ${r.reason}\n`);
    const records = (0, format_js_1.recordsAbout)(log.records, model, version);
    const checked = log.anchorsChecked ? `chain verified; ${log.refused.length} unanchored record(s) left out` : 'chain verified offline; anchors not checked: add --online';
    if (((0, args_js_1.stringOpt)(p, 'format') ?? 'markdown') === 'json')
        io.stdout(`${JSON.stringify(records, null, 2)}\n`);
    else
        io.stdout(`# Audit records${model ? ` about ${model}${version ? ` ${version}` : ''}` : ''}\n\n${records.length} of ${log.all.length} records (${checked}).\n\n${records.map(format_js_1.recordMarkdown).join('\n')}`);
    return errors_js_1.EXIT.yes;
}
/** Errors name the subcommand: "modelgate audit verify: …". */
function errorLabel(argv) {
    return argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? `audit ${argv[0]}` : 'audit';
}
async function run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'verify')
        return verify(rest, io);
    if (sub === 'show')
        return show(rest, io);
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help || sub === undefined) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return sub === undefined && !p.help ? errors_js_1.EXIT.usage : errors_js_1.EXIT.yes;
    }
    throw new errors_js_1.UsageError(`unknown audit subcommand '${sub}': ${Object.keys(SUBCOMMANDS).join(', ')}`);
}


/***/ }),

/***/ 8905:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.isoTimeProblem = isoTimeProblem;
exports.run = run;
/** `modelgate history`: which version(s) served in an environment at a given time (DESIGN §5). */
const node_path_1 = __importDefault(__webpack_require__(6760));
const format_js_1 = __webpack_require__(3132);
const history_js_1 = __webpack_require__(6663);
const local_js_1 = __webpack_require__(2564);
const read_js_1 = __webpack_require__(1847);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const names_js_1 = __webpack_require__(1815);
const args_js_1 = __webpack_require__(7593);
const audit_js_1 = __webpack_require__(4294);
exports.spec = {
    name: 'history',
    summary: 'which model versions served in an environment at a given time, who put them there and who approved',
    usage: 'modelgate history --env <name> --at <ISO time> [--model <m>] [--repo <dir>] [--ref <ref>] [--branch <name>] [--online] [--format json|text]',
    options: {
        env: { type: 'string', help: '<name>  the environment (required)' },
        at: { type: 'string', help: '<time>  ISO 8601 time with a zone, e.g. 2026-03-01T12:00:00Z (required)' },
        model: { type: 'string', help: '<name>  only this model' },
        repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
        ref: { type: 'string', help: '<ref>  the branch whose first-parent line is the merge history (default: the default branch: modelgate.yaml registry.defaultBranch, else origin/HEAD, else main)' },
        branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
        ...audit_js_1.onlineOptions,
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        '"Served at T" is the version(s) whose deployment to the environment last succeeded at or before T',
        '(deployment and rollback records of the audit log); for a model with no such record, the manifest',
        'as merged on the default branch at T, and the answer says so. Times are made monotone in order of',
        'arrival (a merge cannot land before its first parent; a record cannot finish before the one',
        'written before it), so skewed clocks do not reorder history. With --online only records anchored',
        'on GitHub by a trusted writer count; the answer names those left out, and a log whose anchors',
        'show a rewritten or removed record gives no answer (exit 1). The merge history is the default',
        "branch's (modelgate.yaml registry.defaultBranch, else origin/HEAD, else main), not HEAD's.",
    ].join('\n'),
    examples: [
        'modelgate history --env production --at 2026-03-01T12:00:00Z',
        'modelgate history --env staging --at 2026-02-14T09:30:00+01:00 --model fraud-detector --format json',
    ],
};
/** Why an ISO 8601 time cannot be a real instant (2026-02-30 is not March 2), or null. */
function isoTimeProblem(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(text);
    if (!m)
        return 'not of the form YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or ±HH:MM';
    const [y, mo, d, h, mi, sec = 0, , zh = 0, zm = 0] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]].map((x) => (x === undefined ? undefined : Number(x)));
    if (mo < 1 || mo > 12)
        return `there is no month ${m[2]}`;
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > days)
        return `${m[1]}-${m[2]} has no day ${m[3]}`;
    if (h > 23 || mi > 59 || sec > 59)
        return `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} is not a time of day`;
    if (zh > 23 || zm > 59)
        return `${m[7]} is not a time zone offset`;
    return null;
}
async function run(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const env = (0, args_js_1.stringOpt)(p, 'env');
    const atText = (0, args_js_1.stringOpt)(p, 'at');
    if (!env || !atText)
        throw new errors_js_1.UsageError('--env and --at are required\nRun `modelgate history --help` for usage.');
    const envProblem = (0, names_js_1.nameProblem)(env, 'environment');
    if (envProblem)
        throw new errors_js_1.UsageError(`--env: ${envProblem}`);
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const modelProblem = model === undefined ? null : (0, names_js_1.nameProblem)(model, 'model');
    if (modelProblem)
        throw new errors_js_1.UsageError(`--model: ${modelProblem}`);
    const atProblem = isoTimeProblem(atText);
    if (atProblem)
        throw new errors_js_1.UsageError(`--at must be an ISO 8601 time with a zone (e.g. 2026-03-01T12:00:00Z); got '${atText}': ${atProblem}`);
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    if (ws.environments && !ws.environments.includes(env)) {
        throw new errors_js_1.UsageError(`--env: no environment '${env}' in ${loader_js_1.CONFIG_FILE} (environments: ${ws.environments.join(', ') || 'none'})`);
    }
    // The merge history is cut in a shallow clone: an answer from it would be wrong, not partial.
    await (0, local_js_1.assertFullHistory)(ws.repoDir, 'history');
    const notes = [];
    const refFlag = (0, args_js_1.stringOpt)(p, 'ref');
    let ref;
    if (refFlag) {
        ref = await (0, git_js_1.resolveCommit)(ws.repoDir, refFlag, '--ref');
        notes.push(`merge history read from ${refFlag} (${ref.slice(0, 12)})`);
    }
    else {
        const def = await (0, workspace_js_1.defaultBranchRef)(ws);
        if (def) {
            ref = def.commit;
            notes.push(`merge history read from the default branch ${def.ref.replace(/^refs\/(heads|remotes)\//, '')} (${ref.slice(0, 12)}); --ref to read another`);
        }
        else {
            ref = await (0, git_js_1.resolveCommit)(ws.repoDir, 'HEAD', '--ref');
            const warning = `the default branch (${ws.defaultBranch ?? 'main'}) is not in this clone: the merge history is read from HEAD (${ref.slice(0, 12)}), which may hold unmerged changes; fetch it or pass --ref`;
            io.stderr(`warning: ${warning}\n`);
            notes.push(warning);
        }
    }
    // The manifest's git history and the audit log are independent reads: run them side by side.
    const manifest = (0, history_js_1.manifestLine)(ws.repoDir, ref, (0, workspace_js_1.inRepo)(ws, (0, loader_js_1.manifestPath)(env)));
    manifest.catch(() => undefined); // awaited below; an early return must not leave it unhandled
    let records = [];
    if (await (0, local_js_1.resolveAuditRef)(ws.repoDir, ws.branch)) {
        const online = (0, args_js_1.boolOpt)(p, 'online') ? await (0, read_js_1.onlineAccess)(io.env, ws.repoDir, (0, args_js_1.stringOpt)(p, 'github-repo'), ws.trustedWriters) : undefined;
        const log = await (0, read_js_1.readVerifiedLog)(ws.repoDir, ws.branch, online ? { online, laterRef: ref } : {});
        if (log.problem) {
            io.stderr(`${(0, audit_js_1.problemLine)(log.problem)}modelgate history refuses to answer from it; run \`modelgate audit verify${online ? ' --online' : ''}\`.\n`);
            return errors_js_1.EXIT.no;
        }
        records = log.records;
        notes.push(...log.notes);
    }
    else {
        notes.push(`no audit branch ${ws.branch} in this clone: answers come from the merge history of the manifest only`);
    }
    const answer = await (0, history_js_1.servedAt)({ repoDir: ws.repoDir, ref, manifestFile: (0, workspace_js_1.inRepo)(ws, (0, loader_js_1.manifestPath)(env)), env, at: new Date(atText), records, manifest, ...(model ? { model } : {}) });
    answer.notes.unshift(...notes);
    if (((0, args_js_1.stringOpt)(p, 'format') ?? 'text') === 'json')
        io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    else
        io.stdout((0, format_js_1.historyText)(answer));
    return answer.entries.length > 0 ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
}


/***/ })

};
