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
 * provider: there a client-credentials grant would supply them (not built yet).
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
