// Inquiries (online consultation) on the complaint machinery: routed by the complaint routing
// rules (by centre), answer deadline in working minutes of the tenant's calendar, escalated by
// the deadline sweep one step up the tenant's escalation chain. Converting into a complaint
// registers it through the complaint intake in the same unit of work; a booking cannot be made
// here, so inquiry.converted carries the booking request for repair or the console.
import { randomUUID } from 'node:crypto';
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { type Inquiry, type Prisma, type Tx } from '../db/client';
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
import { emitFor } from '../events/emit';
import { onAggregate, saveVersioned, type Aggregate, type Target } from './aggregate';
import { type ComplaintContext } from './context';
import { claimDue, overdueSeconds, type SweepResult } from './deadlines';
import { registerComplaint } from './register';
import { loadRules, loadSettings, type ServiceDefaults } from './settings';
import { systemWork, withinWork, type Work } from './unit-of-work';

export type InquiryChange = Partial<Prisma.InquiryUncheckedUpdateInput>;

export function canSeeInquiry(identity: Identity, i: Pick<Inquiry, 'centreId'>): boolean {
  return i.centreId === null || canAccessCentre(identity, i.centreId);
}

export const inquiries: Aggregate<Inquiry, InquiryChange> = {
  table: 'inquiry',
  name: 'Inquiry',
  find: (db, tenantId, id) => db.inquiry.findFirst({ where: { id, tenantId } }),
  visibleTo: canSeeInquiry,
  // escalate_at is derived from the state on every write.
  update: (tx, i, data) =>
    tx.inquiry.update({
      where: { id: i.id, version: i.version },
      data: {
        ...data,
        escalateAt: inquiryEscalateAt({ ...i, ...data } as Inquiry),
        version: i.version + 1,
      },
    }),
};

export interface InquiryInput {
  channel: InquiryChannel;
  customerId: string | null;
  vehicleId: string | null;
  centreId: string | null;
  question: string;
  createdBy: string | null;
}

/** A new inquiry of the unit of work's tenant, routed and with its answer deadline. */
export async function receiveInquiry(
  uow: Work,
  defaults: ServiceDefaults,
  input: InquiryInput,
): Promise<Inquiry> {
  const { tx, tenantId, now } = uow;
  const settings = await loadSettings(tx, tenantId, defaults);
  const routing = route(
    await loadRules(tx, tenantId),
    { category: null, severity: null, centreId: input.centreId },
    settings.defaultTeamId,
  );
  const answerBy = addWorkingMinutes(now, defaults.quality.inquiryAnswerMinutes, settings.calendar);
  const inquiry = await tx.inquiry.create({
    data: {
      id: randomUUID(),
      tenantId,
      ...input,
      teamId: routing.teamId,
      routingRuleId: routing.ruleId,
      status: 'open',
      receivedAt: now,
      answerBy,
      escalateAt: answerBy,
    },
  });
  emitFor(uow, 'inquiry.received', inquiry.id, {
    inquiryId: inquiry.id,
    channel: input.channel,
    customerId: input.customerId,
    vehicleId: input.vehicleId,
    centreId: input.centreId,
    teamId: routing.teamId,
    answerBy: answerBy.toISOString(),
  });
  return inquiry;
}

/** A command the inquiry's state machine must allow; `fn` decides and writes the change. */
function inquiryCommand(
  ctx: ComplaintContext,
  target: Target,
  command: InquiryCommand,
  fn: (uow: Work, i: Inquiry) => Promise<Inquiry>,
): Promise<Inquiry> {
  return onAggregate(ctx, inquiries, target, (uow, i) => {
    assertInquiryCan(i.status as InquiryStatus, command);
    return fn(uow, i);
  });
}

export function answerInquiry(
  ctx: ComplaintContext,
  target: Target,
  input: { answer: string },
): Promise<Inquiry> {
  return inquiryCommand(ctx, target, 'answer', async (uow, i) => {
    const { now } = uow;
    const u = await saveVersioned(uow.tx, inquiries, i, {
      status: 'answered',
      answer: input.answer,
      answeredAt: now,
      answeredBy: uow.actor,
    });
    emitFor(uow, 'inquiry.answered', u.id, {
      inquiryId: u.id,
      answeredBy: uow.actor,
      answerSeconds: overdueSeconds(u.receivedAt, now),
      withinLimit: now <= u.answerBy,
    });
    return u;
  });
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
  target: Target,
  input: ConversionInput,
): Promise<Inquiry> {
  return inquiryCommand(ctx, target, 'convert', async (uow, i) => {
    const { now } = uow;
    if (input.into === 'complaint') {
      const complaint = await registerComplaint(uow, ctx.defaults, {
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
        createdBy: uow.actor,
      });
      const u = await saveVersioned(uow.tx, inquiries, i, {
        status: 'converted',
        convertedInto: 'complaint',
        convertedAt: now,
        complaintId: complaint.id,
      });
      emitFor(uow, 'inquiry.converted', u.id, {
        inquiryId: u.id,
        into: 'complaint',
        complaintId: complaint.id,
      });
      return u;
    }
    const bookingRequest = input.bookingRequest;
    const u = await saveVersioned(uow.tx, inquiries, i, {
      status: 'converted',
      convertedInto: 'booking',
      convertedAt: now,
      bookingRequest: bookingRequest as Prisma.InputJsonValue,
    });
    emitFor(uow, 'inquiry.converted', u.id, { inquiryId: u.id, into: 'booking', bookingRequest });
    return u;
  });
}

/** One step up the tenant's escalation chain for an inquiry whose answer deadline passed. */
async function escalateInquiry(uow: Work, i: Inquiry, due: Date, defaults: ServiceDefaults): Promise<void> {
  const settings = await loadSettings(uow.tx, i.tenantId, defaults);
  const step = escalationStep(settings.escalationChain, i.escalationLevel);
  await saveVersioned(uow.tx, inquiries, i, {
    answerEscalatedAt: uow.now,
    escalationLevel: step.level,
    escalatedToTeamId: step.toTeamId,
  });
  emitFor(uow, 'inquiry.escalated', i.id, {
    inquiryId: i.id,
    level: step.level,
    dueAt: due.toISOString(),
    overdueSeconds: overdueSeconds(due, uow.now),
    fromTeamId: i.teamId,
    toTeamId: step.toTeamId,
  });
}

/** Escalates up to `limit` open inquiries whose answer deadline passed, one step up the chain. */
export async function sweepInquiryEscalations(
  ctx: ComplaintContext,
  now: Date,
  limit = 100,
): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx: Tx) => {
    const ids = await claimDue(tx, 'inquiry', now, limit);
    if (ids.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.inquiry.findMany({ where: { id: { in: ids } } });
    let handled = 0;
    for (const i of rows) {
      const due = inquiryEscalateAt(i);
      if (!due || due > now) {
        await tx.inquiry.update({ where: { id: i.id }, data: { escalateAt: due } });
        continue;
      }
      await withinWork(tx, systemWork(i.tenantId, now), (uow) => escalateInquiry(uow, i, due, ctx.defaults));
      handled += 1;
    }
    return { claimed: ids.length, handled };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}
