export const id = 345;
export const ids = [345];
export const modules = {

/***/ 1789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decisionJson = decisionJson;
exports.tallyReviews = tallyReviews;
exports.waiverStatuses = waiverStatuses;
exports.checkWaiverApprovals = checkWaiverApprovals;
exports.evaluateApprovals = evaluateApprovals;
/**
 * The approvals decision: who must approve (code owners of the changed files from the base
 * CODEOWNERS × the approval rule of the change) and who has, counted the way GitHub counts reviews.
 * Pure: membership and write access come in as facts, already looked up (or listed by a scenario),
 * each able to say "cannot tell" — which never satisfies a requirement.
 *
 * `modelgate approvals evaluate` (offline) and the approvals action (online) both end here.
 */
const codeowners_js_1 = __webpack_require__(9955);
const reviews_js_1 = __webpack_require__(4609);
const scope_js_1 = __webpack_require__(8872);
function decisionJson(result) {
    const { approved, codeOwnersSatisfied, files, missing, blockers, reasons } = result;
    return { approved, codeOwnersSatisfied, files, missing, blockers, reasons };
}
/**
 * Which approvals count and who blocks. An approval counts when it is the reviewer's latest decisive
 * review, not the author's, not a bot's, on the head commit where that is required, and from
 * someone with write access. CHANGES_REQUESTED from anyone with write access blocks until that same
 * person approves or the review is dismissed; when write access cannot be checked it blocks too.
 */
function tallyReviews(o) {
    const approvals = [];
    const blockers = [];
    const reasons = [];
    for (const s of (0, reviews_js_1.latestDecisiveReviews)(o.reviews)) {
        const who = `@${s.login}`;
        const ref = s.review.id !== undefined ? `review ${s.review.id}` : 'a review';
        if ((0, reviews_js_1.sameLogin)(s.login, o.author)) {
            reasons.push(`${who} is the pull request's author: an author's own review never counts`);
            continue;
        }
        if (s.state === 'DISMISSED') {
            reasons.push(`${who}'s latest decisive review (${ref}) was dismissed: no approval of theirs counts`);
            continue;
        }
        if (s.state === 'CHANGES_REQUESTED') {
            const access = o.facts.writeAccess(s.login);
            if (access.status === 'no') {
                reasons.push(`${who} requested changes (${ref}) without write access to the repository: it does not block`);
                continue;
            }
            blockers.push(s.login);
            reasons.push(`${who} requested changes (${ref}): this blocks until ${who} approves or the review is dismissed` +
                (access.status === 'unknown' ? ` (write access could not be checked, so it is taken to block: ${access.reason})` : ''));
            continue;
        }
        if (s.bot) {
            reasons.push(`${who} is a bot: bot and Copilot approvals do not count`);
            continue;
        }
        const commitId = s.review.commit_id ?? null;
        const onHead = (0, reviews_js_1.sameCommit)(commitId, o.headSha);
        if (o.headOnly && !onHead) {
            reasons.push(`${who} approved ${(0, reviews_js_1.shortSha)(commitId)}, not the head commit ${(0, reviews_js_1.shortSha)(o.headSha)} (${ref}): stale approvals do not count${o.headOnlyWhy ? ` (${o.headOnlyWhy})` : ''}`);
            continue;
        }
        const access = o.facts.writeAccess(s.login);
        if (access.status !== 'yes') {
            reasons.push(access.status === 'no'
                ? `${who} approved but has no write access to the repository: the approval does not count${access.reason ? ` (${access.reason})` : ''}`
                : `${who} approved but their write access cannot be checked, so the approval does not count: ${access.reason}`);
            continue;
        }
        approvals.push({ login: s.login, reviewId: s.review.id ?? null, commitId, submittedAt: s.review.submitted_at ?? null, onHead });
    }
    return { approvals, blockers, reasons };
}
// ---------------------------------------------------------------------------------------------
// Owners
/** Answers "does this approval come from that owner?", remembering why it could not tell. */
class OwnerCheck {
    facts;
    unknown = new Set();
    constructor(facts) {
        this.facts = facts;
    }
    approves(owner, login) {
        const kind = (0, codeowners_js_1.ownerKind)(owner);
        if (kind === 'user')
            return (0, reviews_js_1.sameLogin)(owner, login);
        if (kind === 'team') {
            const m = this.facts.membership(owner, login);
            if (m.status === 'unknown')
                this.unknown.add(m.reason);
            return m.status === 'member';
        }
        if (kind === 'email') {
            this.unknown.add(`owner ${owner} is an email address: modelgate cannot tell which GitHub account it belongs to, so it is never satisfied; name the owner by @login in CODEOWNERS`);
        }
        return false;
    }
    /** Provably not a member of any of `teams`; "cannot tell" is not proof. */
    outsideAll(teams, login) {
        return teams.every((team) => {
            const m = this.facts.membership(team, login);
            if (m.status === 'unknown')
                this.unknown.add(m.reason);
            return m.status === 'not-member';
        });
    }
}
function ownerList(owners) {
    return owners.length === 1 ? owners[0] : `one of ${owners.join(', ')}`;
}
function logins(approvals) {
    return approvals.map((a) => `@${a.login}`).join(', ');
}
// ---------------------------------------------------------------------------------------------
// Waivers
/**
 * Each waiver with whether its named approver (the user, or a member of the team) approved the
 * head commit. Only head-commit approvals that count (write access, not the author, not a bot, not
 * superseded) make a waiver effective: an approval of an earlier commit approved other content.
 */
function waiverStatuses(claims, approvals, facts, headSha) {
    return claims.map((claim) => {
        const check = new OwnerCheck(facts);
        const approvedBy = approvals.filter((a) => a.onHead && check.approves(claim.approver, a.login)).map((a) => a.login);
        const where = claim.file ? ` in ${claim.file}` : '';
        if (approvedBy.length > 0) {
            return { ...claim, effective: true, approvedBy, reason: `waiver of rule '${claim.rule}'${where} approved by ${approvedBy.map((l) => `@${l}`).join(', ')} on the head commit ${(0, reviews_js_1.shortSha)(headSha)}` };
        }
        const unknown = [...check.unknown].join('; ');
        return {
            ...claim,
            effective: false,
            approvedBy,
            reason: `waiver of rule '${claim.rule}'${where} needs an approval of the head commit ${(0, reviews_js_1.shortSha)(headSha)} from ${claim.approver}${unknown ? ` (${unknown})` : ''}`,
        };
    });
}
/**
 * For the validate and approvals flows: which waivers are in force on this head commit. A waiver
 * whose approver has not approved the head commit must be treated as absent.
 */
function checkWaiverApprovals(input) {
    const tally = tallyReviews({ reviews: input.reviews, author: input.author, headSha: input.headSha, headOnly: true, facts: input.facts });
    return waiverStatuses(input.waivers, tally.approvals, input.facts, input.headSha);
}
// ---------------------------------------------------------------------------------------------
// The decision
function settingsNote(settings, rule) {
    const stale = settings.dismissStaleReviews
        ? 'stale approvals are dismissed (branch setting)'
        : rule.headCommitOnly
            ? 'only approvals of the head commit count (rule headCommitOnly)'
            : 'approvals of earlier commits still count';
    return `review settings: ${stale}; the most recent push ${settings.requireLastPushApproval ? 'must' : 'need not'} be approved by someone other than its pusher`;
}
function evaluateApprovals(input) {
    const { rule, settings, facts, headSha } = input;
    const reasons = [...(input.notes ?? [])];
    const missing = [...(input.unmet ?? [])];
    reasons.push(settingsNote(settings, rule));
    const headOnly = settings.dismissStaleReviews || rule.headCommitOnly;
    const tally = tallyReviews({
        reviews: input.reviews,
        author: input.author,
        headSha,
        headOnly,
        headOnlyWhy: settings.dismissStaleReviews ? 'the branch dismisses stale approvals' : 'the approval rule has headCommitOnly',
        facts,
    });
    reasons.push(...tally.reasons);
    const { approvals, blockers } = tally;
    const check = new OwnerCheck(facts);
    // Code owners, per changed file.
    const files = input.files.map((f) => ({
        path: f.path,
        owners: [...f.owners],
        approvedBy: f.owners.length === 0 ? [] : approvals.filter((a) => f.owners.some((o) => check.approves(o, a.login))).map((a) => a.login),
    }));
    const owned = files.filter((f) => f.owners.length > 0);
    const unowned = files.filter((f) => f.owners.length === 0);
    const unapproved = owned.filter((f) => f.approvedBy.length === 0);
    let codeOwnersSatisfied = true;
    if (rule.codeOwners === 'every-owned-file') {
        codeOwnersSatisfied = unapproved.length === 0;
        // One entry per owner set: a pull request of 200 files with one owner is one missing approval.
        const byOwners = new Map();
        for (const f of unapproved) {
            const key = f.owners.map((o) => o.toLowerCase()).join(' ');
            const entry = byOwners.get(key) ?? { owners: f.owners, paths: [] };
            entry.paths.push(f.path);
            byOwners.set(key, entry);
        }
        for (const { owners, paths } of byOwners.values())
            missing.push(`an approval from ${ownerList(owners)} (code owner of ${(0, scope_js_1.listSome)(paths)})`);
    }
    else if (rule.codeOwners === 'any' && owned.length > 0) {
        codeOwnersSatisfied = unapproved.length < owned.length;
        if (!codeOwnersSatisfied) {
            const everyOwner = [...new Map(owned.flatMap((f) => f.owners).map((o) => [o.toLowerCase(), o])).values()];
            missing.push(`an approval from a code owner of the changed files (${ownerList(everyOwner)})`);
        }
    }
    if (approvals.length < rule.minApprovals) {
        missing.push(`${rule.minApprovals} approval${rule.minApprovals === 1 ? '' : 's'} from reviewers with write access (counted: ${approvals.length}${approvals.length ? `, ${logins(approvals)}` : ''})`);
    }
    for (const team of rule.requireTeams) {
        if (!approvals.some((a) => check.approves(team, a.login)))
            missing.push(`an approval from a member of ${team} (required team)`);
    }
    if (rule.independentOfOwner) {
        const ownerTeams = input.ownerTeams ?? [];
        const independent = approvals.filter((a) => check.outsideAll(ownerTeams, a.login));
        if (independent.length === 0) {
            missing.push(ownerTeams.length > 0
                ? `an approval from someone outside the owner team ${ownerList(ownerTeams)} (independent review)`
                : 'an approval from someone other than the author (independent review)');
        }
    }
    if (unowned.length > 0 && rule.unownedFiles === 'deny') {
        missing.push(`a code owner for ${(0, scope_js_1.listSome)(unowned.map((f) => f.path))}: the approval rule denies changes to files without a code owner (unownedFiles: deny); add CODEOWNERS lines for them on the base branch first`);
    }
    else if (unowned.length > 0 && rule.unownedFiles === 'require-approval' && approvals.length === 0) {
        missing.push(`an approval from a reviewer with write access for the files without a code owner (${(0, scope_js_1.listSome)(unowned.map((f) => f.path))})`);
    }
    if (settings.requireLastPushApproval) {
        const pushers = input.lastPushers && input.lastPushers.length > 0 ? input.lastPushers : [input.author];
        if (!approvals.some((a) => a.onHead && !pushers.some((p) => (0, reviews_js_1.sameLogin)(p, a.login)))) {
            missing.push(`an approval of the most recent push (head ${(0, reviews_js_1.shortSha)(headSha)}) from someone other than its pusher (${pushers.map((p) => `@${p.replace(/^@/, '')}`).join(', ')})`);
        }
    }
    const waivers = waiverStatuses(input.waivers ?? [], approvals, facts, headSha);
    for (const w of waivers)
        (w.effective ? reasons : missing).push(w.reason);
    reasons.push(...check.unknown);
    const approved = blockers.length === 0 && missing.length === 0;
    return { approved, codeOwnersSatisfied, files, missing, blockers, reasons, approvals, waivers };
}


/***/ }),

