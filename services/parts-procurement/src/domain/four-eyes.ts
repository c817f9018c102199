// Four eyes: whoever prepared a commitment cannot also approve it. A purchase order above the
// approval threshold is approved by someone other than its creator; a stocktake by no one who
// counted it; and where a second approval is needed, by two different people.
import { rule } from './errors';

export interface Prepared {
  /** Who created it (a purchase order). */
  createdBy?: string | null;
  /** Everyone who recorded counts (a stocktake). */
  countedBy?: readonly string[];
  /** Who gave the first of two approvals. */
  approvedBy?: string | null;
}

/** What the actor already did to the record that bars them from approving it, or null. */
export function fourEyesConflict(actor: string, prepared: Prepared): keyof Prepared | null {
  if (prepared.createdBy === actor) return 'createdBy';
  if (prepared.countedBy?.includes(actor)) return 'countedBy';
  if (prepared.approvedBy === actor) return 'approvedBy';
  return null;
}

const did: Record<keyof Prepared, string> = {
  createdBy: 'created',
  countedBy: 'counted',
  approvedBy: 'already approved',
};

/** 422 `four-eyes` if the actor prepared what they are approving; the details name the rule and who prepared it. */
export function assertFourEyes(actor: string, prepared: Prepared, what: string): void {
  const conflict = fourEyesConflict(actor, prepared);
  if (!conflict) return;
  throw rule('four-eyes', `Four eyes: you ${did[conflict]} this ${what}; someone else must approve it.`, {
    rule: 'four-eyes',
    [conflict]: prepared[conflict],
  });
}
