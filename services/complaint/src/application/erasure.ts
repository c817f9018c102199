// A customer's erasure reaches the complaint desk: the complaint descriptions, resolution
// summaries and investigation notes of the customer's complaints, and the questions and answers of
// their inquiries, are redacted, and stored responses of idempotent creates that replay them are
// deleted. Categories, severities, teams, times and verdicts stay (the quality figures count them),
// linked by ids that no longer lead to a person. Idempotent.
import { type Work } from './unit-of-work';

export const REDACTED = '[erased]';

export interface RedactionCounts {
  complaints: number;
  notes: number;
  inquiries: number;
  storedResponses: number;
}

/** Redacts the texts of the unit of work's tenant's complaints and inquiries of `customerId`. */
export async function redactCustomer({ tx, tenantId }: Work, customerId: string): Promise<RedactionCounts> {
  const complaints = await tx.complaint.findMany({ where: { tenantId, customerId }, select: { id: true } });
  const ids = complaints.map((c) => c.id);
  await tx.complaint.updateMany({ where: { id: { in: ids } }, data: { description: REDACTED } });
  await tx.complaint.updateMany({
    where: { id: { in: ids }, resolutionSummary: { not: null } },
    data: { resolutionSummary: REDACTED },
  });
  const notes = await tx.complaintNote.updateMany({
    where: { complaintId: { in: ids } },
    data: { text: REDACTED },
  });
  const inquiries = await tx.inquiry.updateMany({
    where: { tenantId, customerId },
    data: { question: REDACTED },
  });
  await tx.inquiry.updateMany({
    where: { tenantId, customerId, answer: { not: null } },
    data: { answer: REDACTED },
  });
  const storedResponses = await tx.$executeRaw`
    DELETE FROM idempotency_record
     WHERE tenant_id = ${tenantId} AND response->'body'->>'customerId' = ${customerId}`;
  return { complaints: ids.length, notes: notes.count, inquiries: inquiries.count, storedResponses };
}
