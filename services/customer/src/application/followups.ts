// Follow-ups: scheduled when a repair order is delivered (consumed event, inbox-idempotent),
// completed by staff with an outcome.
import { randomUUID } from 'node:crypto';
import { type EventOf } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { HttpProblem, assertVersion, notFound, type Identity } from '@aftersales/service-kit';
import { planFollowups } from '../domain/followup-plan';
import { type FollowUp, type Tx } from '../db/client';
import { followupCompleted, followupScheduled } from '../events/factories';
import { type CustomerDeps } from './deps';
import { NOT_FOUND, ProblemTypes, unknownReference } from './problems';

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
 * Effect of repair.order.delivered, run inside handleOnce's transaction. The unique key
 * (tenant, repair order, kind) also holds if the repair service re-emits a delivery with a new
 * event id (e.g. after rework): the order keeps one follow-up of each kind.
 */
export async function scheduleAfterDelivery(
  deps: CustomerDeps,
  tx: Tx,
  event: EventOf<'repair.order.delivered'>,
): Promise<FollowUp[]> {
  const d = event.data;
  // An erased customer is not called or reminded any more.
  if (await isErased(tx, event.tenantId, d.customerId)) return [];
  const channel = await channelFor(tx, event.tenantId, d.customerId);
  const created: FollowUp[] = [];
  for (const plan of planFollowups(new Date(event.occurredAt), d.nextMaintenance.dueOn, deps.followups)) {
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
  await enqueueEvents(
    tx,
    created.map((f) => followupScheduled(f, { correlationId: event.correlationId, causationId: event.id })),
  );
  return created;
}

export interface OutcomeInput {
  outcome: 'satisfied' | 'issue-reported' | 'no-answer' | 'declined' | 'booked-service';
  attempts: number;
  channel?: string | undefined;
  surveyId?: string | undefined;
}

export async function recordOutcome(
  tx: Tx,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: OutcomeInput,
): Promise<FollowUp> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM follow_up WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
  if (rows.length === 0) throw notFound(NOT_FOUND);
  const current = await tx.followUp.findUniqueOrThrow({ where: { id } });
  if (current.status === 'COMPLETED') {
    throw new HttpProblem(409, {
      type: ProblemTypes.alreadyCompleted,
      title: 'Follow-up already completed',
      detail: `Its outcome was recorded as "${current.outcome}".`,
    });
  }
  assertVersion(expectedVersion, current.version);
  if (
    input.surveyId &&
    !(await tx.survey.findFirst({
      where: { id: input.surveyId, tenantId: me.tenantId },
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
  await enqueueEvents(tx, [followupCompleted(done)]);
  return done;
}
