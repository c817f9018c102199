// Safety inspections of service centres: an inspection records its checklist and the hazards
// found (each with a rectification deadline); a hazard is then rectified and verified. Every
// step is one transaction on the inspection (If-Match on commands) with its outbox event.
import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, notFound } from '@aftersales/service-kit';
import { type PrismaClient, type SafetyInspection, type Tx } from '../db/client';
import {
  checklistScore,
  inspectionStatusOf,
  nextDeadline,
  rectify,
  verify,
  type Hazard,
} from '../domain/safety';
import { assertCentreAccess, type Identity } from '../api/identity';
import { concurrentChange, ruleViolation } from '../api/problems';
import { iso, repairEvent } from '../events/factories';

export interface InspectionInput {
  centreId: string;
  inspectedAt?: string | null;
  checklist: { code: string; passed: boolean; note?: string | null }[];
  hazards: { description: string; severity: Hazard['severity']; rectifyBy: string }[];
}

export const hazardsOf = (i: Pick<SafetyInspection, 'hazards'>): Hazard[] =>
  Array.isArray(i.hazards) ? (i.hazards as unknown as Hazard[]) : [];

export async function recordInspection(
  tx: Tx,
  identity: Identity,
  input: InspectionInput,
  now: Date,
  requestId?: string,
): Promise<SafetyInspection> {
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw ruleViolation(`Unknown service centre ${input.centreId}.`, { field: 'centreId' });
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  const inspectedAt = input.inspectedAt ? new Date(input.inspectedAt) : now;
  if (inspectedAt.getTime() > now.getTime())
    throw ruleViolation('inspectedAt is in the future.', { field: 'inspectedAt' });
  const late = input.hazards.findIndex((h) => new Date(h.rectifyBy).getTime() <= inspectedAt.getTime());
  if (late >= 0)
    throw ruleViolation('A rectification deadline must be after the inspection.', {
      field: `hazards.${late}.rectifyBy`,
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
  await enqueueEvents(tx, [
    repairEvent(
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
      {
        tenantId: identity.tenantId,
        causationId: requestId ?? null,
        occurredAt: now,
        correlationId: inspection.id,
      },
    ),
  ]);
  return inspection;
}

export async function inspectionInScope(
  tx: Tx | PrismaClient,
  identity: Identity,
  id: string,
): Promise<SafetyInspection> {
  const inspection = await tx.safetyInspection.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!inspection) throw notFound(`Safety inspection ${id} not found.`);
  assertCentreAccess(identity, inspection.centreId);
  return inspection;
}

/** Applies a hazard command under the inspection's version; the verification event commits with it. */
async function hazardCommand(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  hazardId: string,
  expectedVersion: number,
  now: Date,
  apply: (h: Hazard) => Hazard,
  requestId?: string,
): Promise<SafetyInspection> {
  return prisma.$transaction(async (tx) => {
    const inspection = await inspectionInScope(tx, identity, id);
    assertVersion(expectedVersion, inspection.version);
    const hazards = hazardsOf(inspection);
    const hazard = hazards.find((h) => h.id === hazardId);
    if (!hazard) throw notFound(`Hazard ${hazardId} of inspection ${id} not found.`);
    const updated = apply(hazard);
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
    if (hazard.status !== 'VERIFIED' && updated.status === 'VERIFIED') {
      await enqueueEvents(tx, [
        repairEvent(
          'safety.hazard-rectified',
          inspection.centreId,
          {
            inspectionId: id,
            centreId: inspection.centreId,
            hazardId,
            verifiedAt: iso(now),
            verifiedBy: identity.userId,
            late: now.getTime() > Date.parse(hazard.rectifyBy),
          },
          { tenantId: identity.tenantId, causationId: requestId ?? null, occurredAt: now, correlationId: id },
        ),
      ]);
    }
    return tx.safetyInspection.findUniqueOrThrow({ where: { id } });
  });
}

export function rectifyHazard(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  hazardId: string,
  expectedVersion: number,
  note: string,
  now: Date,
): Promise<SafetyInspection> {
  return hazardCommand(prisma, identity, id, hazardId, expectedVersion, now, (h) =>
    rectify(h, identity.userId, note, now),
  );
}

export function verifyHazard(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
  hazardId: string,
  expectedVersion: number,
  input: { passed: boolean; note?: string | null },
  now: Date,
  requestId?: string,
): Promise<SafetyInspection> {
  return hazardCommand(
    prisma,
    identity,
    id,
    hazardId,
    expectedVersion,
    now,
    (h) => verify(h, identity.userId, input.passed, input.note ?? null, now),
    requestId,
  );
}
