// Partner workshop qualification: accreditation documents (with expiry) and audit scores of a
// partner workshop. Each write re-evaluates the partner and, when its qualified state or reason
// changes, announces partner.qualification-changed in the same transaction. Overflow routing
// asks `isQualifiedPartner` at booking time, so an expired document stops overflow immediately;
// the sweep announces lapses nobody wrote about.
import { randomUUID } from 'node:crypto';
import { NotFound, assertCentreAccess, type Identity } from '@aftersales/service-kit';
import { type Db, type PartnerQualification, type PrismaClient, type Tx } from '../db/client';
import { concurrentChange, ruleViolation } from '../domain/errors';
import {
  evaluateQualification,
  type AccreditationDocument,
  type Qualification,
} from '../domain/qualification';
import { emit, iso } from '../events/emit';
import { systemWithin, type Uow } from './unit-of-work';

const documentsOf = (row: Pick<PartnerQualification, 'documents'> | null): AccreditationDocument[] =>
  row && Array.isArray(row.documents) ? (row.documents as unknown as AccreditationDocument[]) : [];

async function partnerInScope(db: Db, identity: Identity, centreId: string) {
  const centre = await db.serviceCentre.findFirst({ where: { id: centreId, tenantId: identity.tenantId } });
  if (!centre) throw new NotFound(`Service centre ${centreId} not found.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  if (centre.type !== 'partner-workshop')
    throw ruleViolation(`Centre ${centre.id} is a ${centre.type}; only partner workshops are qualified.`, {
      details: { field: 'centreId' },
    });
  return centre;
}

function announce(uow: Uow, centreId: string, q: Qualification, auditScore: number | null): void {
  emit(uow, 'partner.qualification-changed', centreId, {
    centreId,
    qualified: q.qualified,
    reason: q.reason,
    ...(q.validUntil ? { validUntil: iso(q.validUntil) } : {}),
    ...(auditScore === null ? {} : { auditScore }),
  });
}

export interface QualificationView {
  centreId: string;
  documents: AccreditationDocument[];
  auditScore: number | null;
  auditedAt: string | null;
  qualified: boolean;
  reason: Qualification['reason'];
  validUntil: string | null;
  expiredDocumentIds: string[];
  version: number;
}

function viewOf(centreId: string, row: PartnerQualification | null, now: Date): QualificationView {
  const q = evaluateQualification(documentsOf(row), row?.auditScore ?? null, now);
  return {
    centreId,
    documents: documentsOf(row),
    auditScore: row?.auditScore ?? null,
    auditedAt: row?.auditedAt ? iso(row.auditedAt) : null,
    qualified: q.qualified,
    reason: q.reason,
    validUntil: q.validUntil ? iso(q.validUntil) : null,
    expiredDocumentIds: q.expiredDocumentIds,
    version: row?.version ?? 0,
  };
}

interface Assessment {
  documents: AccreditationDocument[];
  auditScore: number | null;
  auditedAt: Date | null;
}

/** Applies one change to a partner's record, re-evaluates it and announces a changed state. */
async function reassess(
  uow: Uow,
  identity: Identity,
  centreId: string,
  apply: (row: Assessment) => Assessment,
): Promise<QualificationView> {
  const { tx, now } = uow;
  await partnerInScope(tx, identity, centreId);
  // Serialises writers of one partner so the announced state follows commit order.
  await tx.$executeRaw`SELECT 1 FROM service_centre WHERE id = ${centreId}::uuid FOR UPDATE`;
  const row = await tx.partnerQualification.findUnique({ where: { centreId } });
  const next = apply({
    documents: documentsOf(row),
    auditScore: row?.auditScore ?? null,
    auditedAt: row?.auditedAt ?? null,
  });
  const q = evaluateQualification(next.documents, next.auditScore, now);
  const data = {
    documents: next.documents as unknown as object,
    auditScore: next.auditScore,
    auditedAt: next.auditedAt,
    qualified: q.qualified,
    reason: q.reason,
    validUntil: q.validUntil,
    updatedBy: identity.userId,
  };
  let saved: PartnerQualification;
  if (row) {
    const { count } = await tx.partnerQualification.updateMany({
      where: { centreId, version: row.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    saved = await tx.partnerQualification.findUniqueOrThrow({ where: { centreId } });
  } else {
    saved = await tx.partnerQualification.create({
      data: { centreId, tenantId: identity.tenantId, ...data },
    });
  }
  const announced = row
    ? { qualified: row.qualified, reason: row.reason }
    : { qualified: false, reason: 'none' };
  if (announced.qualified !== q.qualified || announced.reason !== q.reason)
    announce(uow, centreId, q, next.auditScore);
  return viewOf(centreId, saved, now);
}

export function addDocument(
  uow: Uow,
  identity: Identity,
  centreId: string,
  input: { kind: string; reference: string; validUntil: string },
): Promise<QualificationView> {
  return reassess(uow, identity, centreId, (r) => ({
    ...r,
    documents: [
      ...r.documents,
      {
        id: randomUUID(),
        kind: input.kind,
        reference: input.reference,
        validUntil: iso(new Date(input.validUntil)),
      },
    ],
  }));
}

export function recordAudit(
  uow: Uow,
  identity: Identity,
  centreId: string,
  input: { score: number; auditedAt?: string | null },
): Promise<QualificationView> {
  return reassess(uow, identity, centreId, (r) => ({
    ...r,
    auditScore: input.score,
    auditedAt: input.auditedAt ? new Date(input.auditedAt) : uow.now,
  }));
}

export async function qualificationOf(
  db: Db,
  identity: Identity,
  centreId: string,
  now: Date,
): Promise<QualificationView> {
  await partnerInScope(db, identity, centreId);
  const row = await db.partnerQualification.findUnique({ where: { centreId } });
  return viewOf(centreId, row, now);
}

/** Whether a partner may receive overflow work now (evaluated live, not the last announcement). */
export async function isQualifiedPartner(tx: Tx, centreId: string, now: Date): Promise<boolean> {
  const row = await tx.partnerQualification.findUnique({ where: { centreId } });
  if (!row) return false;
  return evaluateQualification(documentsOf(row), row.auditScore, now).qualified;
}

/** Sweep step: partners announced qualified whose first document has expired are announced unqualified. */
export async function reportLapsedPartners(prisma: PrismaClient, now: Date, batch = 100): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRawUnsafe<{ centre_id: string }[]>(
      `SELECT centre_id FROM partner_qualification
        WHERE qualified AND valid_until <= $1 ORDER BY valid_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      batch,
    );
    for (const { centre_id: centreId } of due) {
      const row = await tx.partnerQualification.findUniqueOrThrow({ where: { centreId } });
      const q = evaluateQualification(documentsOf(row), row.auditScore, now);
      await tx.partnerQualification.update({
        where: { centreId },
        data: {
          qualified: q.qualified,
          reason: q.reason,
          validUntil: q.validUntil,
          version: { increment: 1 },
        },
      });
      await systemWithin(tx, row.tenantId, now, null, async (uow) =>
        announce(uow, centreId, q, row.auditScore),
      );
    }
    return due.length;
  });
}
