// Roadside rescue (24 h): request -> dispatch to the nearest centre or partner -> on site ->
// resolved on the spot, or towed in (opens a repair order at the dispatched centre).
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { HttpProblem, assertVersion, notFound } from '@aftersales/service-kit';
import { type PrismaClient, type Rescue, type Tx } from '../db/client';
import { type DomainError } from '../domain/errors';
import { etaAt, nearest, rescueTransition, type RescueCommand, type RescueStatus } from '../domain/rescue';
import { seconds } from '../domain/sla';
import { type Identity } from '../api/identity';
import { ruleViolation } from '../api/problems';
import { iso, repairEvent } from '../events/factories';
import { receive, type ReceptionInput } from './repair-orders';

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

export async function requestRescue(
  tx: Tx,
  identity: Identity,
  input: RescueInput,
  now: Date,
  requestId?: string,
): Promise<Rescue> {
  const rescue = await tx.rescue.create({
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
      requestedAt: now,
      createdBy: identity.userId,
    },
  });
  await enqueueEvents(tx, [
    repairEvent(
      'rescue.requested',
      rescue.id,
      {
        rescueId: rescue.id,
        regionId: rescue.regionId,
        customerId: rescue.customerId,
        vehicleId: rescue.vehicleId,
        problem: input.problem,
        channel: input.channel,
        priority: input.priority,
      },
      { tenantId: identity.tenantId, causationId: requestId ?? null, occurredAt: now },
    ),
  ]);
  return rescue;
}

export async function getRescue(tx: Tx | PrismaClient, identity: Identity, id: string): Promise<Rescue> {
  const r = await (tx as Tx).rescue.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!r) throw notFound(`Rescue ${id} not found.`);
  return r;
}

async function rescueCommand(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  expectedVersion: number,
  command: RescueCommand,
  now: Date,
  requestId: string | undefined,
  body: (
    tx: Tx,
    r: Rescue,
    to: RescueStatus,
  ) => Promise<{ data: Record<string, unknown>; events: AnyEvent[] }>,
): Promise<Rescue> {
  return prisma.$transaction(async (tx) => {
    const r = await getRescue(tx, identity, id);
    assertVersion(expectedVersion, r.version);
    let to: RescueStatus;
    try {
      to = rescueTransition(r.status as RescueStatus, command);
    } catch (err) {
      throw new HttpProblem(409, {
        title: 'Command not allowed in the current status',
        detail: (err as DomainError).message,
      });
    }
    const { data, events } = await body(tx, r, to);
    const { count } = await tx.rescue.updateMany({
      where: { id, version: r.version },
      data: { ...data, status: to, version: { increment: 1 } },
    });
    if (count === 0) throw new HttpProblem(409, { detail: 'The rescue changed concurrently; retry.' });
    await enqueueEvents(tx, events);
    void requestId;
    return (await tx.rescue.findUnique({ where: { id } }))!;
  });
}

export function dispatchRescue(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  v: number,
  input: { centreId?: string | null; technicianId?: string | null },
  now: Date,
  requestId?: string,
) {
  return rescueCommand(prisma, identity, id, v, 'dispatch', now, requestId, async (tx, r) => {
    const centres = await tx.serviceCentre.findMany({
      where: {
        tenantId: identity.tenantId,
        latitude: { not: null },
        longitude: { not: null },
        ...(input.centreId ? { id: input.centreId } : {}),
      },
    });
    if (input.centreId && centres.length === 0)
      throw ruleViolation(`Unknown service centre ${input.centreId} (or it has no location).`, {
        field: 'centreId',
      });
    if (r.latitude === null || r.longitude === null)
      throw ruleViolation("This rescue's location was erased with the customer's personal data.");
    const location = { latitude: r.latitude, longitude: r.longitude };
    let pick: ReturnType<
      typeof nearest<(typeof centres)[number] & { latitude: number; longitude: number; id: string }>
    >;
    try {
      pick = nearest(
        location,
        centres as ((typeof centres)[number] & { latitude: number; longitude: number })[],
      );
    } catch (err) {
      throw ruleViolation((err as Error).message);
    }
    const km = Math.round(pick.distanceKm * 10) / 10;
    const eta = etaAt(now, pick.distanceKm);
    return {
      data: {
        centreId: pick.centre.id,
        technicianId: input.technicianId ?? null,
        distanceKm: km,
        etaAt: eta,
        dispatchedAt: now,
      },
      events: [
        repairEvent(
          'rescue.dispatched',
          r.id,
          {
            rescueId: r.id,
            regionId: r.regionId,
            centreId: pick.centre.id,
            centreType: pick.centre.type as 'regional-centre',
            technicianId: input.technicianId ?? null,
            distanceKm: km,
            etaAt: iso(eta),
          },
          { tenantId: identity.tenantId, causationId: requestId ?? null, occurredAt: now },
        ),
      ],
    };
  });
}

export function arriveAtRescue(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  v: number,
  now: Date,
  requestId?: string,
) {
  return rescueCommand(prisma, identity, id, v, 'arrive', now, requestId, async () => ({
    data: { arrivedAt: now },
    events: [],
  }));
}

function completed(
  r: Rescue,
  resolution: 'fixed-on-site' | 'towed-in' | 'no-fault-found' | 'cancelled',
  repairOrderId: string | null,
  now: Date,
  ec: { tenantId: string; causationId: string | null },
): AnyEvent {
  return repairEvent(
    'rescue.completed',
    r.id,
    {
      rescueId: r.id,
      regionId: r.regionId,
      centreId: r.centreId!,
      resolution,
      repairOrderId,
      arrivedAt: r.arrivedAt ? iso(r.arrivedAt) : null,
      responseSeconds: r.arrivedAt ? seconds(r.requestedAt, r.arrivedAt) : null,
    },
    { ...ec, occurredAt: now },
  );
}

export function resolveRescue(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  v: number,
  input: { resolution: 'fixed-on-site' | 'no-fault-found' },
  now: Date,
  requestId?: string,
) {
  return rescueCommand(prisma, identity, id, v, 'resolve', now, requestId, async (_tx, r) => ({
    data: { resolution: input.resolution, endedAt: now },
    events: [
      completed(r, input.resolution, null, now, {
        tenantId: identity.tenantId,
        causationId: requestId ?? null,
      }),
    ],
  }));
}

export type TowInInput = Omit<ReceptionInput, 'centreId' | 'bookingId' | 'customerId' | 'vehicleId'> & {
  customerId?: string | null;
  vehicleId?: string | null;
};

export function towIn(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  v: number,
  input: TowInInput,
  now: Date,
  requestId?: string,
) {
  return rescueCommand(prisma, identity, id, v, 'tow-in', now, requestId, async (tx, r) => {
    const customerId = input.customerId ?? r.customerId;
    const vehicleId = input.vehicleId ?? r.vehicleId;
    if (!customerId || !vehicleId)
      throw ruleViolation('Towing in opens a repair order: customerId and vehicleId are needed.');
    const { order } = await receive(
      tx,
      identity,
      {
        ...input,
        centreId: r.centreId!,
        customerId,
        vehicleId,
        bookingId: null,
        origin: 'rescue',
        rescueId: r.id,
      },
      { now, requestId },
    );
    return {
      data: { resolution: 'towed-in', endedAt: now, repairOrderId: order.id, customerId, vehicleId },
      events: [
        completed(r, 'towed-in', order.id, now, {
          tenantId: identity.tenantId,
          causationId: requestId ?? null,
        }),
      ],
    };
  });
}
