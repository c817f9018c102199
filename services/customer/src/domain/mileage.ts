// Odometer readings only go up. A lower reading is accepted only as an explicit correction with
// a reason (a typo, a replaced instrument cluster), so the history stays trustworthy.

export interface MileageInput {
  mileageKm: number;
  /** Set when the reading deliberately replaces a wrong earlier one. */
  correctionReason?: string | null;
}

export type MileageDecision =
  | { ok: true; correction: boolean }
  | { ok: false; code: 'decreasing' | 'correction-without-reason' | 'invalid'; message: string };

export function decideMileage(currentKm: number | null, input: MileageInput): MileageDecision {
  if (!Number.isInteger(input.mileageKm) || input.mileageKm < 0) {
    return { ok: false, code: 'invalid', message: 'Mileage is a whole, non-negative number of kilometres.' };
  }
  const reason = input.correctionReason?.trim();
  if (input.correctionReason !== undefined && input.correctionReason !== null && !reason) {
    return { ok: false, code: 'correction-without-reason', message: 'A mileage correction needs a reason.' };
  }
  if (reason) return { ok: true, correction: true };
  if (currentKm !== null && input.mileageKm < currentKm) {
    return {
      ok: false,
      code: 'decreasing',
      message: `Mileage ${input.mileageKm} km is below the last reading (${currentKm} km); send a correction with a reason to lower it.`,
    };
  }
  return { ok: true, correction: false };
}
