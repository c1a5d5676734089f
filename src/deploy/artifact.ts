/**
 * The artifact gate: the bytes at the card's `artifact.uri` must hash to its `artifact.sha256`.
 * What the runner can reach is checked — a path inside the repository (relative, or a file: URL)
 * or an HTTP(S) URL, streamed through sha256 with a byte limit so a huge or endless response cannot
 * exhaust the runner — and anything else (s3://, gs://, hf://, …) is recorded as "not verified",
 * never as verified. A digest that does not match, an unreachable URL or an artifact over the limit
 * fails: those are not things to deploy past silently.
 */
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ArtifactStatus = 'verified' | 'mismatch' | 'not-verified' | 'failed';

export interface ArtifactCheck {
  uri: string | null;
  expected: string | null;
  status: ArtifactStatus;
  /** The digest computed, when the bytes were read whole. */
  actual?: string;
  bytes?: number;
  message: string;
}

export interface ArtifactOptions {
  /** Relative paths and file: URLs must resolve inside this directory (the repository checkout). */
  root: string;
  maxBytes: number;
  fetch?: typeof fetch;
  /** For the whole download, default 10 minutes. */
  timeoutMs?: number;
}

/** 2 GiB: room for most single-file models; raise `artifact-max-bytes` for more. */
export const DEFAULT_ARTIFACT_MAX_BYTES = 2 * 1024 ** 3;

const HEX64 = /^[0-9a-f]{64}$/;

class TooLarge extends Error {}

function hexDigest(value: unknown): string | null {
  return typeof value === 'string' && HEX64.test(value.toLowerCase()) ? value.toLowerCase() : null;
}

export function formatBytes(n: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) if (n >= size) return `${(n / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
  return `${n} B`;
}

async function hashStream(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ digest: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) throw new TooLarge();
    hash.update(chunk);
  }
  return { digest: hash.digest('hex'), bytes };
}

function compare(uri: string, expected: string, got: { digest: string; bytes: number }, where: string): ArtifactCheck {
  if (got.digest === expected) return { uri, expected, status: 'verified', actual: got.digest, bytes: got.bytes, message: `${where}: ${formatBytes(got.bytes)}, sha256 ${expected.slice(0, 16)}… matches the card` };
  return { uri, expected, status: 'mismatch', actual: got.digest, bytes: got.bytes, message: `${where}: sha256 is ${got.digest}, the card says ${expected}: these are not the bytes that were reviewed` };
}

async function localFile(uri: string, file: string, expected: string, o: ArtifactOptions): Promise<ArtifactCheck> {
  const root = await realpath(o.root);
  const abs = path.resolve(root, file);
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return { uri, expected, status: 'failed', message: `${file} does not exist in the checkout (${root})` };
  }
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) return { uri, expected, status: 'failed', message: `${file} resolves to ${real}, outside the checkout ${root}: refused` };
  // Opened once, without following a final symlink, and checked to be a regular file: no FIFO or device.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { uri, expected, status: 'failed', message: `${file} is not a regular file` };
    if (stat.size > o.maxBytes) return { uri, expected, status: 'failed', bytes: stat.size, message: `${file} is ${formatBytes(stat.size)}, over the ${formatBytes(o.maxBytes)} limit (artifact-max-bytes)` };
    const got = await hashStream(createReadStream('', { fd: handle, autoClose: false }), o.maxBytes);
    return compare(uri, expected, got, file);
  } catch (err) {
    if (err instanceof TooLarge) return { uri, expected, status: 'failed', message: `${file} grew past the ${formatBytes(o.maxBytes)} limit while it was read` };
    throw err;
  } finally {
    await handle.close();
  }
}

async function download(uri: string, expected: string, o: ArtifactOptions): Promise<ArtifactCheck> {
  const shown = redactUrl(uri);
  const parsed = new URL(uri);
  if (parsed.username || parsed.password) {
    return { uri: shown, expected, status: 'failed', message: `${shown}: artifact.uri carries credentials; a card is public to everyone who reads the registry, so credentials never belong there (give the runner access another way)` };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs ?? 600_000);
  try {
    const res = await (o.fetch ?? fetch)(uri, { signal: controller.signal, redirect: 'follow' });
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => {});
      return { uri: shown, expected, status: 'failed', message: `${shown} answered HTTP ${res.status}: the artifact is not reachable where the card says` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > o.maxBytes) {
      await res.body.cancel().catch(() => {});
      return { uri: shown, expected, status: 'failed', bytes: declared, message: `${shown} is ${formatBytes(declared)}, over the ${formatBytes(o.maxBytes)} limit (artifact-max-bytes)` };
    }
    const got = await hashStream(res.body as unknown as AsyncIterable<Uint8Array>, o.maxBytes);
    return compare(shown, expected, got, shown);
  } catch (err) {
    if (err instanceof TooLarge) {
      controller.abort();
      return { uri: shown, expected, status: 'failed', message: `${shown} sent more than the ${formatBytes(o.maxBytes)} limit (artifact-max-bytes); the download was stopped` };
    }
    const raw = controller.signal.aborted ? `no complete answer within ${Math.round((o.timeoutMs ?? 600_000) / 1000)} s` : ((err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message);
    const why = raw.split(uri).join(shown);
    return { uri: shown, expected, status: 'failed', message: `${shown} could not be downloaded: ${why}` };
  } finally {
    clearTimeout(timer);
  }
}

/** A URL without credentials or query (signed URLs carry secrets there), for messages and records. */
export function redactUrl(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = '';
    u.password = '';
    const query = u.search ? '?…' : '';
    u.search = '';
    u.hash = '';
    return `${u.toString()}${query}`;
  } catch {
    return uri;
  }
}

export async function verifyArtifact(artifact: { uri?: unknown; sha256?: unknown } | undefined, o: ArtifactOptions): Promise<ArtifactCheck> {
  const uri = typeof artifact?.uri === 'string' && artifact.uri !== '' ? artifact.uri : null;
  const expected = hexDigest(artifact?.sha256);
  if (!uri) return { uri, expected, status: 'failed', message: 'the card has no artifact.uri: there is nothing to verify or deploy' };
  if (!expected) return { uri: redactUrl(uri), expected, status: 'failed', message: 'the card has no artifact.sha256 of 64 hex characters: the artifact cannot be verified' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return download(uri, expected, o);
  if (scheme === 'file') {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch (err) {
      return { uri, expected, status: 'failed', message: `${uri} is not a usable file: URL (${(err as Error).message})` };
    }
    return localFile(uri, file, expected, o);
  }
  if (scheme === undefined || /^[a-z]:[\\/]/i.test(uri)) return localFile(uri, uri, expected, o);
  return { uri: redactUrl(uri), expected, status: 'not-verified', message: `${scheme}:// is not reachable from the runner by modelgate: the digest was not verified (verify it in your rollout step, e.g. compare the object's checksum)` };
}
