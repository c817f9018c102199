// Pseudonyms for the public service-outcome stream: BI teams count repeat customers and vehicles
// without learning who they are. pseudonym = HMAC-SHA256(tenant key, kind ‖ subject secret),
// 128 bits in base64url, where
// - the tenant key is derived (HKDF) from the deployment's pseudonym key and the tenant id, so
//   two tenants never share a pseudonym and the key never leaves the analytics service;
// - the subject secret is 32 random bytes drawn once per customer or vehicle and stored by
//   analytics; the customer's erasure deletes it, after which no one, not even with the key, can
//   compute that pseudonym again or tell it belonged to anyone.
// Rotating the key (a new ANALYTICS_PSEUDONYM_KEY_ID) gives everyone new pseudonyms from then on;
// events carry the key id, so consumers compare pseudonyms only within one id (docs/security.md).
import { createHmac, hkdfSync } from 'node:crypto';

export type SubjectKind = 'customer' | 'vehicle';

/** 22 base64url characters: the first 128 bits of the HMAC (the contracts' Pseudonym). */
export const PSEUDONYM_LENGTH = 22;

const HKDF_INFO = 'aftersales/service-outcome/pseudonym';

export class Pseudonymiser {
  private readonly tenantKeys = new Map<string, Buffer>();

  constructor(
    /** Published with every pseudonym, so consumers know when pseudonyms were re-keyed. */
    readonly keyId: string,
    private readonly key: Buffer,
  ) {
    if (key.length < 32) throw new Error('the pseudonym key must be at least 32 bytes');
  }

  pseudonymOf(tenantId: string, kind: SubjectKind, secret: Buffer): string {
    return createHmac('sha256', this.tenantKey(tenantId))
      .update(`${kind}:`)
      .update(secret)
      .digest('base64url')
      .slice(0, PSEUDONYM_LENGTH);
  }

  private tenantKey(tenantId: string): Buffer {
    let key = this.tenantKeys.get(tenantId);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.key, Buffer.from(tenantId, 'utf8'), HKDF_INFO, 32));
      this.tenantKeys.set(tenantId, key);
    }
    return key;
  }
}
