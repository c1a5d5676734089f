export const id = 788;
export const ids = [788,294];
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

/***/ 5788:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
/** `modelgate evidence`: an auditor's bundle for one model version, JSON and a readable report. */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const format_js_1 = __webpack_require__(3132);
const read_js_1 = __webpack_require__(1847);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const document_js_1 = __webpack_require__(2038);
const loader_js_1 = __webpack_require__(6372);
const names_js_1 = __webpack_require__(1815);
const git_source_js_1 = __webpack_require__(9697);
const source_js_1 = __webpack_require__(7846);
const args_js_1 = __webpack_require__(7593);
const audit_js_1 = __webpack_require__(4294);
exports.spec = {
    name: 'evidence',
    summary: 'write the evidence bundle of a model version: card, policy results, approvals, deployments, monitoring, rollbacks',
    usage: 'modelgate evidence <model> <version> --out <dir> [--repo <dir>] [--branch <name>] [--online]',
    options: {
        out: { type: 'string', help: '<dir>  where to write evidence.json and evidence.md (required; created if absent)' },
        repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
        branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
        ...audit_js_1.onlineOptions,
    },
    details: 'The audit log is verified first (offline, with its branch history); a log that fails verification yields no bundle (exit 1). With --online only records anchored on GitHub by a trusted writer go in, and the bundle lists those left out.',
    examples: ['modelgate evidence fraud-detector 1.3.0 --out evidence/', 'modelgate evidence churn-model 2.0.1 --out /tmp/audit --repo registry/'],
    allowPositionals: true,
};
function fsReason(err) {
    const code = err.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EROFS')
        return 'read-only file system';
    if (code === 'ENOSPC')
        return 'no space left on the device';
    return err.message;
}
/**
 * Creates `dir` and any missing parents one level at a time. Not mkdir({ recursive: true }): on
 * Node 20 it loops forever under /proc. A path that exists and is not a directory is a usage error.
 */