/***/ 453:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatDecisionText = formatDecisionText;
exports.quietMentions = quietMentions;
exports.formatDecisionMarkdown = formatDecisionMarkdown;
exports.capText = capText;
function formatDecisionText(d) {
    const lines = [`approvals: ${d.approved ? 'APPROVED' : 'NOT APPROVED'}`, `code owners: ${d.codeOwnersSatisfied ? 'satisfied' : 'not satisfied'}`];
    if (d.files.length > 0) {
        lines.push('', 'files:');
        const width = Math.max(...d.files.map((f) => f.path.length));
        for (const f of d.files) {
            const owners = f.owners.length ? f.owners.join(' ') : 'no owner';
            const by = f.owners.length === 0 ? '' : f.approvedBy.length ? `  approved by ${f.approvedBy.map((l) => `@${l}`).join(', ')}` : '  NOT APPROVED';
            lines.push(`  ${f.path.padEnd(width)}  ${owners}${by}`);
        }
    }
    const section = (title, items) => {
        if (items.length > 0)
            lines.push('', `${title}:`, ...items.map((i) => `  - ${i}`));
    };
    section('missing', d.missing);
    section('blocked by (changes requested)', d.blockers.map((b) => `@${b}`));
    section('reasons', d.reasons);
    return `${lines.join('\n')}\n`;
}
/** GitHub Markdown table cells: pipes and newlines would break the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/**
 * `@login` and `@org/team` in code spans: the same text as a plain mention would notify every owner
 * each time the comment is rewritten.
 */
