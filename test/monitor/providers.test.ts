/**
 * Providers against real sockets: node:http servers on 127.0.0.1 (port 0) that answer well, slowly,
 * never, hugely, with the wrong content type, or with errors, and credentials that must never show.
 */
import { once } from 'node:events';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { observe, parseResponse, type ObserveContext } from '../../src/monitor/providers/index.js';
import { Redactor, redactorFor } from '../../src/monitor/redact.js';
import { withDefaults } from '../../src/monitor/rules.js';
import { escapePromqlLabelValue, renderTemplate } from '../../src/monitor/template.js';
import type { RollbackRule } from '../../src/monitor/../registry/types.js';
import { makeRegistry, modelYaml, removeDir, tempDir } from '../helpers/registry.js';
import { ConfigError } from '../../src/errors.js';
import { monitorRegistry, runMonitor } from './helpers.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
interface Live {
  url: string;
  server: Server;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
}

const servers: Server[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});
afterAll(() => dirs.forEach(removeDir));

async function serve(handler: Handler): Promise<Live> {
  const requests: Live['requests'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests };
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const NOW = Date.parse('2026-03-01T12:00:00Z');
const TOKEN = 'tok-5ecret-abcdef123456';
const DD_KEY = 'ddkey-0123456789abcdef';
const DD_APP = 'ddapp-fedcba9876543210';
const ENV = { MODELGATE_PROMETHEUS_TOKEN: TOKEN, MODELGATE_HTTP_TOKEN: TOKEN, DD_API_KEY: DD_KEY, DD_APP_KEY: DD_APP };

function ctx(extra: Partial<ObserveContext> = {}): ObserveContext {
  return { env: ENV, cwd: process.cwd(), redactor: redactorFor(ENV), now: NOW, vars: { model: 'demo', version: '1.1.0', env: 'production', baseline: '1.0.0' }, retryDelayMs: 10, ...extra };
}
const rule = (r: Partial<RollbackRule>) => withDefaults({ name: 'r', provider: 'prometheus', query: 'up', max: 1, consecutiveErrorLimit: 0, ...r } as RollbackRule);
const VECTOR = { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, '0.5'] }] } };

function noSecrets(text: string): void {
  for (const s of [TOKEN, DD_KEY, DD_APP, encodeURIComponent(TOKEN)]) expect(text).not.toContain(s);
}

