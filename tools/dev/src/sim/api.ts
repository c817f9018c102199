// The seed's and the simulator's only way into the platform: the gateway's public /v1 API with a
// development token per role, so every write goes through the real services, their outboxes,
// Kafka and the consumers. A failed request never stops the run: it logs one line, counts it and
// returns undefined; the caller moves on.
import { issueToken, type Role } from '@aftersales/service-kit';

export interface AuthSettings {
  secret: string;
  issuer: string;
  audience: string;
}

// Response bodies are whatever JSON the service sent; callers read the fields they need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface ApiResult {
  status: number;
  body: Body;
  headers: Headers;
}

export interface ApiStats {
  requests: number;
  failures: number;
  /** The last few failure lines, for the end-of-run report. */
  recentFailures: string[];
}

export interface RequestOptions {
  idempotencyKey?: string;
  ifMatch?: string | number;
  /** Statuses that are an expected answer, not a failure (e.g. 404 when checking existence). */
  expect?: number[];
  /**
   * Another person of the role (userId `demo-sim-<role>-<user>`): four eyes, e.g. a purchase order
   * above the approval threshold is approved by a different officer than the one who created it.
   */
  user?: string;
}

export class Api {
  readonly stats: ApiStats = { requests: 0, failures: 0, recentFailures: [] };
  private readonly tokens = new Map<string, { token: string; renewAt: number }>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly gatewayUrl: string,
    private readonly auth: AuthSettings,
    readonly tenantId: string,
    private readonly opts: { concurrency?: number; warn?: (line: string) => void } = {},
  ) {}

  private async tokenFor(role: Role, user?: string): Promise<string> {
    const userId = user ? `demo-sim-${role}-${user}` : `demo-sim-${role}`;
    const cached = this.tokens.get(userId);
    if (cached && cached.renewAt > Date.now()) return cached.token;
    const token = await issueToken(
      { ...this.auth, ttlSeconds: 3_600 },
      {
        userId,
        tenantId: this.tenantId,
        dealerIds: '*',
        centreIds: '*',
        roles: [role],
      },
    );
    this.tokens.set(userId, { token, renewAt: Date.now() + 50 * 60_000 });
    return token;
  }

  /** At most `concurrency` requests in flight, so the simulator cannot swamp a 2-core machine. */
  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= (this.opts.concurrency ?? 16)) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  async request(
    role: Role,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResult | undefined> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${await this.tokenFor(role, options.user)}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (options.ifMatch !== undefined)
      headers['if-match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch;
    this.stats.requests++;
    try {
      const res = await this.slot(() =>
        fetch(this.gatewayUrl + path, {
          method,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(30_000),
        }),
      );
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON
      }
      if (res.ok || options.expect?.includes(res.status))
        return { status: res.status, body: parsed, headers: res.headers };
      const detail =
        parsed && typeof parsed === 'object'
          ? ((parsed as { detail?: string; title?: string }).detail ?? (parsed as { title?: string }).title)
          : text;
      this.fail(`${method} ${path} -> ${res.status} ${String(detail ?? '').slice(0, 160)}`);
      return undefined;
    } catch (err) {
      this.fail(`${method} ${path} -> ${(err as Error).message}`);
      return undefined;
    }
  }

  private fail(line: string): void {
    this.stats.failures++;
    this.stats.recentFailures.push(line);
    if (this.stats.recentFailures.length > 20) this.stats.recentFailures.shift();
    this.opts.warn?.(`sim: warning: ${line}`);
  }

  get = (role: Role, path: string, options?: RequestOptions) =>
    this.request(role, 'GET', path, undefined, options);
  post = (role: Role, path: string, body: unknown = {}, options?: RequestOptions) =>
    this.request(role, 'POST', path, body, options);
  put = (role: Role, path: string, body: unknown, options?: RequestOptions) =>
    this.request(role, 'PUT', path, body, options);

  /** Every item of a paginated list (follows nextCursor). */
  async all(role: Role, path: string): Promise<Body[] | undefined> {
    const items: Body[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await this.get(
        role,
        `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (!res) return undefined;
      items.push(...(res.body.items ?? []));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }
}