function quietMentions(text) {
    return text.replace(/(^|[\s(,])(@[A-Za-z0-9][A-Za-z0-9_-]*(?:\[bot\])?(?:\/[A-Za-z0-9_.-]*[A-Za-z0-9_])?)/g, '$1`$2`');
}
/** The summary table: file → owners → satisfied by / missing. */
function formatDecisionMarkdown(result, options = {}) {
    const maxFiles = options.maxFiles ?? 200;
    const out = [];
    out.push(result.approved ? '**Approved.**' : '**Not approved.**');
    for (const c of options.context ?? [])
        out.push(`- ${quietMentions(c)}`);
    out.push('');
    if (result.files.length > 0) {
        out.push('| file | code owners | satisfied by |', '|---|---|---|');
        const rows = result.files.slice(0, maxFiles);
        for (const f of rows) {
            const owners = f.owners.length ? f.owners.map((o) => code(cell(o))).join(' ') : '_no owner_';
            const by = f.owners.length === 0 ? '—' : f.approvedBy.length ? f.approvedBy.map((l) => code(`@${cell(l)}`)).join(', ') : '❌ missing';
            out.push(`| ${code(cell(f.path))} | ${owners} | ${by} |`);
        }
        if (result.files.length > rows.length)
            out.push(`| … ${result.files.length - rows.length} more files | | |`);
        out.push('');
    }
    if (result.blockers.length > 0)
        out.push(`**Changes requested by** ${result.blockers.map((b) => code(`@${b}`)).join(', ')}: blocks until they approve or the review is dismissed.`, '');
    if (result.missing.length > 0)
        out.push('**Missing**', '', ...result.missing.map((m) => `- ${quietMentions(m)}`), '');
    if (result.reasons.length > 0)
        out.push('<details><summary>How this was decided</summary>', '', ...result.reasons.map((r) => `- ${quietMentions(r)}`), '', '</details>', '');
    return out.join('\n');
}
/** GitHub refuses check run summaries over 65,535 characters. */
function capText(text, max = 65_000) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max - 80)}\n\n… (truncated; the full decision is in the action's \`decision\` output)\n`;
}


