// Follow-ups: scheduled when a repair order is delivered (consumed event, inbox-idempotent),
// completed by staff with an outcome.
import { randomUUID } from 'node:crypto';
import { type EventOf } from '@aftersales/contracts';
import { emitEvent, expectVersion, type Identity } from '@aftersales/service-kit';
import { followUpCompleted, notFound, unknownReference } from '../domain/errors';
import { planFollowups } from '../domain/followup-plan';
import { type FollowUp, type Tx } from '../db/client';
import { followupCompleted, followupScheduled } from '../events/payloads';
import { type CustomerDeps } from './deps';
import { centreScope } from './scope';
import { runCommand, type Work } from './unit-of-work';

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Channel for the call: the customer's preferred one when we know the customer, else phone. */
async function channelFor(tx: Tx, tenantId: string, customerId: string): Promise<string> {
  if (!isUuid(customerId)) return 'phone';
  const c = await tx.customer.findFirst({
    where: { id: customerId, tenantId },
    select: { preferredChannel: true, status: true },
  });
  return c && c.status === 'ACTIVE' ? c.preferredChannel : 'phone';
}

async function isErased(tx: Tx, tenantId: string, customerId: string): Promise<boolean> {
  if (!isUuid(customerId)) return false;
  const c = await tx.customer.findFirst({ where: { id: customerId, tenantId }, select: { status: true } });
  return c?.status === 'ERASED';
}

/** An erased customer's follow-ups that were still to come are cancelled. */
export async function cancelFollowUpsOf(tx: Tx, tenantId: string, customerId: string): Promise<number> {
  const { count } = await tx.followUp.updateMany({
    where: { tenantId, customerId, status: 'SCHEDULED' },
    data: { status: 'CANCELLED', version: { increment: 1 } },
  });
  return count;
}

/**
 * Effect of repair.order.delivered, in the unit of work of handleOnce's transaction. The unique
 * key (tenant, repair order, kind) also holds if the repair service re-emits a delivery with a
 * new event id (e.g. after rework): the order keeps one follow-up of each kind.
 */
export async function scheduleAfterDelivery(
  deps: Pick<CustomerDeps, 'followups'>,
  uow: Work,
  event: EventOf<'repair.order.delivered'>,
): Promise<FollowUp[]> {
  const { tx } = uow;
  const d = event.data;
  // An erased customer is not called or reminded any more.
  if (await isErased(tx, event.tenantId, d.customerId)) return [];
  const channel = await channelFor(tx, event.tenantId, d.customerId);
  const created: FollowUp[] = [];
  // Older events carry no centre hours: their follow-ups keep wall-clock times.
  const plans = planFollowups(
    new Date(event.occurredAt),
    d.nextMaintenance.dueOn,
    deps.followups,
    d.centreHours ?? null,
  );
  for (const plan of plans) {
    const exists = await tx.followUp.findFirst({
      where: { tenantId: event.tenantId, repairOrderId: d.repairOrderId, kind: plan.kind },
      select: { id: true },
    });
    if (exists) continue;
    created.push(
      await tx.followUp.create({
        data: {
          id: randomUUID(),
          tenantId: event.tenantId,
          kind: plan.kind,
          repairOrderId: d.repairOrderId,
          customerId: d.customerId,
          vehicleId: d.vehicleId,
          centreId: d.centreId,
          channel,
          dueAt: plan.dueAt,
          sourceEventId: event.id,
        },
      }),
    );
  }
  // Caused by the delivery, in its flow (the unit of work carries causation and correlation).
  for (const f of created) emitEvent(uow, 'followup.scheduled', f.id, followupScheduled(f));
  return created;
}

export interface OutcomeInput {
  outcome: 'satisfied' | 'issue-reported' | 'no-answer' | 'declined' | 'booked-service';
  attempts: number;
  channel?: string | undefined;
  surveyId?: string | undefined;
}

/** The outcome of a follow-up, recorded once; emits followup.completed. */
export function recordOutcome(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: OutcomeInput,
): Promise<FollowUp> {
  return runCommand(deps, me, (uow) => applyOutcome(uow, me, id, expectedVersion, input));
}

async function applyOutcome(
  uow: Work,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: OutcomeInput,
): Promise<FollowUp> {
  const { tx } = uow;
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM follow_up WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  const current = await tx.followUp.findFirst({ where: { id, AND: [centreScope(me)] } });
  if (!current) throw notFound();
  if (current.status === 'COMPLETED') throw followUpCompleted(current.outcome);
  expectVersion(expectedVersion, current.version);
  if (
    input.surveyId &&
    !(await tx.survey.findFirst({
      where: { id: input.surveyId, tenantId: me.tenantId, AND: [centreScope(me)] },
      select: { id: true },
    }))
  ) {
    throw unknownReference('surveyId', 'No such survey.');
  }
  const done = await tx.followUp.update({
    where: { id },
    data: {
      status: 'COMPLETED',
      outcome: input.outcome,
      attempts: input.attempts,
      channel: input.channel ?? current.channel,
      completedBy: me.userId,
      completedAt: new Date(),
      surveyId: input.surveyId ?? null,
      version: { increment: 1 },
    },
  });
  emitEvent(uow, 'followup.completed', done.id, followupCompleted(done));
  return done;
}