describe('Prometheus HTTP API', () => {
  it('instant query: rendered PromQL, bearer token, time = now', async () => {
    const live = await serve((_q, res) => json(res, 200, VECTOR));
    const o = await observe(rule({ url: live.url, query: 'sum(rate(x{model="{{model}}",version="{{version}}"}[5m]))' }), 'query', ctx());
    expect(o.observation).toEqual({ kind: 'points', points: [{ t: NOW / 1000, value: 0.5 }] });
    const req = live.requests[0]!;
    const u = new URL(req.url, live.url);
    expect(u.pathname).toBe('/api/v1/query');
    expect(u.searchParams.get('query')).toBe('sum(rate(x{model="demo",version="1.1.0"}[5m]))');
    expect(u.searchParams.get('time')).toBe(String(NOW / 1000));
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    noSecrets(o.rendered);
  });

  it('range query: query_range with start, end, step; the baseline query uses the baseline version', async () => {
    const live = await serve((_q, res) => json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1, '1'], [2, '2']] }] } }));
    const r = rule({ url: live.url, query: 'x{version="{{version}}"}', range: { window: '10m', step: '30s' }, compare: { mode: 'ratio', max: 2 } });
    const o = await observe(r, 'baseline', ctx());
    expect(o.observation).toMatchObject({ kind: 'points', points: [{ t: 1, value: 1 }, { t: 2, value: 2 }] });
    const u = new URL(live.requests[0]!.url, live.url);
    expect(u.pathname).toBe('/api/v1/query_range');
    expect(u.searchParams.get('query')).toBe('x{version="1.0.0"}');
    expect([u.searchParams.get('start'), u.searchParams.get('end'), u.searchParams.get('step')]).toEqual([String(NOW / 1000 - 600), String(NOW / 1000), '30']);
  });

  it('HTTP 400 with status error → error with the reason, no retry', async () => {
    const live = await serve((_q, res) => json(res, 400, { status: 'error', errorType: 'bad_data', error: 'parse error at char 3' }));
    const o = await observe(rule({ url: live.url, consecutiveErrorLimit: 3 }), 'query', ctx());
    expect(o.observation.kind).toBe('error');
    expect((o.observation as { message: string }).message).toMatch(/HTTP 400.*parse error/);
    expect(live.requests).toHaveLength(1);
  });

  it('status error in a 200 body → error', async () => {
    const live = await serve((_q, res) => json(res, 200, { status: 'error', errorType: 'timeout', error: 'query timed out' }));
    const o = await observe(rule({ url: live.url }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('query timed out') as unknown });
  });

  it('5xx is retried up to consecutiveErrorLimit, then succeeds', async () => {
    let n = 0;
    const live = await serve((_q, res) => (n++ < 2 ? json(res, 503, 'overloaded') : json(res, 200, VECTOR)));
    const o = await observe(rule({ url: live.url, consecutiveErrorLimit: 2 }), 'query', ctx());
    expect(o.observation.kind).toBe('points');
    expect(live.requests).toHaveLength(3);
  });

  it('5xx beyond consecutiveErrorLimit → error after limit + 1 attempts', async () => {
    const live = await serve((_q, res) => json(res, 503, 'overloaded'));
    const o = await observe(rule({ url: live.url, consecutiveErrorLimit: 1 }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('after 2 attempts') as unknown });
    expect(live.requests).toHaveLength(2);
  });
});

describe('misbehaving servers', () => {
  it('slow but within the timeout: answered', async () => {
    const live = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const text = JSON.stringify(VECTOR);
      res.write(text.slice(0, 10));
      setTimeout(() => res.end(text.slice(10)), 300);
    });
    const o = await observe(rule({ url: live.url, timeout: '5s' }), 'query', ctx());
    expect(o.observation.kind).toBe('points');
  });

  it('hung (never answers): error after the timeout, not a hang', async () => {
    const live = await serve(() => undefined);
    const t0 = Date.now();
    const o = await observe(rule({ url: live.url, timeout: '1s' }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('timed out') as unknown });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('hung mid-body (headers sent, body never ends): error after the timeout', async () => {
    const live = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":"succ');
    });
    const o = await observe(rule({ url: live.url, timeout: '1s' }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('timed out') as unknown });
  });

  it('huge response: cut off at the size limit while streaming', async () => {
    let written = 0;
    const live = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        // Stops on its own well past the cap, in case the client kept reading.
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (written = Infinity));
      pump();
    });
    const o = await observe(rule({ url: live.url }), 'query', ctx({ maxBytes: 1024 * 1024 }));
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('larger than 1048576 bytes') as unknown });
  });

  it('wrong content type → error, even with a valid body', async () => {
    const live = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(JSON.stringify(VECTOR));
    });
    const o = await observe(rule({ url: live.url }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('"text/html", not JSON') as unknown });
  });

  it('unparsable JSON → error', async () => {
    const live = await serve((_q, res) => json(res, 200, '{"status": "success", "data": '));
    const o = await observe(rule({ url: live.url }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('not JSON') as unknown });
  });

  it('a redirect is refused (it would carry credentials to another host)', async () => {
    const live = await serve((_q, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    });
    const o = await observe(rule({ url: live.url }), 'query', ctx());
    expect(o.observation.kind).toBe('error');
  });

  it('connection refused → error', async () => {
    const live = await serve(() => undefined);
    live.server.close();
    live.server.closeAllConnections();
    await once(live.server, 'close');
    const o = await observe(rule({ url: live.url }), 'query', ctx());
    expect(o.observation).toMatchObject({ kind: 'error', message: expect.stringContaining('failed') as unknown });
  });
});

