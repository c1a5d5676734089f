export const id = 647;
export const ids = [647];
export const modules = {

/***/ 4647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_NAME: () => (/* binding */ CHECK_NAME),
  keepComment: () => (/* binding */ keepComment),
  reportGateError: () => (/* binding */ reportGateError),
  writeCheckRun: () => (/* binding */ writeCheckRun)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/checks.ts
/** GitHub's limits on a check run's output fields (characters). */
const CHECK_OUTPUT_LIMIT = 65_535;
function clip(text, limit = CHECK_OUTPUT_LIMIT) {
    if (text.length <= limit)
        return text;
    const note = '\n\n…(truncated: GitHub limits check run output to 65,535 characters; see the job summary)';
    return text.slice(0, limit - note.length) + note;
}
/** POST /repos/{owner}/{repo}/check-runs, completed in one call. */
async function createCheckRun(client, repo, input) {
    const { data } = await client.rest.checks.create({
        ...repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(input.externalId ? { external_id: input.externalId } : {}),
        output: {
            title: input.title.slice(0, 1000),
            summary: clip(input.summary),
            ...(input.text ? { text: clip(input.text) } : {}),
            ...(input.annotations?.length ? { annotations: input.annotations.slice(0, 50) } : {}),
        },
    });
    return { id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/github/comments.ts
/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments, every page. */
async function listIssueComments(client, repo, issueNumber) {
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    return comments.map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url, authorType: c.user?.type, authorLogin: c.user?.login }));
}
/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments */
async function createIssueComment(client, repo, issueNumber, body) {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { id: data.id, body: data.body ?? body, url: data.html_url, authorType: data.user?.type, authorLogin: data.user?.login };
}
/** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} */
async function updateIssueComment(client, repo, commentId, body) {
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
    return { id: data.id, body: data.body ?? body, url: data.html_url, authorType: data.user?.type, authorLogin: data.user?.login };
}
/** GitHub's limit on a comment body (characters). */
const COMMENT_LIMIT = 65_536;
/** `<!-- modelgate:validate -->`: invisible in the rendered comment, and unique per action and registry. */
function commentMarker(id) {
    if (id === '' || /--|>|[\r\n]/.test(id))
        throw new Error(`invalid comment marker id ${JSON.stringify(id)}`);
    return `<!-- modelgate:${id} -->`;
}
/**
 * The comment this action wrote: it carries the marker and was written by a bot (GITHUB_TOKEN's
 * github-actions[bot] or a GitHub App), never a person's comment that quotes the marker.
 */
function findMarkedComment(comments, marker) {
    return comments.find((c) => c.body.includes(marker) && c.authorType === 'Bot');
}
async function upsertMarkedComment(client, repo, issueNumber, o) {
    const body = o.body.includes(o.marker) ? o.body : `${o.marker}\n${o.body}`;
    const existing = findMarkedComment(await listIssueComments(client, repo, issueNumber), o.marker);
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', comment: existing };
        try {
            return { action: 'updated', comment: await updateIssueComment(client, repo, existing.id, body) };
        }
        catch (err) {
            // Deleted between the listing and the update (a person tidying the thread): write it anew.
            if (err.status !== 404)
                throw err;
        }
    }
    else if (!o.create) {
        return { action: 'skipped' };
    }
    return { action: 'created', comment: await createIssueComment(client, repo, issueNumber, body) };
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/actions/common/annotations.ts
var annotations = __webpack_require__(1079);
// EXTERNAL MODULE: ./src/actions/common/report.ts
var report = __webpack_require__(855);
// EXTERNAL MODULE: ./src/actions/validate/render.ts
var render = __webpack_require__(4536);
;// CONCATENATED MODULE: ./src/actions/validate/gate.ts
/**
 * What only the gate writes to GitHub: the `modelgate/policy` check run on the pull request's head
 * and the gate's own pull request comment. Loaded only in the gate role, so feedback runs never
 * load the GitHub client.
 */








const CHECK_NAME = 'modelgate/policy';
async function writeCheckRun(client, event, j, ctx, failOn, passed) {
    const check = await createCheckRun(client, event.repo, {
        name: CHECK_NAME,
        headSha: j.pull.headSha,
        conclusion: passed ? 'success' : 'failure',
        title: (0,render/* checkRunTitle */.kC)(j.report, failOn),
        summary: (0,render/* checkRunSummary */.Ss)(ctx),
        annotations: (0,annotations/* checkRunAnnotations */.Wb)(j.report.findings, { changedFiles: j.changedFiles, pathPrefix: j.pathPrefix }),
        ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
    });
    core/* info */.pq(`Check run ${CHECK_NAME} on ${j.pull.headSha.slice(0, 12)}: ${passed ? 'success' : 'failure'}${check.url ? ` (${check.url})` : ''}`);
    return check.url ?? '';
}
async function keepComment(client, event, j, ctx, mode) {
    if (mode === 'never' || !j.pull)
        return '';
    const marker = commentMarker(j.pathPrefix ? `validate path=${j.pathPrefix.replace(/\/$/, '')}` : 'validate');
    try {
        const result = await upsertMarkedComment(client, event.repo, j.pull.number, {
            marker,
            body: (0,render/* commentBody */.I2)(ctx, marker),
            create: mode === 'always' || !(0,render/* allClear */.nT)(j.report),
        });
        core/* info */.pq(`Pull request comment: ${result.action}${result.comment ? ` (${result.comment.url})` : ''}`);
        return result.comment?.url ?? '';
    }
    catch (err) {
        // The check run carries the verdict; a comment the token may not write is skipped, not fatal.
        if (err.status === 403) {
            const e = (0,github_errors/* explainGitHubError */.P)(err, { action: 'validate', permission: 'pull-requests: write' });
            core/* notice */.lm(`${e.message}\n${e.fix}`, { title: 'modelgate validate: pull request comment skipped' });
            return '';
        }
        throw err;
    }
}
async function reportGateError(client, event, headSha, err) {
    try {
        await createCheckRun(client, event.repo, {
            name: CHECK_NAME,
            headSha,
            conclusion: 'failure',
            title: 'modelgate could not judge this pull request',
            summary: `${(0,report/* failureMessage */.oh)(err, { action: 'validate' })}\n\nThe gate fails closed: nothing passes that it could not judge.`,
            ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
        });
    }
    catch (reportErr) {
        core/* info */.pq(`Could not report the failure as a check run either: ${(0,errors/* describeError */.Uc)(reportErr)}`);
    }
}


/***/ })

};