async function ensureDir(dir) {
    let info;
    try {
        info = await (0, promises_1.stat)(dir);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw new errors_js_1.ToolError(`--out ${dir}: ${fsReason(err)}`);
    }
    if (info) {
        if (!info.isDirectory())
            throw new errors_js_1.UsageError(`--out ${dir} is not a directory`);
        return;
    }
    const parent = node_path_1.default.dirname(dir);
    if (parent !== dir)
        await ensureDir(parent);
    try {
        await (0, promises_1.mkdir)(dir);
    }
    catch (err) {
        if (err.code === 'EEXIST')
            return ensureDir(dir);
        throw new errors_js_1.ToolError(`--out ${dir}: cannot create the directory: ${fsReason(err)}`);
    }
}
async function run(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const [model, version, ...extra] = p.positionals;
    const out = (0, args_js_1.stringOpt)(p, 'out');
    if (!model || !version || extra.length || !out)
        throw new errors_js_1.UsageError('usage: modelgate evidence <model> <version> --out <dir>\nRun `modelgate evidence --help` for usage.');
    const problem = (0, names_js_1.nameProblem)(model, 'model') ?? (0, names_js_1.versionProblem)(version);
    if (problem)
        throw new errors_js_1.UsageError(problem);
    const registryDir = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.');
    const ws = await (0, workspace_js_1.auditWorkspace)(registryDir, (0, args_js_1.stringOpt)(p, 'branch'));
    const online = (0, args_js_1.boolOpt)(p, 'online') ? await (0, read_js_1.onlineAccess)(io.env, ws.repoDir, (0, args_js_1.stringOpt)(p, 'github-repo'), ws.trustedWriters) : undefined;
    const v = await (0, read_js_1.readVerifiedLog)(ws.repoDir, ws.branch, online ? { online, laterRef: await (0, audit_js_1.anchorsRef)(ws) } : {});
    if (v.problem) {
        io.stderr(`${(0, audit_js_1.problemLine)(v.problem)}no evidence bundle is written from a log that fails verification.\n`);
        return errors_js_1.EXIT.no;
    }
    const source = new source_js_1.FsSource(registryDir);
    const records = (0, format_js_1.recordsAbout)(v.records, model, version);
    // The card as merged with the decision (the first record naming it), not as checked out now;
    // the working tree only when no record names the card or its commit is not in the clone.
    const decided = records.find((r) => r.cards.some((c) => c.model === model && c.version === version));
    let card = null;
    let readFrom = 'the working tree';
    if (decided) {
        try {
            card = await (0, document_js_1.loadDocument)(new git_source_js_1.GitSource(ws.repoDir, decided.commits.decision, ws.prefix), (0, loader_js_1.cardPath)(model, version), 'card');
            if (card)
                readFrom = `commit ${decided.commits.decision}`;
        }
        catch {
            card = null; // the decision commit is not in this clone
        }
    }
    card ??= await (0, document_js_1.loadDocument)(source, (0, loader_js_1.cardPath)(model, version), 'card');
    // A typo must not come back as an empty bundle: nothing in the registry or the log knows the name.
    if (!card && records.length === 0) {
        const known = (await source.size((0, loader_js_1.modelPath)(model))) !== null || (0, format_js_1.recordsAbout)(v.all, model).length > 0;
        throw new errors_js_1.UsageError(known ? `no version ${version} of ${model}: no ${(0, loader_js_1.cardPath)(model, version)} in the registry and no audit record about it` : `no model '${model}': no ${(0, loader_js_1.modelPath)(model)} in the registry and no audit record about it`);
    }
    // The card read must be the card the records were decided on.
    const recorded = [...new Set(records.flatMap((r) => r.cards.filter((c) => c.model === model && c.version === version).map((c) => c.digest)))];
    const bundle = {
        schemaVersion: 1,
        model,
        version,
        generatedAt: new Date().toISOString(),
        log: { branch: ws.branch, commit: v.commit, records: v.all.length, verified: true, anchorsChecked: v.anchorsChecked, refused: v.refused.map((r) => ({ seq: r.record.seq, kind: r.record.kind, subject: r.record.subject, reason: r.reason })) },
        card: card ? { path: (0, loader_js_1.cardPath)(model, version), readFrom, digest: card.digest ?? null, recordedDigests: recorded, matchesRecords: recorded.length === 0 ? null : recorded.length === 1 && recorded[0] === card.digest, content: card.value ?? card.raw ?? null } : null,
        records,
    };
    const dir = node_path_1.default.resolve(io.cwd, out);
    await ensureDir(dir);
    try {
        await (0, promises_1.writeFile)(node_path_1.default.join(dir, 'evidence.json'), `${JSON.stringify(bundle, null, 2)}\n`);
        await (0, promises_1.writeFile)(node_path_1.default.join(dir, 'evidence.md'), (0, format_js_1.evidenceMarkdown)(bundle));
    }
    catch (err) {
        throw new errors_js_1.ToolError(`--out ${dir}: cannot write the bundle there: ${fsReason(err)}`);
    }
    io.stdout(`wrote ${node_path_1.default.join(dir, 'evidence.json')} and evidence.md: ${bundle.records.length} records about ${model} ${version}${card ? `; the card read from ${readFrom}` : '; the card is not in this checkout'}\n`);
    if (bundle.card?.matchesRecords === false)
        io.stderr(`warning: ${bundle.card.path} as read from ${readFrom} (sha256 ${bundle.card.digest ?? '?'}) is not the card the records were decided on (${recorded.join(', ')})\n`);
    return errors_js_1.EXIT.yes;
}


/***/ }),

