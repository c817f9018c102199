// The stored half of the public stream's pseudonyms (domain/pseudonym.ts): one random secret per
// customer and per vehicle, drawn the first time an outcome names them, deleted with the
// customer's erasure.
import { randomBytes } from 'node:crypto';
import { type Tx } from '../db/client';
import { type Pseudonymiser, type SubjectKind } from '../domain/pseudonym';

/** The subject's pseudonym, drawing its secret on first use (concurrent callers get the same one). */
export async function pseudonymOf(
  tx: Tx,
  pseudonyms: Pseudonymiser,
  tenantId: string,
  kind: SubjectKind,
  subjectId: string,
): Promise<string> {
  // On conflict the no-op update returns the row that won, so both transactions see one secret.
  const [row] = await tx.$queryRaw<{ secret: Uint8Array }[]>`
    INSERT INTO pseudonym_secret (tenant_id, subject_kind, subject_id, secret)
    VALUES (${tenantId}, ${kind}, ${subjectId}, ${randomBytes(32)})
    ON CONFLICT (tenant_id, subject_kind, subject_id) DO UPDATE SET secret = pseudonym_secret.secret
    RETURNING secret`;
  return pseudonyms.pseudonymOf(tenantId, kind, Buffer.from(row!.secret));
}

/**
 * Erasure: deletes the customer's secret and those of the vehicles their orders named, so none of
 * their pseudonyms can be recomputed or linked again (a vehicle serviced later, e.g. under a new
 * owner, gets a new one). Runs before the facts lose the customer id.
 */
export async function destroyPseudonymSecrets(tx: Tx, tenantId: string, customerId: string): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM pseudonym_secret
     WHERE tenant_id = ${tenantId}
       AND ((subject_kind = 'customer' AND subject_id = ${customerId})
         OR (subject_kind = 'vehicle' AND subject_id IN (
               SELECT data->>'vehicleId' FROM event_fact
                WHERE tenant_id = ${tenantId} AND data->>'customerId' = ${customerId}
                  AND data ? 'vehicleId')))`;
}