/***/ }),

/***/ 4609:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Pull request reviews read the way GitHub reads them (corpus/codeowners/RULES.md, "Reviews"): per
 * reviewer only the latest APPROVED, CHANGES_REQUESTED or DISMISSED review counts; COMMENTED and
 * PENDING reviews leave the reviewer's state as it was. Pure.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REVIEW_STATES = void 0;
exports.isBot = isBot;
exports.sameLogin = sameLogin;
exports.latestDecisiveReviews = latestDecisiveReviews;
exports.shortSha = shortSha;
exports.sameCommit = sameCommit;
exports.REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED', 'COMMENTED', 'PENDING'];
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/**
 * GitHub Apps review as `name[bot]` with type Bot; Copilot's reviewer is a Bot too but has been
 * seen as plain `Copilot`. None of their approvals count towards a human approval requirement.
 */
function isBot(user) {
    const login = user.login.toLowerCase();
    return user.type === 'Bot' || login.endsWith('[bot]') || login === 'copilot';
}
function sameLogin(a, b) {
    return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}
/**
 * Each reviewer's latest decisive review, in the order reviewers first appear. `reviews` must be in
 * the API's order (oldest first, every page): a later page's review supersedes an earlier one's.
 * Reviews by a deleted account (`user: null`, shown as "ghost") belong to nobody and are skipped.
 */
function latestDecisiveReviews(reviews) {
    const byKey = new Map();
    for (const review of reviews) {
        if (!review.user || !DECISIVE.has(review.state))
            continue;
        const key = review.user.login.toLowerCase();
        // Map.set on an existing key keeps its first position and takes the later review.
        byKey.set(key, { login: review.user.login, key, state: review.state, review, bot: isBot(review.user) });
    }
    return [...byKey.values()];
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'an unknown commit';
}
function sameCommit(a, b) {
    return typeof a === 'string' && a.length > 0 && a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 8603:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RULE = void 0;
exports.resolveRule = resolveRule;
exports.combineRules = combineRules;
exports.describeRule = describeRule;
/**
 * What a rule that leaves a field out gets. It mirrors a branch with "Require a pull request before
 * merging", one approval and "Require review from Code Owners": what a governed registry should have
 * at the least, so that forgetting a field never opens the gate wider than GitHub's usual setup.
 */
exports.DEFAULT_RULE = Object.freeze({
    minApprovals: 1,
    codeOwners: 'every-owned-file',
    requireTeams: [],
    independentOfOwner: false,
    headCommitOnly: false,
    unownedFiles: 'require-approval',
});
const CODE_OWNERS_ORDER = { none: 0, any: 1, 'every-owned-file': 2 };
const UNOWNED_ORDER = { allow: 0, 'require-approval': 1, deny: 2 };
function uniqueTeams(teams) {
    const seen = new Map();
    // Team slugs compare without regard to case, as GitHub compares them.
    for (const team of teams)
        if (!seen.has(team.toLowerCase()))
            seen.set(team.toLowerCase(), team);
    return [...seen.values()];
}
function resolveRule(rule) {
    return {
        minApprovals: rule?.minApprovals ?? exports.DEFAULT_RULE.minApprovals,
        codeOwners: rule?.codeOwners ?? exports.DEFAULT_RULE.codeOwners,
        requireTeams: uniqueTeams(rule?.requireTeams ?? exports.DEFAULT_RULE.requireTeams),
        independentOfOwner: rule?.independentOfOwner ?? exports.DEFAULT_RULE.independentOfOwner,
        headCommitOnly: rule?.headCommitOnly ?? exports.DEFAULT_RULE.headCommitOnly,
        unownedFiles: rule?.unownedFiles ?? exports.DEFAULT_RULE.unownedFiles,
    };
}
/** The strictest of each field; an empty list gives the default rule. */
function combineRules(rules) {
    if (rules.length === 0)
        return resolveRule(undefined);
    const [first, ...rest] = rules;
    const out = { ...first, requireTeams: [...first.requireTeams] };
    for (const r of rest) {
        out.minApprovals = Math.max(out.minApprovals, r.minApprovals);
        if (CODE_OWNERS_ORDER[r.codeOwners] > CODE_OWNERS_ORDER[out.codeOwners])
            out.codeOwners = r.codeOwners;
        out.requireTeams = uniqueTeams([...out.requireTeams, ...r.requireTeams]);
        out.independentOfOwner ||= r.independentOfOwner;
        out.headCommitOnly ||= r.headCommitOnly;
        if (UNOWNED_ORDER[r.unownedFiles] > UNOWNED_ORDER[out.unownedFiles])
            out.unownedFiles = r.unownedFiles;
    }
    return out;
}
/** One line for summaries and messages, e.g. `2 approvals, every owned file, teams @acme/model-risk, independent, head commit only`. */
function describeRule(rule) {
    const parts = [`${rule.minApprovals} approval${rule.minApprovals === 1 ? '' : 's'}`];
    parts.push(rule.codeOwners === 'every-owned-file' ? 'code owners of every owned file' : rule.codeOwners === 'any' ? 'one code owner' : 'no code-owner requirement');
    if (rule.requireTeams.length > 0)
        parts.push(`teams ${rule.requireTeams.join(', ')}`);
    if (rule.independentOfOwner)
        parts.push('independent of the owner team');
    if (rule.headCommitOnly)
        parts.push('head commit only');
    parts.push(`unowned files: ${rule.unownedFiles}`);
    return parts.join(', ');
}


/***/ }),