describe('Datadog', () => {
  it('v1: GET /api/v1/query with from/to and both keys as headers', async () => {
    const live = await serve((_q, res) => json(res, 200, { status: 'ok', series: [{ pointlist: [[NOW - 60_000, 0.1], [NOW, null]] }] }));
    const o = await observe(rule({ provider: 'datadog', api: 'v1', url: live.url, query: 'avg:errors{version:{{version}}}' }), 'query', ctx());
    expect(o.observation).toEqual({ kind: 'points', points: [{ t: NOW / 1000 - 60, value: 0.1 }, { t: NOW / 1000, value: NaN }] });
    const req = live.requests[0]!;
    const u = new URL(req.url, live.url);
    expect(u.pathname).toBe('/api/v1/query');
    expect(u.searchParams.get('query')).toBe('avg:errors{version:1.1.0}');
    expect(Number(u.searchParams.get('to')) - Number(u.searchParams.get('from'))).toBe(300);
    expect([req.headers['dd-api-key'], req.headers['dd-application-key']]).toEqual([DD_KEY, DD_APP]);
  });

  it('v2: POST /api/v2/query/scalar (instant) and /timeseries (range)', async () => {
    const live = await serve((req, res) =>
      json(res, 200, req.url!.endsWith('/scalar')
        ? { data: { attributes: { columns: [{ values: [0.5] }] } } }
        : { data: { attributes: { times: [NOW - 60_000, NOW], values: [[0.2, 0.3]] } } }));
    const scalar = await observe(rule({ provider: 'datadog', url: live.url, query: 'avg:x{*}' }), 'query', ctx());
    expect(scalar.observation).toEqual({ kind: 'points', points: [{ value: 0.5 }] });
    const range = await observe(rule({ provider: 'datadog', url: live.url, query: 'avg:x{*}', range: { window: '1h' } }), 'query', ctx());
    expect(range.observation).toMatchObject({ kind: 'points', points: [{ value: 0.2 }, { value: 0.3 }] });
    const body = JSON.parse(live.requests[1]!.body) as { data: { type: string; attributes: { from: number; to: number; queries: { query: string }[] } } };
    expect(body.data.type).toBe('timeseries_request');
    expect(body.data.attributes.to - body.data.attributes.from).toBe(3_600_000);
    expect(live.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/v2/query/scalar', 'POST /api/v2/query/timeseries']);
  });

  it('403 echoing the keys: error, keys redacted', async () => {
    const live = await serve((req, res) => json(res, 403, { errors: [`Forbidden for key ${String(req.headers['dd-api-key'])} / ${String(req.headers['dd-application-key'])}`] }));
    const o = await observe(rule({ provider: 'datadog', url: live.url, query: 'avg:x{*}' }), 'query', ctx());
    expect(o.observation.kind).toBe('error');
    const message = (o.observation as { message: string }).message;
    expect(message).toContain('HTTP 403');
    noSecrets(message);
  });

  it('refuses to render a value that would change a Datadog query', () => {
    expect(() => renderTemplate('x{version:{{version}}}', { model: 'm', version: '1.0.0 OR *', env: 'p' }, 'datadog')).toThrow(/cannot be used/);
  });
});

describe('HTTP JSON endpoint and file providers', () => {
  it('http: JSON pointer selector, templated URL, bearer token', async () => {
    const live = await serve((_q, res) => json(res, 200, { metrics: { 'error/rate': 0.02, series: [[NOW / 1000, '0.1']] } }));
    const o = await observe(rule({ provider: 'http', url: `${live.url}/m/{{model}}/{{version}}`, selector: '/metrics/error~1rate' }), 'query', ctx());
    expect(o.observation).toEqual({ kind: 'points', points: [{ value: 0.02 }] });
    expect(live.requests[0]!.url).toBe('/m/demo/1.1.0');
    expect(live.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const pairs = await observe(rule({ provider: 'http', url: live.url, selector: '/metrics/series' }), 'query', ctx());
    expect(pairs.observation).toEqual({ kind: 'points', points: [{ t: NOW / 1000, value: 0.1 }] });
  });

  it('http: a token in the URL is redacted from the rendered query and from errors', async () => {
    const live = await serve((_q, res) => json(res, 500, 'boom'));
    const o = await observe(rule({ provider: 'http', url: `${live.url}/m?key=${TOKEN}`, selector: '/x' }), 'query', ctx());
    expect(o.observation.kind).toBe('error');
    noSecrets(o.rendered);
    noSecrets((o.observation as { message: string }).message);
  });

  it('file: a metrics file from an earlier step; missing file → error; missing key → no data; non-number → error', async () => {
    const dir = tempDir();
    dirs.push(dir);
    writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.91, drifted: true, label: 'x' }));
    const c = ctx({ cwd: dir });
    expect((await observe(rule({ provider: 'file', path: 'metrics.json', selector: '/accuracy' }), 'query', c)).observation).toEqual({ kind: 'points', points: [{ value: 0.91 }] });
    expect((await observe(rule({ provider: 'file', path: 'metrics.json', selector: '/drifted' }), 'query', c)).observation).toEqual({ kind: 'points', points: [{ value: 1 }] });
    expect((await observe(rule({ provider: 'file', path: 'metrics.json', selector: '/nope' }), 'query', c)).observation).toMatchObject({ kind: 'points', points: [] });
    expect((await observe(rule({ provider: 'file', path: 'metrics.json', selector: '/label' }), 'query', c)).observation).toMatchObject({ kind: 'error' });
    expect((await observe(rule({ provider: 'file', path: 'absent.json', selector: '/a' }), 'query', c)).observation).toMatchObject({ kind: 'error', message: expect.stringContaining('ENOENT') as unknown });
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(2048, 0x20));
    expect((await observe(rule({ provider: 'file', path: 'big.json', selector: '' }), 'query', ctx({ cwd: dir, maxBytes: 1024 }))).observation).toMatchObject({ kind: 'error' });
  });
});

