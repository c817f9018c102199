// Publishes one analytics.service-outcome per closed repair order: as soon as the order is closed
// and its survey is in (from the consumer, in the event's transaction), or by the sweep once the
// grace period after closure has passed without a survey. The log row and the outbox row commit
// together, and the log's primary key makes a second emission impossible, whatever redelivery,
// replay or rebuild happens. The current version names customer and vehicle by pseudonym; during
// a migration window (SERVICE_OUTCOME_V1_UNTIL) the same outcome also goes out as version 1 on the
// superseded topic, in the same transaction, so both topics carry the same orders.
import { createEvent, createPreviousVersionEvent, type EventEnvelope } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';
import { buildServiceOutcome, isPublishable, serviceOutcomeV1, type OutcomeOrder } from '../domain/outcome';
import { Pseudonymiser } from '../domain/pseudonym';
import { pseudonymOf } from './pseudonyms';

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
 * Emits the outcome of the order if it is due: `complete` needs the survey; `grace` (the sweep)
 * emits without it. Returns true when this call emitted it.
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
  const fields = { producer: PRODUCER, tenantId, subject: repairOrderId, occurredAt: now };
  const event = createEvent('analytics.service-outcome', { ...fields, data });
  const inserted = await tx.$executeRaw`
    INSERT INTO service_outcome_log (tenant_id, repair_order_id, event_id, completeness, emitted_at)
    VALUES (${tenantId}, ${repairOrderId}, ${event.id}::uuid, ${data.completeness}, ${now})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) return false;
  const events: EventEnvelope[] = [event];
  if (publishing.v1Until && now < publishing.v1Until)
    events.push(
      createPreviousVersionEvent('analytics.service-outcome', 1, {
        ...fields,
        correlationId: event.correlationId,
        causationId: event.id,
        data: serviceOutcomeV1(data, completion),
      }),
    );
  await enqueueEvents(tx, events);
  return true;
}

/**
 * Closed orders without an outcome whose grace period passed (emitted without a survey), or that
 * have their survey (the consumer emits those at once; this catches a survey and a closure
 * committed concurrently, each transaction not seeing the other).
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
  let emitted = 0;
  for (const row of due) {
    const done = await prisma.$transaction((tx) =>
      emitOutcomeIfDue(tx, row.tenant_id, row.repair_order_id, 'grace', now, publishing),
    );
    if (done) emitted++;
  }
  return emitted;
}
