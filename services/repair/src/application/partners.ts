// Partner workshop qualification: accreditation documents (with expiry) and audit scores of a
// partner workshop. Each write re-evaluates the partner and, when its qualified state or reason
// changes, announces partner.qualification-changed in the same transaction. Overflow routing
// asks `isQualifiedPartner` at booking time, so an expired document stops overflow immediately;
// the sweep announces lapses nobody wrote about.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { notFound } from '@aftersales/service-kit';
import { type PartnerQualification, type PrismaClient, type Tx } from '../db/client';
import {
  evaluateQualification,
  type AccreditationDocument,
  type Qualification,
} from '../domain/qualification';
import { assertCentreAccess, type Identity } from '../api/identity';
import { concurrentChange, ruleViolation } from '../api/problems';
import { iso, repairEvent } from '../events/factories';

const documentsOf = (row: Pick<PartnerQualification, 'documents'> | null): AccreditationDocument[] =>
  row && Array.isArray(row.documents) ? (row.documents as unknown as AccreditationDocument[]) : [];

async function partnerInScope(tx: Tx | PrismaClient, identity: Identity, centreId: string) {
  const centre = await tx.serviceCentre.findFirst({ where: { id: centreId, tenantId: identity.tenantId } });
  if (!centre) throw notFound(`Service centre ${centreId} not found.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  if (centre.type !== 'partner-workshop')
    throw ruleViolation(`Centre ${centre.id} is a ${centre.type}; only partner workshops are qualified.`, {
      field: 'centreId',
    });
  return centre;
}

function changedEvent(
  tenantId: string,
  centreId: string,
  q: Qualification,
  auditScore: number | null,
  now: Date,
  requestId?: string,
): AnyEvent {
  return repairEvent(
    'partner.qualification-changed',
    centreId,
    {
      centreId,
      qualified: q.qualified,
      reason: q.reason,
      ...(q.validUntil ? { validUntil: iso(q.validUntil) } : {}),
      ...(auditScore === null ? {} : { auditScore }),
    },
    { tenantId, causationId: requestId ?? null, occurredAt: now },
  );
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

/** Applies one change to a partner's record, re-evaluates it and announces a changed state. */
async function change(
  tx: Tx,
  identity: Identity,
  centreId: string,
  now: Date,
  apply: (row: { documents: AccreditationDocument[]; auditScore: number | null; auditedAt: Date | null }) => {
    documents: AccreditationDocument[];
    auditScore: number | null;
    auditedAt: Date | null;
  },
  requestId?: string,
): Promise<QualificationView> {
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
    await enqueueEvents(tx, [changedEvent(identity.tenantId, centreId, q, next.auditScore, now, requestId)]);
  return viewOf(centreId, saved, now);
}

export function addDocument(
  tx: Tx,
  identity: Identity,
  centreId: string,
  input: { kind: string; reference: string; validUntil: string },
  now: Date,
  requestId?: string,
): Promise<QualificationView> {
  return change(
    tx,
    identity,
    centreId,
    now,
    (r) => ({
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
    }),
    requestId,
  );
}

export function recordAudit(
  tx: Tx,
  identity: Identity,
  centreId: string,
  input: { score: number; auditedAt?: string | null },
  now: Date,
  requestId?: string,
): Promise<QualificationView> {
  return change(
    tx,
    identity,
    centreId,
    now,
    (r) => ({ ...r, auditScore: input.score, auditedAt: input.auditedAt ? new Date(input.auditedAt) : now }),
    requestId,
  );
}

export async function qualificationOf(
  prisma: PrismaClient,
  identity: Identity,
  centreId: string,
  now: Date,
): Promise<QualificationView> {
  await partnerInScope(prisma, identity, centreId);
  const row = await prisma.partnerQualification.findUnique({ where: { centreId } });
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
    const events: AnyEvent[] = [];
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
      events.push(changedEvent(row.tenantId, centreId, q, row.auditScore, now));
    }
    await enqueueEvents(tx, events);
    return events.length;
  });
}
