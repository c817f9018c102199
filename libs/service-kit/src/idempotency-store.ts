// The idempotency_record table, the one way every service stores what an Idempotency-Key created:
// keyed by tenant AND user (another user's request with the same key is another request), and
// forgotten after a time to live (a replay after it runs as a new request; rows are pruned).
// Callers decide what to keep: the response (no personal data in it) or the resource id to render
// again (customer data stays out of this table).

/** The slice of a Prisma client (or transaction) this needs. */
export interface RawSql {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export interface IdempotencyKeyRef {
  tenantId: string;
  userId: string;
  scope: string;
  key: string;
}

export interface StoredIdempotency {
  requestHash: string;
  status: number;
  response: unknown;
  resourceId: string | null;
}

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
let ttlMs = DEFAULT_IDEMPOTENCY_TTL_MS;

/** How long keys are remembered in this process (startService sets IDEMPOTENCY_TTL_HOURS). */
export function setIdempotencyTtl(ms: number): void {
  ttlMs = ms;
}

/** The unexpired record of a key, if any. */
export async function findIdempotency(
  db: RawSql,
  ref: IdempotencyKeyRef,
): Promise<StoredIdempotency | undefined> {
  const [row] = await db.$queryRawUnsafe<
    { request_hash: string; status: number; response: unknown; resource_id: string | null }[]
  >(
    `SELECT request_hash, status, response, resource_id FROM idempotency_record
      WHERE tenant_id = $1 AND user_id = $2 AND scope = $3 AND key = $4 AND expires_at > now()`,
    ref.tenantId,
    ref.userId,
    ref.scope,
    ref.key,
  );
  return row
    ? {
        requestHash: row.request_hash,
        status: row.status,
        response: row.response,
        resourceId: row.resource_id,
      }
    : undefined;
}

/**
 * Records what the key created, in the creating transaction. Returns false when an unexpired
 * record of the key exists (a concurrent request won): the caller rolls back and replays it.
 */
export async function saveIdempotency(
  tx: RawSql,
  ref: IdempotencyKeyRef,
  record: { requestHash: string; status: number; response?: unknown; resourceId?: string },
): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<unknown[]>(
    `INSERT INTO idempotency_record
       (tenant_id, user_id, scope, key, request_hash, status, response, resource_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, now() + ($9::bigint * interval '1 millisecond'))
     ON CONFLICT (tenant_id, user_id, scope, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, response = EXCLUDED.response,
           resource_id = EXCLUDED.resource_id, created_at = now(), expires_at = EXCLUDED.expires_at
       WHERE idempotency_record.expires_at <= now()
     RETURNING 1`,
    ref.tenantId,
    ref.userId,
    ref.scope,
    ref.key,
    record.requestHash,
    record.status,
    record.response === undefined ? null : JSON.stringify(record.response),
    record.resourceId ?? null,
    ttlMs,
  );
  return rows.length > 0;
}

/** Deletes expired records (a maintenance sweep); returns how many. */
export async function pruneIdempotency(db: RawSql, batchSize = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(
      `DELETE FROM idempotency_record WHERE ctid IN (
         SELECT ctid FROM idempotency_record WHERE expires_at <= now() LIMIT $1)`,
      batchSize,
    );
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
