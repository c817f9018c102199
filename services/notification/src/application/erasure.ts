// A customer's erasure (customer.erased): forget their wishes and aggregate links, cancel what
// was not sent yet, and drop the address hashes and template variables of their messages. The
// rows stay (ids, statuses, times) as the delivery record, with nothing that points to a person
// beyond the customer id every service keeps.
import { type Tx } from '../db/client';

export async function eraseCustomer(
  tx: Tx,
  tenantId: string,
  customerId: string,
): Promise<{ cancelled: number; redacted: number }> {
  await tx.customerPreference.deleteMany({ where: { tenantId, customerId } });
  await tx.subjectLink.deleteMany({ where: { tenantId, customerId } });
  const cancelled = await tx.message.updateMany({
    where: { tenantId, customerId, status: { in: ['pending', 'failed'] } },
    data: { status: 'cancelled', nextAttemptAt: null, lastError: 'customer-erased' },
  });
  const redacted = await tx.message.updateMany({
    where: { tenantId, customerId },
    data: { addressHash: null, variables: {} },
  });
  return { cancelled: cancelled.count, redacted: redacted.count };
}
