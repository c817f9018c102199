// The set-based projection: the events of one consumer chunk (new to the inbox, in offset order)
// projected with a fixed number of statements, whatever the chunk size: the centre directory and
// the part catalogue as one multi-row upsert each, the customers' erasures, the facts as one
// multi-row insert, then one read of all facts of the aggregates that got new ones, the pure
// reducers (domain/projections.ts), and one bulk upsert per view table. It ends in exactly the
// state the per-event path (project-reference.ts) leaves, event after event; test/backlog.test.ts
// compares the two on the same topics.
import { type AnyEvent, type EventType } from '@aftersales/contracts';
import { type Tx } from '../db/client';
import { saveViewRows, type ViewTable } from '../db/bulk-views';
import {
  reduceComplaint,
  reduceEmergency,
  reduceOrder,
  reducePartsRequest,
  reduceReceipt,
  reduceRescue,
  reduceSurvey,
  streamOf,
  type Fact,
  type Stream,
} from '../domain/projections';
import { unlinkCustomer } from '../application/erasure';
import { emitOutcomesIfDue, type OutcomePublishing } from '../application/outcomes';
import { outcomeOrderOf } from './outcome-trigger';

/** Projects the events and emits the service outcomes they make due, in the caller's transaction. */
export async function applyEvents(
  tx: Tx,
  events: readonly AnyEvent[],
  now: Date,
  timeZone: string,
  outcomes: OutcomePublishing,
): Promise<void> {
  const unique = firstOfEachId(events);
  await projectBatch(tx, unique, timeZone);
  await emitDueOutcomes(tx, unique, now, outcomes);
}

export async function projectBatch(
  tx: Tx,
  events: readonly AnyEvent[],
  /** The reporting time zone: the views' `day` is the local date there. */
  timeZone: string,
): Promise<void> {
  const fresh = await storeFacts(tx, events, { lock: true });
  if (fresh.length > 0) await recomputeViews(tx, fresh, timeZone);
}

/**
 * A replay's chunk (rebuild): the directories, erasures and facts only. The views are computed
 * once from all facts when the replay has caught up (project-replay.ts), instead of after every
 * chunk: an order's events come in many chunks (its topics are replayed one batch at a time).
 * No locks: the final computation takes them, after every fact of the replay is stored.
 */
export async function storeReplayedEvents(tx: Tx, events: readonly AnyEvent[]): Promise<void> {
  await storeFacts(tx, firstOfEachId(events), { lock: false });
}

/** Stores what the views are computed from; returns the aggregates that got new facts (when locking). */
async function storeFacts(
  tx: Tx,
  events: readonly AnyEvent[],
  opts: { lock: boolean },
): Promise<AggregateKey[]> {
  await noteCentres(tx, events);
  await noteParts(tx, events);
  const erasures = erasuresOf(events);
  const facts = await factsToStore(tx, events, erasures);
  let fresh: AggregateKey[] = [];
  if (facts.length > 0) {
    if (opts.lock) {
      await lockAggregates(tx, facts);
      fresh = await insertFacts(tx, facts);
    } else await insertFactsOnly(tx, facts);
  }
  // After the facts (stored without the ids already), before the views are recomputed from facts.
  if (erasures.size > 0) await unlinkCustomers(tx, [...erasures.values()]);
  return fresh;
}

const firstOfEachId = (events: readonly AnyEvent[]) => {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
};

/**
 * The centre directory: per centre, the region of its last event in this batch wins and the type
 * is the last one named (COALESCE with the stored one), as event-after-event upserts would leave it.
 */
