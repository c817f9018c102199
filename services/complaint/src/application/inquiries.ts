// Inquiries (online consultation) on the complaint machinery: routed by the complaint routing
// rules (by centre), answer deadline in working minutes of the tenant's calendar, escalated by
// the deadline sweep one step up the tenant's escalation chain. Converting into a complaint
// registers it through the complaint intake in the same transaction; a booking cannot be made
// here, so inquiry.converted carries the booking request for repair or the console.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, canAccessCentre, notFound, type Identity } from '@aftersales/service-kit';
import { TX_OPTIONS, type Inquiry, type Prisma, type Tx } from '../db/client';
import { addWorkingMinutes } from '../domain/calendar';
import { escalationStep } from '../domain/escalation';
import {
  assertInquiryCan,
  complaintChannelOf,
  inquiryEscalateAt,
  type BookingRequest,
  type InquiryChannel,
  type InquiryCommand,
  type InquiryStatus,
} from '../domain/inquiry';
import { route } from '../domain/routing';
import { type ComplaintCategory, type ComplaintSeverity } from '../domain/types';
import { qualityEvent } from '../events/quality-factories';
import { type ComplaintContext } from './context';
import { claimDue, lockRow, overdueSeconds, type SweepResult } from './deadlines';
import { registerComplaint } from './register';
import { loadRules, loadSettings } from './settings';

export const INQUIRY_NOT_FOUND = 'Inquiry not found.';

export interface InquiryInput {
  tenantId: string;
  channel: InquiryChannel;
  customerId: string | null;
  vehicleId: string | null;
  centreId: string | null;
  question: string;
  createdBy: string | null;
}

export async function receiveInquiry(
  tx: Tx,
  ctx: ComplaintContext,
  input: InquiryInput,
  now: Date,
): Promise<Inquiry> {
  const settings = await loadSettings(tx, input.tenantId, ctx.defaults);
  const routing = route(
    await loadRules(tx, input.tenantId),
    { category: null, severity: null, centreId: input.centreId },
    settings.defaultTeamId,
  );
  const answerBy = addWorkingMinutes(now, ctx.defaults.quality.inquiryAnswerMinutes, settings.calendar);
  const inquiry = await tx.inquiry.create({
    data: {
      id: randomUUID(),
      ...input,
      teamId: routing.teamId,
      routingRuleId: routing.ruleId,
      status: 'open',
      receivedAt: now,
      answerBy,
      escalateAt: answerBy,
    },
  });
  await enqueueEvents(tx, [
    qualityEvent(
      'inquiry.received',
      inquiry,
      { occurredAt: now },
      {
        inquiryId: inquiry.id,
        channel: input.channel,
        customerId: input.customerId,
        vehicleId: input.vehicleId,
        centreId: input.centreId,
        teamId: routing.teamId,
        answerBy: answerBy.toISOString(),
      },
    ),
  ]);
  return inquiry;
}

export function canSeeInquiry(identity: Identity, i: Pick<Inquiry, 'centreId'>): boolean {
  return i.centreId === null || canAccessCentre(identity, i.centreId);
}

export interface InquiryTarget {
  identity: Identity;
  inquiryId: string;
  expectedVersion?: number;
}

async function runInquiryCommand(
  ctx: ComplaintContext,
  target: InquiryTarget,
  command: InquiryCommand,
  decide: (
    i: Inquiry,
    tx: Tx,
    now: Date,
  ) => Promise<{ data: Partial<Prisma.InquiryUncheckedUpdateInput>; events: (u: Inquiry) => AnyEvent[] }>,
): Promise<Inquiry> {
  const now = ctx.now();
  const result = await ctx.prisma.$transaction(async (tx) => {
    await lockRow(tx, 'inquiry', target.inquiryId, target.identity.tenantId);
    const i = await tx.inquiry.findFirst({
      where: { id: target.inquiryId, tenantId: target.identity.tenantId },
    });
    if (!i || !canSeeInquiry(target.identity, i)) throw notFound(INQUIRY_NOT_FOUND);
    assertVersion(target.expectedVersion, i.version);
    assertInquiryCan(i.status as InquiryStatus, command);
    const change = await decide(i, tx, now);
    const merged = { ...i, ...change.data } as Inquiry;
    const updated = await tx.inquiry.update({
      where: { id: i.id },
      data: { ...change.data, escalateAt: inquiryEscalateAt(merged), version: i.version + 1 },
    });
    await enqueueEvents(tx, change.events(updated));
    return updated;
  }, TX_OPTIONS);
  ctx.onEvents?.();
  return result;
}