/***/ 2568:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCENARIO_SCHEMA = void 0;
exports.parseScenario = parseScenario;
exports.parseScenarioText = parseScenarioText;
exports.scenarioFacts = scenarioFacts;
exports.scenarioInput = scenarioInput;
exports.evaluateScenario = evaluateScenario;
const config_v1_schema_json_1 = __importDefault(__webpack_require__(1870));
const errors_js_1 = __webpack_require__(3916);
const errors_js_2 = __webpack_require__(9136);
const documents_js_1 = __webpack_require__(9801);
const codeowners_js_1 = __webpack_require__(9955);
const evaluate_js_1 = __webpack_require__(1789);
const reviews_js_1 = __webpack_require__(4609);
const rules_js_1 = __webpack_require__(8603);
const TEAM = '^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_][A-Za-z0-9_.-]*$';
const LOGIN = '^@?[A-Za-z0-9][A-Za-z0-9_-]*(\\[bot\\])?$';
exports.SCENARIO_SCHEMA = {
    $id: 'urn:modelgate:schema:approvals-scenario:v1',
    type: 'object',
    required: ['codeowners', 'changedFiles', 'author', 'headSha', 'reviews', 'rule'],
    properties: {
        description: { type: 'string' },
        codeowners: { type: 'string', description: 'The text of the base branch CODEOWNERS file ("" for none).' },
        changedFiles: { type: 'array', items: { type: 'string', minLength: 1 } },
        author: { type: 'string', pattern: LOGIN },
        headSha: { type: 'string', minLength: 1 },
        reviews: {
            type: 'array',
            items: {
                type: 'object',
                required: ['user', 'state'],
                properties: {
                    id: { type: 'integer' },
                    user: {
                        type: ['object', 'null'],
                        required: ['login'],
                        properties: { login: { type: 'string', minLength: 1 }, type: { type: 'string' } },
                    },
                    state: { enum: [...reviews_js_1.REVIEW_STATES] },
                    commit_id: { type: ['string', 'null'] },
                    submitted_at: { type: ['string', 'null'] },
                },
            },
        },
        teams: {
            type: 'object',
            propertyNames: { pattern: TEAM },
            additionalProperties: { type: 'array', items: { type: 'string', pattern: LOGIN } },
        },
        writers: { type: 'array', items: { type: 'string', pattern: LOGIN } },
        rule: { $ref: 'urn:modelgate:schema:config:v1#/$defs/approvalRule' },
        settings: {
            type: 'object',
            properties: { dismissStaleReviews: { type: 'boolean' }, requireLastPushApproval: { type: 'boolean' } },
            additionalProperties: false,
        },
        ownerTeams: { type: 'array', items: { type: 'string', pattern: TEAM } },
        lastPushers: { type: 'array', items: { type: 'string', pattern: LOGIN } },
        waivers: {
            type: 'array',
            items: {
                type: 'object',
                required: ['rule', 'approver'],
                properties: { rule: { type: 'string', minLength: 1 }, approver: { type: 'string', minLength: 2 }, file: { type: 'string' } },
                additionalProperties: false,
            },
        },
    },
    additionalProperties: false,
};
let validator;
function validate(value) {
    if (!validator) {
        const ajv = (0, documents_js_1.newAjv)();
        ajv.addSchema(config_v1_schema_json_1.default);
        validator = ajv.compile(exports.SCENARIO_SCHEMA);
    }
    return validator(value) ? [] : (validator.errors ?? []);
}
/** Checks a parsed scenario; throws a ConfigError (exit 2) naming the first bad fields. */
function parseScenario(value, file = 'scenario') {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors_js_1.ConfigError('a scenario must be a JSON object', file);
    const errors = (0, errors_js_2.relevantErrors)(validate(value));
    if (errors.length > 0) {
        // The shared describer speaks of YAML; a scenario is JSON, where the hint does not apply.
        const messages = [...new Set(errors.map((e) => (0, errors_js_2.describeAjvError)(e, value).message.replace(/:? \(?YAML read it as [^;)]*; quote it\)?/, '')))];
        throw new errors_js_1.ConfigError(`the scenario is invalid:\n  ${messages.join('\n  ')}`, file);
    }
    return value;
}
/** JSON text → scenario, with the position of a syntax error. */
function parseScenarioText(text, file = 'scenario') {
    let value;
    try {
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        throw new errors_js_1.ConfigError(`not valid JSON: ${err.message}`, file);
    }
    return parseScenario(value, file);
}
const bare = (login) => login.replace(/^@/, '').toLowerCase();
/** Membership and write access exactly as the scenario lists them; a team it does not list cannot be told. */
function scenarioFacts(s) {
    const teams = new Map();
    for (const [team, members] of Object.entries(s.teams ?? {}))
        teams.set(team.toLowerCase(), new Set(members.map(bare)));
    const writers = s.writers ? new Set(s.writers.map(bare)) : null;
    return {
        membership(team, login) {
            const members = teams.get(team.toLowerCase());
            if (!members) {
                return { status: 'unknown', reason: `cannot tell whether @${login} is a member of ${team}: the scenario's "teams" does not list that team's members` };
            }
            return members.has(bare(login)) ? { status: 'member' } : { status: 'not-member' };
        },
        writeAccess(login) {
            if (!writers)
                return { status: 'yes' };
            return writers.has(bare(login)) ? { status: 'yes' } : { status: 'no', reason: `not listed in the scenario's "writers"` };
        },
    };
}
function scenarioInput(s) {
    const parsed = (0, codeowners_js_1.parseCodeowners)(s.codeowners);
    const notes = [];
    for (const e of parsed.errors) {
        notes.push(e.line === 0 ? `CODEOWNERS: ${e.message}` : `CODEOWNERS line ${e.line} is skipped, as GitHub skips it: ${e.message}`);
    }
    const paths = [...new Set(s.changedFiles)];
    return {
        files: paths.map((path) => ({ path, owners: (0, codeowners_js_1.matchOwners)(parsed.rules, path).owners })),
        author: s.author.replace(/^@/, ''),
        headSha: s.headSha,
        reviews: s.reviews,
        rule: (0, rules_js_1.resolveRule)(s.rule),
        settings: {
            dismissStaleReviews: s.settings?.dismissStaleReviews ?? false,
            requireLastPushApproval: s.settings?.requireLastPushApproval ?? false,
        },
        facts: scenarioFacts(s),
        ...(s.ownerTeams ? { ownerTeams: s.ownerTeams } : {}),
        ...(s.lastPushers ? { lastPushers: s.lastPushers.map((p) => p.replace(/^@/, '')) } : {}),
        ...(s.waivers ? { waivers: s.waivers } : {}),
        notes,
    };
}
function evaluateScenario(s) {
    return (0, evaluate_js_1.evaluateApprovals)(scenarioInput(s));
}


