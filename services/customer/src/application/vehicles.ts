// Vehicles: registration (VIN unique per tenant), mileage readings that never go down unless
// corrected with a reason, and ownership changes that keep every earlier owner.
import { randomUUID } from 'node:crypto';
import { emitEvent, expectVersion, type Identity } from '@aftersales/service-kit';
import { duplicateVin, notFound, ruleViolation, unknownReference } from '../domain/errors';
import { decideMileage } from '../domain/mileage';
import { plateKey } from '../domain/plate';
import { isUniqueViolation, type Tx, type Vehicle } from '../db/client';
import { vehicleOwnershipChanged, vehicleRegistered } from '../events/payloads';
import { type CustomerDeps } from './deps';
import { idempotentCreate, type CreateRequest, type Created } from './idempotency';
import { customerScope, reachesDealer, registrationCentre, vehicleScope, vehicleServedAt } from './scope';
import { runCommand, type Work } from './unit-of-work';

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The owner must be a customer the caller may see (scope.ts); returns its dealer. */
async function assertOwner(tx: Tx, me: Identity, customerId: string): Promise<string | null> {
  const owner = await tx.customer.findFirst({
    where: { id: customerId, tenantId: me.tenantId, AND: [customerScope(me)] },
    select: { status: true, dealerId: true },
  });
  if (!owner) throw unknownReference('ownerCustomerId', 'No such customer.');
  if (owner.status === 'ERASED')
    throw unknownReference('ownerCustomerId', 'The customer was erased and cannot own vehicles.');
  return owner.dealerId;
}

export interface VehicleInput {
  vin: string;
  make: string;
  model: string;
  modelYear: number;
  ownerCustomerId?: string | null;
  /** The service centre registering the vehicle (see registrationCentre). */
  centreId?: string | undefined;
  mileageKm: number;
  purchaseDate?: string | null;
  warrantyEndsOn?: string | null;
  /** As entered (already trimmed and upper-cased by the request schema). */
  registrationNumber?: string | null;
}

/** Registers a vehicle once per Idempotency-Key; a VIN is unique per tenant. */
export async function registerVehicle(
  deps: CustomerDeps,
  me: Identity,
  request: CreateRequest,
  input: VehicleInput,
): Promise<Created> {
  try {
    return await idempotentCreate(deps, me, request, async (uow) => (await insertVehicle(uow, me, input)).id);
  } catch (err) {
    // Two registrations of one VIN at once: the loser hits the unique index.
    if (isUniqueViolation(err)) throw duplicateVin(input.vin);
    throw err;
  }
}

async function insertVehicle(uow: Work, me: Identity, input: VehicleInput): Promise<Vehicle> {
  const { tx } = uow;
  if (await tx.vehicle.findFirst({ where: { tenantId: me.tenantId, vin: input.vin }, select: { id: true } }))
    throw duplicateVin(input.vin);
  const ownerDealerId = input.ownerCustomerId ? await assertOwner(tx, me, input.ownerCustomerId) : null;
  const centreId = registrationCentre(me, input.centreId, reachesDealer(me, ownerDealerId));
  const id = randomUUID();
  const vehicle = await tx.vehicle.create({
    data: {
      id,
      tenantId: me.tenantId,
      vin: input.vin,
      make: input.make,
      model: input.model,
      modelYear: input.modelYear,
      ownerCustomerId: input.ownerCustomerId ?? null,
      mileageKm: input.mileageKm,
      purchaseDate: input.purchaseDate ? day(input.purchaseDate) : null,
      warrantyEndsOn: input.warrantyEndsOn ? day(input.warrantyEndsOn) : null,
      ...plateColumns(input.registrationNumber ?? null),
      createdBy: me.userId,
    },
  });
  await tx.mileageReading.create({
    data: {
      id: randomUUID(),
      vehicleId: id,
      mileageKm: input.mileageKm,
      source: 'registration',
      recordedBy: me.userId,
    },
  });
  if (input.ownerCustomerId) {
    await tx.vehicleOwnership.create({
      data: {
        id: randomUUID(),
        vehicleId: id,
        customerId: input.ownerCustomerId,
        startedOn: input.purchaseDate ? day(input.purchaseDate) : day(dayOf(uow.now)),
        reason: 'registration',
        recordedBy: me.userId,
      },
    });
  }
  if (centreId) await vehicleServedAt(tx, me.tenantId, id, centreId, 'registration');
  emitEvent(uow, 'vehicle.registered', vehicle.id, vehicleRegistered(vehicle));
  return vehicle;
}

const plateColumns = (plate: string | null) => ({
  registrationNumber: plate,
  registrationKey: plate ? plateKey(plate) : null,
});

/** Sets or clears the registration number (If-Match required). Emits nothing: no consumer needs it yet. */
export function changeRegistration(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number,
  registrationNumber: string | null,
): Promise<Vehicle> {
  return runCommand(deps, me, async (uow) => {
    const vehicle = await lockVehicle(uow.tx, me, id);
    expectVersion(expectedVersion, vehicle.version);
    if (vehicle.registrationNumber === registrationNumber) return vehicle;
    return uow.tx.vehicle.update({
      where: { id },
      data: { ...plateColumns(registrationNumber), version: { increment: 1 } },
    });
  });
}

