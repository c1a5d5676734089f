/**
 * The artifact gate against real files and a real loopback HTTP server: digests matched or not,
 * streaming with a byte limit (declared or not), redirects, unreachable URLs, paths that escape the
 * checkout, and the schemes the runner cannot reach recorded as not verified.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl, verifyArtifact } from '../../src/deploy/artifact.js';
import { removeDir, tempDir } from '../helpers/registry.js';

const BYTES = Buffer.from('model weights '.repeat(1000));
const DIGEST = createHash('sha256').update(BYTES).digest('hex');
const OTHER = 'b'.repeat(64);

let root: string;
let outside: string;
let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  root = tempDir('modelgate-artifact-');
  outside = tempDir('modelgate-outside-');
  mkdirSync(path.join(root, 'artifacts'));
  writeFileSync(path.join(root, 'artifacts/model.onnx'), BYTES);
  writeFileSync(path.join(outside, 'secret.bin'), BYTES);
  symlinkSync(path.join(outside, 'secret.bin'), path.join(root, 'artifacts/escape.onnx'));
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/model.onnx') return res.writeHead(200, { 'content-length': BYTES.length }).end(BYTES);
    if (url.pathname === '/moved') return res.writeHead(302, { location: '/model.onnx' }).end();
    if (url.pathname === '/chunked') {
      // No content-length: the limit must stop the stream itself.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      let sent = 0;
      const push = () => {
        while (sent < 10 * BYTES.length) {
          sent += BYTES.length;
          if (!res.write(BYTES)) return res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  removeDir(root);
  removeDir(outside);
});

const opts = (maxBytes = 10 * 1024 * 1024) => ({ root, maxBytes });

describe('artifact digests', () => {
  it('verifies a path inside the checkout, and a file: URL to it', async () => {
    const r = await verifyArtifact({ uri: 'artifacts/model.onnx', sha256: DIGEST }, opts());
    expect(r).toMatchObject({ status: 'verified', actual: DIGEST, bytes: BYTES.length });
    const u = await verifyArtifact({ uri: pathToFileURL(path.join(root, 'artifacts/model.onnx')).href, sha256: DIGEST.toUpperCase() }, opts());
    expect(u.status).toBe('verified');
  });

  it('reports a mismatch with both digests', async () => {
    const r = await verifyArtifact({ uri: 'artifacts/model.onnx', sha256: OTHER }, opts());
    expect(r.status).toBe('mismatch');
    expect(r.message).toContain(`sha256 is ${DIGEST}, the card says ${OTHER}`);
  });

  it('refuses paths that leave the checkout, directly or through a symlink, and what is not a regular file', async () => {
    expect((await verifyArtifact({ uri: `../${path.basename(outside)}/secret.bin`, sha256: DIGEST }, opts())).message).toMatch(/outside the checkout/);
    expect((await verifyArtifact({ uri: 'artifacts/escape.onnx', sha256: DIGEST }, opts())).message).toMatch(/outside the checkout/);
    expect((await verifyArtifact({ uri: 'artifacts', sha256: DIGEST }, opts())).message).toMatch(/not a regular file/);
    expect((await verifyArtifact({ uri: 'artifacts/missing.onnx', sha256: DIGEST }, opts())).message).toMatch(/does not exist/);
  });

  it('fails a local artifact over the size limit without reading it', async () => {
    const r = await verifyArtifact({ uri: 'artifacts/model.onnx', sha256: DIGEST }, opts(100));
    expect(r).toMatchObject({ status: 'failed', bytes: BYTES.length });
    expect(r.message).toMatch(/over the 100 B limit \(artifact-max-bytes\)/);
  });

  it('streams an HTTP artifact through sha256, following redirects', async () => {
    expect(await verifyArtifact({ uri: `${base}/model.onnx`, sha256: DIGEST }, opts())).toMatchObject({ status: 'verified', bytes: BYTES.length });
    expect(await verifyArtifact({ uri: `${base}/moved`, sha256: DIGEST }, opts())).toMatchObject({ status: 'verified' });
    expect((await verifyArtifact({ uri: `${base}/model.onnx`, sha256: OTHER }, opts())).status).toBe('mismatch');
  });

  it('fails an unreachable URL: an HTTP error, or nobody listening', async () => {
    const r = await verifyArtifact({ uri: `${base}/gone.onnx`, sha256: DIGEST }, opts());
    expect(r).toMatchObject({ status: 'failed', message: expect.stringMatching(/answered HTTP 404/) });
    const closed = createServer();
    await new Promise<void>((res) => closed.listen(0, '127.0.0.1', res));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((res) => closed.close(res));
    const down = await verifyArtifact({ uri: `http://127.0.0.1:${port}/model.onnx`, sha256: DIGEST }, opts());
    expect(down).toMatchObject({ status: 'failed', message: expect.stringMatching(/could not be downloaded/) });
  });

  it('stops at the limit: a declared length over it, or a stream that keeps going', async () => {
    const declared = await verifyArtifact({ uri: `${base}/model.onnx`, sha256: DIGEST }, opts(1000));
    expect(declared.message).toMatch(/over the 1000 B limit/);
    const streamed = await verifyArtifact({ uri: `${base}/chunked`, sha256: DIGEST }, opts(3 * BYTES.length));
    expect(streamed).toMatchObject({ status: 'failed', message: expect.stringMatching(/sent more than the .* limit .*the download was stopped/) });
  });

  it('records what the runner cannot reach as not verified, never as verified', async () => {
    const r = await verifyArtifact({ uri: 's3://models/fraud/1.3.0/model.onnx', sha256: DIGEST }, opts());
    expect(r.status).toBe('not-verified');
    expect(r.message).toMatch(/^s3:\/\/ is not reachable .* not verified/);
  });

  it('fails a card with no uri or no usable digest', async () => {
    expect((await verifyArtifact({ sha256: DIGEST }, opts())).message).toMatch(/no artifact\.uri/);
    expect((await verifyArtifact({ uri: 'artifacts/model.onnx', sha256: 12345 }, opts())).message).toMatch(/no artifact\.sha256/);
    expect((await verifyArtifact(undefined, opts())).status).toBe('failed');
  });

  it('never shows credentials or a signed query in messages', async () => {
    expect(redactUrl('https://user:pw@example.com/m.onnx?X-Amz-Signature=abc')).toBe('https://example.com/m.onnx?…');
    const r = await verifyArtifact({ uri: `http://u:secret@127.0.0.1:1/m.onnx?sig=abc`, sha256: DIGEST }, opts());
    expect(r.message).toMatch(/carries credentials/);
    expect(r.message).not.toMatch(/secret|sig=abc/);
    const signed = await verifyArtifact({ uri: `http://127.0.0.1:1/m.onnx?sig=abc`, sha256: DIGEST }, opts());
    expect(signed.message).toMatch(/could not be downloaded/);
    expect(signed.message).not.toMatch(/sig=abc/);
  });
});
