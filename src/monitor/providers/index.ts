/**
 * One entry point per direction: `parseResponse` turns a provider's raw body into an Observation
 * (used both live and for recorded --responses bodies, so dry runs exercise the same parsers), and
 * `observe` renders the query, calls the provider and parses. Neither throws for provider trouble:
 * it becomes an error observation, so one bad provider cannot crash the run or fail a metric.
 */
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { durationMs } from '../duration.js';
import type { Redactor } from '../redact.js';
import type { EffectiveRule } from '../rules.js';
import { renderTemplate, TemplateError, type TemplateVars } from '../template.js';
import type { Observation } from '../types.js';
import { parseDatadog } from './datadog.js';
import { ProviderError } from './errors.js';
import { parseEvidently } from './evidently.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchText } from './http.js';
import { parseJsonBody, pointsAt } from './json.js';
import { parsePrometheus } from './prometheus.js';

export { ProviderError } from './errors.js';

/** Which query of a rule: the judged version, the concurrently serving baseline, the sample count. */
export type QueryRole = 'query' | 'baseline' | 'samples';

/** The text a role reads: a PromQL/Datadog query, a JSON pointer, or an Evidently selector. */
export function queryText(rule: EffectiveRule, role: QueryRole): string {
  if (role === 'samples') return rule.samplesQuery ?? '';
  const main = rule.provider === 'file' || rule.provider === 'http' ? rule.selector ?? rule.query ?? '' : rule.query ?? rule.selector ?? '';
  return role === 'baseline' ? rule.compare?.baselineQuery ?? main : main;
}

function asError(err: unknown, redactor: Redactor): Observation {
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'error', message: redactor.redact(message) };
}

export function parseResponse(rule: EffectiveRule, body: string, selector: string, redactor: Redactor): Observation {
  try {
    switch (rule.provider) {
      case 'prometheus':
        return parsePrometheus(body);
      case 'datadog':
        return parseDatadog(body);
      case 'evidently':
        return parseEvidently(body, selector);
      case 'file':
      case 'http': {
        const points = pointsAt(parseJsonBody(body, rule.provider), selector);
        return { kind: 'points', points, ...(points.length === 0 ? { note: `nothing at ${selector || 'the document root'}` } : {}) };
      }
    }
  } catch (err) {
    // Anything a parser throws on hostile input is the provider's fault, not a verdict.
    return asError(err, redactor);
  }
}

export interface ObserveContext {
  env: Record<string, string | undefined>;
  cwd: string;
  redactor: Redactor;
  /** ms since the epoch: the end of every query window. */
  now: number;
  vars: TemplateVars;
  maxBytes?: number;
  /** Pause between retries (tests shorten it). */
  retryDelayMs?: number;
}

export interface Observed {
  observation: Observation;
  /** What was asked, secrets redacted, for output and records. */
  rendered: string;
}

const DEFAULT_WINDOW = '5m';

interface Prepared {
  describe: string;
  run: () => Promise<string>;
  selector: string;
}

function prepare(rule: EffectiveRule, role: QueryRole, ctx: ObserveContext): Prepared {
  const vars: TemplateVars = role === 'baseline' ? { ...ctx.vars, version: ctx.vars.baseline ?? ctx.vars.version } : ctx.vars;
  const timeoutMs = rule.timeout ? durationMs(rule.timeout) : DEFAULT_TIMEOUT_MS;
  const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
  const raw = queryText(rule, role);
  const windowMs = durationMs(rule.range?.window ?? DEFAULT_WINDOW);
  const base = { timeoutMs, maxBytes, redactor: ctx.redactor };
  switch (rule.provider) {
    case 'prometheus': {
      const address = rule.url ?? ctx.env.MODELGATE_PROMETHEUS_URL;
      if (!address) throw new ConfigError(`rule '${rule.name}': prometheus needs url (or MODELGATE_PROMETHEUS_URL)`);
      if (!raw) throw new ConfigError(`rule '${rule.name}': prometheus needs a query`);
      const query = renderTemplate(raw, vars, 'promql');
      const end = ctx.now / 1000;
      const params = new URLSearchParams({ query });
      let endpoint = '/api/v1/query';
      if (rule.range) {
        endpoint = '/api/v1/query_range';
        params.set('start', String(end - windowMs / 1000));
        params.set('end', String(end));
        params.set('step', String(durationMs(rule.range.step ?? '1m') / 1000));
      } else {
        params.set('time', String(end));
      }
      const url = apiUrl(rule, address, endpoint, params);
      const token = ctx.env.MODELGATE_PROMETHEUS_TOKEN;
      return { describe: `GET ${url}`, selector: '', run: () => fetchText({ ...base, url, headers: token ? { authorization: `Bearer ${token}` } : {} }) };
    }
    case 'datadog': {
      if (!raw) throw new ConfigError(`rule '${rule.name}': datadog needs a query`);
      const apiKey = ctx.env.DD_API_KEY;
      const appKey = ctx.env.DD_APP_KEY ?? ctx.env.DD_APPLICATION_KEY;
      if (!apiKey || !appKey) throw new ConfigError(`rule '${rule.name}': datadog needs DD_API_KEY and DD_APP_KEY in the environment`);
      const query = renderTemplate(raw, vars, 'datadog');
      const address = rule.url ?? `https://api.${ctx.env.DD_SITE ?? 'datadoghq.com'}`;
      const headers = { 'dd-api-key': apiKey, 'dd-application-key': appKey };
      const from = ctx.now - windowMs;
      if (rule.api === 'v1') {
        const params = new URLSearchParams({ from: String(Math.floor(from / 1000)), to: String(Math.floor(ctx.now / 1000)), query });
        const url = apiUrl(rule, address, '/api/v1/query', params);
        return { describe: `GET ${url}`, selector: '', run: () => fetchText({ ...base, url, headers }) };
      }
      const scalar = !rule.range;
      const url = apiUrl(rule, address, `/api/v2/query/${scalar ? 'scalar' : 'timeseries'}`);
      const body = JSON.stringify({
        data: {
          type: scalar ? 'scalar_request' : 'timeseries_request',
          attributes: {
            from,
            to: ctx.now,
            ...(scalar ? {} : { interval: durationMs(rule.range?.step ?? '1m') }),
            queries: [{ data_source: 'metrics', name: 'a', query, ...(scalar ? { aggregator: 'avg' } : {}) }],
            formulas: [{ formula: 'a' }],
          },
        },
      });
      return { describe: `POST ${url} ${query}`, selector: '', run: () => fetchText({ ...base, url, method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body }) };
    }
    case 'http': {
      if (!rule.url) throw new ConfigError(`rule '${rule.name}': http needs url`);
      const url = renderTemplate(rule.url, vars, 'url');
      checkUrl(rule, url);
      const token = ctx.env.MODELGATE_HTTP_TOKEN;
      return { describe: `GET ${url} ${raw}`, selector: raw, run: () => fetchText({ ...base, url, headers: token ? { authorization: `Bearer ${token}` } : {} }) };
    }
    case 'file':
    case 'evidently': {
      if (!rule.path) throw new ConfigError(`rule '${rule.name}': ${rule.provider} needs path`);
      const relative = renderTemplate(rule.path, vars, 'plain');
      const file = insideWorkspace(rule, ctx.cwd, relative);
      return { describe: `${relative} ${raw}`, selector: raw, run: async () => readCapped(await resolvedInside(rule, ctx.cwd, file), relative, maxBytes) };
    }
  }
}

