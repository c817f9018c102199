// PII access audit: written before anything is decrypted, so a read that cannot be recorded
// does not happen. One row per customer whose data a response shows.
import type { Request } from 'express';
import { identityOf, requestIdOf } from '@aftersales/service-kit';
import { type PrismaClient, type Tx } from '../db/client';

/** "GET /v1/customers/:id": the route pattern, so the purpose is clear and carries no PII. */
export function purposeOf(req: Request): string {
  const routePath =
    typeof req.route?.path === 'string' ? (req.route.path === '/' ? '' : req.route.path) : req.path;
  return `${req.method} ${req.baseUrl}${routePath}`;
}

export async function recordPiiAccess(
  db: PrismaClient | Tx,
  req: Request,
  customerIds: readonly string[],
): Promise<void> {
  if (customerIds.length === 0) return;
  const me = identityOf(req);
  const purpose = purposeOf(req);
  const requestId = requestIdOf(req) ?? null;
  await db.piiAccessLog.createMany({
    data: [...new Set(customerIds)].map((customerId) => ({
      tenantId: me.tenantId,
      customerId,
      userId: me.userId,
      roles: [...me.roles],
      purpose,
      requestId,
    })),
  });
}
