// A customer's erasure reaches the workshop: everything staff wrote in free text about the
// customer's bookings, repair orders and rescues is redacted, and a rescue's GPS position is
// dropped; the reception photos and signature are deleted. Ids, statuses, times, money and the priced quote lines stay: they are the order's
// commercial record (kept for the legal retention period, docs/security.md), linked by ids that
// no longer lead to a person once the customer service destroyed the customer's data key.
// Idempotent: running it twice changes nothing more.
import { Prisma, type Tx } from '../db/client';

export const REDACTED = '[erased]';

export interface RedactionCounts {
  bookings: number;
  repairOrders: number;
  quotes: number;
  rescues: number;
  storedResponses: number;
  /** Reception photos and signatures of the customer's orders, deleted. */
  attachments: number;
}

type Json = Prisma.JsonValue;

/** `{...}` entries of a JSON array, with the given text members replaced. */
function redactEach(value: Json | null, members: readonly string[]): Prisma.InputJsonValue {
  if (!Array.isArray(value)) return (value ?? []) as Prisma.InputJsonValue;
  return value.map((entry) => redactMembers(entry, members)) as Prisma.InputJsonValue;
}

function redactMembers(entry: Json, members: readonly string[]): Json {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const copy = { ...entry } as Record<string, Json>;
  for (const m of members) if (typeof copy[m] === 'string') copy[m] = REDACTED;
  return copy;
}

/** Diagnosis `{ technicianId, findings: [{ system, severity, faultCode, description }], notes }`. */
function redactDiagnosis(diagnosis: Json | null): Prisma.InputJsonValue | typeof DbNull {
  if (typeof diagnosis !== 'object' || diagnosis === null || Array.isArray(diagnosis)) return DbNull;
  const d = redactMembers(diagnosis, ['notes']) as Record<string, Json>;
  if (Array.isArray(d.findings)) d.findings = d.findings.map((f) => redactMembers(f, ['description']));
  return d as Prisma.InputJsonValue;
}

/** QC results `[{ attempt, at, inspectorId, passed, checklist: [{ code, passed, note }] }]`. */
function redactQc(qc: Json | null): Prisma.InputJsonValue {
  if (!Array.isArray(qc)) return (qc ?? []) as Prisma.InputJsonValue;
  return qc.map((attempt) => {
    if (typeof attempt !== 'object' || attempt === null || Array.isArray(attempt)) return attempt;
    const a = { ...attempt };
    if (Array.isArray(a.checklist)) a.checklist = a.checklist.map((c) => redactMembers(c, ['note']));
    return a;
  }) as Prisma.InputJsonValue;
}

function redactObject(value: Json | null, members: readonly string[]) {
  return value === null ? DbNull : (redactMembers(value, members) as Prisma.InputJsonValue);
}

// Prisma's marker for "set this JSON column to SQL NULL".
const DbNull = Prisma.DbNull;

export async function redactCustomer(tx: Tx, tenantId: string, customerId: string): Promise<RedactionCounts> {
  const bookings = await tx.booking.updateMany({
    where: { tenantId, customerId },
    data: { notes: null, cancelReason: null },
  });
  const orders = await tx.repairOrder.findMany({
    where: { tenantId, customerId },
    select: {
      id: true,
      diagnosis: true,
      progressNotes: true,
      qcResults: true,
      delivery: true,
      cancellation: true,
    },
  });
  for (const o of orders) {
    await tx.repairOrder.update({
      where: { id: o.id },
      data: {
        symptoms: REDACTED,
        damageNotes: null,
        diagnosis: redactDiagnosis(o.diagnosis),
        progressNotes: redactEach(o.progressNotes, ['note']),
        qcResults: redactQc(o.qcResults),
        delivery: redactObject(o.delivery, ['notes']),
        cancellation: redactObject(o.cancellation, ['note']),
      },
    });
  }
  const quotes = await tx.repairQuote.updateMany({
    where: { repairOrderId: { in: orders.map((o) => o.id) } },
    // Where a self-service decision came from is personal data; the quote hash is not.
    data: { declineReason: null, decisionClientAddress: null, decisionUserAgent: null },
  });
  // Photos and the customer's signature are personal data with no commercial use afterwards.
  const attachments = await tx.repairOrderAttachment.deleteMany({
    where: { tenantId, repairOrderId: { in: orders.map((o) => o.id) } },
  });
  const rescues = await tx.rescue.updateMany({
    where: { tenantId, customerId },
    data: { description: null, resolution: null, latitude: null, longitude: null },
  });
  // Stored responses of idempotent creates replay the whole record, texts included.
  const storedResponses = await tx.$executeRaw`
    DELETE FROM idempotency_record
     WHERE tenant_id = ${tenantId} AND response->'body'->>'customerId' = ${customerId}`;
  return {
    bookings: bookings.count,
    repairOrders: orders.length,
    quotes: quotes.count,
    rescues: rescues.count,
    storedResponses,
    attachments: attachments.count,
  };
}
