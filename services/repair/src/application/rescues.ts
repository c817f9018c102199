// Roadside rescue (24 h): request -> dispatch to the centre with the earliest arrival among those
// of the region open or on call now (rescue-dispatch.ts) -> on site -> resolved on the spot, or
// towed in (opens a repair order at the dispatched centre, in the same unit of work). Every
// command checks If-Match and the rescue's state, then saves under its version.
// Every read and command is limited to the caller's rescue scope (rescue-scope.ts).
import { randomUUID } from 'node:crypto';
import { NotFound, expectVersion, type Identity } from '@aftersales/service-kit';
import { type Db, type Prisma, type Rescue } from '../db/client';
import { type HoursException, type OpeningHours } from '../domain/capacity';
import { concurrentChange, noRescueCover, ruleViolation, unknownReference } from '../domain/errors';
import { rescueTransition, type RescueCommand, type RescueStatus } from '../domain/rescue';
import { assessDispatch, type DispatchCentre } from '../domain/rescue-dispatch';
import { seconds } from '../domain/sla';
import { emit, iso } from '../events/emit';
import { activeEmergency } from './emergency-mode';
import { isQualifiedPartner } from './partners';
import { receive, type ReceptionInput } from './repair-orders/reception';
import { rosterEntriesOf, rosterOf } from './rescue-rosters';
import { inScope, rescueScopeOf } from './rescue-scope';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export interface RescueInput {
  regionId: string;
  customerId?: string | null;
  vehicleId?: string | null;
  problem: 'breakdown' | 'flat-tyre' | 'battery' | 'accident' | 'lockout' | 'fuel' | 'overheating' | 'other';
  channel: 'phone' | 'email' | 'sms' | 'web' | 'app' | 'walk-in' | 'post';
  priority: 'normal' | 'urgent' | 'life-safety';
  location: { latitude: number; longitude: number };
  description?: string | null;
}

export async function requestRescue(uow: Uow, identity: Identity, input: RescueInput): Promise<Rescue> {
  const scope = await rescueScopeOf(uow.tx, identity);
  if (scope && !scope.regionIds.includes(input.regionId))
    throw unknownReference('regionId', `Unknown region ${input.regionId}.`);
  const rescue = await uow.tx.rescue.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      regionId: input.regionId,
      customerId: input.customerId ?? null,
      vehicleId: input.vehicleId ?? null,
      problem: input.problem,
      channel: input.channel,
      priority: input.priority,
      description: input.description ?? null,
      latitude: input.location.latitude,
      longitude: input.location.longitude,
      status: 'REQUESTED',
      requestedAt: uow.now,
      createdBy: identity.userId,
    },
  });
  emit(uow, 'rescue.requested', rescue.id, {
    rescueId: rescue.id,
    regionId: rescue.regionId,
    customerId: rescue.customerId,
    vehicleId: rescue.vehicleId,
    problem: input.problem,
    channel: input.channel,
    priority: input.priority,
  });
  return rescue;
}

export async function getRescue(db: Db, identity: Identity, id: string): Promise<Rescue> {
  const r = await db.rescue.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!r || !inScope(r, await rescueScopeOf(db, identity))) throw new NotFound(`Rescue ${id} not found.`);
  return r;
}

