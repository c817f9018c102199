// Publishes one analytics.service-outcome per closed repair order: as soon as the order is closed
// and its survey is in (from the consumer, in the event's transaction), or by the sweep once the
// grace period after closure has passed without a survey. The log row and the outbox row commit
// together, and the log's primary key makes a second emission impossible, whatever redelivery,
// replay or rebuild happens. The current version names customer and vehicle by pseudonym; during
// a migration window (SERVICE_OUTCOME_V1_UNTIL) the same outcome also goes out as version 1 on the
// superseded topic, in the same transaction, so both topics carry the same orders.
import { createEvent, createPreviousVersionEvent, type EventEnvelope } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type ComplaintView, type PrismaClient, type SurveyView, type Tx } from '../db/client';
import { buildServiceOutcome, isPublishable, serviceOutcomeV1, type OutcomeOrder } from '../domain/outcome';
import { Pseudonymiser } from '../domain/pseudonym';
import { pseudonymOf, pseudonymsOf } from './pseudonyms';

export const PRODUCER = 'analytics';

/** How outcomes are published: the pseudonym key, and the end of the v1 window (if any). */
export interface OutcomePublishing {
  pseudonyms: Pseudonymiser;
  /** Until this instant every outcome also goes out as version 1; null: version 2 only. */
  v1Until: Date | null;
}

export function outcomePublishingFrom(config: {
  ANALYTICS_PSEUDONYM_KEY: string;
  ANALYTICS_PSEUDONYM_KEY_ID: string;
  SERVICE_OUTCOME_V1_UNTIL: Date | null;
}): OutcomePublishing {
  return {
    pseudonyms: new Pseudonymiser(
      config.ANALYTICS_PSEUDONYM_KEY_ID,
      Buffer.from(config.ANALYTICS_PSEUDONYM_KEY, 'base64'),
    ),
    v1Until: config.SERVICE_OUTCOME_V1_UNTIL,
  };
}

/**
 * Emits the outcome of the order if it is due: `complete` needs the survey; `grace` emits without
 * it. Returns true when this call emitted it. The per-order path: the reference projection keeps
 * it, so the equivalence tests compare the set-based emitter below with an independent one.
 */
