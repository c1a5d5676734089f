export const id = 955;
export const ids = [955];
export const modules = {

/***/ 9955:
/***/ ((__unused_webpack_module, exports) => {


/**
 * GitHub's CODEOWNERS, reproduced exactly as `corpus/codeowners/RULES.md` describes it: which file
 * GitHub reads, how it reads a line, and which line owns a path. Pure: callers hand in the bytes
 * (from the filesystem or from git objects at the base ref), so the same code serves the CLI and
 * the gating jobs.
 *
 * Popular npm matchers get this wrong (case-insensitive matching, gitignore's `docs/*`, escapes,
 * inline comments), which is why modelgate carries its own.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CODEOWNERS_BYTES = exports.CODEOWNERS_LOCATIONS = exports.DEFAULT_CODEOWNERS_OPTIONS = void 0;
exports.codeownersSizeError = codeownersSizeError;
exports.decodeCodeowners = decodeCodeowners;
exports.findCodeowners = findCodeowners;
exports.ownerKind = ownerKind;
exports.sameOwner = sameOwner;
exports.parseCodeowners = parseCodeowners;
exports.compileCodeownersPattern = compileCodeownersPattern;
exports.matchOwners = matchOwners;
exports.DEFAULT_CODEOWNERS_OPTIONS = {
    unescapedBrackets: 'invalid',
    trailingGlobstarSlash: 'directories-inside',
};
// ---------------------------------------------------------------------------------------------
// File location and size
/** GitHub's lookup order on the base branch: the first one found is used, the others ignored. */
exports.CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/**
 * GitHub does not load a CODEOWNERS file of 3 MB or more. Its docs do not say whether MB means 10^6
 * or 2^20 bytes; the binary reading is taken, so files in between are still enforced (stricter).
 */
exports.MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
function codeownersSizeError(bytes, limit = exports.MAX_CODEOWNERS_BYTES) {
    if (bytes < limit)
        return null;
    return `CODEOWNERS is ${bytes} bytes; GitHub does not load a CODEOWNERS file of ${limit} bytes (3 MB) or more, so no file has code owners`;
}
/** UTF-8 without failing on bad bytes; TextDecoder drops a leading BOM. */
function decodeCodeowners(bytes) {
    return new TextDecoder('utf-8').decode(bytes);
}
/**
 * Finds the CODEOWNERS GitHub would use. `read` returns a file's bytes at the base ref, or null when
 * there is no such file; it must compare names case-sensitively (`.github/codeowners` is not found).
 * An oversized file still ends the search (it is the file GitHub found) but carries `error`.
 */
async function findCodeowners(read) {
    for (const path of exports.CODEOWNERS_LOCATIONS) {
        const bytes = await read(path);
        if (bytes === null)
            continue;
        const error = codeownersSizeError(bytes.byteLength);
        if (error !== null)
            return { path, text: '', bytes: bytes.byteLength, error };
        return { path, text: decodeCodeowners(bytes), bytes: bytes.byteLength };
    }
    return null;
}
const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const EMAIL_OWNER = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
function ownerKind(owner) {
    if (USER_OWNER.test(owner))
        return 'user';
    if (TEAM_OWNER.test(owner))
        return 'team';
    if (EMAIL_OWNER.test(owner))
        return 'email';
    return null;
}
/** GitHub compares logins, team slugs and emails without regard to case. */
function sameOwner(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
}
function escapedAt(run, i) {
    return run.escaped !== null && run.escaped[i] === true;
}
/**
 * Splits a line on unescaped whitespace, stopping at a `#` that starts a token (an inline comment;
 * a `#` inside a token is a literal file-name character). Lines without a backslash, nearly all of
 * them, take slices and allocate nothing per character.
 */
function tokenizeLine(line) {
    const plain = !line.includes('\\');
    const tokens = [];
    let start = -1;
    let text = '';
    let escaped = null;
    for (let i = 0; i <= line.length; i++) {
        const c = line[i];
        if (c === undefined || isSpace(c)) {
            if (start >= 0)
                tokens.push({ raw: line.slice(start, i), text: plain ? line.slice(start, i) : text, escaped });
            start = -1;
            text = '';
            escaped = null;
            continue;
        }
        if (start < 0) {
            if (c === '#')
                break;
            start = i;
        }
        if (plain)
            continue;
        if (c !== '\\') {
            text += c;
            escaped?.push(false);
            continue;
        }
        const next = line.codePointAt(i + 1);
        if (next === undefined)
            return { error: 'the line ends with a lone backslash (nothing to escape)' };
        // An escape covers a whole code point, never half a surrogate pair.
        const escapedText = String.fromCodePoint(next);
        escaped ??= new Array(text.length).fill(false);
        for (let k = 0; k < escapedText.length; k++)
            escaped.push(true);
        text += escapedText;
        i += escapedText.length;
    }
    return { tokens };
}
function hasUnescapedBracket(run) {
    for (let i = 0; i < run.text.length; i++) {
        const c = run.text[i];
        if ((c === '[' || c === ']') && !escapedAt(run, i))
            return true;
    }
    return false;
}
function patternError(pattern, opts) {
    const first = pattern.text[0];
    if (first === '#' && escapedAt(pattern, 0)) {
        return `pattern '${pattern.raw}': GitHub does not accept \\# to escape a leading # (the line is ignored)`;
    }
    if (first === '!' && !escapedAt(pattern, 0)) {
        return `pattern '${pattern.raw}': negation with ! is not supported in CODEOWNERS`;
    }
    if (opts.unescapedBrackets === 'invalid' && hasUnescapedBracket(pattern)) {
        return `pattern '${pattern.raw}': both [ and ] must be escaped with a \\ (character ranges are not supported)`;
    }
    return null;
}
function patternWarnings(pattern, compiled, opts) {
    const warnings = [];
    if (compiled.trailingGlobstarSlash) {
        warnings.push(`pattern '${pattern.raw}': GitHub's reading of a trailing **/ is unverified; modelgate reads it as '${opts.trailingGlobstarSlash}' (CodeownersOptions.trailingGlobstarSlash)`);
    }
    if (opts.unescapedBrackets === 'literal' && hasUnescapedBracket(pattern)) {
        warnings.push(`pattern '${pattern.raw}': GitHub rejects unescaped [ and ]; modelgate matches them literally (CodeownersOptions.unescapedBrackets)`);
    }
    if (compiled.hint.kind === 'never')
        warnings.push(`pattern '${pattern.raw}' never matches anything`);
    if (ownerKind(pattern.raw) !== null)
        warnings.push(`pattern '${pattern.raw}' looks like an owner: is the pattern missing?`);
    return warnings;
}
function parseLine(line, lineNo, opts) {
    const tokenized = tokenizeLine(line);
    if ('error' in tokenized)
        return { error: tokenized.error, warnings: [] };
    const [pattern, ...ownerTokens] = tokenized.tokens;
    if (!pattern)
        return null;
    const error = patternError(pattern, opts);
    if (error !== null)
        return { error, warnings: [] };
    const owners = [];
    for (const token of ownerTokens) {
        if (ownerKind(token.raw) === null) {
            return { error: `owner '${token.raw}' is not @user, @org/team or an email address`, warnings: [] };
        }
        owners.push(token.raw);
    }
    const compiled = compilePattern(pattern, opts);
    return {
        rule: { pattern: pattern.raw, owners, line: lineNo, matcher: compiled },
        warnings: patternWarnings(pattern, compiled, opts),
    };
}
/** Counts UTF-8 bytes without allocating: the size limit is about bytes, not UTF-16 units. */
function utf8ByteLength(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * Reads a CODEOWNERS file the way GitHub does: invalid lines are skipped and reported (never the
 * whole file), owner-less lines un-own, a BOM and CRLF line ends are harmless. A text of 3 MB or more
 * yields no rules at all, like GitHub.
 */
function parseCodeowners(text, options = {}) {
    const opts = { ...exports.DEFAULT_CODEOWNERS_OPTIONS, ...options };
    const rules = [];
    const errors = [];
    const warnings = [];
    // Only texts that could reach the limit pay for counting bytes (a UTF-16 unit is at most 3 bytes).
    const sizeError = text.length * 3 >= exports.MAX_CODEOWNERS_BYTES ? codeownersSizeError(utf8ByteLength(text)) : null;
    if (sizeError !== null)
        return { rules, errors: [{ line: 0, message: sizeError }], warnings };
    const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const result = parseLine(lines[i], i + 1, opts);
        if (result === null)
            continue;
        if (result.error !== undefined)
            errors.push({ line: i + 1, message: result.error });
        if (result.rule)
            rules.push(result.rule);
        for (const message of result.warnings)
            warnings.push({ line: i + 1, message });
    }
    return { rules, errors, warnings };
}
const GLOBSTAR = { kind: 'globstar' };
const NEVER = { test: () => false, hint: { kind: 'never' }, trailingGlobstarSlash: false };
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
function isWildcardAt(run, i) {
    const c = run.text[i];
    return (c === '*' || c === '?') && !escapedAt(run, i);
}
/** The text after the last dot of a glob's literal tail (`*.tar.gz` → `gz`), or null. */
function globExtension(run) {
    for (let i = run.text.length - 1; i >= 0; i--) {
        if (isWildcardAt(run, i))
            return null;
        if (run.text[i] === '.')
            return run.text.slice(i + 1);
    }
    return null;
}
function toSegment(run) {
    const { text } = run;
    let wildcards = false;
    let onlyStars = text.length > 0;
    for (let i = 0; i < text.length; i++) {
        if (isWildcardAt(run, i))
            wildcards = true;
        if (text[i] !== '*' || escapedAt(run, i))
            onlyStars = false;
    }
    if (onlyStars && text.length === 2)
        return GLOBSTAR;
    if (!wildcards)
        return { kind: 'literal', text };
    // A lone star (or a run of three or more) must match a whole, non-empty segment.
    if (onlyStars)
        return { kind: 'glob', source: '[^/]+', loneStar: true, extension: null };
    let source = '';
    for (let i = 0; i < text.length; i++) {
        if (!isWildcardAt(run, i))
            source += escapeRegex(text[i]);
        else if (text[i] === '?')
            source += '[^/]';
        else {
            // `**` inside a segment is a plain `*`.
            while (text[i + 1] === '*' && !escapedAt(run, i + 1))
                i++;
            source += '[^/]*';
        }
    }
    return { kind: 'glob', source, loneStar: false, extension: globExtension(run) };
}
function splitSegments(run) {
    // An escaped slash is still a separator: no path segment can contain one.
    if (run.escaped === null)
        return run.text.split('/').map((text) => ({ text, escaped: null }));
    const parts = [];
    let from = 0;
    for (let i = 0; i <= run.text.length; i++) {
        if (i < run.text.length && run.text[i] !== '/')
            continue;
        parts.push({ text: run.text.slice(from, i), escaped: run.escaped.slice(from, i) });
        from = i + 1;
    }
    return parts;
}
function withoutRepeatedGlobstars(segments) {
    return segments.filter((seg, i) => !(seg.kind === 'globstar' && segments[i - 1]?.kind === 'globstar'));
}
function segmentSource(seg) {
    if (seg.kind === 'literal')
        return escapeRegex(seg.text);
    if (seg.kind === 'glob')
        return seg.source;
    throw new Error('globstar has no single-segment source');
}
/**
 * One regular expression per pattern, tested against the path (a trailing `/` marks a directory).
 * Expressions that end without `$` are prefix tests: a directory match owns everything below it.
 */
function regexSource(segments, dirOnly) {
    let source = '^';
    const last = segments.length - 1;
    for (let i = 0; i <= last; i++) {
        const seg = segments[i];
        if (seg.kind === 'globstar') {
            if (i === 0 && i === last)
                return dirOnly ? '^[^/]+/' : '^[^/]';
            if (i === 0)
                source += '(?:[^/]+/)*';
            // Trailing `/**`: something inside, never the directory itself.
            else if (i === last)
                return source + (dirOnly ? '/[^/]+/' : '/[^/]');
            else
                source += '(?:/[^/]+)*';
            continue;
        }
        const separator = i === 0 || (i === 1 && segments[0].kind === 'globstar') ? '' : '/';
        source += separator + segmentSource(seg);
    }
    const lastSeg = segments[last];
    if (dirOnly)
        return `${source}/`;
    // Unlike gitignore, `docs/*` owns only the direct children of docs.
    if (lastSeg.kind === 'glob' && lastSeg.loneStar)
        return `${source}/?$`;
    return `${source}(?:/|$)`;
}
function hintFor(segments) {
    const prefix = [];
    for (const seg of segments) {
        if (seg.kind !== 'literal')
            break;
        prefix.push(seg.text);
    }
    if (prefix.length > 0)
        return { kind: 'prefix', segments: prefix };
    // Every literal segment of a pattern must equal one segment of any path it matches.
    for (const seg of segments)
        if (seg.kind === 'literal')
            return { kind: 'segment', segment: seg.text };
    for (const seg of segments)
        if (seg.kind === 'glob' && seg.extension !== null)
            return { kind: 'extension', extension: seg.extension };
    return { kind: 'any' };
}
/** Fully literal anchored patterns (the common `/models/x/`) skip the regex engine. */
function literalTest(segments, dirOnly) {
    if (!segments.every((seg) => seg.kind === 'literal'))
        return null;
    const prefix = segments.map((seg) => seg.text).join('/');
    const below = `${prefix}/`;
    return dirOnly ? (path) => path.startsWith(below) : (path) => path === prefix || path.startsWith(below);
}
function compilePattern(pattern, opts) {
    let parts = splitSegments(pattern);
    const leadingSlash = parts.length > 1 && parts[0].text.length === 0;
    if (leadingSlash)
        parts = parts.slice(1);
    const dirOnly = parts.length > 1 && parts[parts.length - 1].text.length === 0;
    if (dirOnly)
        parts = parts.slice(0, -1);
    // The pattern `/` (and `//`) names no file.
    if (parts.length === 0 || (parts.length === 1 && parts[0].text.length === 0))
        return NEVER;
    // A slash at the start or in the middle anchors; none, or only a trailing one, matches at any depth.
    const anchored = leadingSlash || parts.length > 1;
    let segments = withoutRepeatedGlobstars(parts.map(toSegment));
    if (!anchored && segments[0].kind !== 'globstar')
        segments = [GLOBSTAR, ...segments];
    const trailingGlobstarSlash = dirOnly && segments.length > 1 && segments[segments.length - 1].kind === 'globstar';
    if (trailingGlobstarSlash && opts.trailingGlobstarSlash === 'zero-or-more')
        segments = segments.slice(0, -1);
    const hint = hintFor(segments);
    const test = literalTest(segments, dirOnly);
    if (test)
        return { test, hint, trailingGlobstarSlash };
    // Compiled on first use: V8 compiles a regex on its first run, and most rules are never candidates.
    const source = regexSource(segments, dirOnly);
    let regex = null;
    return { test: (path) => (regex ??= new RegExp(source, 'u')).test(path), hint, trailingGlobstarSlash };
}
/** Compiles one pattern on its own (as written in a CODEOWNERS line, escapes included). */
function compileCodeownersPattern(pattern, options = {}) {
    const opts = { ...exports.DEFAULT_CODEOWNERS_OPTIONS, ...options };
    const tokenized = tokenizeLine(pattern);
    if ('error' in tokenized)
        return { error: tokenized.error };
    const [token, ...rest] = tokenized.tokens;
    if (!token || rest.length > 0)
        return { error: `'${pattern}' is not a single pattern` };
    const error = patternError(token, opts);
    if (error !== null)
        return { error };
    return compilePattern(token, opts);
}
const indexes = new WeakMap();
function addTo(map, key, ruleIndex) {
    const list = map.get(key);
    if (list)
        list.push(ruleIndex);
    else
        map.set(key, [ruleIndex]);
}
function addToPrefix(root, segments, ruleIndex) {
    let node = root;
    for (const segment of segments) {
        let child = node.children.get(segment);
        if (!child) {
            child = { rules: [], children: new Map() };
            node.children.set(segment, child);
        }
        node = child;
    }
    node.rules.push(ruleIndex);
}
function buildIndex(rules) {
    const index = { count: rules.length, any: [], prefix: { rules: [], children: new Map() }, segment: new Map(), extension: new Map() };
    rules.forEach((rule, i) => {
        const hint = rule.matcher.hint;
        if (hint.kind === 'prefix')
            addToPrefix(index.prefix, hint.segments, i);
        else if (hint.kind === 'segment')
            addTo(index.segment, hint.segment, i);
        else if (hint.kind === 'extension')
            addTo(index.extension, hint.extension, i);
        else if (hint.kind === 'any')
            index.any.push(i);
    });
    return index;
}
/** Built once per rules array; lists stay in file order, so each is scanned from its end. */
function indexFor(rules) {
    const cached = indexes.get(rules);
    if (cached && cached.count === rules.length)
        return cached;
    const index = buildIndex(rules);
    indexes.set(rules, index);
    return index;
}
/** The highest rule of `candidates` above `best` that matches, else `best`. */
function lastMatchIn(rules, candidates, path, best) {
    if (!candidates)
        return best;
    for (let i = candidates.length - 1; i >= 0; i--) {
        const ruleIndex = candidates[i];
        if (ruleIndex <= best)
            return best;
        if (rules[ruleIndex].matcher.test(path))
            return ruleIndex;
    }
    return best;
}
/**
 * The owners of a repository-relative path (a trailing `/` asks about a directory): the last
 * matching line wins and earlier matches are never merged in. Case-sensitive, like GitHub.
 */
function matchOwners(rules, path) {
    const index = indexFor(rules);
    const segments = path.split('/');
    let best = -1;
    // Deepest prefix first: the rules most specific to this path are usually the last to match.
    const nodes = [];
    let node = index.prefix;
    for (let i = 0; node && i < segments.length; i++) {
        node = node.children.get(segments[i]);
        if (node)
            nodes.push(node);
    }
    for (let i = nodes.length - 1; i >= 0; i--)
        best = lastMatchIn(rules, nodes[i].rules, path, best);
    for (const segment of segments) {
        if (index.segment.size > 0)
            best = lastMatchIn(rules, index.segment.get(segment), path, best);
        const dot = segment.lastIndexOf('.');
        if (dot >= 0 && index.extension.size > 0)
            best = lastMatchIn(rules, index.extension.get(segment.slice(dot + 1)), path, best);
    }
    best = lastMatchIn(rules, index.any, path, best);
    const rule = rules[best];
    if (!rule)
        return { owners: [], line: null, pattern: null };
    return { owners: rule.owners.slice(), line: rule.line, pattern: rule.pattern };
}


/***/ })

};
