// The REFERENCE projection: one event at a time, as analytics projected before the set-based
// path (project-batch.ts) replaced it. It stays because it is the simplest statement of what the
// read models must be: test/backlog.test.ts replays the same topics through both paths and
// requires identical tables. Per event: note the centre and the part, store the event as a fact
// (keyed by event id, so even a second consumer group cannot add it twice), recompute the
// aggregate's view row from all its facts with per-row Prisma upserts. Not used in production.
import { type AnyEvent, type EventType } from '@aftersales/contracts';
import { type Tx } from '../db/client';
import * as views from '../db/views';
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
import { unlinkCustomer, withoutErasedCustomer } from '../application/erasure';
import { emitOutcomeIfDue, type OutcomePublishing } from '../application/outcomes';
import { outcomeOrderOf } from './outcome-trigger';

/** One event's projection plus the service outcome it may make due (the reference of applyEvents). */
export async function applyEventReference(
  tx: Tx,
  event: AnyEvent,
  now: Date,
  timeZone: string,
  outcomes: OutcomePublishing,
): Promise<void> {
  await projectEventReference(tx, event, timeZone);
  const orderId = outcomeOrderOf(event);
  if (orderId) await emitOutcomeIfDue(tx, event.tenantId, orderId, 'complete', now, outcomes);
}

export async function projectEventReference(
  tx: Tx,
  event: AnyEvent,
  /** The reporting time zone: the views' `day` is the local date there. */
  timeZone: string,
): Promise<{ stream: Stream; aggregateId: string } | null> {
  await noteCentre(tx, event);
  await notePart(tx, event);
  if (event.type === 'customer.erased') {
    await unlinkCustomer(tx, event.tenantId, event.data.customerId, new Date(event.occurredAt));
    return null;
  }
  const target = streamOf(event.type, event.data);
  if (!target) return null;
  // Serialises projections of one aggregate (two instances during a rebalance, or a rebuild next to
  // the live consumer), so each recompute sees every fact committed before it.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${event.tenantId}|${target.stream}|${target.aggregateId}`}, 0))`;
  const data = await withoutErasedCustomer(tx, event.tenantId, event.data);
  const inserted = await tx.$executeRaw`
    INSERT INTO event_fact (event_id, tenant_id, stream, aggregate_id, event_type, occurred_at, data)
    VALUES (${event.id}::uuid, ${event.tenantId}, ${target.stream}, ${target.aggregateId}, ${event.type},
            ${new Date(event.occurredAt)}, ${JSON.stringify(data)}::jsonb)
    ON CONFLICT (event_id) DO NOTHING`;
  if (inserted === 0) return target;
  await recompute(tx, event.tenantId, target.stream, target.aggregateId, timeZone);
  return target;
}

async function factsOf(tx: Tx, tenantId: string, stream: Stream, aggregateId: string): Promise<Fact[]> {
  const rows = await tx.eventFact.findMany({ where: { tenantId, stream, aggregateId } });
  return rows.map((r) => ({
    eventId: r.eventId,
    type: r.eventType as EventType,
    occurredAt: r.occurredAt,
    data: r.data,
  }));
}

async function recompute(
  tx: Tx,
  tenantId: string,
  stream: Stream,
  aggregateId: string,
  timeZone: string,
): Promise<void> {
  const facts = await factsOf(tx, tenantId, stream, aggregateId);
  switch (stream) {
    case 'order':
      return views.saveOrder(tx, tenantId, reduceOrder(aggregateId, facts, timeZone));
    case 'parts-request':
      return views.savePartsRequest(tx, tenantId, reducePartsRequest(aggregateId, facts, timeZone));
    case 'complaint':
      return views.saveComplaint(tx, tenantId, reduceComplaint(aggregateId, facts, timeZone));
    case 'rescue':
      return views.saveRescue(tx, tenantId, reduceRescue(aggregateId, facts, timeZone));
    case 'emergency':
      return views.saveEmergency(tx, tenantId, reduceEmergency(aggregateId, facts));
    case 'survey': {
      const row = reduceSurvey(aggregateId, facts, timeZone);
      if (!row) return;
      await tx.surveyView.upsert({
        where: { tenantId_surveyId: { tenantId, surveyId: aggregateId } },
        create: { tenantId, ...row },
        update: row,
      });
      return;
    }
    case 'workforce':
    case 'audit':
    case 'safety':
      return; // no view: appraisal and training queries read these facts directly
    case 'receipt': {
      const row = reduceReceipt(aggregateId, facts, timeZone);
      if (!row) return;
      await tx.receiptView.upsert({
        where: { tenantId_receiptId: { tenantId, receiptId: aggregateId } },
        create: { tenantId, ...row },
        update: row,
      });
      return;
    }
  }
}

/** Events naming a centre with its region keep the directory (used for region scopes) current. */
/** Keeps the newest catalogue entry per part (by the producer's version), whatever the delivery order. */
async function notePart(tx: Tx, event: AnyEvent): Promise<void> {
  if (event.type !== 'part.registered' && event.type !== 'part.updated') return;
  const d = event.data;
  await tx.$executeRaw`
    INSERT INTO part_catalogue (tenant_id, part_id, part_number, description, category, unit_of_measure, abc_class, version)
    VALUES (${event.tenantId}, ${d.partId}, ${d.partNumber}, ${d.description}, ${d.category}, ${d.unitOfMeasure},
            ${d.abcClass}, ${d.version})
    ON CONFLICT (tenant_id, part_id) DO UPDATE
      SET part_number = EXCLUDED.part_number, description = EXCLUDED.description,
          category = EXCLUDED.category, unit_of_measure = EXCLUDED.unit_of_measure,
          abc_class = EXCLUDED.abc_class, version = EXCLUDED.version
      WHERE part_catalogue.version < EXCLUDED.version`;
}

async function noteCentre(tx: Tx, event: AnyEvent): Promise<void> {
  const d = event.data as { centreId?: unknown; regionId?: unknown; centreType?: unknown };
  if (typeof d.centreId !== 'string' || typeof d.regionId !== 'string') return;
  const centreType = typeof d.centreType === 'string' ? d.centreType : null;
  await tx.$executeRaw`
    INSERT INTO centre_directory (tenant_id, centre_id, region_id, centre_type)
    VALUES (${event.tenantId}, ${d.centreId}, ${d.regionId}, ${centreType})
    ON CONFLICT (tenant_id, centre_id) DO UPDATE
      SET region_id = EXCLUDED.region_id,
          centre_type = COALESCE(EXCLUDED.centre_type, centre_directory.centre_type)`;
}
