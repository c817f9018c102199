// Safety inspections of service centres: an inspection records its checklist and the hazards
// found (each with a rectification deadline); a hazard is then rectified and verified. Every
// step is one transaction on the inspection (If-Match on commands) with its outbox event.
import { randomUUID } from 'node:crypto';
import { NotFound, assertCentreAccess, expectVersion, type Identity } from '@aftersales/service-kit';
import { type Db, type SafetyInspection } from '../db/client';
import { concurrentChange, ruleViolation, unknownReference } from '../domain/errors';
import {
  checklistScore,
  inspectionStatusOf,
  nextDeadline,
  rectify,
  verify,
  type Hazard,
} from '../domain/safety';
import { emit, iso } from '../events/emit';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export interface InspectionInput {
  centreId: string;
  inspectedAt?: string | null;
  checklist: { code: string; passed: boolean; note?: string | null }[];
  hazards: { description: string; severity: Hazard['severity']; rectifyBy: string }[];
}

export const hazardsOf = (i: Pick<SafetyInspection, 'hazards'>): Hazard[] =>
  Array.isArray(i.hazards) ? (i.hazards as unknown as Hazard[]) : [];

export async function recordInspection(
  uow: Uow,
  identity: Identity,
  input: InspectionInput,
): Promise<SafetyInspection> {
  const { tx, now } = uow;
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${input.centreId}.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  const inspectedAt = input.inspectedAt ? new Date(input.inspectedAt) : now;
  if (inspectedAt.getTime() > now.getTime())
    throw ruleViolation('inspectedAt is in the future.', { details: { field: 'inspectedAt' } });
  const late = input.hazards.findIndex((h) => new Date(h.rectifyBy).getTime() <= inspectedAt.getTime());
  if (late >= 0)
    throw ruleViolation('A rectification deadline must be after the inspection.', {
      details: { field: `hazards.${late}.rectifyBy` },
    });
  const hazards: Hazard[] = input.hazards.map((h) => ({
    id: randomUUID(),
    description: h.description,
    severity: h.severity,
    rectifyBy: iso(new Date(h.rectifyBy)),
    status: 'OPEN',
    rectification: null,
    verifications: [],
  }));
  const score = checklistScore(input.checklist);
  const inspection = await tx.safetyInspection.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      centreId: centre.id,
      inspectorId: identity.userId,
      inspectedAt,
      checklist: input.checklist.map((c) => ({ code: c.code, passed: c.passed, note: c.note ?? null })),
      score,
      hazards: hazards as unknown as object,
      status: inspectionStatusOf(hazards),
    },
  });
  const rectifyBy = nextDeadline(hazards);
  emit(
    uow,
    'safety.inspection-completed',
    centre.id,
    {
      inspectionId: inspection.id,
      centreId: centre.id,
      hazardCount: hazards.length,
      score,
      ...(rectifyBy ? { rectifyBy } : {}),
      inspectorId: identity.userId,
    },
    inspection.id,
  );
  return inspection;
}

export async function inspectionInScope(db: Db, identity: Identity, id: string): Promise<SafetyInspection> {
  const inspection = await db.safetyInspection.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!inspection) throw new NotFound(`Safety inspection ${id} not found.`);
  assertCentreAccess(identity, inspection.centreId);
  return inspection;
}

/** Applies a hazard command under the inspection's version; the verification event commits with it. */
function hazardCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  hazardId: string,
  apply: (h: Hazard, uow: Uow) => Hazard,
): Promise<SafetyInspection> {
  return runCommand(deps, ctx, async (uow) => {
    const { tx, now } = uow;
    const inspection = await inspectionInScope(tx, ctx.identity, id);
    expectVersion(ctx.expectedVersion, inspection.version);
    const hazards = hazardsOf(inspection);
    const hazard = hazards.find((h) => h.id === hazardId);
    if (!hazard) throw new NotFound(`Hazard ${hazardId} of inspection ${id} not found.`);
    const updated = apply(hazard, uow);
    const next = hazards.map((h) => (h.id === hazardId ? updated : h));
    const { count } = await tx.safetyInspection.updateMany({
      where: { id, version: inspection.version },
      data: {
        hazards: next as unknown as object,
        status: inspectionStatusOf(next),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw concurrentChange();
    if (hazard.status !== 'VERIFIED' && updated.status === 'VERIFIED')
      emit(
        uow,
        'safety.hazard-rectified',
        inspection.centreId,
        {
          inspectionId: id,
          centreId: inspection.centreId,
          hazardId,
          verifiedAt: iso(now),
          verifiedBy: uow.actor,
          late: now.getTime() > Date.parse(hazard.rectifyBy),
        },
        id,
      );
    return tx.safetyInspection.findUniqueOrThrow({ where: { id } });
  });
}

export function rectifyHazard(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  hazardId: string,
  note: string,
): Promise<SafetyInspection> {
  return hazardCommand(deps, ctx, id, hazardId, (h, uow) => rectify(h, uow.actor, note, uow.now));
}

export function verifyHazard(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  hazardId: string,
  input: { passed: boolean; note?: string | null },
): Promise<SafetyInspection> {
  return hazardCommand(deps, ctx, id, hazardId, (h, uow) =>
    verify(h, uow.actor, input.passed, input.note ?? null, uow.now),
  );
}
