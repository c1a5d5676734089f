/**
 * Every provider request goes through here: a deadline on the whole exchange (headers and body),
 * a cap on the bytes read (streamed, so a huge or endless body is cut off rather than buffered),
 * JSON-only content types, no redirects (a redirect would carry DD-API-KEY-style headers to another
 * host), and error messages passed through the redactor because they may quote the URL.
 */
import type { Redactor } from '../redact.js';
import { ProviderError } from './errors.js';

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBytes: number;
  redactor: Redactor;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ProviderError(`response larger than ${maxBytes} bytes; refused`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

export async function fetchText(req: HttpRequest): Promise<string> {
  const r = req.redactor;
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: req.method ?? 'GET',
      headers: { accept: 'application/json', ...req.headers },
      ...(req.body !== undefined ? { body: req.body } : {}),
      redirect: 'error',
      signal: AbortSignal.timeout(req.timeoutMs),
    });
  } catch (err) {
    throw requestError(err, req);
  }
  try {
    const contentType = res.headers.get('content-type');
    if (res.status >= 400) {
      // A short excerpt helps diagnose (Prometheus explains bad queries in the body); more is noise.
      const text = await readCapped(res, Math.min(req.maxBytes, 64 * 1024)).catch(() => '');
      throw new ProviderError(r.redact(`HTTP ${res.status} from ${req.url}${text ? `: ${text.slice(0, 300).replace(/\s+/g, ' ')}` : ''}`), res.status >= 500 || res.status === 429);
    }
    if (!isJsonType(contentType)) {
      await res.body?.cancel().catch(() => undefined);
      throw new ProviderError(r.redact(`${req.url} answered with content type ${JSON.stringify(contentType ?? '')}, not JSON`));
    }
    return await readCapped(res, req.maxBytes);
  } catch (err) {
    if (err instanceof ProviderError) throw new ProviderError(r.redact(err.message), err.transient);
    throw requestError(err, req);
  }
}

function requestError(err: unknown, req: HttpRequest): ProviderError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new ProviderError(req.redactor.redact(`no complete answer from ${req.url} within ${req.timeoutMs} ms (timed out)`), true);
  }
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return new ProviderError(req.redactor.redact(`request to ${req.url} failed: ${cause}`), true);
}
