// A vehicle's next maintenance: the facts the domain rule (domain/maintenance-due.ts) needs,
// read from the vehicle, its odometer readings, its last delivery and the tenant's plans; and the
// last delivery itself, kept from repair.order.delivered.
import { type EventOf } from '@aftersales/contracts';
import { nextDueService, type DueService, type PlanRule } from '../domain/maintenance-due';
import { type MaintenancePlan, type Tx, type Vehicle } from '../db/client';
import { type CustomerDeps } from './deps';
import { isUuid } from './followups';
import { type Work } from './unit-of-work';

/** The tenant's plans as the domain rule reads them. */
export async function planRulesOf(db: Tx, tenantId: string): Promise<PlanRule[]> {
  const plans: MaintenancePlan[] = await db.maintenancePlan.findMany({ where: { tenantId } });
  return plans.map((p) => ({
    id: p.id,
    make: p.make,
    model: p.model,
    intervalMonths: p.intervalMonths,
    intervalKm: p.intervalKm,
    services: p.services,
    reminderDaysBefore: p.reminderDaysBefore,
    createdAt: p.createdAt,
  }));
}

/** The next service due for the vehicle, or null when nothing gives a date. */
export async function dueServiceOf(
  deps: Pick<CustomerDeps, 'followups'>,
  db: Tx,
  vehicle: Vehicle,
  plans: readonly PlanRule[],
): Promise<DueService | null> {
  const [readings, last] = await Promise.all([
    db.mileageReading.findMany({
      where: { vehicleId: vehicle.id },
      select: { mileageKm: true, recordedAt: true },
    }),
    db.vehicleLastMaintenance.findUnique({ where: { vehicleId: vehicle.id } }),
  ]);
  return nextDueService(
    {
      make: vehicle.make,
      model: vehicle.model,
      purchaseDate: vehicle.purchaseDate,
      registeredAt: vehicle.createdAt,
      readings,
      lastDelivery: last
        ? {
            deliveredAt: last.deliveredAt,
            mileageKm: last.mileageKm,
            advice: {
              dueOn: last.adviceDueOn ? last.adviceDueOn.toISOString().slice(0, 10) : null,
              dueMileageKm: last.adviceDueMileageKm,
            },
          }
        : null,
    },
    plans,
    { reminderDaysBefore: deps.followups.reminderDaysBefore },
  );
}

/**
 * Keeps the vehicle's latest delivery (the repair-order event does not say what kind of work it
 * was, so every delivery counts as the last visit). An older delivery arriving late changes
 * nothing; a vehicle that is not registered here is ignored.
 */
export async function recordLastDelivery(uow: Work, event: EventOf<'repair.order.delivered'>): Promise<void> {
  const { tx, tenantId } = uow;
  const d = event.data;
  if (!isUuid(d.vehicleId)) return;
  const deliveredAt = new Date(event.occurredAt);
  const adviceDueOn = d.nextMaintenance.dueOn ? new Date(`${d.nextMaintenance.dueOn}T00:00:00.000Z`) : null;
  await tx.$executeRaw`
    INSERT INTO vehicle_last_maintenance
      (vehicle_id, tenant_id, repair_order_id, delivered_at, mileage_km, advice_due_on, advice_due_mileage_km, updated_at)
    SELECT id, tenant_id, ${d.repairOrderId}, ${deliveredAt}, ${d.mileageKm}, ${adviceDueOn}::date,
           ${d.nextMaintenance.dueMileageKm}::int, now()
      FROM vehicle WHERE id = ${d.vehicleId}::uuid AND tenant_id = ${tenantId}
    ON CONFLICT (vehicle_id) DO UPDATE SET
      repair_order_id = EXCLUDED.repair_order_id, delivered_at = EXCLUDED.delivered_at,
      mileage_km = EXCLUDED.mileage_km, advice_due_on = EXCLUDED.advice_due_on,
      advice_due_mileage_km = EXCLUDED.advice_due_mileage_km, updated_at = now()
    WHERE vehicle_last_maintenance.delivered_at <= EXCLUDED.delivered_at`;
}
