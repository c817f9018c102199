// A customer's erasure in analytics: analytics holds no text about a customer, only the link from
// facts and views to the customer id. The link is cut (customerId removed from the stored facts,
// the order view and its completion record) and remembered, so facts of that customer arriving
// later (an order still open at erasure time) are stored without it, and so a rebuild, which
// replays the erasure too, ends the same way. The secrets behind the customer's and their
// vehicles' pseudonyms are destroyed first (while the facts still name the customer), so later
// service outcomes carry no customer pseudonym and no one can link the published ones again.
import { type Tx } from '../db/client';
import { destroyPseudonymSecrets } from './pseudonyms';

export async function unlinkCustomer(tx: Tx, tenantId: string, customerId: string, at: Date): Promise<void> {
  await destroyPseudonymSecrets(tx, tenantId, customerId);
  await tx.$executeRaw`
    INSERT INTO erased_customer (tenant_id, customer_id, erased_at) VALUES (${tenantId}, ${customerId}, ${at})
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    UPDATE event_fact SET data = data - 'customerId'
     WHERE tenant_id = ${tenantId} AND data->>'customerId' = ${customerId}`;
  await tx.$executeRaw`
    UPDATE order_view
       SET customer_id = NULL,
           completion = CASE WHEN jsonb_typeof(completion) = 'object' THEN completion - 'customerId' ELSE completion END
     WHERE tenant_id = ${tenantId} AND customer_id = ${customerId}`;
}

/** The event's data without customerId when that customer was erased (else unchanged). */
export async function withoutErasedCustomer(tx: Tx, tenantId: string, data: unknown): Promise<unknown> {
  const customerId = (data as { customerId?: unknown } | null)?.customerId;
  if (typeof customerId !== 'string') return data;
  const [erased] = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM erased_customer WHERE tenant_id = ${tenantId} AND customer_id = ${customerId}`;
  if (!erased) return data;
  const { customerId: _dropped, ...rest } = data as Record<string, unknown>;
  return rest;
}
