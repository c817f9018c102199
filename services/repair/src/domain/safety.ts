// Safety inspections, pure: the checklist score, hazards with rectification deadlines, and the
// hazard lifecycle OPEN -> RECTIFIED (work reported) -> VERIFIED (checked by quality), where a
// failed verification sends it back to OPEN. An inspection is CLOSED when every hazard is verified.
import { ruleViolation } from './errors';

export type HazardStatus = 'OPEN' | 'RECTIFIED' | 'VERIFIED';

export interface Hazard {
  id: string;
  description: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  rectifyBy: string;
  status: HazardStatus;
  rectification: { at: string; by: string; note: string } | null;
  verifications: { at: string; by: string; passed: boolean; note: string | null }[];
}

/** Share of checklist items passed, in percent (100 for an empty checklist). */
export function checklistScore(items: readonly { passed: boolean }[]): number {
  if (items.length === 0) return 100;
  return Math.round((items.filter((i) => i.passed).length / items.length) * 10_000) / 100;
}

export function rectify(hazard: Hazard, by: string, note: string, at: Date): Hazard {
  if (hazard.status !== 'OPEN')
    throw ruleViolation(`Hazard ${hazard.id} is ${hazard.status}; only an OPEN hazard can be rectified.`, {
      code: 'hazard-state',
      details: { hazardId: hazard.id, hazardStatus: hazard.status },
    });
  return { ...hazard, status: 'RECTIFIED', rectification: { at: at.toISOString(), by, note } };
}

export function verify(hazard: Hazard, by: string, passed: boolean, note: string | null, at: Date): Hazard {
  if (hazard.status !== 'RECTIFIED')
    throw ruleViolation(`Hazard ${hazard.id} is ${hazard.status}; only a RECTIFIED hazard can be verified.`, {
      code: 'hazard-state',
      details: { hazardId: hazard.id, hazardStatus: hazard.status },
    });
  return {
    ...hazard,
    status: passed ? 'VERIFIED' : 'OPEN',
    verifications: [...hazard.verifications, { at: at.toISOString(), by, passed, note }],
  };
}

export const inspectionStatusOf = (hazards: readonly Hazard[]): 'OPEN' | 'CLOSED' =>
  hazards.every((h) => h.status === 'VERIFIED') ? 'CLOSED' : 'OPEN';

/** The earliest rectification deadline of hazards not yet verified; null when none is open. */
export function nextDeadline(hazards: readonly Hazard[]): string | null {
  const open = hazards.filter((h) => h.status !== 'VERIFIED').map((h) => h.rectifyBy);
  return open.length ? open.sort()[0]! : null;
}