describe('parsers never throw on hostile input', () => {
  const bodies = ['', 'null', '[]', '"x"', '{}', '{"status":"success"}', '{"status":"success","data":{"resultType":"vector","result":[{"value":"x"}]}}', '{"series":[{"pointlist":[["a","b"]]}]}', '{"data":{"attributes":{"columns":[{"values":[1,2]}]}}}', '{"metrics":[{"metric_name":"DriftedColumnsCount","value":null}]}', '\u0000\uffff', '{"__proto__":{"x":1}}'];
  it.each(['prometheus', 'datadog', 'evidently', 'file', 'http'] as const)('%s', (provider) => {
    for (const body of bodies) {
      const o = parseResponse(rule({ provider, query: 'drift_share' }), body, provider === 'evidently' ? 'drift_share' : '/x', new Redactor());
      expect(['points', 'error']).toContain(o.kind);
    }
  });
});

describe('templating and redaction', () => {
  it('escapes PromQL label values', () => {
    expect(escapePromqlLabelValue('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
    expect(renderTemplate('x{v="{{version}}"}', { model: 'm', version: '1"} or vector(1) #', env: 'p' }, 'promql')).toBe('x{v="1\\"} or vector(1) #"}');
  });
  it('rejects unknown variables', () => {
    expect(() => renderTemplate('{{secret}}', { model: 'm', version: 'v', env: 'e' }, 'plain')).toThrow(/unknown or unavailable/);
  });
  it('redacts every form of a secret', () => {
    const r = redactorFor({ DD_API_KEY: 'abc/def+ghi' });
    expect(r.redact('k=abc/def+ghi&u=abc%2Fdef%2Bghi')).toBe('k=***&u=***');
  });
});

describe('`modelgate monitor` live, end to end', () => {
  it('a provider outage holds (exit 4), prints the error, and never prints the token', async () => {
    const live = await serve((req, res) => json(res, 401, { status: 'error', error: `bad token ${String(req.headers.authorization)}` }));
    const dir = monitorRegistry(`    - { name: errors, provider: prometheus, url: "${live.url}", query: 'rate(e{version="{{version}}"}[5m])', max: 0.05, consecutiveErrorLimit: 0 }`);
    dirs.push(dir);
    for (const format of ['text', 'json']) {
      const r = await runMonitor(dir, ['--env', 'production', '--dry-run', '--format', format], ENV);
      expect(r.code).toBe(4);
      expect(r.out).toContain('HTTP 401');
      expect(r.out).toContain('***');
      noSecrets(r.out + r.err);
    }
  });

  it('a healthy live answer → exit 0; a failing one → exit 1 with the canary effect', async () => {
    let value = '0.01';
    const live = await serve((_q, res) => json(res, 200, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, value] }] } }));
    const dir = monitorRegistry(`    - { name: errors, provider: prometheus, url: "${live.url}", query: 'rate(e{version="{{version}}"}[5m])', max: 0.05 }`);
    dirs.push(dir);
    expect((await runMonitor(dir, ['--env', 'production', '--dry-run'], ENV)).code).toBe(0);
    value = '0.2';
    const r = await runMonitor(dir, ['--env', 'production', '--dry-run', '--format', 'json'], ENV);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ decisions: [{ decision: 'rollback', reject: '1.1.0', effect: { action: 'candidate-traffic-zero', failing: '1.1.0' } }] });
  });
});

