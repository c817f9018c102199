// Survey invitations: a delivered repair order invites its customer to rate the visit in
// self-service (one invitation per order, open SURVEY_INVITATION_DAYS after delivery; the
// notification service sends the link on survey.invited). The answer is recorded as the order's
// survey (channel web) by recordSurvey, exactly like one entered by staff.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type EventOf } from '@aftersales/contracts';
import { emitEvent, type Identity } from '@aftersales/service-kit';
import { duplicateSurvey, notFound, surveyInvitationAnswered } from '../domain/errors';
import { isUniqueViolation, type Survey, type SurveyInvitation } from '../db/client';
import { surveyInvited } from '../events/payloads';
import { nowOf, type CustomerDeps } from './deps';
import { isUuid } from './followups';
import { recordSurvey, type SurveyInput } from './surveys';
import { runCommand, type Work } from './unit-of-work';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Effect of repair.order.delivered (inside the inbox transaction, so a redelivery does nothing):
 * invites an active customer we know, for a vehicle we know, unless the order has an invitation
 * already (repair may re-emit a delivery with a new event id), its survey was taken (e.g. on the
 * follow-up call), or the window closed before the event arrived. Emits survey.invited.
 */
export async function inviteToSurvey(
  deps: Pick<CustomerDeps, 'surveyInvitationDays'>,
  uow: Work,
  event: EventOf<'repair.order.delivered'>,
): Promise<SurveyInvitation | null> {
  const { tx, tenantId } = uow;
  const d = event.data;
  if (!isUuid(d.customerId) || !isUuid(d.vehicleId)) return null;
  const customer = await tx.customer.findFirst({
    where: { id: d.customerId, tenantId },
    select: { status: true },
  });
  if (customer?.status !== 'ACTIVE') return null;
  if (!(await tx.vehicle.findFirst({ where: { id: d.vehicleId, tenantId }, select: { id: true } })))
    return null;
  const deliveredAt = new Date(event.occurredAt);
  const expiresAt = new Date(deliveredAt.getTime() + deps.surveyInvitationDays * DAY_MS);
  if (expiresAt <= uow.now) return null;
  const sameOrder = { tenantId, repairOrderId: d.repairOrderId };
  if (await tx.surveyInvitation.findFirst({ where: sameOrder, select: { id: true } })) return null;
  if (await tx.survey.findFirst({ where: sameOrder, select: { id: true } })) return null;
  const invitation = await tx.surveyInvitation.create({
    data: {
      id: randomUUID(),
      tenantId,
      repairOrderId: d.repairOrderId,
      customerId: d.customerId,
      vehicleId: d.vehicleId,
      centreId: d.centreId,
      deliveredAt,
      expiresAt,
      sourceEventId: event.id,
    },
  });
  emitEvent(uow, 'survey.invited', invitation.id, surveyInvited(invitation));
  return invitation;
}

/** An erased customer's invitations go with their data (the surveys they answered keep their scores). */
export async function deleteInvitationsOf(uow: Pick<Work, 'tx'>, tenantId: string, customerId: string) {
  await uow.tx.surveyInvitation.deleteMany({ where: { tenantId, customerId } });
}

export const OpenInvitationSchema = z.object({
  invitationId: z.uuid(),
  repairOrderId: z.string(),
  centreId: z.string(),
  vehicle: z.object({ id: z.uuid(), make: z.string(), model: z.string() }),
  deliveredAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().describe('Answer before this'),
});

export type OpenInvitation = z.infer<typeof OpenInvitationSchema>;

/** The signed-in customer's invitations still to answer: not answered, not expired, no survey yet. */
export async function openInvitationsOf(deps: CustomerDeps, me: Identity): Promise<OpenInvitation[]> {
  const rows = await deps.prisma.surveyInvitation.findMany({
    where: { tenantId: me.tenantId, customerId: me.userId, answeredAt: null, expiresAt: { gt: nowOf(deps) } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: 100,
  });
  if (rows.length === 0) return [];
  // A survey staff took for the order (on the follow-up call) answers the invitation too.
  const taken = new Set(
    (
      await deps.prisma.survey.findMany({
        where: { tenantId: me.tenantId, repairOrderId: { in: rows.map((r) => r.repairOrderId) } },
        select: { repairOrderId: true },
      })
    ).map((s) => s.repairOrderId),
  );
  const vehicles = new Map(
    (
      await deps.prisma.vehicle.findMany({
        where: { tenantId: me.tenantId, id: { in: rows.map((r) => r.vehicleId) } },
        select: { id: true, make: true, model: true },
      })
    ).map((v) => [v.id, v]),
  );
  return rows
    .filter((r) => !taken.has(r.repairOrderId) && vehicles.has(r.vehicleId))
    .map((r) => ({
      invitationId: r.id,
      repairOrderId: r.repairOrderId,
      centreId: r.centreId,
      vehicle: vehicles.get(r.vehicleId)!,
      deliveredAt: r.deliveredAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    }));
}

export type SurveyAnswers = Pick<SurveyInput, 'scores' | 'nps' | 'comment'>;

export type AnswerOutcome = { ok: true; survey: Survey } | { ok: false; reason: 'expired'; expiredAt: Date };

/**
 * The customer's answer to their invitation: the order's survey (channel web, comment sealed under
 * their data key, survey.completed) and the invitation marked answered, in one transaction. Another
 * customer's invitation is not found; a second answer is refused (409); an expired one is reported.
 */
export async function answerInvitation(
  deps: CustomerDeps,
  me: Identity,
  invitationId: string,
  answers: SurveyAnswers,
): Promise<AnswerOutcome> {
  if (!isUuid(me.userId)) throw notFound();
  let repairOrderId = '';
  try {
    return await runCommand(deps, me, async (uow): Promise<AnswerOutcome> => {
      const { tx } = uow;
      // The row lock serialises two answers sent at once (a double click): the second sees the first.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM survey_invitation
         WHERE id = ${invitationId}::uuid AND tenant_id = ${me.tenantId} AND customer_id = ${me.userId}::uuid
           FOR UPDATE`;
      if (locked.length === 0) throw notFound();
      const invitation = await tx.surveyInvitation.findUniqueOrThrow({ where: { id: invitationId } });
      repairOrderId = invitation.repairOrderId;
      if (invitation.answeredAt) throw surveyInvitationAnswered();
      if (invitation.expiresAt <= uow.now)
        return { ok: false, reason: 'expired', expiredAt: invitation.expiresAt };
      const customer = await tx.customer.findFirst({
        where: { id: invitation.customerId, tenantId: me.tenantId },
        select: { status: true },
      });
      if (customer?.status !== 'ACTIVE') throw notFound();
      const survey = await recordSurvey(deps, uow, me.userId, {
        repairOrderId: invitation.repairOrderId,
        customerId: invitation.customerId,
        vehicleId: invitation.vehicleId,
        centreId: invitation.centreId,
        channel: 'web',
        ...answers,
      });
      await tx.surveyInvitation.update({
        where: { id: invitation.id },
        data: { answeredAt: uow.now, surveyId: survey.id },
      });
      return { ok: true, survey };
    });
  } catch (err) {
    // Staff took the order's survey at the same moment: the unique index decides.
    if (isUniqueViolation(err)) throw duplicateSurvey(repairOrderId);
    throw err;
  }
}