async function noteCentres(tx: Tx, events: readonly AnyEvent[]): Promise<void> {
  const centres = new Map<string, { t: string; c: string; r: string; y: string | null }>();
  for (const event of events) {
    const d = event.data as { centreId?: unknown; regionId?: unknown; centreType?: unknown };
    if (typeof d.centreId !== 'string' || typeof d.regionId !== 'string') continue;
    const key = `${event.tenantId}\u0000${d.centreId}`;
    const type = typeof d.centreType === 'string' ? d.centreType : null;
    centres.set(key, {
      t: event.tenantId,
      c: d.centreId,
      r: d.regionId,
      y: type ?? centres.get(key)?.y ?? null,
    });
  }
  if (centres.size === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO centre_directory (tenant_id, centre_id, region_id, centre_type)
     SELECT r.t, r.c, r.r, r.y FROM jsonb_to_recordset($1::jsonb) AS r(t text, c text, r text, y text)
      -- rows already as they would be written are left alone: an upsert would lock them until
      -- commit, and a replay names the same centres in every chunk
      WHERE NOT EXISTS (SELECT 1 FROM centre_directory d
                         WHERE d.tenant_id = r.t AND d.centre_id = r.c AND d.region_id = r.r
                           AND d.centre_type IS NOT DISTINCT FROM COALESCE(r.y, d.centre_type))
     ON CONFLICT (tenant_id, centre_id) DO UPDATE
       SET region_id = EXCLUDED.region_id,
           centre_type = COALESCE(EXCLUDED.centre_type, centre_directory.centre_type)`,
    JSON.stringify(sortedValues(centres)),
  );
}

/** The part catalogue: per part the highest version of the batch (the first of equals), if newer. */
async function noteParts(tx: Tx, events: readonly AnyEvent[]): Promise<void> {
  const parts = new Map<string, AnyEvent & { type: 'part.registered' | 'part.updated' }>();
  for (const event of events) {
    if (event.type !== 'part.registered' && event.type !== 'part.updated') continue;
    const key = `${event.tenantId}\u0000${event.data.partId}`;
    const kept = parts.get(key);
    if (!kept || kept.data.version < event.data.version) parts.set(key, event);
  }
  if (parts.size === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO part_catalogue (tenant_id, part_id, part_number, description, category, unit_of_measure, abc_class, version)
     SELECT r.t, r."partId", r."partNumber", r.description, r.category, r."unitOfMeasure", r."abcClass", r.version
       FROM jsonb_to_recordset($1::jsonb)
            AS r(t text, "partId" text, "partNumber" text, description text, category text,
                 "unitOfMeasure" text, "abcClass" text, version int)
      WHERE NOT EXISTS (SELECT 1 FROM part_catalogue p
                         WHERE p.tenant_id = r.t AND p.part_id = r."partId" AND p.version >= r.version)
     ON CONFLICT (tenant_id, part_id) DO UPDATE
       SET part_number = EXCLUDED.part_number, description = EXCLUDED.description,
           category = EXCLUDED.category, unit_of_measure = EXCLUDED.unit_of_measure,
           abc_class = EXCLUDED.abc_class, version = EXCLUDED.version
       WHERE part_catalogue.version < EXCLUDED.version`,
    JSON.stringify(sortedValues(parts).map((e) => ({ t: e.tenantId, ...e.data }))),
  );
}

interface Erasure {
  tenantId: string;
  customerId: string;
  at: Date;
}

/** The batch's customer erasures, the first of each customer (its time is the one recorded). */
function erasuresOf(events: readonly AnyEvent[]): Map<string, Erasure> {
  const erasures = new Map<string, Erasure>();
  for (const event of events) {
    if (event.type !== 'customer.erased') continue;
    const key = `${event.tenantId}\u0000${event.data.customerId}`;
    if (!erasures.has(key))
      erasures.set(key, {
        tenantId: event.tenantId,
        customerId: event.data.customerId,
        at: new Date(event.occurredAt),
      });
  }
  return erasures;
}

interface FactRow {
  e: string; // event id
  t: string; // tenant
  s: Stream;
  a: string; // aggregate id
  y: EventType;
  o: string; // occurred at
  d: unknown; // data
}

/**
 * The facts of the batch, without the customer id of a customer erased before (erased_customer)
 * or anywhere in this batch: a fact before the erasure would be stored with it and then scrubbed
 * by the erasure, one after it stored without it; either way the stored fact has no id.
 */
async function factsToStore(
  tx: Tx,
  events: readonly AnyEvent[],
  erasures: ReadonlyMap<string, Erasure>,
): Promise<FactRow[]> {
  const rows: FactRow[] = [];
  for (const event of events) {
    const target = streamOf(event.type, event.data);
    if (!target) continue;
    rows.push({
      e: event.id,
      t: event.tenantId,
      s: target.stream,
      a: target.aggregateId,
      y: event.type,
      o: new Date(event.occurredAt).toISOString(),
      d: event.data,
    });
  }
  const customerOf = (row: FactRow) => (row.d as { customerId?: unknown } | null)?.customerId;
  const named = rows.filter((r) => typeof customerOf(r) === 'string');
  if (named.length === 0) return rows;
  const erased = new Set(erasures.keys());
  const unknown = named.filter((r) => !erased.has(`${r.t}\u0000${String(customerOf(r))}`));
  if (unknown.length > 0) {
    const before = await tx.$queryRawUnsafe<{ t: string; c: string }[]>(
      `SELECT e.tenant_id AS t, e.customer_id AS c FROM erased_customer e
         JOIN unnest($1::text[], $2::text[]) AS n(t, c) ON e.tenant_id = n.t AND e.customer_id = n.c`,
      unknown.map((r) => r.t),
      unknown.map((r) => String(customerOf(r))),
    );
    for (const b of before) erased.add(`${b.t}\u0000${b.c}`);
  }
  if (erased.size === 0) return rows;
  for (const row of named) {
    if (!erased.has(`${row.t}\u0000${String(customerOf(row))}`)) continue;
    const { customerId: _dropped, ...rest } = row.d as Record<string, unknown>;
    row.d = rest;
  }
  return rows;
}