/**
 * A provider address: parsed, http(s) only, without userinfo (credentials belong in the
 * environment, where they are redacted, never in model.yaml, where they are committed and printed).
 */
function checkUrl(rule: EffectiveRule, address: string): URL {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    throw new ConfigError(`rule '${rule.name}': url is not an absolute URL`);
  }
  if (u.username || u.password) {
    throw new ConfigError(`rule '${rule.name}': url must not carry credentials (user:password@); use MODELGATE_PROMETHEUS_TOKEN, MODELGATE_HTTP_TOKEN or DD_API_KEY instead`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError(`rule '${rule.name}': url must be http or https, not ${u.protocol}`);
  return u;
}

/** The API path appended to the base URL's path; the base URL's own query parameters are kept. */
function apiUrl(rule: EffectiveRule, address: string, apiPath: string, params?: URLSearchParams): string {
  const u = checkUrl(rule, address);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}${apiPath}`;
  u.hash = '';
  if (params) for (const [k, v] of params) u.searchParams.set(k, v);
  return u.toString();
}

/**
 * file and evidently paths are relative to the workspace (the current directory: the checkout in
 * the action). Absolute paths and `..` escapes are configuration errors: a rule must not read
 * /proc/self/environ or a secret beside the checkout and print it.
 */
function insideWorkspace(rule: EffectiveRule, cwd: string, relative: string): string {
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) throw new ConfigError(`rule '${rule.name}': path must be relative to the workspace, not absolute`);
  const root = path.resolve(cwd);
  const file = path.resolve(root, relative);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigError(`rule '${rule.name}': path ${relative} leaves the workspace`);
  return file;
}

/** The same check after symlinks are followed; a missing file is the provider's (no answer), not config. */
async function resolvedInside(rule: EffectiveRule, cwd: string, file: string): Promise<string> {
  let real: string;
  let root: string;
  try {
    root = await realpath(cwd);
    real = await realpath(file);
  } catch {
    return file;
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigError(`rule '${rule.name}': path ${path.relative(path.resolve(cwd), file)} resolves (through a symlink) outside the workspace`);
  return real;
}

async function readCapped(file: string, shown: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    // A missing metrics file means the earlier step did not produce it: the provider has no answer.
    throw new ProviderError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ProviderError(`${shown} is not a regular file`);
    if (stat.size > maxBytes) throw new ProviderError(`${shown} is ${stat.size} bytes, more than the ${maxBytes} allowed`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Transient failures (timeouts, 5xx, refused connections) are retried within the run up to the
 * rule's consecutiveErrorLimit: the run keeps no state between schedules, so "consecutive errors"
 * can only be counted here. Deterministic failures (4xx, bad bodies) are not retried.
 */
export async function observe(rule: EffectiveRule, role: QueryRole, ctx: ObserveContext): Promise<Observed> {
  let prepared: Prepared;
  try {
    prepared = prepare(rule, role, ctx);
  } catch (err) {
    if (err instanceof TemplateError) return { observation: asError(err, ctx.redactor), rendered: '' };
    if (err instanceof ConfigError) throw new ConfigError(ctx.redactor.redact(err.message), err.file, err.line);
    throw err;
  }
  const rendered = ctx.redactor.redact(prepared.describe);
  const attempts = 1 + rule.consecutiveErrorLimit;
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const body = await prepared.run();
      return { observation: parseResponse(rule, body, prepared.selector, ctx.redactor), rendered };
    } catch (err) {
      // A path outside the workspace is the rule's configuration, not a provider outage.
      if (err instanceof ConfigError) throw err;
      last = err;
      if (!(err instanceof ProviderError && err.transient) || i === attempts - 1) break;
      await new Promise((resolve) => setTimeout(resolve, (ctx.retryDelayMs ?? 500) * (i + 1)));
    }
  }
  const obs = asError(last, ctx.redactor);
  if (obs.kind === 'error' && attempts > 1 && last instanceof ProviderError && last.transient) obs.message += ` (after ${attempts} attempts)`;
  return { observation: obs, rendered };
}
