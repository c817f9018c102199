// Master-key rotation without downtime: data keys wrapped by an older master key are re-wrapped
// under the active one in small transactions (rows locked with SKIP LOCKED, so two rotations or
// an erasure never block each other for long). Reads keep working throughout because the keyring
// unwraps with any configured key. The PII ciphertexts are untouched: only data keys change.
import { z } from 'zod';
import { aad } from '../domain/crypto/pii-cipher';
import { type CustomerDeps } from './deps';

export const RotationResultSchema = z.object({
  activeKeyId: z.string(),
  rewrapped: z.int().min(0),
  failed: z
    .int()
    .min(0)
    .describe('Data keys whose master key is not configured here (cannot be re-wrapped by this instance)'),
  remaining: z.int().min(0).describe('Still wrapped by another master key after the run'),
});

export type RotationResult = z.infer<typeof RotationResultSchema>;

interface KeyRow {
  id: string;
  tenant_id: string;
  customer_id: string;
  master_key_id: string;
  wrapped_key: Uint8Array;
}

export async function rotateDataKeys(
  deps: Pick<CustomerDeps, 'prisma' | 'keyring' | 'rotationBatchSize'>,
  batchSize = deps.rotationBatchSize,
): Promise<RotationResult> {
  const active = deps.keyring.activeKeyId;
  const skipped: string[] = [];
  let rewrapped = 0;
  for (;;) {
    const done = await deps.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<KeyRow[]>`
        SELECT id, tenant_id, customer_id, master_key_id, wrapped_key FROM customer_data_key
        WHERE master_key_id <> ${active} AND NOT (id = ANY(${skipped}::uuid[]))
        ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      let count = 0;
      for (const row of rows) {
        if (!deps.keyring.knows(row.master_key_id)) {
          skipped.push(row.id);
          continue;
        }
        const next = deps.keyring.rewrap(
          { masterKeyId: row.master_key_id, wrapped: row.wrapped_key },
          aad.dataKey(row.tenant_id, row.customer_id),
        );
        await tx.customerDataKey.update({
          where: { id: row.id },
          data: {
            masterKeyId: next.masterKeyId,
            wrappedKey: Buffer.from(next.wrapped),
            rewrappedAt: new Date(),
          },
        });
        count++;
      }
      return { fetched: rows.length, count };
    });
    rewrapped += done.count;
    if (done.fetched === 0) break;
  }
  const remaining = await deps.prisma.customerDataKey.count({ where: { masterKeyId: { not: active } } });
  return { activeKeyId: active, rewrapped, failed: skipped.length, remaining };
}
