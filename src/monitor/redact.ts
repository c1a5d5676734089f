/**
 * Secrets must not reach any output or record, including error messages that echo a URL or a
 * header back. Every string leaving the monitor goes through one Redactor that knows the secrets
 * in use, rather than each call site remembering to scrub.
 */
export class Redactor {
  private readonly secrets: string[] = [];

  add(secret: string | undefined): void {
    // Very short values would redact ordinary text; a real token is never this short.
    if (secret && secret.length >= 4 && !this.secrets.includes(secret)) {
      this.secrets.push(secret);
      // Longest first, so a secret containing another is replaced whole.
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) {
      // URL-encoded forms appear when a secret lands in a query string.
      for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join('***');
    }
    // Credentials written into a URL (scheme://user:password@host) are masked wherever they appear.
    return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, '$1***@');
  }
}

/** Environment variables that carry provider credentials; their values are always redacted. */
export const CREDENTIAL_ENV = ['MODELGATE_PROMETHEUS_TOKEN', 'MODELGATE_HTTP_TOKEN', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY'] as const;

export function redactorFor(env: Record<string, string | undefined>): Redactor {
  const r = new Redactor();
  for (const name of CREDENTIAL_ENV) r.add(env[name]);
  return r;
}
