// Emergency mode per region: declared by an admin (disaster, epidemic, ...) or entered by the
// sweep when the open backlog exceeds capacity by the configured factor. While on, the region's
// centres get extra opening hours and bookings that find no bay overflow to partner workshops.
// Leaving is always explicit. One active emergency per region (unique active_key).
import { randomUUID } from 'node:crypto';
import { Conflict, NotFound, expectVersion, type Identity } from '@aftersales/service-kit';
import { isUniqueViolation, type Db, type Emergency, type PrismaClient, type Tx } from '../db/client';
import { type HoursException, type OpeningHours } from '../domain/capacity';
import { backlogHoursOf, regionCapacityHours, shouldEnterEmergency } from '../domain/emergency';
import { concurrentChange, unknownReference } from '../domain/errors';
import { seconds } from '../domain/sla';
import { OPEN_STATUSES } from '../domain/state-machine';
import { emit, iso } from '../events/emit';
import { runCommand, runSystem, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export const activeKeyOf = (tenantId: string, regionId: string) => `${tenantId}:${regionId}`;

export function activeEmergency(tx: Db, tenantId: string, regionId: string): Promise<Emergency | null> {
  return tx.emergency.findUnique({ where: { activeKey: activeKeyOf(tenantId, regionId) } });
}

async function partnerWorkshops(
  tx: Tx,
  tenantId: string,
  regionId: string,
  ids?: string[],
): Promise<string[]> {
  const partners = await tx.serviceCentre.findMany({
    where: { tenantId, type: 'partner-workshop', ...(ids ? { id: { in: ids } } : { regionId }) },
    select: { id: true },
  });
  if (ids) {
    const found = new Set(partners.map((p) => p.id));
    const unknown = ids.filter((i) => !found.has(i));
    if (unknown.length)
      throw unknownReference(
        'overflowCentreIds',
        `Not partner workshops of this tenant: ${unknown.join(', ')}.`,
      );
    return ids;
  }
  return partners.map((p) => p.id).sort();
}

/** Keyed by region; one emergency's events share its id as correlation id. */
function announceEntered(uow: Uow, e: Emergency): void {
  emit(
    uow,
    'emergency.mode.entered',
    e.regionId,
    {
      emergencyId: e.id,
      regionId: e.regionId,
      trigger: e.trigger as 'backlog' | 'declared',
      cause: e.cause as 'backlog',
      declaredBy: e.declaredBy,
      backlogHours: e.backlogHours,
      capacityHours: e.capacityHours,
      extendedHours: e.extraHours > 0,
      overflowCentreIds: e.overflowCentreIds,
    },
    e.id,
  );
}

const alreadyActive = (regionId: string) =>
  new Conflict(`Region ${regionId} is already in emergency mode; end it first.`, {
    code: 'emergency-active',
  });

export interface DeclareInput {
  regionId: string;
  cause: 'disaster' | 'weather' | 'epidemic' | 'other';
  extraHours: number;
  overflowCentreIds?: string[];
  note?: string | null;
}

/** Declares emergency mode for a region, in the caller's unit of work (an idempotent create). */
export async function declareEmergency(
  uow: Uow,
  identity: Identity,
  input: DeclareInput,
): Promise<Emergency> {
  const { tx, now } = uow;
  const known = await tx.serviceCentre.count({
    where: { tenantId: identity.tenantId, regionId: input.regionId },
  });
  if (known === 0)
    throw unknownReference('regionId', `Unknown region ${input.regionId} (no service centre in it).`);
  if (await activeEmergency(tx, identity.tenantId, input.regionId)) throw alreadyActive(input.regionId);
  const overflow = await partnerWorkshops(tx, identity.tenantId, input.regionId, input.overflowCentreIds);
  let e: Emergency;
  try {
    e = await tx.emergency.create({
      data: {
        id: randomUUID(),
        tenantId: identity.tenantId,
        regionId: input.regionId,
        trigger: 'declared',
        cause: input.cause,
        declaredBy: identity.userId,
        extraHours: input.extraHours,
        overflowCentreIds: overflow,
        note: input.note ?? null,
        activeKey: activeKeyOf(identity.tenantId, input.regionId),
        startedAt: now,
      },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyActive(input.regionId);
    throw err;
  }
  announceEntered(uow, e);
  return e;
}

/** Ends an active emergency (If-Match); leaving is always explicit. */
export function endEmergency(deps: CommandDeps, ctx: CommandContext, id: string): Promise<Emergency> {
  return runCommand(deps, ctx, async (uow) => {
    const { tx, now } = uow;
    const e = await tx.emergency.findFirst({ where: { id, tenantId: uow.tenantId } });
    if (!e) throw new NotFound(`Emergency ${id} not found.`);
    expectVersion(ctx.expectedVersion, e.version);
    if (e.endedAt)
      throw new Conflict(`Emergency ${id} ended at ${iso(e.endedAt)}.`, { code: 'emergency-ended' });
    const { count } = await tx.emergency.updateMany({
      where: { id, version: e.version },
      data: { endedAt: now, endedBy: uow.actor, activeKey: null, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    emit(
      uow,
      'emergency.mode.left',
      e.regionId,
      {
        emergencyId: e.id,
        regionId: e.regionId,
        enteredAt: iso(e.startedAt),
        durationSeconds: seconds(e.startedAt, now),
        endedBy: uow.actor,
      },
      e.id,
    );
    return tx.emergency.findUniqueOrThrow({ where: { id } });
  });
}

/** Backlog check of every region (run by the sweep): enters emergency mode where the backlog is too high. */
export async function checkBacklogs(
  prisma: PrismaClient,
  opts: { now: Date; factor: number; extraHours: number },
): Promise<Emergency[]> {
  const regions = await prisma.serviceCentre.findMany({
    distinct: ['tenantId', 'regionId'],
    select: { tenantId: true, regionId: true },
  });
  const entered: Emergency[] = [];
  for (const { tenantId, regionId } of regions) {
    const e = await runSystem(prisma, tenantId, opts.now, async (uow) => {
      const { tx } = uow;
      if (await activeEmergency(tx, tenantId, regionId)) return null;
      // Like with like: the backlog below counts the open orders of every centre of the region,
      // partner workshops included, so capacity counts all of them too; a centre closed today
      // counts its next working day (domain/emergency.ts).
      const centres = await tx.serviceCentre.findMany({ where: { tenantId, regionId } });
      const capacity = regionCapacityHours(
        opts.now,
        centres.map((c) => ({
          bays: c.bays,
          openingHours: c.openingHours as OpeningHours,
          hoursExceptions: c.hoursExceptions as unknown as HoursException[],
          timeZone: c.timeZone,
        })),
      );
      const open = await tx.repairOrder.findMany({
        where: { tenantId, regionId, status: { in: [...OPEN_STATUSES] } },
        select: { estimatedLabourHours: true },
      });
      const backlog = backlogHoursOf(open);
      if (!shouldEnterEmergency({ backlogHours: backlog, capacityHours: capacity }, opts.factor, false))
        return null;
      try {
        const created = await tx.emergency.create({
          data: {
            id: randomUUID(),
            tenantId,
            regionId,
            trigger: 'backlog',
            cause: 'backlog',
            declaredBy: null,
            backlogHours: backlog,
            capacityHours: capacity,
            extraHours: opts.extraHours,
            overflowCentreIds: await partnerWorkshops(tx, tenantId, regionId),
            activeKey: activeKeyOf(tenantId, regionId),
            startedAt: opts.now,
          },
        });
        announceEntered(uow, created);
        return created;
      } catch (err) {
        if (isUniqueViolation(err)) return null; // another replica entered it first
        throw err;
      }
    });
    if (e) entered.push(e);
  }
  return entered;
}
