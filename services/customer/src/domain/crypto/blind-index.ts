// Blind indexes: a keyed HMAC-SHA256 of a normalised value lets the database answer "which
// customer has this exact phone/email" without holding the value. The index key is separate from
// the encryption keys, and each field has its own domain prefix so equal strings in different
// fields give different digests.
import { createHmac } from 'node:crypto';

export type IndexedField = 'phone' | 'email' | 'name-token';

export class BlindIndexer {
  constructor(private readonly key: Uint8Array) {
    if (key.length < 32) throw new RangeError('The blind-index key must be at least 32 bytes.');
  }

  /** `normalised` must already be canonical (E.164 phone, lower-cased email, a name token). */
  of(field: IndexedField, tenantId: string, normalised: string): string {
    return createHmac('sha256', this.key)
      .update(`${field}\u0000${tenantId}\u0000${normalised}`, 'utf8')
      .digest('hex');
  }

  /** Keyed digest of a request body, for idempotency records (a plain hash of PII is guessable). */
  digest(purpose: string, text: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\u0000${text}`, 'utf8').digest('hex');
  }
}