/***/ }),

/***/ 8872:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.modelOfPath = modelOfPath;
exports.environmentOfPath = environmentOfPath;
exports.manifestModels = manifestModels;
exports.modelsChangedInManifest = modelsChangedInManifest;
exports.compilePathRules = compilePathRules;
exports.resolveChangeRule = resolveChangeRule;
exports.listSome = listSome;
/**
 * Which approval rule governs a change (DESIGN §2): the tier of the change is the highest among the
 * models it touches, each model at the stricter of its base and head tiers; the owner team comes
 * from the base `model.yaml` (a new model, absent at base, uses its head tier and owner); files
 * matched by `approvals.paths` add their own rules; everything is combined field by field, strictest
 * wins. Pure: the caller reads base and head documents (from git objects) and hands in the facts.
 */
const errors_js_1 = __webpack_require__(3916);
const types_js_1 = __webpack_require__(234);
const codeowners_js_1 = __webpack_require__(9955);
const rules_js_1 = __webpack_require__(8603);
const MODEL_FILE = /^models\/([^/]+)\//;
const MANIFEST_FILE = /^deployments\/([^/]+)\.yaml$/;
/** The model a registry-relative path belongs to, or null. */
function modelOfPath(path) {
    return MODEL_FILE.exec(path)?.[1] ?? null;
}
/** The environment of a manifest path (`deployments/production.yaml` → `production`), or null. */
function environmentOfPath(path) {
    return MANIFEST_FILE.exec(path)?.[1] ?? null;
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
function manifestModels(raw) {
    const models = raw?.models;
    if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return 'unreadable';
    if (models === undefined)
        return {};
    if (!models || typeof models !== 'object' || Array.isArray(models))
        return 'unreadable';
    return models;
}
/**
 * The models whose serving entry a manifest change adds, removes or alters. An unreadable side
 * (a manifest that does not parse) could hide anything, so every model named on the other side, and
 * `allModels` besides, counts as touched.
 */
function modelsChangedInManifest(base, head, allModels) {
    if (base === 'unreadable' || head === 'unreadable') {
        const named = [base, head].flatMap((side) => (side && side !== 'unreadable' ? Object.keys(side) : []));
        return [...new Set([...named, ...allModels])].sort();
    }
    const names = new Set([...Object.keys(base ?? {}), ...Object.keys(head ?? {})]);
    return [...names].filter((name) => stableJson(base?.[name]) !== stableJson(head?.[name])).sort();
}
/** The stricter tier; an unreadable side counts as `high`, since the file could say anything. */
function modelTier(model, notes) {
    const tiers = [];
    for (const [label, side] of [['base', model.base], ['head', model.head]]) {
        if (side.state === 'present')
            tiers.push(side.riskTier);
        else if (side.state === 'invalid') {
            notes.push(`models/${model.name}/model.yaml at ${label} cannot be read (${side.problem}): the model is treated as high risk`);
            tiers.push('high');
        }
    }
    if (tiers.length === 0) {
        notes.push(`model ${model.name} has no model.yaml at base or head: it is treated as high risk`);
        return 'high';
    }
    return tiers.reduce((a, b) => (types_js_1.RISK_ORDER[b] > types_js_1.RISK_ORDER[a] ? b : a));
}
/** The owner team from the base; the head's only for a model absent at base. */
function ownerTeam(model, notes) {
    if (model.base.state === 'present')
        return model.base.ownerTeam;
    if (model.base.state === 'absent' && model.head.state === 'present')
        return model.head.ownerTeam;
    if (model.base.state === 'invalid' && model.head.state === 'present') {
        // An unreadable base names no owner; the head's claim is still excluded from independence,
        // which can only make the requirement harder to meet.
        notes.push(`models/${model.name}/model.yaml cannot be read at base: its head owner ${model.head.ownerTeam} is treated as the owner team`);
        return model.head.ownerTeam;
    }
    return null;
}
/** Compiles `approvals.paths` once; a pattern GitHub would reject is a configuration error. */
function compilePathRules(config) {
    const out = [];
    for (const [i, entry] of (config?.approvals?.paths ?? []).entries()) {
        const matcher = (0, codeowners_js_1.compileCodeownersPattern)(entry.pattern);
        if ('error' in matcher)
            throw new errors_js_1.ConfigError(`approvals.paths[${i}].pattern '${entry.pattern}': ${matcher.error}`, 'modelgate.yaml');
        out.push({ pattern: entry.pattern, rule: (0, rules_js_1.resolveRule)(entry.rule), matcher });
    }
    return out;
}
function tierRule(config, tier) {
    return config?.approvals?.tiers?.[tier];
}
function resolveChangeRule(input) {
    const notes = [];
    const scopes = [];
    const { config } = input;
    if (config === null)
        notes.push('the base branch has no modelgate.yaml: every change needs the default rule');
    const ownerTeams = new Map();
    const unknownOwners = [];
    let tier = null;
    const modelDetails = [];
    for (const model of [...input.models].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const t = modelTier(model, notes);
        if (tier === null || types_js_1.RISK_ORDER[t] > types_js_1.RISK_ORDER[tier])
            tier = t;
        const owner = ownerTeam(model, notes);
        if (owner)
            ownerTeams.set(owner.toLowerCase(), owner);
        else
            unknownOwners.push(model.name);
        const sides = [model.base, model.head].map((s) => (s.state === 'present' ? s.riskTier : s.state)).join(' → ');
        modelDetails.push(`${model.name} (${sides}: ${t}${owner ? `, owner ${owner}` : ''})`);
    }
    if (tier !== null) {
        const rule = (0, rules_js_1.resolveRule)(tierRule(config, tier));
        scopes.push({ scope: `tier ${tier}`, rule, detail: `models: ${modelDetails.join('; ')}` });
    }
    const pathRules = compilePathRules(config);
    const inModel = (path) => modelOfPath(path) !== null || input.coveredByModels?.has(path) === true;
    const uncovered = [];
    const matchedByPath = new Set();
    for (const pr of pathRules) {
        const hits = input.changedFiles.filter((f) => pr.matcher.test(f));
        if (hits.length === 0)
            continue;
        for (const h of hits)
            matchedByPath.add(h);
        scopes.push({ scope: `path ${pr.pattern}`, rule: pr.rule, detail: `files: ${listSome(hits)}` });
    }
    for (const f of input.changedFiles)
        if (!inModel(f) && !matchedByPath.has(f))
            uncovered.push(f);
    uncovered.push(...(input.outsideRegistry ?? []));
    if (uncovered.length > 0) {
        // Files outside models/ with no rule of their own are governed as a low-risk change would be.
        scopes.push({ scope: 'other files', rule: (0, rules_js_1.resolveRule)(tierRule(config, 'low')), detail: `files: ${listSome(uncovered)} (the low tier's rule)` });
    }
    return { rule: (0, rules_js_1.combineRules)(scopes.map((s) => s.rule)), tier, ownerTeams: [...ownerTeams.values()], unknownOwners, scopes, notes };
}
function listSome(items, max = 5) {
    return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}


/***/ }),

