// Labour time: a technician assigned to an order clocks on when they start working on it and off
// when they stop; each interval is a labour time entry. One running clock per technician (the
// unique open_key): clocking on elsewhere is refused until the first is clocked off. Completing
// the work (-> QC) stops the order's running clocks (workshop.ts). The technician's queue is the
// open orders assigned to them, with their running clock.
import { randomUUID } from 'node:crypto';
import { type Identity } from '@aftersales/service-kit';
import { Conflict } from '@aftersales/service-kit/domain';
import { type Db, type LabourTimeEntry, type RepairOrder } from '../db/client';
import { ProblemTypes, TransitionRefused, ruleViolation } from '../domain/errors';
import { CLOCK_ON_STATUSES, openKeyOf, summarise, type LabourSummary } from '../domain/labour';
import { allowedCommands, type Status } from '../domain/state-machine';
import { orderForIdentity } from './repair-orders/lifecycle';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

/** Open statuses an assigned order shows in its technician's queue. */
export const QUEUE_STATUSES: readonly Status[] = ['APPROVED', 'IN_PROGRESS', 'WAITING_PARTS', 'QC'];

export interface OrderLabour extends LabourSummary {
  repairOrderId: string;
  quotedLabourHours: number | null;
  entries: LabourTimeEntry[];
}

const clockConflict = (message: string, code: string, details: Record<string, unknown>) =>
  new Conflict(message, { type: ProblemTypes.rule, code, details });

/** The caller's running clock, if any. */
export function runningClockOf(db: Db, identity: Identity): Promise<LabourTimeEntry | null> {
  return db.labourTimeEntry.findUnique({ where: { openKey: openKeyOf(identity.tenantId, identity.userId) } });
}

/** Clocks the caller on the order: 409 while the order's status or another running clock refuses it. */
export function clockOn(deps: CommandDeps, ctx: CommandContext, id: string): Promise<void> {
  return runCommand(deps, ctx, async (uow) => {
    const order = await orderForIdentity(uow.tx, ctx.identity, id);
    const technicianId = ctx.identity.userId;
    if (!CLOCK_ON_STATUSES.includes(order.status))
      throw new TransitionRefused(
        'repair order',
        order.status,
        'clock-on',
        allowedCommands(order.status as Status),
        `Repair order ${id} is ${order.status}: technicians clock on while it is APPROVED or IN_PROGRESS.`,
      );
    if (!order.technicianIds.includes(technicianId))
      throw ruleViolation(
        `${technicianId} is not assigned to repair order ${id}: only its technicians clock on it.`,
        { code: 'not-assigned', details: { technicianIds: order.technicianIds } },
      );
    // Lock the caller's running clock (if any) so two clock-ons of one technician serialise.
    const running = await lockRunning(uow, ctx.identity);
    if (running)
      throw clockConflict(
        running.repairOrderId === id
          ? `${technicianId} is already clocked on repair order ${id}.`
          : `${technicianId} is clocked on repair order ${running.repairOrderId}; clock off there first.`,
        running.repairOrderId === id ? 'already-clocked-on' : 'clock-running',
        { repairOrderId: running.repairOrderId, startedAt: running.startedAt.toISOString() },
      );
    try {
      await uow.tx.labourTimeEntry.create({
        data: {
          id: randomUUID(),
          tenantId: uow.tenantId,
          repairOrderId: id,
          technicianId,
          startedAt: uow.now,
          openKey: openKeyOf(uow.tenantId, technicianId),
        },
      });
    } catch (err) {
      // A concurrent clock-on of the same technician committed first.
      if ((err as { code?: string }).code === 'P2002')
        throw clockConflict(`${technicianId} clocked on elsewhere at the same time.`, 'clock-running', {});
      throw err;
    }
  });
}

/** Clocks the caller off the order: 409 `not-clocked-on` unless their running clock is on it. */
export function clockOff(deps: CommandDeps, ctx: CommandContext, id: string): Promise<void> {
  return runCommand(deps, ctx, async (uow) => {
    await orderForIdentity(uow.tx, ctx.identity, id);
    const running = await lockRunning(uow, ctx.identity);
    if (!running || running.repairOrderId !== id)
      throw clockConflict(
        `${ctx.identity.userId} is not clocked on repair order ${id}.`,
        'not-clocked-on',
        running ? { runningOn: running.repairOrderId } : {},
      );
    await uow.tx.labourTimeEntry.update({
      where: { id: running.id },
      data: { endedAt: uow.now, openKey: null },
    });
  });
}

async function lockRunning(uow: Uow, identity: Identity): Promise<LabourTimeEntry | null> {
  const rows = await uow.tx.$queryRawUnsafe<{ id: string }[]>(
    'SELECT id FROM labour_time_entry WHERE open_key = $1 FOR UPDATE',
    openKeyOf(identity.tenantId, identity.userId),
  );
  return rows[0] ? uow.tx.labourTimeEntry.findUnique({ where: { id: rows[0].id } }) : null;
}

/** Stops every running clock of the order (its work is complete). */
export async function stopOrderClocks(uow: Uow, orderId: string): Promise<void> {
  await uow.tx.labourTimeEntry.updateMany({
    where: { repairOrderId: orderId, endedAt: null },
    data: { endedAt: uow.now, openKey: null },
  });
}

/** The labour hours of the approved quote (else the current one); null before any quote. */
async function quotedHoursOf(db: Db, order: RepairOrder): Promise<number | null> {
  const version = order.approvedQuoteVersion ?? (order.currentQuoteVersion || null);
  if (version === null) return null;
  const quote = await db.repairQuote.findUnique({
    where: { repairOrderId_version: { repairOrderId: order.id, version } },
  });
  return quote?.labourHours ?? null;
}

/** The order's labour entries (oldest first) and totals against the quote, read at `now`. */
export async function labourOf(db: Db, identity: Identity, id: string, now: Date): Promise<OrderLabour> {
  const order = await orderForIdentity(db, identity, id);
  return labourOfOrders(db, [order], now).then((m) => m.get(order.id)!);
}

/** Labour of several orders at once (the queue). */
export async function labourOfOrders(
  db: Db,
  orders: readonly RepairOrder[],
  now: Date,
): Promise<Map<string, OrderLabour>> {
  const entries = await db.labourTimeEntry.findMany({
    where: { repairOrderId: { in: orders.map((o) => o.id) } },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
  });
  const result = new Map<string, OrderLabour>();
  for (const order of orders) {
    const own = entries.filter((e) => e.repairOrderId === order.id);
    const quotedLabourHours = await quotedHoursOf(db, order);
    result.set(order.id, {
      repairOrderId: order.id,
      quotedLabourHours,
      entries: own,
      ...summarise(own, quotedLabourHours, now),
    });
  }
  return result;
}
