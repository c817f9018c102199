// Contact data from the customer service, asked at send time: GET /v1/customers/{id} with a
// token of this service for the message's tenant (role service-advisor: a role that reads
// contact data decrypted, so the customer service records each read in its access log). Nothing
// of the answer is stored or logged; the sweep uses the address for one send.
import { issueToken, type IssueTokenOptions } from '@aftersales/service-kit';
import { type Contact, type ContactDirectory } from '../application/ports';

/** The identity this service acts as towards the customer service. */
export const SERVICE_USER_ID = 'service:notification';

export interface HttpContactDirectoryOptions {
  baseUrl: string;
  /** A bearer token for the tenant (mint with `serviceTokens` where the platform key is HS256). */
  tokenFor(tenantId: string): Promise<string>;
  timeoutMs?: number;
}

export class HttpContactDirectory implements ContactDirectory {
  constructor(private readonly opts: HttpContactDirectoryOptions) {}

  async lookup(tenantId: string, customerId: string): Promise<Contact> {
    const res = await fetch(
      `${this.opts.baseUrl.replace(/\/$/, '')}/v1/customers/${encodeURIComponent(customerId)}`,
      {
        headers: {
          authorization: `Bearer ${await this.opts.tokenFor(tenantId)}`,
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
      },
    );
    // 404 also answers a malformed id (400): either way there is nobody to write to.
    if (res.status === 404 || res.status === 400) return { status: 'unknown' };
    if (!res.ok) throw new Error(`customer service answered ${res.status}`);
    const view = (await res.json()) as {
      status?: string;
      piiAccess?: string;
      email?: unknown;
      phone?: unknown;
    };
    if (view.status === 'erased') return { status: 'erased' };
    if (view.piiAccess !== 'decrypted') throw new Error('customer service did not disclose contact data');
    return {
      status: 'active',
      email: typeof view.email === 'string' ? view.email : null,
      phone: typeof view.phone === 'string' ? view.phone : null,
    };
  }
}

/**
 * Tokens minted with the platform's HS256 key (development, the demo, tests), cached per tenant
 * until shortly before they expire. Production keys are asymmetric and held by the identity
 * provider: there clientCredentialsTokens supplies them.
 */
export function serviceTokens(opts: IssueTokenOptions): (tenantId: string) => Promise<string> {
  const ttlSeconds = opts.ttlSeconds ?? 3600;
  const cache = new Map<string, { token: string; until: number }>();
  return async (tenantId) => {
    const hit = cache.get(tenantId);
    if (hit && hit.until > Date.now()) return hit.token;
    const token = await issueToken(
      { ...opts, ttlSeconds },
      { userId: SERVICE_USER_ID, tenantId, dealerIds: '*', centreIds: '*', roles: ['service-advisor'] },
    );
    cache.set(tenantId, { token, until: Date.now() + (ttlSeconds - 60) * 1000 });
    return token;
  };
}

export interface ClientCredentialsOptions {
  /** The identity provider's token endpoint. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

/**
 * Production: this service is a machine client of the dealer group's identity provider (client
 * credentials) and asks the customer service through the gateway, which maps the client to its
 * tenant and role like any other system's (docs/security.md, "Machine clients"). The tenant comes
 * from that mapping, so a deployment serving several tenants registers one client per tenant;
 * `tenantId` is not sent. Tokens are reused until a minute before they expire.
 */
export function clientCredentialsTokens(
  opts: ClientCredentialsOptions,
): (tenantId: string) => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > Date.now()) return cached.token;
    const res = await fetch(opts.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(
          `${encodeURIComponent(opts.clientId)}:${encodeURIComponent(opts.clientSecret)}`,
        ).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
    // The provider's error body names the problem (invalid_client...), never a secret.
    if (!res.ok)
      throw new Error(`token endpoint answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    const body = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error('token endpoint answered no access_token');
    const ttlMs = (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000;
    cached = { token: body.access_token, until: Date.now() + Math.max(ttlMs - 60_000, ttlMs / 2) };
    return cached.token;
  };
}
