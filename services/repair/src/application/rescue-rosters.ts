// The 24 h rescue roster of a region: which centre (optionally which technician) is on call
// when, and the region's escalation contact for when nobody can take a rescue. Replaced as a
// whole (PUT): creating the first one needs no If-Match, replacing one does.
import { NotFound, expectVersion, preconditionRequired, type Identity } from '@aftersales/service-kit';
import { isUniqueViolation, type Db, type RescueRoster } from '../db/client';
import { concurrentChange, ruleViolation, unknownReference } from '../domain/errors';
import { type RosterEntry, type RosterInterval, type RosterWindow } from '../domain/rescue-dispatch';
import { rescueScopeOf } from './rescue-scope';
import { runCommand, type CommandContext, type CommandDeps } from './unit-of-work';

export interface RosterInput {
  escalation: { name: string; phone: string };
  onCall: {
    centreId: string;
    technicianId?: string | null;
    weekly?: RosterWindow[];
    dated?: RosterInterval[];
  }[];
}

/** The stored entries, keys in the documented order (jsonb keeps its own). */
export function rosterEntriesOf(row: Pick<RescueRoster, 'onCall'> | null): RosterEntry[] {
  if (!row || !Array.isArray(row.onCall)) return [];
  return (row.onCall as unknown as RosterEntry[]).map((e) => ({
    centreId: e.centreId,
    technicianId: e.technicianId ?? null,
    weekly: (e.weekly ?? []).map((w) => ({ day: w.day, from: w.from, to: w.to })),
    dated: (e.dated ?? []).map((d) => ({ from: d.from, to: d.to })),
  }));
}

export function rosterOf(db: Db, tenantId: string, regionId: string): Promise<RescueRoster | null> {
  return db.rescueRoster.findUnique({ where: { tenantId_regionId: { tenantId, regionId } } });
}

/** A region outside a centre-limited caller's regions looks like one without a roster (404). */
async function assertRegionInScope(db: Db, identity: Identity, regionId: string): Promise<void> {
  const scope = await rescueScopeOf(db, identity);
  if (scope && !scope.regionIds.includes(regionId))
    throw new NotFound(`No rescue roster for region ${regionId}.`);
}

export async function readRoster(db: Db, identity: Identity, regionId: string): Promise<RescueRoster> {
  await assertRegionInScope(db, identity, regionId);
  const row = await rosterOf(db, identity.tenantId, regionId);
  if (!row) throw new NotFound(`No rescue roster for region ${regionId}.`);
  return row;
}

export function putRoster(
  deps: CommandDeps,
  ctx: CommandContext,
  regionId: string,
  input: RosterInput,
): Promise<RescueRoster> {
  return runCommand(deps, ctx, async ({ tx, tenantId, actor }) => {
    await assertRegionInScope(tx, ctx.identity, regionId);
    const centres = await tx.serviceCentre.findMany({ where: { tenantId, regionId } });
    if (centres.length === 0)
      throw unknownReference('regionId', `Unknown region ${regionId} (no service centre in it).`);
    const scope = await rescueScopeOf(tx, ctx.identity);
    const onCall: RosterEntry[] = input.onCall.map((e, i) => {
      const centre = centres.find((c) => c.id === e.centreId && (!scope || scope.centreIds.includes(c.id)));
      if (!centre)
        throw unknownReference(
          `onCall[${i}].centreId`,
          `Service centre ${e.centreId} is not a centre of region ${regionId}.`,
        );
      const technicians = (centre.technicians ?? []) as { id: string }[];
      if (e.technicianId && !technicians.some((t) => t.id === e.technicianId))
        throw unknownReference(
          `onCall[${i}].technicianId`,
          `Technician ${e.technicianId} does not work at centre ${centre.id}.`,
        );
      for (const d of e.dated ?? [])
        if (Date.parse(d.to) <= Date.parse(d.from))
          throw ruleViolation(`onCall[${i}].dated: ${d.to} must be after ${d.from}.`, {
            code: 'invalid-hours',
          });
      return {
        centreId: centre.id,
        technicianId: e.technicianId ?? null,
        weekly: e.weekly ?? [],
        dated: (e.dated ?? []).map((d) => ({
          from: new Date(d.from).toISOString(),
          to: new Date(d.to).toISOString(),
        })),
      };
    });
    const data = {
      onCall: onCall as unknown as object,
      escalationName: input.escalation.name,
      escalationPhone: input.escalation.phone,
      updatedBy: actor,
    };
    const current = await rosterOf(tx, tenantId, regionId);
    if (!current) {
      try {
        return await tx.rescueRoster.create({ data: { tenantId, regionId, ...data } });
      } catch (err) {
        if (isUniqueViolation(err)) throw concurrentChange();
        throw err;
      }
    }
    if (ctx.expectedVersion === undefined)
      throw preconditionRequired('Replacing a rescue roster requires an If-Match header with its version.');
    expectVersion(ctx.expectedVersion, current.version);
    const { count } = await tx.rescueRoster.updateMany({
      where: { tenantId, regionId, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    return (await rosterOf(tx, tenantId, regionId))!;
  });
}
