// PII access audit: written before anything is decrypted, so a read that cannot be recorded
// does not happen. One row per customer whose data a response shows.
import { type Identity } from '@aftersales/service-kit';
import { type PrismaClient, type Tx } from '../db/client';

/** Who reads personal data, and why: the API builds it from the request. */
export interface Reader {
  identity: Identity;
  /** "GET /v1/customers/:id": the route pattern, so the purpose is clear and carries no PII. */
  purpose: string;
  requestId: string | null;
}

export async function recordPiiAccess(
  db: PrismaClient | Tx,
  reader: Reader,
  customerIds: readonly string[],
): Promise<void> {
  if (customerIds.length === 0) return;
  const me = reader.identity;
  await db.piiAccessLog.createMany({
    data: [...new Set(customerIds)].map((customerId) => ({
      tenantId: me.tenantId,
      customerId,
      userId: me.userId,
      roles: [...me.roles],
      purpose: reader.purpose,
      requestId: reader.requestId,
    })),
  });
}