/**
 * Serialises projections of the same aggregates (two instances during a rebalance, or a rebuild
 * next to the live consumer), so each recompute sees every fact committed before it. The locks
 * are taken in one order (by lock key), so two batches sharing aggregates cannot deadlock.
 */
export async function lockAggregates(tx: Tx, facts: readonly AggregateKey[]): Promise<void> {
  await tx.$queryRawUnsafe(
    `SELECT count(pg_advisory_xact_lock(k.h))::int AS locked
       FROM (SELECT DISTINCT hashtextextended(x, 0) AS h FROM unnest($1::text[]) AS x ORDER BY 1) AS k`,
    facts.map((f) => `${f.t}|${f.s}|${f.a}`),
  );
}

export interface AggregateKey {
  t: string;
  s: Stream;
  a: string;
}

const INSERT_FACTS = `INSERT INTO event_fact (event_id, tenant_id, stream, aggregate_id, event_type, occurred_at, data)
     SELECT r.e, r.t, r.s, r.a, r.y, r.o, r.d
       FROM json_to_recordset($1::json) AS r(e uuid, t text, s text, a text, y text, o timestamptz, d jsonb)
     ON CONFLICT (event_id) DO NOTHING`;

/** Stores the facts (an event id stored before, e.g. by another consumer group, adds nothing). */
async function insertFacts(tx: Tx, facts: readonly FactRow[]): Promise<AggregateKey[]> {
  return tx.$queryRawUnsafe<AggregateKey[]>(
    `${INSERT_FACTS} RETURNING tenant_id AS t, stream AS s, aggregate_id AS a`,
    JSON.stringify(facts),
  );
}

/** The same, when nobody needs to know which were new (a replay's chunk). */
async function insertFactsOnly(tx: Tx, facts: readonly FactRow[]): Promise<void> {
  await tx.$executeRawUnsafe(INSERT_FACTS, JSON.stringify(facts));
}

/**
 * Each erasure of the batch through erasure.ts (the one definition of what an erasure cuts): the
 * earlier facts and view rows are scrubbed. Erasures are rare, so one call each costs little.
 */
async function unlinkCustomers(tx: Tx, erasures: readonly Erasure[]): Promise<void> {
  for (const e of erasures) await unlinkCustomer(tx, e.tenantId, e.customerId, e.at);
}

/** The view each stream feeds, and its reducer (facts -> row, null: no row). */
const VIEWS: Partial<
  Record<Stream, { table: ViewTable; reduce: (id: string, facts: Fact[], timeZone: string) => object | null }>
> = {
  order: { table: 'order_view', reduce: reduceOrder },
  'parts-request': { table: 'parts_request_view', reduce: reducePartsRequest },
  complaint: { table: 'complaint_view', reduce: reduceComplaint },
  rescue: { table: 'rescue_view', reduce: reduceRescue },
  emergency: { table: 'emergency_view', reduce: (id, facts) => reduceEmergency(id, facts) },
  survey: { table: 'survey_view', reduce: reduceSurvey },
  receipt: { table: 'receipt_view', reduce: reduceReceipt },
  // workforce, audit, safety: no view (appraisal and training queries read the facts directly)
};

/** Recomputes the view rows of the aggregates that got new facts: one read, one upsert per table. */
async function recomputeViews(tx: Tx, aggregates: readonly AggregateKey[], timeZone: string): Promise<void> {
  // Each aggregate once (it comes back once per new fact): a key twice would join its facts twice.
  const unique = new Map<string, AggregateKey>();
  for (const k of aggregates) if (VIEWS[k.s]) unique.set(`${k.t}\u0000${k.s}\u0000${k.a}`, k);
  if (unique.size === 0) return;
  const keys = [...unique.values()];
  await saveViews(tx, keys, await readFacts(tx, keys), timeZone);
}

/**
 * The view rows of one stream's aggregates from `first` to `last` (in key order, both included),
 * from one range read of the facts' aggregate index: the end of a replay (project-replay.ts).
 * Plain column conditions, not a row comparison: the planner estimates those well enough to walk
 * the index (for a row comparison it guessed a large part of the table and sorted it).
 */
export async function recomputeViewRange(
  tx: Tx,
  stream: { t: string; s: Stream },
  first: string,
  last: string,
  timeZone: string,
): Promise<void> {
  const factsOf = await factsByAggregate(
    tx,
    `WHERE f.tenant_id = $1 AND f.stream = $2 AND f.aggregate_id BETWEEN $3 AND $4`,
    [stream.t, stream.s, first, last],
  );
  const keys = [...factsOf.keys()].map((key) => {
    const [t, s, a] = key.split('\u0000') as [string, Stream, string];
    return { t, s, a };
  });
  await saveViews(tx, keys, factsOf, timeZone);
}