/** One command on a rescue: If-Match, the state table, the command's changes, the versioned save. */
function rescueCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  command: RescueCommand,
  decide: (uow: Uow, r: Rescue) => Promise<Record<string, unknown>>,
): Promise<Rescue> {
  return runCommand(deps, ctx, async (uow) => {
    const r = await getRescue(uow.tx, ctx.identity, id);
    expectVersion(ctx.expectedVersion, r.version);
    const to = rescueTransition(r.status as RescueStatus, command);
    const changes = await decide(uow, r);
    const { count } = await uow.tx.rescue.updateMany({
      where: { id, version: r.version },
      data: { ...changes, status: to, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    return uow.tx.rescue.findUniqueOrThrow({ where: { id } });
  });
}

/** A centre row as dispatch sees it; partner qualification is evaluated live. */
async function dispatchCentreOf(
  uow: Uow,
  c: Prisma.ServiceCentreGetPayload<object>,
): Promise<DispatchCentre> {
  return {
    id: c.id,
    type: c.type,
    regionId: c.regionId,
    latitude: c.latitude,
    longitude: c.longitude,
    timeZone: c.timeZone,
    openingHours: c.openingHours as OpeningHours,
    hoursExceptions: c.hoursExceptions as unknown as HoursException[],
    qualified: c.type === 'partner-workshop' ? await isQualifiedPartner(uow.tx, c.id, uow.now) : true,
  };
}

export function dispatchRescue(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  input: { centreId?: string | null; technicianId?: string | null },
) {
  return rescueCommand(deps, ctx, id, 'dispatch', async (uow, r) => {
    if (r.latitude === null || r.longitude === null)
      throw ruleViolation("This rescue's location was erased with the customer's personal data.");
    const scope = await rescueScopeOf(uow.tx, ctx.identity);
    // A named centre is assessed alone (so the refusal names its reason); otherwise the region's.
    const centres = await uow.tx.serviceCentre.findMany({
      where: {
        tenantId: uow.tenantId,
        ...(input.centreId ? { id: input.centreId } : { regionId: r.regionId }),
        ...(scope ? { AND: [{ id: { in: scope.centreIds } }] } : {}),
      },
      orderBy: { id: 'asc' },
    });
    if (input.centreId && centres.length === 0)
      throw unknownReference('centreId', `Unknown service centre ${input.centreId}.`);
    const [roster, emergency] = await Promise.all([
      rosterOf(uow.tx, uow.tenantId, r.regionId),
      activeEmergency(uow.tx, uow.tenantId, r.regionId),
    ]);
    const assessment = assessDispatch({
      regionId: r.regionId,
      location: { latitude: r.latitude, longitude: r.longitude },
      at: uow.now,
      centres: await Promise.all(centres.map((c) => dispatchCentreOf(uow, c))),
      roster: rosterEntriesOf(roster),
      emergencyExtraHours: emergency ? emergency.extraHours : null,
    });
    const pick = assessment.candidates[0];
    if (!pick && input.centreId) {
      const reason = assessment.unavailable[0]?.reason ?? 'closed';
      throw ruleViolation(
        `Service centre ${input.centreId} cannot take this rescue now: ${REASONS[reason]}.`,
        {
          code: 'centre-not-available',
          details: { centreId: input.centreId, reason },
        },
      );
    }
    if (!pick)
      throw noRescueCover(
        r.regionId,
        roster ? { name: roster.escalationName, phone: roster.escalationPhone } : null,
        assessment.unavailable,
      );
    const km = Math.round(pick.distanceKm * 10) / 10;
    const technicianId = input.technicianId ?? pick.technicianId;
    emit(uow, 'rescue.dispatched', r.id, {
      rescueId: r.id,
      regionId: r.regionId,
      centreId: pick.centre.id,
      centreType: pick.centre.type as 'regional-centre',
      technicianId,
      distanceKm: km,
      etaAt: iso(pick.etaAt),
    });
    return {
      centreId: pick.centre.id,
      technicianId,
      distanceKm: km,
      etaAt: pick.etaAt,
      dispatchedAt: uow.now,
    };
  });
}

const REASONS = {
  'other-region': "it is not a centre of the rescue's region",
  'no-location': 'it has no location',
  'not-qualified': 'it is a partner workshop that is not qualified now',
  closed: 'it is closed and not on call',
} as const;

export function arriveAtRescue(deps: CommandDeps, ctx: CommandContext, id: string) {
  return rescueCommand(deps, ctx, id, 'arrive', async (uow) => ({ arrivedAt: uow.now }));
}

function completed(
  uow: Uow,
  r: Rescue,
  resolution: 'fixed-on-site' | 'towed-in' | 'no-fault-found' | 'cancelled',
  repairOrderId: string | null,
): void {
  emit(uow, 'rescue.completed', r.id, {
    rescueId: r.id,
    regionId: r.regionId,
    centreId: r.centreId!,
    resolution,
    repairOrderId,
    arrivedAt: r.arrivedAt ? iso(r.arrivedAt) : null,
    responseSeconds: r.arrivedAt ? seconds(r.requestedAt, r.arrivedAt) : null,
  });
}

export function resolveRescue(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  input: { resolution: 'fixed-on-site' | 'no-fault-found' },
) {
  return rescueCommand(deps, ctx, id, 'resolve', async (uow, r) => {
    completed(uow, r, input.resolution, null);
    return { resolution: input.resolution, endedAt: uow.now };
  });
}

export type TowInInput = Omit<ReceptionInput, 'centreId' | 'bookingId' | 'customerId' | 'vehicleId'> & {
  customerId?: string | null;
  vehicleId?: string | null;
};

export function towIn(deps: CommandDeps, ctx: CommandContext, id: string, input: TowInInput) {
  return rescueCommand(deps, ctx, id, 'tow-in', async (uow, r) => {
    const customerId = input.customerId ?? r.customerId;
    const vehicleId = input.vehicleId ?? r.vehicleId;
    if (!customerId || !vehicleId)
      throw ruleViolation('Towing in opens a repair order: customerId and vehicleId are needed.');
    const order = await receive(uow, ctx.identity, {
      ...input,
      centreId: r.centreId!,
      customerId,
      vehicleId,
      bookingId: null,
      origin: 'rescue',
      rescueId: r.id,
    });
    completed(uow, r, 'towed-in', order.id);
    return { resolution: 'towed-in', endedAt: uow.now, repairOrderId: order.id, customerId, vehicleId };
  });
}