describe('file and evidently paths stay in the workspace and values are never echoed', () => {
  function workspace(): string {
    const root = tempDir();
    dirs.push(root);
    const ws = path.join(root, 'ws');
    mkdirSync(ws);
    writeFileSync(path.join(root, 'secret.json'), JSON.stringify({ token: 'outside-5ecret-value' }));
    writeFileSync(path.join(ws, 'metrics.json'), JSON.stringify({ token: 'ghp_inside5ecretvalue123', n: 1 }));
    writeFileSync(path.join(ws, 'notjson.txt'), 'PASSWORD=hunter2-inside\n');
    symlinkSync(path.join(root, 'secret.json'), path.join(ws, 'link.json'));
    return ws;
  }

  it.each([
    ['file', '/proc/self/environ', /must be relative to the workspace/],
    ['evidently', '/proc/self/environ', /must be relative to the workspace/],
    ['file', '../secret.json', /leaves the workspace/],
    ['file', 'sub/../../secret.json', /leaves the workspace/],
    ['file', 'link.json', /through a symlink\) outside the workspace/],
  ] as const)('%s path %s is a rule configuration error', async (provider, p, message) => {
    const ws = workspace();
    const r = rule({ provider, path: p, selector: '/token', query: provider === 'evidently' ? 'drift_share' : '/token' });
    const err = await observe(r, 'query', ctx({ cwd: ws })).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('5ecret');
  });

  it('a selector at a string says what it is, never what it holds; a non-JSON file is not quoted', async () => {
    const ws = workspace();
    const str = await observe(rule({ provider: 'file', path: 'metrics.json', selector: '/token' }), 'query', ctx({ cwd: ws }));
    expect(str.observation).toEqual({ kind: 'error', message: "selector '/token' points at a string (24 characters), not a number" });
    const text = await observe(rule({ provider: 'file', path: 'notjson.txt', selector: '/x' }), 'query', ctx({ cwd: ws }));
    expect(text.observation.kind).toBe('error');
    expect((text.observation as { message: string }).message).not.toMatch(/hunter2|PASSWORD/);
    expect((text.observation as { message: string }).message).toMatch(/not JSON \(24 characters/);
  });

  it('an http body with a string at the selector is not echoed either', async () => {
    const live = await serve((_q, res) => json(res, 200, { token: 'ghp_inside5ecretvalue123' }));
    const o = await observe(rule({ provider: 'http', url: live.url, selector: '/token' }), 'query', ctx());
    expect((o.observation as { message: string }).message).not.toContain('5ecret');
  });
});

