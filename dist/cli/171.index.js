export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const format_js_1 = __webpack_require__(4896);
const plan_js_1 = __webpack_require__(5448);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'status',
    summary: 'what serves where now: per environment and model, strategy, versions, traffic, since when and by which commit',
    usage: 'modelgate status [--env <name>] [--repo <dir>] [--ref <ref>] [--format text|json]',
    options: {
        env: { type: 'string', multiple: true, help: '<name>  only this environment (repeatable; default: all, in promotion order)' },
        repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
        ref: { type: 'string', help: '<ref>  the branch or commit whose manifests count (default: HEAD; uncommitted edits are not serving)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    examples: ['modelgate status', 'modelgate status --env production --format json', 'modelgate status --ref origin/main'],
    details: '"Since" is the merge time of the manifest change on the first-parent chain (the committer time; clock skew is corrected by never letting a time go backwards), until deployment records exist. A manifest that does not pass its schema is reported INVALID with its findings, and the exit status is 1.',
};
async function run(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const envs = parsed.values.env;
    const repoDir = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo') ?? '.');
    const status = await (0, plan_js_1.servingStatus)(repoDir, (0, args_js_1.stringOpt)(parsed, 'ref') ?? 'HEAD', envs && envs.length > 0 ? envs : undefined);
    io.stdout((0, args_js_1.stringOpt)(parsed, 'format') === 'json' ? `${JSON.stringify(status, null, 2)}\n` : (0, format_js_1.formatStatusText)(status));
    // An invalid manifest is a deny finding, as for `validate` (DESIGN §4): exit 1.
    return status.environments.some((e) => e.invalid) ? errors_js_1.EXIT.no : errors_js_1.EXIT.yes;
}


/***/ })

};
