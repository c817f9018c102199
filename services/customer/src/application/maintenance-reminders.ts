// The maintenance reminder sweep: every active customer's vehicle whose next service
// (application/maintenance.ts) is within its plan's reminder days gets maintenance.due, once.
// Each reminder is one unit of work: the vehicle row locked (SKIP LOCKED: a racing sweep leaves
// it to the one that holds it), the owner share-locked and re-checked as active (an erasure
// committing meanwhile wins), the due service computed again from fresh rows, the reminder row
// inserted (unique per vehicle and due date: a restart or a second replica sends nothing twice)
// and the event written to the outbox in the same commit.
// One reminder per service cycle: once a vehicle was reminded after its last delivery, a due
// date that drifts with new odometer readings does not remind the customer again.
import { randomUUID } from 'node:crypto';
import { emitEvent, Periodic, runUnitOfWork, type PeriodicLogger } from '@aftersales/service-kit';
import { dayOf, isReminderDue, type DueService } from '../domain/maintenance-due';
import { type Tx, type Vehicle } from '../db/client';
import { nowOf, PRODUCER, type CustomerDeps } from './deps';
import { dueServiceOf, planRulesOf } from './maintenance';
import { type Work } from './unit-of-work';

export interface ReminderSweepResult {
  checked: number;
  reminded: number;
}

/** One pass over every active customer's vehicle, in pages of `batchSize`. */
export async function sweepMaintenanceReminders(
  deps: CustomerDeps,
  now: Date = nowOf(deps),
  batchSize = 200,
): Promise<ReminderSweepResult> {
  const today = dayOf(now);
  const plansOf = memoised((tenantId: string) => planRulesOf(deps.prisma, tenantId));
  const result: ReminderSweepResult = { checked: 0, reminded: 0 };
  for (let after: string | undefined; ;) {
    const vehicles = await deps.prisma.vehicle.findMany({
      where: { owner: { status: 'ACTIVE' }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (vehicles.length === 0) return result;
    after = vehicles[vehicles.length - 1]!.id;
    for (const vehicle of vehicles) {
      result.checked += 1;
      // A cheap look first; remindOnce decides again under the locks.
      const due = await dueServiceOf(deps, deps.prisma, vehicle, await plansOf(vehicle.tenantId));
      if (due && isReminderDue(due, today) && (await remindOnce(deps, vehicle, now))) result.reminded += 1;
    }
  }
}

/** Sends maintenance.due for the vehicle unless already sent; true when this call sent it. */
async function remindOnce(deps: CustomerDeps, vehicle: Vehicle, now: Date): Promise<boolean> {
  const { result } = await runUnitOfWork<Tx, boolean>(
    deps.prisma,
    { tenantId: vehicle.tenantId, actor: 'system', now, producer: PRODUCER, causationId: null },
    async (uow) => {
      const owner = await lockVehicleOfActiveOwner(uow.tx, vehicle.id);
      if (!owner) return false;
      const fresh = (await uow.tx.vehicle.findUnique({ where: { id: vehicle.id } }))!;
      const due = await dueServiceOf(deps, uow.tx, fresh, await planRulesOf(uow.tx, vehicle.tenantId));
      if (!due || !isReminderDue(due, dayOf(now))) return false;
      if (await remindedThisCycle(uow.tx, vehicle.id, owner)) return false;
      return recordReminder(uow, vehicle.id, owner, due);
    },
    { onEvents: deps.onEvents },
  );
  return result;
}

/** The owner's id with the vehicle locked and the owner share-locked, or null (erased, sold off, busy). */
async function lockVehicleOfActiveOwner(tx: Tx, vehicleId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ owner: string }[]>`
    SELECT c.id::text AS owner FROM vehicle v JOIN customer c ON c.id = v.owner_customer_id
     WHERE v.id = ${vehicleId}::uuid AND c.status = 'ACTIVE'
       AND c.tenant_id = v.tenant_id
     FOR UPDATE OF v SKIP LOCKED`;
  const owner = rows[0]?.owner;
  if (!owner) return null;
  // After the vehicle: an erasure holding the customer makes this wait, then the re-check sees it.
  const active = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM customer WHERE id = ${owner}::uuid AND status = 'ACTIVE' FOR SHARE`;
  return active.length > 0 ? owner : null;
}

/** Whether this owner was reminded about the vehicle since its last delivery (or ever, without one). */
async function remindedThisCycle(tx: Tx, vehicleId: string, customerId: string): Promise<boolean> {
  const last = await tx.vehicleLastMaintenance.findUnique({
    where: { vehicleId },
    select: { deliveredAt: true },
  });
  const earlier = await tx.maintenanceReminder.findFirst({
    where: { vehicleId, customerId, ...(last ? { remindedAt: { gte: last.deliveredAt } } : {}) },
    select: { id: true },
  });
  return earlier !== null;
}

async function recordReminder(
  uow: Work,
  vehicleId: string,
  customerId: string,
  due: DueService,
): Promise<boolean> {
  const inserted = await uow.tx.$executeRaw`
    INSERT INTO maintenance_reminder (id, tenant_id, vehicle_id, customer_id, due_on, basis, plan_id, reminded_at)
    VALUES (${randomUUID()}::uuid, ${uow.tenantId}, ${vehicleId}::uuid, ${customerId}::uuid, ${due.dueOn}::date,
            ${due.basis}, ${due.planId}::uuid, ${uow.now})
    ON CONFLICT (vehicle_id, due_on) DO NOTHING`;
  if (inserted === 0) return false;
  emitEvent(uow, 'maintenance.due', vehicleId, {
    vehicleId,
    customerId,
    planId: due.planId,
    dueOn: due.dueOn,
    dueMileageKm: due.dueMileageKm,
    basis: due.basis,
    services: due.services,
  });
  return true;
}

function memoised<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) cache.set(key, (value = load(key)));
    return value;
  };
}

export interface MaintenanceReminderSweeperOptions {
  intervalMs: number;
  logger?: PeriodicLogger & { info?(obj: object, msg?: string): void };
}

/** Runs the sweep every `intervalMs` (Periodic: one pass at a time; stop() waits for it). */
export class MaintenanceReminderSweeper {
  private readonly periodic: Periodic;

  constructor(
    private readonly deps: CustomerDeps,
    private readonly opts: MaintenanceReminderSweeperOptions,
  ) {
    this.periodic = new Periodic(
      // The first pass right after start: a process restarted more often than the interval still sweeps.
      {
        what: 'maintenance reminder sweep',
        intervalMs: opts.intervalMs,
        initialDelayMs: 0,
        logger: opts.logger,
      },
      () => this.sweepOnce(),
    );
  }

  async sweepOnce(): Promise<ReminderSweepResult> {
    const result = await sweepMaintenanceReminders(this.deps);
    if (result.reminded > 0) this.opts.logger?.info?.(result, 'maintenance reminders sent');
    return result;
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
