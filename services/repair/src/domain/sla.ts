// Service-time standards (SLA clocks) and stage durations. A tenant sets a standard per status
// (e.g. RECEIVED: diagnosis within 2 working hours of reception), measured in the centre's working
// time or in elapsed time; a clock runs while the order is in that status and is breached once it
// has been running longer than the standard. A status that waits on someone outside the workshop
// (QUOTED: the customer; WAITING_PARTS: supply) has its own clock, and the workshop's clock of the
// status it left is paused, not restarted: see resumeCredit.
import { type Status } from './state-machine';
import { dueAfter, isOpenAt, measureSeconds, type TimeBasis, type WorkingCalendar } from './working-time';

export interface SlaStandard {
  stage: Status;
  standardSeconds: number;
  timeBasis: TimeBasis;
}

export interface SlaClock {
  stage: Status;
  startedAt: Date;
  dueAt: Date;
  standardSeconds: number;
  timeBasis: TimeBasis;
  /** Seconds of the standard already used before a pause (carried into a resumed clock). */
  creditSeconds: number;
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

/**
 * The clock that starts when an order enters `stage` at `at`, or null when no standard is set.
 * `creditSeconds` already used (a clock resumed after a pause) bring the due time forward.
 */
export function startClock(
  stage: Status,
  at: Date,
  standards: readonly SlaStandard[],
  calendar: WorkingCalendar,
  creditSeconds = 0,
): SlaClock | null {
  const standard = standards.find((s) => s.stage === stage);
  if (!standard) return null;
  return {
    stage,
    startedAt: at,
    dueAt: dueAfter(standard.timeBasis, at, standard.standardSeconds - creditSeconds, calendar),
    standardSeconds: standard.standardSeconds,
    timeBasis: standard.timeBasis,
    creditSeconds,
  };
}

/** Seconds a clock has used up to `until`: its credit plus its own run on its basis. */
export function usedSeconds(
  clock: Pick<SlaClock, 'startedAt' | 'timeBasis' | 'creditSeconds'>,
  until: Date,
  calendar: WorkingCalendar,
): number {
  return clock.creditSeconds + measureSeconds(clock.timeBasis, clock.startedAt, until, calendar);
}

/**
 * The credit a clock of `stage` starts with when the order comes back to it from a waiting
 * status (`from`: WAITING_PARTS resumes the work where it stopped). Any other entry (first visit,
 * rework after a failed QC) starts a fresh clock.
 */
export const PAUSING_STATUSES: readonly Status[] = ['WAITING_PARTS'];
export function resumeCredit(
  from: Status | null,
  paused: (Pick<SlaClock, 'startedAt' | 'timeBasis' | 'creditSeconds'> & { stoppedAt: Date }) | null,
  calendar: WorkingCalendar,
): number {
  if (!from || !PAUSING_STATUSES.includes(from) || !paused) return 0;
  return usedSeconds(paused, paused.stoppedAt, calendar);
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
  calendar: WorkingCalendar,
): StageDuration[] {
  const totals = new Map<Status, number>();
  const sorted = [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime());
  sorted.forEach((t, i) => {
    const end = sorted[i + 1]?.at ?? until;
    if (t.to === 'CLOSED' || t.to === 'CANCELLED') return;
    totals.set(t.to, (totals.get(t.to) ?? 0) + measureSeconds(basisOf(t.to, standards), t.at, end, calendar));
  });
  return [...totals].map(([stage, s]) => ({
    stage,
    seconds: s,
    standardSeconds: standards.find((x) => x.stage === stage)?.standardSeconds ?? null,
  }));
}

/** Stages without a standard are measured in working time (the workshop's own day). */
const basisOf = (stage: Status, standards: readonly SlaStandard[]): TimeBasis =>
  standards.find((s) => s.stage === stage)?.timeBasis ?? 'working';

/**
 * The breaches among an order's clocks (each visit is its own clock), measured up to `until`. A
 * resumed clock whose credit alone was over the standard repeats its paused clock's breach: left out.
 */
export function breachesOf(
  clocks: readonly (Pick<
    SlaClock,
    'stage' | 'startedAt' | 'standardSeconds' | 'timeBasis' | 'creditSeconds'
  > & {
    stoppedAt: Date | null;
  })[],
  until: Date,
  calendar: WorkingCalendar,
): SlaBreach[] {
  return clocks
    .map((c) => ({
      stage: c.stage,
      standardSeconds: c.standardSeconds,
      elapsedSeconds: usedSeconds(c, c.stoppedAt ?? until, calendar),
    }))
    .filter((b, i) => b.elapsedSeconds > b.standardSeconds && clocks[i]!.creditSeconds <= b.standardSeconds);
}

export interface ClockReading {
  /** Seconds of the standard left at `now` on its basis; negative once past due. */
  leftSeconds: number;
  breached: boolean;
  /** False while a working-time clock stands still (the centre is closed). */
  ticking: boolean;
}

/** A running clock read at `now`: time left (or over) on its own basis. */
export function readClock(
  clock: Pick<SlaClock, 'dueAt' | 'timeBasis'>,
  now: Date,
  calendar: WorkingCalendar,
): ClockReading {
  const breached = isBreached(clock, now);
  const left = breached
    ? -measureSeconds(clock.timeBasis, clock.dueAt, now, calendar)
    : measureSeconds(clock.timeBasis, now, clock.dueAt, calendar);
  return { leftSeconds: left, breached, ticking: clock.timeBasis === 'elapsed' || isOpenAt(now, calendar) };
}