export async function emitOutcomeIfDue(
  tx: Tx,
  tenantId: string,
  repairOrderId: string,
  mode: 'complete' | 'grace',
  now: Date,
  publishing: OutcomePublishing,
): Promise<boolean> {
  const order = await tx.orderView.findUnique({
    where: { tenantId_repairOrderId: { tenantId, repairOrderId } },
  });
  if (!order) return false;
  const o: OutcomeOrder = { ...order, completion: order.completion as OutcomeOrder['completion'] };
  if (!isPublishable(o)) return false;
  const survey = await tx.surveyView.findFirst({
    where: { tenantId, repairOrderId },
    orderBy: { answeredAt: 'asc' },
  });
  if (mode === 'complete' && !survey) return false;
  const complaints = await tx.complaintView.findMany({ where: { tenantId, repairOrderId } });
  const completion = o.completion!;
  const { pseudonyms } = publishing;
  const data = buildServiceOutcome(o, survey, complaints, {
    customerPseudonym: completion.customerId
      ? await pseudonymOf(tx, pseudonyms, tenantId, 'customer', completion.customerId)
      : null,
    vehiclePseudonym: await pseudonymOf(tx, pseudonyms, tenantId, 'vehicle', completion.vehicleId),
    pseudonymKeyId: pseudonyms.keyId,
  });
  const events = outcomeEvents(tenantId, repairOrderId, data, completion, now, publishing);
  const inserted = await tx.$executeRaw`
    INSERT INTO service_outcome_log (tenant_id, repair_order_id, event_id, completeness, emitted_at)
    VALUES (${tenantId}, ${repairOrderId}, ${events[0].id}::uuid, ${data.completeness}, ${now})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) return false;
  await enqueueEvents(tx, events);
  return true;
}

/** The outcome event, and during the v1 window its version-1 twin (caused by it). */
function outcomeEvents(
  tenantId: string,
  repairOrderId: string,
  data: ReturnType<typeof buildServiceOutcome>,
  completion: NonNullable<OutcomeOrder['completion']>,
  now: Date,
  publishing: OutcomePublishing,
): [EventEnvelope, ...EventEnvelope[]] {
  const fields = { producer: PRODUCER, tenantId, subject: repairOrderId, occurredAt: now };
  const event = createEvent('analytics.service-outcome', { ...fields, data });
  if (!publishing.v1Until || now >= publishing.v1Until) return [event];
  return [
    event,
    createPreviousVersionEvent('analytics.service-outcome', 1, {
      ...fields,
      correlationId: event.correlationId,
      causationId: event.id,
      data: serviceOutcomeV1(data, completion),
    }),
  ];
}

export interface OrderRef {
  tenantId: string;
  repairOrderId: string;
}

/**
 * The same for many orders at once, with a fixed number of statements (the views of all of them in
 * one read per table and tenant, the pseudonym secrets in one upsert, the log rows in one insert,
 * the outbox rows in one insert): the set-based projection's chunks and the end of a replay, where
 * a new deployment emits thousands. Same rules and the same events as emitOutcomeIfDue (the
 * per-order path the reference projection uses; test/outcomes.test.ts compares them). The sweep
 * uses this one too.
 * Returns how many it emitted, in the given order.
 */
export async function emitOutcomesIfDue(
  tx: Tx,
  orders: readonly OrderRef[],
  mode: 'complete' | 'grace',
  now: Date,
  publishing: OutcomePublishing,
): Promise<number> {
  if (orders.length === 0) return 0;
  const key = (tenantId: string, orderId: string) => `${tenantId}\u0000${orderId}`;
  const byTenant = new Map<string, string[]>();
  for (const o of orders) listIn(byTenant, o.tenantId).push(o.repairOrderId);
  const views = new Map<string, OutcomeOrder>();
  const surveys = new Map<string, SurveyView>();
  const complaints = new Map<string, ComplaintView[]>();
  for (const [tenantId, ids] of byTenant) {
    const where = { tenantId, repairOrderId: { in: ids } };
    for (const order of await tx.orderView.findMany({ where }))
      views.set(key(tenantId, order.repairOrderId), {
        ...order,
        completion: order.completion as OutcomeOrder['completion'],
      });
    // The first answer per order, as emitOutcomeIfDue's findFirst ordered by answeredAt.
    for (const survey of await tx.surveyView.findMany({ where, orderBy: { answeredAt: 'desc' } }))
      surveys.set(key(tenantId, survey.repairOrderId), survey);
    for (const complaint of await tx.complaintView.findMany({ where }))
      listIn(complaints, key(tenantId, complaint.repairOrderId!)).push(complaint);
  }
  const due = orders.filter((o) => {
    const view = views.get(key(o.tenantId, o.repairOrderId));
    if (!view || !isPublishable(view)) return false;
    return mode !== 'complete' || surveys.has(key(o.tenantId, o.repairOrderId));
  });
  if (due.length === 0) return 0;
  const subjects = due.flatMap((o) => {
    const c = views.get(key(o.tenantId, o.repairOrderId))!.completion!;
    return [
      ...(c.customerId ? [{ tenantId: o.tenantId, kind: 'customer' as const, id: c.customerId }] : []),
      { tenantId: o.tenantId, kind: 'vehicle' as const, id: c.vehicleId },
    ];
  });
  const pseudonymOfSubject = await pseudonymsOf(tx, publishing.pseudonyms, subjects);
  const { pseudonyms } = publishing;
  const built = due.map((o) => {
    const k = key(o.tenantId, o.repairOrderId);
    const view = views.get(k)!;
    const completion = view.completion!;
    const data = buildServiceOutcome(view, surveys.get(k) ?? null, complaints.get(k) ?? [], {
      customerPseudonym: completion.customerId
        ? pseudonymOfSubject(o.tenantId, 'customer', completion.customerId)
        : null,
      vehiclePseudonym: pseudonymOfSubject(o.tenantId, 'vehicle', completion.vehicleId),
      pseudonymKeyId: pseudonyms.keyId,
    });
    const events = outcomeEvents(o.tenantId, o.repairOrderId, data, completion, now, publishing);
    return { order: o, event: events[0], completeness: data.completeness, events };
  });
  // Only the orders whose log row this transaction wrote are published (a concurrent emitter, or
  // an earlier one, won the others).
  const logged = await tx.$queryRawUnsafe<{ e: string }[]>(
    `INSERT INTO service_outcome_log (tenant_id, repair_order_id, event_id, completeness, emitted_at)
     SELECT t, o, e, c, $5 FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS r(t, o, e, c)
     ON CONFLICT DO NOTHING
     RETURNING event_id::text AS e`,
    built.map((b) => b.order.tenantId),
    built.map((b) => b.order.repairOrderId),
    built.map((b) => b.event.id),
    built.map((b) => b.completeness),
    now,
  );
  const written = new Set(logged.map((l) => l.e));
  const emitted = built.filter((b) => written.has(b.event.id));
  await enqueueEvents(
    tx,
    emitted.flatMap((b) => b.events),
  );
  return emitted.length;
}

/** The list a map holds under `key`, created empty on first use. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Closed orders without an outcome whose grace period passed (emitted without a survey), or that
 * have their survey (the consumer emits those at once; this catches a survey and a closure
 * committed concurrently, each transaction not seeing the other). The batch (up to `batch` orders)
 * is emitted in one transaction by the set-based emitter.
 */
export async function sweepOutcomes(
  prisma: PrismaClient,
  graceMs: number,
  now: Date,
  publishing: OutcomePublishing,
  batch = 200,
): Promise<number> {
  const due = await prisma.$queryRaw<{ tenant_id: string; repair_order_id: string }[]>`
    SELECT o.tenant_id, o.repair_order_id FROM order_view o
    WHERE o.closed_at IS NOT NULL AND o.completion IS NOT NULL
      AND (o.closed_at <= ${new Date(now.getTime() - graceMs)}
           OR EXISTS (SELECT 1 FROM survey_view s
                      WHERE s.tenant_id = o.tenant_id AND s.repair_order_id = o.repair_order_id))
      AND NOT EXISTS (SELECT 1 FROM service_outcome_log l
                      WHERE l.tenant_id = o.tenant_id AND l.repair_order_id = o.repair_order_id)
    ORDER BY o.closed_at LIMIT ${batch}`;
  if (due.length === 0) return 0;
  return prisma.$transaction((tx) =>
    emitOutcomesIfDue(
      tx,
      due.map((r) => ({ tenantId: r.tenant_id, repairOrderId: r.repair_order_id })),
      'grace',
      now,
      publishing,
    ),
  );
}