/** Reduces each aggregate's facts to its view row and writes them: one upsert per table. */
async function saveViews(
  tx: Tx,
  keys: readonly AggregateKey[],
  factsOf: ReadonlyMap<string, Fact[]>,
  timeZone: string,
): Promise<void> {
  const byTable = new Map<ViewTable, object[]>();
  for (const k of keys) {
    const key = `${k.t}\u0000${k.s}\u0000${k.a}`;
    const view = VIEWS[k.s]!;
    const row = view.reduce(k.a, factsOf.get(key) ?? [], timeZone);
    if (!row) continue;
    let list = byTable.get(view.table);
    if (!list) byTable.set(view.table, (list = []));
    list.push({ tenantId: k.t, ...row });
  }
  for (const [table, list] of byTable) await saveViewRows(tx, table, list);
}

/** The streams that feed a view. */
export const VIEW_STREAMS = Object.keys(VIEWS) as Stream[];

/** Every fact of the aggregates, by `tenant\0stream\0aggregate`. */
function readFacts(tx: Tx, keys: readonly AggregateKey[]): Promise<Map<string, Fact[]>> {
  return factsByAggregate(
    tx,
    `JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(t, s, a)
       ON f.tenant_id = k.t AND f.stream = k.s AND f.aggregate_id = k.a`,
    [keys.map((k) => k.t), keys.map((k) => k.s), keys.map((k) => k.a)],
  );
}

/**
 * The facts the clause selects, by aggregate. One text row per aggregate (its facts as a JSON
 * array, parsed here): far cheaper for the client than one typed row per fact.
 */
async function factsByAggregate(tx: Tx, clause: string, params: unknown[]): Promise<Map<string, Fact[]>> {
  const rows = await tx.$queryRawUnsafe<{ t: string; s: Stream; a: string; f: string }[]>(
    `SELECT f.tenant_id AS t, f.stream AS s, f.aggregate_id AS a,
            json_agg(json_build_object('e', f.event_id, 'y', f.event_type, 'o', f.occurred_at, 'd', f.data))::text AS f
       FROM event_fact f ${clause}
      GROUP BY 1, 2, 3`,
    ...params,
  );
  const factsOf = new Map<string, Fact[]>();
  for (const r of rows) {
    const facts = (JSON.parse(r.f) as { e: string; y: EventType; o: string; d: unknown }[]).map((f) => ({
      eventId: f.e,
      type: f.y,
      occurredAt: new Date(f.o),
      data: f.d,
    }));
    factsOf.set(`${r.t}\u0000${r.s}\u0000${r.a}`, facts);
  }
  return factsOf;
}

/**
 * Emits the service outcome of every order this batch may have made due (completed, closed or
 * surveyed), once the views are written. Orders that cannot be due (unpublishable, unsurveyed or
 * already emitted: a rebuild's usual case) are sorted out in one query first; the candidates are
 * emitted together (emitOutcomesIfDue: a fixed number of statements).
 */
async function emitDueOutcomes(
  tx: Tx,
  events: readonly AnyEvent[],
  now: Date,
  outcomes: OutcomePublishing,
): Promise<void> {
  const orders = new Map<string, { t: string; o: string }>();
  for (const event of events) {
    const orderId = outcomeOrderOf(event);
    if (orderId) orders.set(`${event.tenantId}\u0000${orderId}`, { t: event.tenantId, o: orderId });
  }
  if (orders.size === 0) return;
  const list = sortedValues(orders);
  const due = await tx.$queryRawUnsafe<{ t: string; o: string }[]>(
    `SELECT c.t, c.o FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c(t, o, n)
       JOIN order_view v ON v.tenant_id = c.t AND v.repair_order_id = c.o
      WHERE v.closed_at IS NOT NULL AND v.completed_at IS NOT NULL AND v.completion IS NOT NULL
        AND EXISTS (SELECT 1 FROM survey_view s WHERE s.tenant_id = c.t AND s.repair_order_id = c.o)
        AND NOT EXISTS (SELECT 1 FROM service_outcome_log l WHERE l.tenant_id = c.t AND l.repair_order_id = c.o)
      ORDER BY c.n`,
    list.map((c) => c.t),
    list.map((c) => c.o),
  );
  await emitOutcomesIfDue(
    tx,
    due.map((c) => ({ tenantId: c.t, repairOrderId: c.o })),
    'complete',
    now,
    outcomes,
  );
}

/** Map values in key order: rows locked in one order by every transaction. */
function sortedValues<V>(map: ReadonlyMap<string, V>): V[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}
