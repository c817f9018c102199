// One way to find and change an aggregate (complaint, inquiry, audit, improvement action,
// supervision report), so every command runs the same way inside its unit of work: lock the row
// (FOR UPDATE, so the outbox order equals the commit order per aggregate), load it in the
// caller's tenant and scope (404 otherwise: another tenant's looks the same), check If-Match,
// let the command decide, and write the change guarded by the version it was read at.
import { Conflict, expectVersion, NotFound } from '@aftersales/service-kit/domain';
import { type Identity } from '@aftersales/service-kit';
import { type Tx } from '../db/client';
import { type ComplaintContext } from './context';
import { runWork, userWork, type Work } from './unit-of-work';

export interface Versioned {
  id: string;
  tenantId: string;
  version: number;
}

/** Where an aggregate lives and who may see it. */
export interface Aggregate<Row extends { id: string; tenantId: string }, Data = never> {
  /** Table name, for the row lock. */
  table: string;
  /** As the caller reads it, capitalised: "Complaint", "Improvement action". */
  name: string;
  find(db: Tx, tenantId: string, id: string): Promise<Row | null>;
  /** Scope within the tenant (e.g. the caller's centres). */
  visibleTo(identity: Identity, row: Row): boolean;
  /** Writes `data` (and the columns derived from the state) where id and version still match, version + 1. */
  update?(tx: Tx, row: Row, data: Data): Promise<Row>;
}

/** The caller's command on one aggregate: who, which one, and the version they saw (If-Match). */
export interface Target {
  identity: Identity;
  id: string;
  /** From If-Match; undefined when the client sent none. */
  expectedVersion?: number;
}

/** "Complaint not found." (404): the same for a miss, another tenant's and another centre's. */
export const notFound = (aggregate: { name: string }) => new NotFound(`${aggregate.name} not found.`);

/** Reads one aggregate the caller may see, or throws NotFound. */
export async function findVisible<Row extends { id: string; tenantId: string }, Data>(
  db: Tx,
  aggregate: Aggregate<Row, Data>,
  identity: Identity,
  id: string,
): Promise<Row> {
  const row = await aggregate.find(db, identity.tenantId, id);
  if (!row || !aggregate.visibleTo(identity, row)) throw notFound(aggregate);
  return row;
}

/** Locks a row of the tenant until the transaction ends (a missing row locks nothing). */
export async function lockRow(tx: Tx, table: string, id: string, tenantId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT 1 FROM ${table} WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    tenantId,
  );
}

/** Runs `fn` on the locked, visible, version-checked aggregate as one unit of work. */
export function onAggregate<Row extends Versioned, Data, R>(
  ctx: ComplaintContext,
  aggregate: Aggregate<Row, Data>,
  target: Target,
  fn: (uow: Work, row: Row) => Promise<R>,
): Promise<R> {
  return runWork(ctx, userWork(ctx, target.identity), async (uow) => {
    await lockRow(uow.tx, aggregate.table, target.id, target.identity.tenantId);
    const row = await findVisible(uow.tx, aggregate, target.identity, target.id);
    expectVersion(target.expectedVersion, row.version);
    return fn(uow, row);
  });
}

/** Writes the change guarded by the row's version: a lost race is a Conflict, never a lost update. */
export async function saveVersioned<Row extends Versioned, Data>(
  tx: Tx,
  aggregate: Aggregate<Row, Data>,
  row: Row,
  data: Data,
): Promise<Row> {
  if (!aggregate.update) throw new Error(`${aggregate.table} is not changed by commands`);
  try {
    return await aggregate.update(tx, row, data);
  } catch (err) {
    // Prisma P2025: no row matched `where: { id, version }`.
    if ((err as { code?: unknown } | null)?.code === 'P2025')
      throw new Conflict(`${aggregate.name} ${row.id} was changed concurrently; fetch it again and retry.`);
    throw err;
  }
}
