// The end of a replay (rebuild): the chunks stored only facts (storeReplayedEvents), so every view
// row is now computed once from all facts, a page of aggregates per transaction (locked, as the
// live consumer locks them, so a live recompute running next to the rebuild is never overwritten
// by an older one), and then every service outcome that became due is emitted. The result equals
// projecting event after event (test/replay.test.ts compares it with the per-event reference).
import { type PrismaClient, type Tx } from '../db/client';
import { emitOutcomesIfDue, type OutcomePublishing } from '../application/outcomes';
import { lockAggregates, recomputeViewRange, VIEW_STREAMS, type AggregateKey } from './project-batch';

export interface ReplayFinish {
  /** Aggregates whose view rows were computed. */
  aggregates: number;
  /** Service outcomes emitted for the first time. */
  outcomes: number;
}

export interface FinishOptions {
  timeZone: string;
  now: Date;
  outcomes: OutcomePublishing;
  /**
   * Aggregates per transaction (default 1,000). Each holds an advisory lock until its page
   * commits, and two pages are in flight: PostgreSQL's shared lock table has room for about
   * max_locks_per_transaction x max_connections (6,400 by default) locks in all; pages of 5,000
   * ran out of it ("out of shared memory").
   */
  pageSize?: number;
  /** After each page: aggregates done so far. */
  onProgress?: (aggregates: number) => void;
}

const TX = { timeout: 120_000, maxWait: 10_000 };

export async function finishReplay(prisma: PrismaClient, opts: FinishOptions): Promise<ReplayFinish> {
  // The facts were just bulk-loaded into an emptied table: without fresh statistics the planner
  // sorts the whole table for every page instead of walking the aggregate index.
  await prisma.$executeRawUnsafe('ANALYZE event_fact');
  const aggregates = await computeAllViews(prisma, opts);
  const outcomes = await emitAllDueOutcomes(prisma, opts.now, opts.outcomes);
  return { aggregates, outcomes };
}

/**
 * Every aggregate with a view, in key order, a page at a time: the page's keys from a bounded scan
 * of the facts' aggregate index (cut where the tenant or stream changes), then, in the page's
 * transaction, their locks and one range read of their facts. Two pages are in flight at once
 * (their ranges do not overlap), so the client reduces one while the database works on the other.
 */
async function computeAllViews(prisma: PrismaClient, opts: FinishOptions): Promise<number> {
  const pageFacts = (opts.pageSize ?? 1_000) * 4; // about four facts per aggregate
  let after: AggregateKey = { t: '', s: '' as AggregateKey['s'], a: '' };
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  for (;;) {
    const keys = await prisma.$queryRawUnsafe<AggregateKey[]>(
      `SELECT DISTINCT t, s, a FROM (
         SELECT tenant_id AS t, stream AS s, aggregate_id AS a FROM event_fact
          WHERE (tenant_id, stream, aggregate_id) > ($1, $2, $3) AND stream = ANY($4::text[])
          ORDER BY 1, 2, 3 LIMIT $5) AS x
        ORDER BY 1, 2, 3`,
      after.t,
      after.s,
      after.a,
      VIEW_STREAMS,
      pageFacts,
    );
    if (keys.length === 0) break;
    const first = keys[0]!;
    const page = keys.filter((k) => k.t === first.t && k.s === first.s);
    const last = page[page.length - 1]!;
    if (inFlight.size >= 2) await Promise.race(inFlight);
    const pageDone: Promise<void> = prisma
      .$transaction(async (tx: Tx) => {
        await lockAggregates(tx, page);
        await recomputeViewRange(tx, first, first.a, last.a, opts.timeZone);
      }, TX)
      .then(() => {
        inFlight.delete(pageDone);
        done += page.length;
        opts.onProgress?.(done);
      });
    inFlight.add(pageDone);
    after = last;
  }
  await Promise.all(inFlight);
  return done;
}

/**
 * Every order that is closed, completed and surveyed but has no outcome logged yet: on a running
 * deployment's rebuild none (the logs are kept), on a new deployment's first replay all of them.
 */
async function emitAllDueOutcomes(
  prisma: PrismaClient,
  now: Date,
  outcomes: OutcomePublishing,
): Promise<number> {
  const due = await prisma.$queryRawUnsafe<{ t: string; o: string }[]>(
    `SELECT v.tenant_id AS t, v.repair_order_id AS o FROM order_view v
      WHERE v.closed_at IS NOT NULL AND v.completed_at IS NOT NULL AND v.completion IS NOT NULL
        AND EXISTS (SELECT 1 FROM survey_view s WHERE s.tenant_id = v.tenant_id AND s.repair_order_id = v.repair_order_id)
        AND NOT EXISTS (SELECT 1 FROM service_outcome_log l
                         WHERE l.tenant_id = v.tenant_id AND l.repair_order_id = v.repair_order_id)
      ORDER BY 1, 2`,
  );
  let emitted = 0;
  for (let i = 0; i < due.length; i += 500) {
    const page = due.slice(i, i + 500);
    emitted += await prisma.$transaction(
      (tx: Tx) =>
        emitOutcomesIfDue(
          tx,
          page.map((c) => ({ tenantId: c.t, repairOrderId: c.o })),
          'complete',
          now,
          outcomes,
        ),
      TX,
    );
  }
  return emitted;
}
