/**
 * A GitHub REST API on loopback for executing the built bundles in a child process, where nock
 * cannot reach. Every route it serves, every response it sends and every request body it receives
 * is checked against GitHub's OpenAPI description, as the nock harness does in-process.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkParameters, checkRequestBody, checkResponseBody, decodePath, matchRoute } from '../harness/openapi.js';

export interface StubRoute {
  method: string;
  /** Decoded path, no query. */
  path: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface StubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId: string;
  authorization: string | undefined;
}

export interface GitHubStub {
  url: string;
  requests: StubRequest[];
  /** Broken expectations: unknown routes, bodies GitHub's description rejects. */
  problems: string[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startGitHubStub(routes: StubRoute[]): Promise<GitHubStub> {
  const requests: StubRequest[] = [];
  const problems: string[] = [];
  for (const r of routes) {
    const op = matchRoute(r.method, r.path)?.operation;
    if (!op) throw new Error(`${r.method} ${r.path} is not an operation in GitHub's OpenAPI description (subset)`);
    const check = checkResponseBody(op, r.status, r.body);
    if (!check.ok) throw new Error(`${r.method} ${r.path} → ${r.status}: ${check.errors.join('; ')}`);
  }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      const path = decodePath(url.pathname);
      const text = await readBody(req);
      const body: unknown = text ? JSON.parse(text) : undefined;
      const match = matchRoute(method, path);
      const route = routes.find((r) => r.method === method && r.path === path);
      if (!match || !route) {
        problems.push(`unexpected request ${method} ${path}`);
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found', documentation_url: 'test/actions/stub-server.ts' }));
        return;
      }
      const query = Object.fromEntries(url.searchParams);
      const errors = [...checkRequestBody(match.operation, body).errors, ...checkParameters(match.operation, 'query', query).errors];
      if (errors.length) problems.push(`${method} ${path}: ${errors.join('; ')}`);
      requests.push({ method, path, query, body, operationId: match.operation.operationId, authorization: req.headers.authorization });
      res.writeHead(route.status, { 'content-type': 'application/json; charset=utf-8', ...route.headers });
      res.end(route.body === undefined ? '' : JSON.stringify(route.body));
    })().catch((err: unknown) => {
      problems.push(`stub failure: ${(err as Error).message}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    problems,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