/***/ 5345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateSpec = exports.spec = void 0;
exports.run = run;
/**
 * `modelgate approvals evaluate`: the approvals gate on a scenario written down as JSON, evaluated by
 * the same core as the approvals action (src/approvals/evaluate.ts).
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const evaluate_js_1 = __webpack_require__(1789);
const format_js_1 = __webpack_require__(453);
const scenario_js_1 = __webpack_require__(2568);
const errors_js_1 = __webpack_require__(3916);
const args_js_1 = __webpack_require__(7593);
const SUBCOMMANDS = {
    evaluate: 'decide a pull request\'s approvals offline from a scenario file',
};
exports.spec = {
    name: 'approvals',
    summary: 'the approvals gate: who must approve a change, and who has',
    usage: 'modelgate approvals <subcommand> [options]',
    options: {},
    details: ['Subcommands:', ...Object.entries(SUBCOMMANDS).map(([name, summary]) => `  ${name.padEnd(10)}${summary}`), '', 'Run `modelgate approvals <subcommand> --help` for its options.'].join('\n'),
    examples: ['modelgate approvals evaluate --input scenario.json --format json'],
    allowPositionals: true,
};
exports.evaluateSpec = {
    name: 'approvals evaluate',
    summary: SUBCOMMANDS.evaluate,
    usage: 'modelgate approvals evaluate --input <scenario.json> [--format json|text]',
    options: {
        input: { type: 'string', help: '<file>  the scenario (JSON), relative to the current directory' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        'The scenario is everything the approvals action learns from GitHub, written down:',
        '  {"codeowners": "<text of the base branch CODEOWNERS>", "changedFiles": ["models/x/model.yaml"],',
        '   "author": "carol", "headSha": "<sha>", "reviews": [<reviews as the REST API returns them, oldest first>],',
        '   "teams": {"@org/team": ["login"]}, "writers": ["login"] (optional; absent = everyone has write access),',
        '   "rule": {<approval rule as in modelgate.yaml>},',
        '   "settings": {"dismissStaleReviews": false, "requireLastPushApproval": false}}',
        'Optional: "ownerTeams" (the model owner teams, for independentOfOwner), "lastPushers" (who pushed the',
        'head commit; default the author) and "waivers" ([{"rule", "approver", "file"}]).',
        'A team missing from "teams" cannot be resolved, so it never satisfies a requirement (as online, when the',
        'token cannot read the team). Output (json): {"approved", "codeOwnersSatisfied", "files": [{"path",',
        '"owners", "approvedBy"}], "missing", "blockers", "reasons"}. Exit 0 approved, 1 not approved, 2 bad input.',
    ].join('\n'),
    examples: ['modelgate approvals evaluate --input scenario.json', 'modelgate approvals evaluate --input scenario.json --format json | jq .missing'],
};
async function evaluate(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.evaluateSpec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.evaluateSpec));
        return errors_js_1.EXIT.yes;
    }
    const input = (0, args_js_1.stringOpt)(parsed, 'input');
    if (input === undefined)
        throw new errors_js_1.UsageError(`--input <scenario.json> is required.\nUsage: ${exports.evaluateSpec.usage}`);
    let text;
    try {
        text = await (0, promises_1.readFile)((0, node_path_1.resolve)(io.cwd, input), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw new errors_js_1.UsageError(`--input ${input}: no such file`);
        throw err;
    }
    const result = (0, scenario_js_1.evaluateScenario)((0, scenario_js_1.parseScenarioText)(text, input));
    const decision = (0, evaluate_js_1.decisionJson)(result);
    io.stdout((0, args_js_1.stringOpt)(parsed, 'format') === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : (0, format_js_1.formatDecisionText)(decision));
    return decision.approved ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
}
async function approvals(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return sub === undefined ? errors_js_1.EXIT.usage : errors_js_1.EXIT.yes;
    }
    if (sub === 'evaluate')
        return evaluate(rest, io);
    throw new errors_js_1.UsageError(`unknown subcommand '${sub}'. Subcommands: ${Object.keys(SUBCOMMANDS).join(', ')}.`);
}
async function run(argv, io) {
    try {
        return await approvals(argv, io);
    }
    catch (err) {
        if (!(err instanceof errors_js_1.UsageError || err instanceof errors_js_1.ConfigError))
            throw err;
        io.stderr(`modelgate approvals: ${(0, errors_js_1.describeError)(err)}\n`);
        return (0, errors_js_1.exitCodeOf)(err);
    }
}


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RISK_ORDER = void 0;
exports.gateMode = gateMode;
exports.RISK_ORDER = { low: 0, medium: 1, high: 2 };
function gateMode(config, gate) {
    return config?.gates?.[gate] ?? 'enforce';
}


/***/ })

};
