// Per-customer envelope encryption: a customer's PII and survey comments are sealed with the
// customer's own data key; the data key is stored wrapped by a master key. Destroying the
// wrapped data key (erasure) makes every ciphertext of that customer unreadable for good.
import { newDataKey, open, seal } from './aes-gcm';
import { type MasterKeyring, type WrappedKey } from './keyring';

/** Associated data for each kind of ciphertext, binding it to its owner and row. */
export const aad = {
  dataKey: (tenantId: string, customerId: string) => `data-key:${tenantId}:${customerId}`,
  pii: (customerId: string) => `pii:${customerId}`,
  surveyComment: (surveyId: string) => `survey-comment:${surveyId}`,
  erasureReason: (requestId: string) => `erasure-reason:${requestId}`,
};

export class PiiCipher {
  constructor(private readonly keyring: MasterKeyring) {}

  /** A new data key for a customer, returned in clear (for this request only) and wrapped (to store). */
  newCustomerKey(tenantId: string, customerId: string): { dataKey: Buffer; wrapped: WrappedKey } {
    const dataKey = newDataKey();
    return { dataKey, wrapped: this.keyring.wrap(dataKey, aad.dataKey(tenantId, customerId)) };
  }

  dataKeyOf(tenantId: string, customerId: string, wrapped: WrappedKey): Buffer {
    return this.keyring.unwrap(wrapped, aad.dataKey(tenantId, customerId));
  }

  sealJson(dataKey: Uint8Array, value: unknown, context: string): Buffer {
    return seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), context);
  }

  openJson<T>(dataKey: Uint8Array, sealed: Uint8Array, context: string): T {
    return JSON.parse(open(dataKey, sealed, context).toString('utf8')) as T;
  }
}
