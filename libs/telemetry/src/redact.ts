// Query parameters that can carry personal data never reach a trace: customer search goes by
// phone, e-mail, name, VIN or plate (`GET /v1/customers?phone=...`), and the HTTP and undici
// instrumentations record the full URL (url.full, url.query, http.target, http.url) on the server
// and client spans of every hop. The processor rewrites those attributes when a span starts,
// before any exporter sees it.
import { type Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';

/** Parameter names (case-insensitive) whose values are replaced by REDACTED. */
export const PII_QUERY_PARAMS: readonly string[] = [
  'phone',
  'email',
  'name',
  'firstname',
  'lastname',
  'vin',
  'plate',
  'registration',
  'q',
  'search',
  'address',
  'code',
  'token',
];

const URL_ATTRIBUTES = ['url.full', 'url.query', 'http.target', 'http.url', 'url.original'];
const REDACTED = 'REDACTED';

/** The URL (or bare query string) with the values of PII parameters replaced. */
export function redactQuery(value: string, params: readonly string[] = PII_QUERY_PARAMS): string {
  const q = value.indexOf('?');
  const bare = q === -1 && value.includes('=') && !value.includes('/');
  if (q === -1 && !bare) return value;
  const head = bare ? '' : value.slice(0, q + 1);
  const query = bare ? value : value.slice(q + 1);
  const hashAt = query.indexOf('#');
  const [search, hash] = hashAt === -1 ? [query, ''] : [query.slice(0, hashAt), query.slice(hashAt)];
  const redact = new Set(params.map((p) => p.toLowerCase()));
  const parts = search.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // keep the raw name
    }
    return eq !== -1 && redact.has(decoded.toLowerCase()) ? `${name}=${REDACTED}` : pair;
  });
  return head + parts.join('&') + hash;
}

export class QueryRedactingSpanProcessor implements SpanProcessor {
  constructor(private readonly params: readonly string[] = PII_QUERY_PARAMS) {}

  onStart(span: Span, _parentContext: Context): void {
    for (const key of URL_ATTRIBUTES) {
      const value = span.attributes[key];
      if (typeof value === 'string') span.setAttribute(key, redactQuery(value, this.params));
    }
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