async function lockVehicle(tx: Tx, me: Identity, id: string): Promise<Vehicle> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM vehicle WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  const vehicle = await tx.vehicle.findFirst({ where: { id, AND: [vehicleScope(me)] } });
  if (!vehicle) throw notFound();
  return vehicle;
}

/** A reading of the odometer; lowering it is a correction that needs a reason. Emits nothing. */
export function recordMileage(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: { mileageKm: number; correctionReason?: string | undefined },
): Promise<Vehicle> {
  return runCommand(deps, me, (uow) => applyMileage(uow, me, id, expectedVersion, input));
}

async function applyMileage(
  uow: Work,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: { mileageKm: number; correctionReason?: string | undefined },
): Promise<Vehicle> {
  const { tx } = uow;
  const vehicle = await lockVehicle(tx, me, id);
  expectVersion(expectedVersion, vehicle.version);
  const decision = decideMileage(vehicle.mileageKm, input);
  if (!decision.ok)
    throw ruleViolation(decision.message, {
      code: decision.code,
      details: { currentMileageKm: vehicle.mileageKm },
    });
  await tx.mileageReading.create({
    data: {
      id: randomUUID(),
      vehicleId: id,
      mileageKm: input.mileageKm,
      source: decision.correction ? 'correction' : 'manual',
      correctionReason: decision.correction ? input.correctionReason! : null,
      recordedBy: me.userId,
    },
  });
  return tx.vehicle.update({
    where: { id },
    data: { mileageKm: input.mileageKm, version: { increment: 1 } },
  });
}

export interface OwnershipChange {
  newOwnerCustomerId: string | null;
  effectiveOn: string;
  reason: 'sale' | 'transfer' | 'correction';
}

/** A new owner (or none) from a day on; the earlier ownership ends that day and stays in history. */
export function changeOwnership(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: OwnershipChange,
): Promise<Vehicle> {
  return runCommand(deps, me, (uow) => applyOwnership(uow, me, id, expectedVersion, input));
}

async function applyOwnership(
  uow: Work,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  input: OwnershipChange,
): Promise<Vehicle> {
  const { tx } = uow;
  const vehicle = await lockVehicle(tx, me, id);
  expectVersion(expectedVersion, vehicle.version);
  if (input.newOwnerCustomerId === vehicle.ownerCustomerId)
    throw ruleViolation('The vehicle already belongs to this owner.', { code: 'same-owner' });
  if (input.newOwnerCustomerId) await assertOwner(tx, me, input.newOwnerCustomerId);
  const open = await tx.vehicleOwnership.findFirst({
    where: { vehicleId: id, endedOn: null },
    orderBy: { startedOn: 'desc' },
  });
  const effective = day(input.effectiveOn);
  if (open && effective < open.startedOn) {
    throw ruleViolation(
      `The change cannot take effect before the current ownership began (${dayOf(open.startedOn)}).`,
      { code: 'before-current-ownership' },
    );
  }
  if (open) await tx.vehicleOwnership.update({ where: { id: open.id }, data: { endedOn: effective } });
  if (input.newOwnerCustomerId) {
    await tx.vehicleOwnership.create({
      data: {
        id: randomUUID(),
        vehicleId: id,
        customerId: input.newOwnerCustomerId,
        startedOn: effective,
        reason: input.reason,
        recordedBy: me.userId,
      },
    });
  }
  const updated = await tx.vehicle.update({
    where: { id },
    data: { ownerCustomerId: input.newOwnerCustomerId, version: { increment: 1 } },
  });
  emitEvent(
    uow,
    'vehicle.ownership-changed',
    updated.id,
    vehicleOwnershipChanged(updated, vehicle.ownerCustomerId, input.effectiveOn, input.reason),
  );
  return updated;
}

/**
 * The odometer reading a delivered repair order reports, when it is higher than the last one.
 * A lower reading is not applied (only staff may correct mileage, with a reason) and an equal
 * one adds nothing; the caller learns whether it was recorded.
 */
export async function recordDeliveredMileage(
  uow: Work,
  vehicleId: string,
  mileageKm: number,
  recordedBy: string,
): Promise<boolean> {
  const { tx, tenantId } = uow;
  if (!/^[0-9a-f-]{36}$/i.test(vehicleId)) return false;
  const rows = await tx.$queryRaw<
    { mileage_km: number }[]
  >`SELECT mileage_km FROM vehicle WHERE id = ${vehicleId}::uuid AND tenant_id = ${tenantId} FOR UPDATE`;
  const current = rows[0];
  if (!current || mileageKm <= current.mileage_km) return false;
  await tx.mileageReading.create({
    data: { id: randomUUID(), vehicleId, mileageKm, source: 'repair-order', recordedBy },
  });
  await tx.vehicle.update({ where: { id: vehicleId }, data: { mileageKm, version: { increment: 1 } } });
  return true;
}