describe('provider URLs', () => {
  it('credentials in a rule URL are a configuration error and never printed', async () => {
    const r = rule({ provider: 'http', url: 'http://admin:hunter2@127.0.0.1:9/m', selector: '/x' });
    const err = await observe(r, 'query', ctx()).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/must not carry credentials/);
    expect((err as Error).message).not.toContain('hunter2');
    expect(new Redactor().redact('GET http://admin:hunter2@h/x failed')).toBe('GET http://***@h/x failed');
  });

  it('monitor: a rule URL with user:password@ is refused by the schema, masked in the message', async () => {
    const dir = monitorRegistry(`    - { name: errors, provider: prometheus, url: "http://admin:hunter2@127.0.0.1:9", query: q, max: 0.05 }`);
    dirs.push(dir);
    const r = await runMonitor(dir, ['--env', 'production', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("url` 'http://***@127.0.0.1:9' is not in the expected form");
    expect(r.out + r.err).not.toContain('hunter2');
  });

  it.each([
    ['prometheus', {}, '/prom/api/v1/query'],
    ['datadog', { api: 'v1' as const }, '/prom/api/v1/query'],
    ['datadog', {}, '/prom/api/v2/query/scalar'],
  ] as const)('%s %j: a base URL with a path and a query string keeps both', async (provider, extra, pathname) => {
    const body = provider === 'prometheus' ? VECTOR : 'api' in extra ? { series: [{ pointlist: [[NOW, 0.5]] }] } : { data: { attributes: { columns: [{ values: [0.5] }] } } };
    const live = await serve((_q, res) => json(res, 200, body));
    const o = await observe(rule({ provider, url: `${live.url}/prom/?token=x1`, query: 'up', ...extra }), 'query', ctx());
    expect(o.observation.kind, JSON.stringify(o.observation)).toBe('points');
    const u = new URL(live.requests[0]!.url, live.url);
    expect(u.pathname).toBe(pathname);
    expect(u.searchParams.get('token')).toBe('x1');
    if (provider === 'prometheus') expect(u.searchParams.get('query')).toBe('up');
  });
});

describe('one model\'s configuration error does not stop the others', () => {
  it('the broken model holds with its error (stderr and output), the others are judged; exit is the worst', async () => {
    let value = '0.01';
    const live = await serve((_q, res) => json(res, 200, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, value] }] } }));
    const dir = makeRegistry({
      // No url and no MODELGATE_PROMETHEUS_URL: only the run can tell.
      'models/broken/model.yaml': modelYaml('broken', 'rollback:\n  rules:\n    - { name: errors, provider: prometheus, query: q, max: 0.05 }\n'),
      'models/demo/model.yaml': modelYaml('demo', `rollback:\n  rules:\n    - { name: errors, provider: prometheus, url: "${live.url}", query: q, max: 0.05 }\n`),
      'deployments/production.yaml': 'schemaVersion: 1\nenvironment: production\nmodels:\n  broken:\n    strategy: direct\n    stable: "2.0.0"\n  demo:\n    strategy: direct\n    stable: "1.0.0"\n',
    });
    dirs.push(dir);
    const env = { MODELGATE_PROMETHEUS_TOKEN: TOKEN };
    const ok = await runMonitor(dir, ['--env', 'production', '--dry-run', '--format', 'json'], env);
    const doc = JSON.parse(ok.out) as { decisions: { model: string; decision: string; configError?: string }[] };
    expect(doc.decisions.map((d) => [d.model, d.decision])).toEqual([['broken', 'hold'], ['demo', 'healthy']]);
    expect(doc.decisions[0]!.configError).toMatch(/models\/broken\/model.yaml: rule 'errors': prometheus needs url \(or MODELGATE_PROMETHEUS_URL\)/);
    expect(ok.err).toMatch(/broken: configuration error/);
    expect(ok.code).toBe(2);
    value = '0.9';
    const bad = await runMonitor(dir, ['--env', 'production', '--dry-run'], env);
    expect(bad.out).toMatch(/demo 1.0.0 \(direct\) in production: ROLLBACK/);
    expect(bad.out).toMatch(/broken 2.0.0 \(direct\) in production: HOLD - configuration error/);
    expect(bad.code).toBe(1);
  });
});