export function answerInquiry(
  ctx: ComplaintContext,
  target: InquiryTarget,
  input: { answer: string },
): Promise<Inquiry> {
  return runInquiryCommand(ctx, target, 'answer', async (_i, _tx, now) => ({
    data: { status: 'answered', answer: input.answer, answeredAt: now, answeredBy: target.identity.userId },
    events: (u) => [
      qualityEvent(
        'inquiry.answered',
        u,
        { occurredAt: now },
        {
          inquiryId: u.id,
          answeredBy: target.identity.userId,
          answerSeconds: overdueSeconds(u.receivedAt, now),
          withinLimit: now <= u.answerBy,
        },
      ),
    ],
  }));
}

export type ConversionInput =
  | {
      into: 'complaint';
      description?: string;
      category: ComplaintCategory | null;
      severity: ComplaintSeverity | null;
    }
  | { into: 'booking'; bookingRequest: BookingRequest };

export function convertInquiry(
  ctx: ComplaintContext,
  target: InquiryTarget,
  input: ConversionInput,
): Promise<Inquiry> {
  return runInquiryCommand(ctx, target, 'convert', async (i, tx, now) => {
    if (input.into === 'complaint') {
      const { complaint } = await registerComplaint(
        tx,
        ctx.defaults,
        {
          tenantId: i.tenantId,
          channel: complaintChannelOf(i.channel as InquiryChannel),
          trigger: 'customer',
          sourceEventId: null,
          customerId: i.customerId,
          vehicleId: i.vehicleId,
          repairOrderId: null,
          centreId: i.centreId,
          description: input.description ?? i.question,
          category: input.category,
          severity: input.severity,
          createdBy: target.identity.userId,
        },
        now,
      );
      return {
        data: {
          status: 'converted',
          convertedInto: 'complaint',
          convertedAt: now,
          complaintId: complaint.id,
        },
        events: (u) => [
          qualityEvent(
            'inquiry.converted',
            u,
            { occurredAt: now },
            { inquiryId: u.id, into: 'complaint', complaintId: complaint.id },
          ),
        ],
      };
    }
    const bookingRequest = input.bookingRequest;
    return {
      data: {
        status: 'converted',
        convertedInto: 'booking',
        convertedAt: now,
        bookingRequest: bookingRequest as Prisma.InputJsonValue,
      },
      events: (u) => [
        qualityEvent(
          'inquiry.converted',
          u,
          { occurredAt: now },
          { inquiryId: u.id, into: 'booking', bookingRequest },
        ),
      ],
    };
  });
}

/** Escalates up to `limit` open inquiries whose answer deadline passed, one step up the chain. */
export async function sweepInquiryEscalations(
  ctx: ComplaintContext,
  now: Date,
  limit = 100,
): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx) => {
    const ids = await claimDue(tx, 'inquiry', now, limit);
    if (ids.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.inquiry.findMany({ where: { id: { in: ids } } });
    const events: AnyEvent[] = [];
    for (const i of rows) {
      const due = inquiryEscalateAt(i);
      if (!due || due > now) {
        await tx.inquiry.update({ where: { id: i.id }, data: { escalateAt: due } });
        continue;
      }
      const settings = await loadSettings(tx, i.tenantId, ctx.defaults);
      const step = escalationStep(settings.escalationChain, i.escalationLevel);
      await tx.inquiry.update({
        where: { id: i.id },
        data: {
          answerEscalatedAt: now,
          escalateAt: null,
          escalationLevel: step.level,
          escalatedToTeamId: step.toTeamId,
          version: i.version + 1,
        },
      });
      events.push(
        qualityEvent(
          'inquiry.escalated',
          i,
          { occurredAt: now },
          {
            inquiryId: i.id,
            level: step.level,
            dueAt: due.toISOString(),
            overdueSeconds: overdueSeconds(due, now),
            fromTeamId: i.teamId,
            toTeamId: step.toTeamId,
          },
        ),
      );
    }
    await enqueueEvents(tx, events);
    return { claimed: ids.length, handled: events.length };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}
