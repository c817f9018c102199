// Service-time standards (SLA clocks) and stage durations. A tenant sets a standard per status
// (e.g. RECEIVED: diagnosis within 4 h of reception); a clock runs while the order is in that
// status and is breached once it has been running longer than the standard.
import { type Status } from './state-machine';

export interface SlaStandard {
  stage: Status;
  standardSeconds: number;
}

export interface SlaClock {
  stage: Status;
  startedAt: Date;
  dueAt: Date;
  standardSeconds: number;
}

export interface Transition {
  from: Status | null;
  to: Status;
  at: Date;
}

export interface StageDuration {
  stage: Status;
  seconds: number;
  standardSeconds: number | null;
}

export interface SlaBreach {
  stage: Status;
  standardSeconds: number;
  elapsedSeconds: number;
}

export const seconds = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

/** The clock that starts when an order enters `stage` at `at`, or null when no standard is set. */
export function startClock(stage: Status, at: Date, standards: readonly SlaStandard[]): SlaClock | null {
  const standard = standards.find((s) => s.stage === stage);
  if (!standard) return null;
  return {
    stage,
    startedAt: at,
    dueAt: new Date(at.getTime() + standard.standardSeconds * 1000),
    standardSeconds: standard.standardSeconds,
  };
}

/** A running clock is breached when now is past its due time. */
export function isBreached(clock: Pick<SlaClock, 'dueAt'>, now: Date): boolean {
  return now.getTime() > clock.dueAt.getTime();
}

/**
 * Seconds spent in each status, summed over every visit (rework and parts waits re-enter
 * statuses), in order of first entry, up to `until` for the current status. Terminal states
 * (CLOSED, CANCELLED) and the status at `until` with zero time are left out.
 */
export function stageDurations(
  transitions: readonly Transition[],
  until: Date,
  standards: readonly SlaStandard[],
): StageDuration[] {
  const totals = new Map<Status, number>();
  const sorted = [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime());
  sorted.forEach((t, i) => {
    const end = sorted[i + 1]?.at ?? until;
    if (t.to === 'CLOSED' || t.to === 'CANCELLED') return;
    totals.set(t.to, (totals.get(t.to) ?? 0) + seconds(t.at, end));
  });
  return [...totals].map(([stage, s]) => ({
    stage,
    seconds: s,
    standardSeconds: standards.find((x) => x.stage === stage)?.standardSeconds ?? null,
  }));
}

/**
 * Breaches per visit of a status: each visit is its own clock (a second QC round has its own
 * standard). Used for the outcome of a completed order; the sweep emits them as they happen.
 */
export function breachesOf(
  transitions: readonly Transition[],
  until: Date,
  standards: readonly SlaStandard[],
): SlaBreach[] {
  const sorted = [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const out: SlaBreach[] = [];
  sorted.forEach((t, i) => {
    const clock = startClock(t.to, t.at, standards);
    if (!clock) return;
    const end = sorted[i + 1]?.at ?? until;
    const elapsed = seconds(t.at, end);
    if (elapsed > clock.standardSeconds)
      out.push({ stage: t.to, standardSeconds: clock.standardSeconds, elapsedSeconds: elapsed });
  });
  return out;
}
