// Repair-order use cases: reception and every command of the workflow. Each runs in one
// transaction that checks the version the client saw (If-Match), applies the pure domain logic,
// writes the aggregate with an optimistic lock and enqueues its events in the outbox.
import { randomBytes, randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { HttpProblem, assertVersion, now as clockNow } from '@aftersales/service-kit';
import {
  type PrismaClient,
  type RepairOrder,
  type RepairQuote,
  type ServiceCentre,
  type Tx,
} from '../db/client';
import { findComeback } from '../domain/comeback';
import { priceQuote, type QuoteLineInput, type PricedLine } from '../domain/quote';
import { seconds, stageDurations } from '../domain/sla';
import { type Command, type Status } from '../domain/state-machine';
import { assertCentreAccess, type Identity } from '../api/identity';
import { RepairProblemTypes, ruleViolation } from '../api/problems';
import { iso, money, repairEvent, type EventCause } from '../events/factories';
import {
  applyTransition,
  orderForIdentity,
  saveOrder,
  standardsOf,
  startStageClock,
  type OrderWithCentre,
  type StatusCause,
} from './lifecycle';
import { activeEmergency } from './emergency-mode';
import { assertCertified } from './training';

export interface OrderDeps {
  prisma: PrismaClient;
  quoteValidDays: number;
  now?: () => Date;
  /** Called after a commit that wrote outbox rows (wakes the relay). */
  onEvents?: () => void;
}

export interface CommandContext {
  identity: Identity;
  requestId?: string;
  /** The version the client saw (If-Match). */
  expectedVersion: number;
}

const MAX_INT = 2_147_483_647;

function cause(ctx: { identity: Identity; requestId?: string }, now: Date): EventCause {
  return { tenantId: ctx.identity.tenantId, causationId: ctx.requestId ?? null, occurredAt: now };
}

function orderNumber(now: Date): string {
  return `RO-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

const jsonArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface ReceptionInput {
  centreId: string;
  customerId: string;
  vehicleId: string;
  bookingId?: string | null;
  serviceType: string;
  mileageKm: number;
  fuelLevelPercent: number;
  symptoms: string;
  symptomSystems: string[];
  damageNotes?: string | null;
}

/** Opens an order (status RECEIVED); with a booking, checks it in. Runs inside the caller's transaction (idempotency). */
export async function receive(
  tx: Tx,
  identity: Identity,
  input: ReceptionInput & {
    origin?: 'booking' | 'walk-in' | 'rescue' | 'overflow';
    rescueId?: string | null;
  },
  opts: { now: Date; requestId?: string },
): Promise<{ order: RepairOrder; events: AnyEvent[] }> {
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw ruleViolation(`Unknown service centre ${input.centreId}.`, { field: 'centreId' });
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  let origin = input.origin ?? 'walk-in';
  if (input.bookingId) {
    const booking = await tx.booking.findFirst({
      where: { id: input.bookingId, tenantId: identity.tenantId },
    });
    if (!booking || booking.centreId !== centre.id)
      throw ruleViolation(`Unknown booking ${input.bookingId} at this centre.`, { field: 'bookingId' });
    if (booking.status !== 'BOOKED')
      throw ruleViolation(`Booking ${booking.id} is ${booking.status}, not BOOKED.`, { field: 'bookingId' });
    if (booking.vehicleId !== input.vehicleId)
      throw ruleViolation('The booking is for another vehicle.', { field: 'vehicleId' });
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, version: booking.version },
      data: { status: 'CHECKED_IN', version: { increment: 1 } },
    });
    if (count === 0) throw ruleViolation(`Booking ${booking.id} changed meanwhile; retry.`);
    origin = booking.overflowFromCentreId ? 'overflow' : 'booking';
  }
  const emergency = await activeEmergency(tx, identity.tenantId, centre.regionId);
  const id = randomUUID();
  const order = await tx.repairOrder.create({
    data: {
      id,
      tenantId: identity.tenantId,
      orderNumber: orderNumber(opts.now),
      centreId: centre.id,
      regionId: centre.regionId,
      centreType: centre.type,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      origin,
      bookingId: input.bookingId ?? null,
      rescueId: input.rescueId ?? null,
      serviceType: input.serviceType,
      status: 'RECEIVED',
      mileageKm: input.mileageKm,
      fuelLevelPercent: input.fuelLevelPercent,
      symptoms: input.symptoms,
      symptomSystems: input.symptomSystems,
      damageNotes: input.damageNotes ?? null,
      emergencyMode: emergency !== null,
      currency: centre.currency,
      faultCodes: [],
      faultSystems: [],
      technicianIds: [],
      progressNotes: [],
      qcResults: [],
      receivedAt: opts.now,
      statusChangedAt: opts.now,
      createdBy: identity.userId,
    },
  });
  await tx.repairOrderTransition.create({
    data: {
      repairOrderId: id,
      fromStatus: null,
      toStatus: 'RECEIVED',
      cause: 'command',
      changedBy: identity.userId,
      at: opts.now,
    },
  });
  await startStageClock(tx, order, 'RECEIVED', opts.now);
  const events = [
    repairEvent(
      'repair.order.opened',
      id,
      {
        repairOrderId: id,
        orderNumber: order.orderNumber,
        centreId: centre.id,
        centreType: centre.type as 'regional-centre' | 'partner-workshop',
        regionId: centre.regionId,
        customerId: input.customerId,
        vehicleId: input.vehicleId,
        origin,
        bookingId: input.bookingId ?? null,
        rescueId: input.rescueId ?? null,
        serviceType: input.serviceType as never,
        mileageKm: input.mileageKm,
        fuelLevelPercent: input.fuelLevelPercent,
        symptomSystems: input.symptomSystems as never,
        damageNoted: !!input.damageNotes,
        emergencyMode: emergency !== null,
      },
      { tenantId: identity.tenantId, causationId: opts.requestId ?? null, occurredAt: opts.now },
    ),
  ];
  await enqueueEvents(tx, events);
  return { order, events };
}

/** Runs one command on an order: load in scope, check If-Match, apply, save with the version lock, enqueue events. */
async function runCommand(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  body: (
    tx: Tx,
    order: OrderWithCentre,
    now: Date,
    cause: EventCause,
  ) => Promise<{ data: Record<string, unknown>; events: AnyEvent[] }>,
): Promise<void> {
  const now = (deps.now ?? clockNow)();
  await deps.prisma.$transaction(async (tx) => {
    const order = await orderForIdentity(tx, ctx.identity, id);
    assertVersion(ctx.expectedVersion, order.version);
    const { data, events } = await body(tx, order, now, cause(ctx, now));
    await saveOrder(tx, order, data);
    await enqueueEvents(tx, events);
  });
  deps.onEvents?.();
}

async function simpleTransition(
  tx: Tx,
  order: OrderWithCentre,
  command: Command,
  now: Date,
  eventCause: EventCause,
  changedBy: string | null,
  statusCause: StatusCause = 'command',
) {
  return applyTransition(tx, order, command, { now, cause: statusCause, changedBy, eventCause });
}

export interface DiagnosisInput {
  technicianId: string;
  faultCodes: string[];
  findings: {
    system: string;
    severity: 'advisory' | 'required' | 'safety-critical';
    faultCode?: string | null;
    description?: string | null;
  }[];
  estimatedLabourHours: number;
  partsRequired: boolean;
  notes?: string | null;
}

export function diagnose(deps: OrderDeps, ctx: CommandContext, id: string, input: DiagnosisInput) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'diagnose', now, ec, ctx.identity.userId);
    assertTechnician(order.centre, input.technicianId);
    const codes = [
      ...new Set(
        [...input.faultCodes, ...input.findings.flatMap((f) => (f.faultCode ? [f.faultCode] : []))].map((c) =>
          c.toUpperCase(),
        ),
      ),
    ];
    const systems = [...new Set(input.findings.map((f) => f.system))];
    const diagnosed = repairEvent(
      'repair.order.diagnosed',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        technicianId: input.technicianId,
        faultCodes: codes,
        findings: input.findings.map((f) => ({
          system: f.system as never,
          severity: f.severity,
          faultCode: f.faultCode ?? null,
        })),
        estimatedLabourHours: input.estimatedLabourHours,
        partsRequired: input.partsRequired,
      },
      ec,
    );
    return {
      data: {
        ...t.data,
        diagnosis: {
          at: iso(now),
          by: ctx.identity.userId,
          technicianId: input.technicianId,
          findings: input.findings,
          notes: input.notes ?? null,
          partsRequired: input.partsRequired,
        },
        faultCodes: codes,
        faultSystems: systems,
        estimatedLabourHours: input.estimatedLabourHours,
      },
      events: [diagnosed, ...t.events],
    };
  });
}

function assertTechnician(centre: ServiceCentre, technicianId: string): void {
  const techs = jsonArray(centre.technicians) as { id: string }[];
  if (!techs.some((t) => t.id === technicianId))
    throw ruleViolation(`Technician ${technicianId} does not work at centre ${centre.id}.`, {
      field: 'technicianId',
    });
}

export interface QuoteInput {
  reason?: 'initial' | 'extra-findings' | 'revision';
  lines: QuoteLineInput[];
  discountMinor?: number;
  /** Extra findings that caused a re-quote (added to the order's fault codes / systems). */
  extraFindings?: { system: string; faultCode?: string | null }[];
}

export async function issueQuote(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  input: QuoteInput,
): Promise<number> {
  let version = 0;
  await runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'quote', now, ec, ctx.identity.userId);
    const reason =
      input.reason ??
      (order.currentQuoteVersion === 0
        ? 'initial'
        : t.from === 'IN_PROGRESS'
          ? 'extra-findings'
          : 'revision');
    if (reason === 'initial' && order.currentQuoteVersion > 0)
      throw ruleViolation(
        'The order already has a quote; a re-quote has reason extra-findings or revision.',
        { field: 'reason' },
      );
    if (reason !== 'initial' && order.currentQuoteVersion === 0)
      throw ruleViolation('The first quote of an order has reason initial.', { field: 'reason' });
    const priced = priceQuote(
      input.lines,
      {
        labourRateMinor: order.centre.labourRateMinor,
        currency: order.currency,
        defaultTaxRateBasisPoints: order.centre.taxRateBasisPoints,
      },
      input.discountMinor ?? 0,
    );
    if (priced.totals.grossMinor > MAX_INT)
      throw ruleViolation('The quote total is larger than this service accepts.');
    version = order.currentQuoteVersion + 1;
    const quoteId = randomUUID();
    const validUntil = new Date(now.getTime() + deps.quoteValidDays * 86_400_000);
    await tx.repairQuote.updateMany({
      where: { repairOrderId: order.id, status: 'ISSUED' },
      data: { status: 'SUPERSEDED' },
    });
    await tx.repairQuote.create({
      data: {
        id: quoteId,
        tenantId: order.tenantId,
        repairOrderId: order.id,
        version,
        reason,
        status: 'ISSUED',
        lines: priced.lines as unknown as object,
        currency: priced.currency,
        quoteDiscountMinor: input.discountMinor ?? 0,
        netMinor: priced.totals.netMinor,
        discountMinor: priced.totals.discountMinor,
        taxMinor: priced.totals.taxMinor,
        grossMinor: priced.totals.grossMinor,
        labourHours: priced.labourHours,
        labourNetMinor: priced.labourNetMinor,
        partsNetMinor: priced.partsNetMinor,
        validUntil,
        createdBy: ctx.identity.userId,
      },
    });
    const c = priced.currency;
    const quoted = repairEvent(
      'repair.order.quoted',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        quoteVersion: version,
        reason,
        lines: priced.lines.map((l) => ({
          lineId: lineIdOf(quoteId, l),
          kind: l.kind,
          partId: l.partId,
          operationCode: l.operationCode,
          quantity: l.quantity,
          unitPrice: money(l.unitPriceMinor, c),
          discount: money(l.discountMinor, c),
          taxRateBasisPoints: l.taxRateBasisPoints,
          netTotal: money(l.netMinor, c),
        })),
        totals: {
          net: money(priced.totals.netMinor, c),
          discount: money(priced.totals.discountMinor, c),
          tax: money(priced.totals.taxMinor, c),
          gross: money(priced.totals.grossMinor, c),
        },
        validUntil: iso(validUntil),
      },
      ec,
    );
    const extra = input.extraFindings ?? [];
    return {
      data: {
        ...t.data,
        currentQuoteVersion: version,
        faultCodes: [
          ...new Set([
            ...order.faultCodes,
            ...extra.flatMap((f) => (f.faultCode ? [f.faultCode.toUpperCase()] : [])),
          ]),
        ],
        faultSystems: [...new Set([...order.faultSystems, ...extra.map((f) => f.system)])],
      },
      events: [quoted, ...t.events],
    };
  });
  return version;
}

const lineIdOf = (quoteId: string, line: Pick<PricedLine, 'lineNo'>) => `${quoteId}:${line.lineNo}`;

async function quoteForDecision(tx: Tx, order: OrderWithCentre, version: number): Promise<RepairQuote> {
  const quote = await tx.repairQuote.findUnique({
    where: { repairOrderId_version: { repairOrderId: order.id, version } },
  });
  if (!quote)
    throw new HttpProblem(404, { detail: `Quote version ${version} of order ${order.id} not found.` });
  if (version !== order.currentQuoteVersion || quote.status !== 'ISSUED') {
    throw new HttpProblem(409, {
      type: RepairProblemTypes.staleQuote,
      title: 'Stale quote version',
      detail: `Quote version ${version} is ${quote.status.toLowerCase()}; the current quote is version ${order.currentQuoteVersion}.`,
      extra: { quoteVersion: version, currentQuoteVersion: order.currentQuoteVersion },
    });
  }
  return quote;
}

export interface ApprovalInput {
  method: 'in-person' | 'phone' | 'email' | 'sms' | 'online' | 'signature';
  approvedByCustomerId?: string | null;
  priority?: 'normal' | 'urgent';
  neededBy?: string | null;
}

export function approveQuote(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  version: number,
  input: ApprovalInput,
) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'approve', now, ec, ctx.identity.userId);
    const quote = await quoteForDecision(tx, order, version);
    if (quote.validUntil.getTime() < now.getTime())
      throw ruleViolation(`Quote version ${version} expired at ${iso(quote.validUntil)}; issue a new quote.`);
    await tx.repairQuote.update({
      where: { id: quote.id },
      data: {
        status: 'APPROVED',
        decidedAt: now,
        decidedBy: ctx.identity.userId,
        decisionMethod: input.method,
        approvedByCustomerId: input.approvedByCustomerId ?? null,
      },
    });
    const events: AnyEvent[] = [
      repairEvent(
        'repair.order.approved',
        order.id,
        {
          repairOrderId: order.id,
          centreId: order.centreId,
          quoteVersion: version,
          approvedTotal: money(quote.grossMinor, quote.currency),
          method: input.method,
          approvedByCustomerId: input.approvedByCustomerId ?? null,
          recordedBy: ctx.identity.userId,
        },
        ec,
      ),
      ...t.events,
    ];
    // Parts: request what this version needs beyond the previously approved version (a re-quote is the full scope).
    const previous = order.approvedQuoteVersion
      ? await tx.repairQuote.findUnique({
          where: { repairOrderId_version: { repairOrderId: order.id, version: order.approvedQuoteVersion } },
        })
      : null;
    const already = new Map<string, number>();
    for (const l of (previous?.lines ?? []) as unknown as PricedLine[])
      if (l.kind === 'part' && l.partId) already.set(l.partId, (already.get(l.partId) ?? 0) + l.quantity);
    const lines: { lineId: string; partId: string; quantity: number }[] = [];
    for (const l of quote.lines as unknown as PricedLine[]) {
      if (l.kind !== 'part' || !l.partId) continue;
      const covered = already.get(l.partId) ?? 0;
      const need = Math.round((l.quantity - covered) * 1000) / 1000;
      already.set(l.partId, Math.max(0, covered - l.quantity));
      if (need > 0) lines.push({ lineId: lineIdOf(quote.id, l), partId: l.partId, quantity: need });
    }
    let parts: Record<string, unknown> = {};
    if (lines.length > 0) {
      const requestId = randomUUID();
      events.push(
        repairEvent(
          'repair.parts.requested',
          order.id,
          {
            repairOrderId: order.id,
            requestId,
            centreId: order.centreId,
            locationId: order.centre.stockLocationId,
            quoteVersion: version,
            priority: input.priority ?? 'normal',
            neededBy: input.neededBy ?? null,
            lines,
          },
          ec,
        ),
      );
      parts = { partsRequestId: requestId, partsStatus: 'requested' };
    }
    return { data: { ...t.data, approvedQuoteVersion: version, ...parts }, events };
  });
}

export interface DeclineInput {
  method: ApprovalInput['method'];
  reason: 'price' | 'time' | 'second-opinion' | 'not-needed' | 'other';
}

export function declineQuote(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  version: number,
  input: DeclineInput,
) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'decline', now, ec, ctx.identity.userId);
    const quote = await quoteForDecision(tx, order, version);
    await tx.repairQuote.update({
      where: { id: quote.id },
      data: {
        status: 'DECLINED',
        decidedAt: now,
        decidedBy: ctx.identity.userId,
        decisionMethod: input.method,
        declineReason: input.reason,
      },
    });
    const declined = repairEvent(
      'repair.order.declined',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        quoteVersion: version,
        method: input.method,
        reason: input.reason,
        recordedBy: ctx.identity.userId,
      },
      ec,
    );
    return { data: t.data, events: [declined, ...t.events] };
  });
}

export function assign(deps: OrderDeps, ctx: CommandContext, id: string, input: { technicianIds: string[] }) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    for (const tech of input.technicianIds) assertTechnician(order.centre, tech);
    const t = await applyTransition(tx, order, 'assign', {
      now,
      cause: 'command',
      changedBy: ctx.identity.userId,
      technicianId: input.technicianIds[0],
      eventCause: ec,
    });
    // After the status check (a refused transition stays a 409), before anything is saved.
    await assertCertified(tx, order, input.technicianIds, now);
    return { data: { ...t.data, technicianIds: [...new Set(input.technicianIds)] }, events: t.events };
  });
}

export function recordProgress(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  input: { note: string; workComplete?: boolean },
) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(
      tx,
      order,
      input.workComplete ? 'complete-work' : 'note-progress',
      now,
      ec,
      ctx.identity.userId,
    );
    const notes = [
      ...jsonArray(order.progressNotes),
      { at: iso(now), by: ctx.identity.userId, note: input.note, workComplete: !!input.workComplete },
    ];
    return { data: { ...t.data, progressNotes: notes }, events: t.events };
  });
}

export interface QcInput {
  inspectorId: string;
  checklist: { code: string; passed: boolean; note?: string | null }[];
}

export function recordQc(deps: OrderDeps, ctx: CommandContext, id: string, input: QcInput) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const failed = input.checklist.filter((c) => !c.passed).map((c) => c.code);
    const passed = failed.length === 0;
    const t = await applyTransition(tx, order, passed ? 'pass-qc' : 'fail-qc', {
      now,
      cause: passed ? 'command' : 'qc-failed',
      changedBy: ctx.identity.userId,
      eventCause: ec,
    });
    const attempt = order.qcAttempts + 1;
    const reworkCount = order.reworkCount + (passed ? 0 : 1);
    const qcResults = [
      ...jsonArray(order.qcResults),
      { attempt, at: iso(now), inspectorId: input.inspectorId, passed, checklist: input.checklist },
    ];
    const data = {
      ...t.data,
      qcAttempts: attempt,
      reworkCount,
      qcResults,
      ...(passed ? { completedAt: now } : {}),
    };
    if (!passed) {
      const qcFailed = repairEvent(
        'repair.order.qc-failed',
        order.id,
        {
          repairOrderId: order.id,
          centreId: order.centreId,
          inspectorId: input.inspectorId,
          technicianIds: order.technicianIds,
          attempt,
          failedChecks: failed,
          reworkCount,
        },
        ec,
      );
      return { data, events: [qcFailed, ...t.events] };
    }
    const completed = await completionEvent(
      tx,
      { ...order, ...data, status: 'READY' } as OrderWithCentre,
      now,
      ec,
    );
    const comebackOf = (completed.data as { comebackOfRepairOrderId: string | null }).comebackOfRepairOrderId;
    return { data: { ...data, comebackOfRepairOrderId: comebackOf }, events: [completed, ...t.events] };
  });
}

/** repair.order.completed: the service outcome, computed when work passes QC. */
async function completionEvent(tx: Tx, order: OrderWithCentre, now: Date, ec: EventCause): Promise<AnyEvent> {
  const transitions = await tx.repairOrderTransition.findMany({
    where: { repairOrderId: order.id },
    orderBy: { seq: 'asc' },
  });
  const standards = await standardsOf(tx, order.tenantId);
  const history = transitions.map((x) => ({
    from: x.fromStatus as Status | null,
    to: x.toStatus as Status,
    at: x.at,
  }));
  // The READY entry is recorded by applyTransition before this runs; stop the durations at now.
  const durations = stageDurations(history, now, standards).filter((d) => d.stage !== 'READY');
  const clocks = await tx.slaClock.findMany({
    where: { repairOrderId: order.id },
    orderBy: { startedAt: 'asc' },
  });
  const breaches = clocks
    .filter((c) => c.stage !== 'READY')
    .map((c) => ({
      stage: c.stage as Status,
      standardSeconds: c.standardSeconds,
      elapsedSeconds: seconds(c.startedAt, c.stoppedAt ?? now),
    }))
    .filter((b) => b.elapsedSeconds > b.standardSeconds);
  const quote = order.approvedQuoteVersion
    ? await tx.repairQuote.findUnique({
        where: { repairOrderId_version: { repairOrderId: order.id, version: order.approvedQuoteVersion } },
      })
    : null;
  const since = new Date(order.receivedAt.getTime() - 31 * 86_400_000);
  const past = await tx.repairOrder.findMany({
    where: {
      tenantId: order.tenantId,
      vehicleId: order.vehicleId,
      id: { not: order.id },
      completedAt: { not: null, gte: since },
    },
    select: { id: true, vehicleId: true, faultCodes: true, faultSystems: true, completedAt: true },
  });
  const comebackOf = findComeback(
    {
      repairOrderId: order.id,
      vehicleId: order.vehicleId,
      faultCodes: order.faultCodes,
      systems: order.faultSystems,
      receivedAt: order.receivedAt,
    },
    past.map((p) => ({
      repairOrderId: p.id,
      vehicleId: p.vehicleId,
      faultCodes: p.faultCodes,
      systems: p.faultSystems,
      completedAt: p.completedAt!,
    })),
  );
  const c = order.currency;
  const partsCost = order.partsCostMinor > 0 ? order.partsCostMinor : (quote?.partsNetMinor ?? 0);
  return repairEvent(
    'repair.order.completed',
    order.id,
    {
      repairOrderId: order.id,
      centreId: order.centreId,
      centreType: order.centreType as 'regional-centre' | 'partner-workshop',
      regionId: order.regionId,
      customerId: order.customerId,
      vehicleId: order.vehicleId,
      serviceType: order.serviceType as never,
      technicianIds: order.technicianIds,
      receivedAt: iso(order.receivedAt),
      stageDurations: durations,
      labourHours: quote?.labourHours ?? 0,
      labourCost: money(quote?.labourNetMinor ?? 0, c),
      partsCost: money(partsCost, c),
      totalGross: money(quote?.grossMinor ?? 0, c),
      reworkCount: order.reworkCount,
      qcAttempts: Math.max(1, order.qcAttempts),
      slaBreaches: breaches,
      comeback: comebackOf !== null,
      comebackOfRepairOrderId: comebackOf,
    },
    ec,
  );
}

export interface DeliveryInput {
  mileageKm: number;
  notes?: string | null;
  nextMaintenance: { dueMileageKm?: number | null; dueOn?: string | null };
}

export function deliver(deps: OrderDeps, ctx: CommandContext, id: string, input: DeliveryInput) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'deliver', now, ec, ctx.identity.userId);
    if (input.mileageKm < order.mileageKm)
      throw ruleViolation(
        `Delivery mileage ${input.mileageKm} km is below the reception mileage ${order.mileageKm} km.`,
        { field: 'mileageKm' },
      );
    const due = input.nextMaintenance.dueMileageKm ?? null;
    if (due !== null && due <= input.mileageKm)
      throw ruleViolation('Next maintenance mileage must be above the delivery mileage.', {
        field: 'nextMaintenance.dueMileageKm',
      });
    const delivered = repairEvent(
      'repair.order.delivered',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        customerId: order.customerId,
        vehicleId: order.vehicleId,
        mileageKm: input.mileageKm,
        nextMaintenance: { dueMileageKm: due, dueOn: input.nextMaintenance.dueOn ?? null },
        deliveredBy: ctx.identity.userId,
      },
      ec,
    );
    return {
      data: {
        ...t.data,
        delivery: {
          at: iso(now),
          by: ctx.identity.userId,
          mileageKm: input.mileageKm,
          notes: input.notes ?? null,
          nextMaintenance: { dueMileageKm: due, dueOn: input.nextMaintenance.dueOn ?? null },
        },
      },
      events: [delivered, ...t.events],
    };
  });
}

export function close(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  input: {
    payer: 'customer' | 'warranty' | 'insurance' | 'internal' | 'goodwill';
    invoiceTotalMinor?: number | null;
  },
) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'close', now, ec, ctx.identity.userId);
    const quote = order.approvedQuoteVersion
      ? await tx.repairQuote.findUnique({
          where: { repairOrderId_version: { repairOrderId: order.id, version: order.approvedQuoteVersion } },
        })
      : null;
    const invoice = input.invoiceTotalMinor ?? (t.from === 'DECLINED' ? 0 : (quote?.grossMinor ?? 0));
    const closed = repairEvent(
      'repair.order.closed',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        regionId: order.regionId,
        invoiceTotal: money(invoice, order.currency),
        payer: input.payer,
      },
      ec,
    );
    return {
      data: {
        ...t.data,
        closure: { at: iso(now), by: ctx.identity.userId, payer: input.payer, invoiceTotalMinor: invoice },
      },
      events: [closed, ...t.events],
    };
  });
}

export function cancel(
  deps: OrderDeps,
  ctx: CommandContext,
  id: string,
  input: {
    cancelledBy: 'customer' | 'staff';
    reason: 'customer-request' | 'quote-declined' | 'duplicate' | 'vehicle-unavailable' | 'other';
    note?: string | null;
  },
) {
  return runCommand(deps, ctx, id, async (tx, order, now, ec) => {
    const t = await simpleTransition(tx, order, 'cancel', now, ec, ctx.identity.userId);
    const cancelled = repairEvent(
      'repair.order.cancelled',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        fromStatus: t.from,
        cancelledBy: input.cancelledBy,
        reason: input.reason,
      },
      ec,
    );
    return {
      data: { ...t.data, cancellation: { at: iso(now), by: ctx.identity.userId, ...input } },
      events: [cancelled, ...t.events],
    };
  });
}

export type { OrderWithCentre };
