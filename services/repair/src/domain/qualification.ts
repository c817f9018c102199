// Partner workshop qualification, pure: a partner receives overflow work only while every
// accreditation document it holds is valid and its latest audit scored at least the threshold.
// A partner never assessed (no document or no audit) is not qualified.

/** Audit scores are percentages; below this a partner is not qualified. */
export const MIN_PARTNER_AUDIT_SCORE = 70;

export interface AccreditationDocument {
  id: string;
  kind: string;
  reference: string;
  validUntil: string;
}

export type QualificationReason =
  'qualified' | 'document-expired' | 'document-missing' | 'audit-below-threshold' | 'audit-missing';

export interface Qualification {
  qualified: boolean;
  reason: QualificationReason;
  /** While qualified: when the first document expires (qualification lapses then). */
  validUntil: Date | null;
  expiredDocumentIds: string[];
}

/** The latest document of each kind counts (a renewal replaces the expired one). */
export function currentDocuments(docs: readonly AccreditationDocument[]): AccreditationDocument[] {
  const byKind = new Map<string, AccreditationDocument>();
  for (const d of docs) {
    const prev = byKind.get(d.kind);
    if (!prev || Date.parse(d.validUntil) >= Date.parse(prev.validUntil)) byKind.set(d.kind, d);
  }
  return [...byKind.values()];
}

export function evaluateQualification(
  docs: readonly AccreditationDocument[],
  auditScore: number | null,
  at: Date,
  threshold = MIN_PARTNER_AUDIT_SCORE,
): Qualification {
  const current = currentDocuments(docs);
  const expired = current.filter((d) => Date.parse(d.validUntil) <= at.getTime()).map((d) => d.id);
  const unqualified = (reason: QualificationReason): Qualification => ({
    qualified: false,
    reason,
    validUntil: null,
    expiredDocumentIds: expired,
  });
  if (current.length === 0) return unqualified('document-missing');
  if (expired.length > 0) return unqualified('document-expired');
  if (auditScore === null) return unqualified('audit-missing');
  if (auditScore < threshold) return unqualified('audit-below-threshold');
  const firstExpiry = Math.min(...current.map((d) => Date.parse(d.validUntil)));
  return { qualified: true, reason: 'qualified', validUntil: new Date(firstExpiry), expiredDocumentIds: [] };
}