/***/ 9697:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitSource = void 0;
/**
 * Registry files read as data from git objects at a commit: no checkout, nothing executed,
 * symbolic links refused (DESIGN §2).
 */
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const source_js_1 = __webpack_require__(7846);
class GitSource {
    repo;
    commit;
    prefix;
    label;
    tree;
    /** `prefix` is the registry's directory inside the repository ('' for the top level). */
    constructor(repo, commit, prefix = '') {
        this.repo = repo;
        this.commit = commit;
        this.prefix = prefix;
        this.label = `${commit.slice(0, 12)}${prefix ? `:${prefix}` : ''}`;
    }
    entries() {
        this.tree ??= (0, git_js_1.lsTree)(this.repo, this.commit, this.prefix).then((list) => {
            const map = new Map();
            const strip = this.prefix ? this.prefix.replace(/\/?$/, '/') : '';
            for (const e of list)
                if (e.path.startsWith(strip))
                    map.set(e.path.slice(strip.length), e);
            return map;
        });
        return this.tree;
    }
    async list(dir) {
        const rel = (0, source_js_1.safeRelative)(dir);
        const under = rel ? `${rel}/` : '';
        const out = [];
        for (const [p, e] of await this.entries()) {
            if (!p.startsWith(under))
                continue;
            if (e.mode === '120000')
                out.push({ path: p, kind: 'symlink' });
            else if (e.type === 'blob')
                out.push({ path: p, kind: 'file', size: e.size });
            else
                out.push({ path: p, kind: 'other' });
        }
        return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    async size(file) {
        const e = (await this.entries()).get((0, source_js_1.safeRelative)(file));
        if (!e)
            return null;
        if (e.mode === '120000')
            throw new errors_js_1.ConfigError(`refusing symbolic link ${file} at ${this.label}`);
        return e.size;
    }
    async readLimited(file, maxBytes) {
        const size = await this.size(file);
        if (size === null)
            return null;
        if (size > maxBytes)
            return { tooLarge: size };
        const bytes = await this.read(file);
        return bytes ? { bytes } : null;
    }
    /**
     * Reads that arrive together (the loader reads every document concurrently) share one
     * `git cat-file --batch` process instead of starting one each.
     */
    read(file) {
        return new Promise((resolve, reject) => {
            this.pending.push({ file, resolve, reject });
            if (this.pending.length === 1)
                setImmediate(() => this.flush());
        });
    }
    pending = [];
    flush() {
        const batch = this.pending;
        this.pending = [];
        void this.entries().then(async (entries) => {
            // A link fails its own read only, not the others in the batch.
            const links = batch.filter((p) => entries.get((0, source_js_1.safeRelative)(p.file))?.mode === '120000');
            for (const p of links)
                p.reject(new errors_js_1.ConfigError(`refusing symbolic link ${p.file} at ${this.label}`));
            const rest = batch.filter((p) => !links.includes(p));
            try {
                const blobs = await this.readMany(rest.map((p) => p.file));
                for (const p of rest)
                    p.resolve(blobs.get(p.file) ?? null);
            }
            catch (err) {
                for (const p of rest)
                    p.reject(err);
            }
        }, (err) => batch.forEach((p) => p.reject(err)));
    }
    /** One git process for many files: what a full-registry load at a ref needs. */
    async readMany(files) {
        const entries = await this.entries();
        const wanted = [];
        const out = new Map();
        for (const file of files) {
            const e = entries.get((0, source_js_1.safeRelative)(file));
            if (!e)
                out.set(file, null);
            else if (e.mode === '120000')
                throw new errors_js_1.ConfigError(`refusing symbolic link ${file} at ${this.label}`);
            else if (e.type !== 'blob')
                out.set(file, null);
            else
                wanted.push({ file, sha: e.sha });
        }
        const blobs = await (0, git_js_1.readBlobs)(this.repo, wanted.map((w) => w.sha));
        for (const w of wanted)
            out.set(w.file, blobs.get(w.sha) ?? null);
        return out;
    }
}
exports.GitSource = GitSource;


/***/ }),

