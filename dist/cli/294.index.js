export const id = 294;
export const ids = [294];
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


/***/ })

};
