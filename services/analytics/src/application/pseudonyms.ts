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
 * The pseudonyms of many subjects with one upsert (rows written in key order, so two emitters
 * naming the same subjects cannot deadlock). Returns a lookup by tenant, kind and subject.
 */
export async function pseudonymsOf(
  tx: Tx,
  pseudonyms: Pseudonymiser,
  subjects: readonly { tenantId: string; kind: SubjectKind; id: string }[],
): Promise<(tenantId: string, kind: SubjectKind, subjectId: string) => string> {
  const key = (t: string, k: string, id: string) => `${t}\u0000${k}\u0000${id}`;
  const unique = new Map(subjects.map((s) => [key(s.tenantId, s.kind, s.id), s]));
  const list = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
  const secrets = new Map<string, Buffer>();
  if (list.length > 0) {
    const rows = await tx.$queryRawUnsafe<{ t: string; k: string; s: string; secret: Uint8Array }[]>(
      `INSERT INTO pseudonym_secret (tenant_id, subject_kind, subject_id, secret)
       SELECT t, k, s, x FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[]) WITH ORDINALITY AS r(t, k, s, x, n)
        ORDER BY n
       ON CONFLICT (tenant_id, subject_kind, subject_id) DO UPDATE SET secret = pseudonym_secret.secret
       RETURNING tenant_id AS t, subject_kind AS k, subject_id AS s, secret`,
      list.map((s) => s.tenantId),
      list.map((s) => s.kind),
      list.map((s) => s.id),
      list.map(() => randomBytes(32)),
    );
    for (const r of rows) secrets.set(key(r.t, r.k, r.s), Buffer.from(r.secret));
  }
  return (tenantId, kind, subjectId) => {
    const secret = secrets.get(key(tenantId, kind, subjectId));
    if (!secret) throw new Error(`no pseudonym secret for ${kind} ${subjectId}`);
    return pseudonyms.pseudonymOf(tenantId, kind, secret);
  };
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
