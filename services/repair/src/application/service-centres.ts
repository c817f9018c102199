// The service network: centres (created by an admin; name, calendar and technicians changeable
// later, bays, rates and location ids stay as created because bookings depend on them) and their
// availability per local day (bays x opening hours minus bookings, and technician hours minus the
// day's bookings and the workshop's backlog; extended in emergency mode).
import { randomUUID } from 'node:crypto';
import { NotFound, expectVersion, type Identity } from '@aftersales/service-kit';
import { type Db, type ServiceCentre } from '../db/client';
import {
  availability,
  localDay,
  validateHours,
  type HoursException,
  type OpeningHours,
  type Weekday,
} from '../domain/capacity';
import { concurrentChange } from '../domain/errors';
import { checkedMinor } from '../domain/money';
import { assertCentreReachable } from './customer-scope';
import { activeEmergency } from './emergency-mode';
import { dayCapacity } from './workshop-load';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

type Hours = { open: string; close: string }[];

/** Works the centre's open hours, at most `hoursPerDay`, never on an absence date (domain/capacity.ts). */
export type Technician = {
  id: string;
  name: string;
  skills: string[];
  hoursPerDay?: number | null;
  absences?: string[] | null;
};

/** A centre's wall clock: its IANA zone, local opening hours per weekday and dated exceptions. */
export interface Calendar {
  timeZone: string;
  openingHours: Partial<Record<Weekday, Hours>>;
  hoursExceptions: { date: string; closed?: boolean; hours?: Hours }[];
}

export interface CentreInput extends Calendar {
  name: string;
  type: 'regional-centre' | 'partner-workshop';
  regionId: string;
  dealerId?: string | null;
  address: { line1: string; line2?: string | null; postalCode: string; city: string; country: string };
  location?: { latitude: number; longitude: number } | null;
  bays: number;
  technicians: Technician[];
  labourRateMinor: number;
  currency: string;
  taxRateBasisPoints: number;
  stockLocationId: string;
}

/** Overlapping or inverted intervals are a 422 before anything is written. */
export function validateCalendar(calendar: Partial<Calendar>): void {
  for (const [day, hours] of Object.entries(calendar.openingHours ?? {}))
    validateHours(hours ?? [], `openingHours.${day}`);
  for (const [i, e] of (calendar.hoursExceptions ?? []).entries())
    validateHours(e.hours ?? [], `hoursExceptions[${i}]`);
}

export async function centreInScope(db: Db, identity: Identity, id: string): Promise<ServiceCentre> {
  const centre = await db.serviceCentre.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!centre) throw new NotFound(`Service centre ${id} not found.`);
  assertCentreReachable(identity, centre);
  return centre;
}

export function createCentre(uow: Uow, identity: Identity, input: CentreInput): Promise<ServiceCentre> {
  validateCalendar(input);
  return uow.tx.serviceCentre.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      dealerId: input.dealerId ?? null,
      name: input.name,
      type: input.type,
      regionId: input.regionId,
      address: input.address,
      timeZone: input.timeZone,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      openingHours: input.openingHours,
      hoursExceptions: input.hoursExceptions,
      bays: input.bays,
      technicians: input.technicians,
      labourRateMinor: checkedMinor(input.labourRateMinor, 'labourRateMinor'),
      currency: input.currency,
      taxRateBasisPoints: input.taxRateBasisPoints,
      stockLocationId: input.stockLocationId,
    },
  });
}

/** Name, calendar and technicians (If-Match). */
export function updateCentre(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  change: Partial<Calendar & { name: string; technicians: Technician[] }>,
): Promise<ServiceCentre> {
  validateCalendar(change);
  return runCommand(deps, ctx, async ({ tx }) => {
    const centre = await centreInScope(tx, ctx.identity, id);
    expectVersion(ctx.expectedVersion, centre.version);
    const { count } = await tx.serviceCentre.updateMany({
      where: { id: centre.id, version: centre.version },
      data: { ...change, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    return tx.serviceCentre.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * Free bays per slot of one local day of the centre, with the day's technician hours: a slot is
 * `available` when a bay is free and the free technician hours cover `durationMinutes` of labour.
 */
export async function availabilityOf(
  db: Db,
  identity: Identity,
  id: string,
  query: { date: string; durationMinutes: number; stepMinutes: number },
  now: Date,
) {
  const centre = await centreInScope(db, identity, id);
  const emergency = await activeEmergency(db, centre.tenantId, centre.regionId);
  const extraHours = emergency?.extraHours ?? 0;
  const day = await dayCapacity(db, centre, query.date, now, extraHours);
  // `date` is a local date of the centre: its day runs from local midnight to local midnight.
  const { start: dayStart, end: dayEnd } = localDay(query.date, centre.timeZone);
  const booked = await db.booking.findMany({
    where: {
      centreId: centre.id,
      status: { in: ['BOOKED', 'CHECKED_IN'] },
      slotStart: { lt: dayEnd },
      slotEnd: { gt: dayStart },
    },
    select: { bay: true, slotStart: true, slotEnd: true },
  });
  const slots = availability({
    date: query.date,
    hours: centre.openingHours as OpeningHours,
    exceptions: centre.hoursExceptions as unknown as HoursException[],
    bays: centre.bays,
    booked: booked.map((b) => ({ bay: b.bay, start: b.slotStart, end: b.slotEnd })),
    durationMinutes: query.durationMinutes,
    stepMinutes: query.stepMinutes,
    extraHours,
    timeZone: centre.timeZone,
    freeTechnicianHours: day.freeTechnicianHours,
  });
  return {
    centreId: centre.id,
    date: query.date,
    timeZone: centre.timeZone,
    durationMinutes: query.durationMinutes,
    bays: centre.bays,
    emergencyMode: emergency !== null,
    ...day,
    slots: slots.map((s) => ({
      start: s.start.toISOString(),
      end: s.end.toISOString(),
      freeBays: s.freeBays,
      available: s.available,
    })),
  };
}
