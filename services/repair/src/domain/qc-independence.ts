// Four eyes on the work: quality control is recorded by someone who did not do the repair. The
// inspector named, and the user recording the result, must not be one of the order's technicians.
import { ruleViolation } from './errors';

/** The job type a certification requirement names to make QC inspectors need a certification. */
export const QC_INSPECTION_JOB = 'qc-inspection';

/** 422 `self-inspection` when the inspector (or the recording user) worked on the order. */
export function assertIndependentInspector(
  order: { id: string; technicianIds: readonly string[] },
  inspectorId: string,
  recordedBy: string,
): void {
  const own = [inspectorId, recordedBy].filter((who) => order.technicianIds.includes(who));
  if (own.length === 0) return;
  throw ruleViolation(
    `Quality control of order ${order.id} must be independent: ${[...new Set(own)].join(', ')} worked on it (rule: inspector is not one of the order's technicians).`,
    { code: 'self-inspection', details: { rule: 'independent-qc', technicianIds: [...new Set(own)] } },
  );
}