/***/ 7846:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FsSource = void 0;
exports.safeRelative = safeRelative;
/**
 * Where registry files come from: a working directory, or git objects at a ref. The gate reads a
 * pull request's files as data from git objects (DESIGN §2), so everything above this interface
 * works on either without knowing which.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
/** Rejects absolute paths and `..` so a name taken from data cannot leave the registry. */
function safeRelative(file) {
    const normalized = node_path_1.default.posix.normalize(file.replaceAll('\\', '/'));
    if (node_path_1.default.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../') || normalized.includes('\0')) {
        throw new errors_js_1.ConfigError(`refusing path outside the registry: ${file}`, file);
    }
    return normalized === '.' ? '' : normalized;
}
class FsSource {
    root;
    label;
    rootReal;
    dirs = new Map();
    constructor(root) {
        this.root = root;
        this.label = root;
        this.rootReal = (0, promises_1.realpath)(root).catch(() => node_path_1.default.resolve(root));
    }
    async list(dir) {
        const rel = safeRelative(dir);
        const out = [];
        const walk = async (relDir) => {
            let entries;
            try {
                entries = await (0, promises_1.readdir)(node_path_1.default.join(this.root, relDir), { withFileTypes: true });
            }
            catch (err) {
                if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                    return;
                throw new errors_js_1.ToolError(`cannot read directory ${node_path_1.default.join(this.root, relDir)}: ${err.message}`);
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const subdirs = [];
            for (const e of entries) {
                const p = relDir ? `${relDir}/${e.name}` : e.name;
                if (e.isSymbolicLink())
                    out.push({ path: p, kind: 'symlink' });
                else if (e.isDirectory())
                    subdirs.push(p);
                else if (e.isFile())
                    out.push({ path: p, kind: 'file', size: -1 });
                else
                    out.push({ path: p, kind: 'other' });
            }
            await Promise.all(subdirs.map(walk));
        };
        await walk(rel);
        return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    async size(file) {
        const abs = await this.resolve(file);
        try {
            const st = await (0, promises_1.lstat)(abs);
            if (st.isSymbolicLink())
                throw new errors_js_1.ConfigError(`refusing to follow symbolic link ${file}`, file);
            return st.size;
        }
        catch (err) {
            if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                return null;
            throw err;
        }
    }
    async read(file) {
        const r = await this.readLimited(file, Number.MAX_SAFE_INTEGER);
        return r && 'bytes' in r ? r.bytes : null;
    }
    /**
     * One open, one fstat, one read: the file itself must not be a link (O_NOFOLLOW) and its
     * directory must resolve inside the root (checked once per directory). Synchronous on purpose:
     * registry files are small, and for thousands of them the thread-pool round trips of the
     * promise API cost more than the reads.
     */
    async readLimited(file, maxBytes) {
        const abs = await this.resolve(file);
        let fd;
        try {
            // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
            fd = (0, node_fs_1.openSync)(abs, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new errors_js_1.ConfigError(`refusing to follow symbolic link ${file}`, file);
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
        try {
            const st = (0, node_fs_1.fstatSync)(fd);
            if (st.isDirectory())
                return null;
            if (!st.isFile())
                throw new errors_js_1.ConfigError(`refusing ${file}: it is not a regular file (a FIFO, socket or device)`, file);
            if (st.size > maxBytes)
                return { tooLarge: st.size };
            return { bytes: (0, node_fs_1.readFileSync)(fd) };
        }
        catch (err) {
            if (err instanceof errors_js_1.ConfigError)
                throw err;
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
    }
    /** The absolute path, after checking that the file's directory does not lead outside the root. */
    async resolve(file) {
        const rel = safeRelative(file);
        const abs = node_path_1.default.join(this.root, rel);
        const dir = node_path_1.default.dirname(abs);
        let resolved = this.dirs.get(dir);
        if (resolved === undefined) {
            try {
                resolved = (0, node_fs_1.realpathSync)(dir);
            }
            catch {
                resolved = dir; // does not exist: the open that follows reports it
            }
            this.dirs.set(dir, resolved);
        }
        const root = await this.rootReal;
        if (resolved !== root && !resolved.startsWith(root + node_path_1.default.sep))
            throw new errors_js_1.ConfigError(`refusing ${file}: it resolves outside the registry`, file);
        return abs;
    }
}
exports.FsSource = FsSource;


/***/ })

};
