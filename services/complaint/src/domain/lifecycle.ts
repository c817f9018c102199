// The complaint's state machine: open -> resolved -> closed, with reopen (the customer rejected
// the resolution, a recurrence, new evidence) back to open. Every command is checked here, so
// the API cannot close an unresolved complaint or record a verdict on an open one.
import { commandRefused } from './errors';
import { type ComplaintCategory, type ComplaintSeverity, type ComplaintStatus, type Verdict } from './types';

export const COMMANDS = [
  'classify',
  'assign',
  'acknowledge',
  'note',
  'resolve',
  'notify',
  'verdict',
  'reopen',
  'close',
] as const;
export type Command = (typeof COMMANDS)[number];

const ALLOWED: Record<ComplaintStatus, readonly Command[]> = {
  open: ['classify', 'assign', 'acknowledge', 'note', 'resolve'],
  resolved: ['note', 'notify', 'verdict', 'reopen', 'close'],
  closed: ['reopen'],
};

/** What the state machine needs to know about a complaint. */
export interface LifecycleState {
  status: ComplaintStatus;
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  acknowledgedAt: Date | null;
  notifiedAt: Date | null;
  verdict: Verdict | null;
}

export function allowedCommands(status: ComplaintStatus): readonly Command[] {
  return ALLOWED[status];
}

/** Throws CommandRefused (409) unless `command` may run on the complaint now. */
export function assertCan(state: LifecycleState, command: Command): void {
  const allowed = ALLOWED[state.status];
  const refuse = (reason: string) => {
    throw commandRefused('complaint', state.status, command, allowed, reason);
  };
  if (!allowed.includes(command)) {
    refuse(
      command === 'close'
        ? 'only a resolved complaint with a verdict (or a verdict timeout) can be closed'
        : command === 'verdict'
          ? 'the customer can only give a verdict on a resolution'
          : `allowed now: ${allowed.join(', ') || 'nothing'}`,
    );
  }
  // Resolving and reassigning need deadlines, and deadlines need a severity.
  if (
    (command === 'resolve' || command === 'assign') &&
    (state.category === null || state.severity === null)
  ) {
    refuse('classify it first');
  }
  if (command === 'acknowledge' && state.acknowledgedAt !== null) refuse('it is already acknowledged');
  if (command === 'verdict' && state.verdict !== null) refuse('the customer already gave a verdict');
}

export type Closure = 'verdict-accepted' | 'verdict-timeout';

/**
 * How a resolved complaint may be closed now: the customer accepted, or they were told the
 * result and said nothing for `verdictTimeoutMinutes`. Anything else is refused.
 */
export function closureOf(state: LifecycleState, now: Date, verdictTimeoutMinutes: number): Closure {
  assertCan(state, 'close');
  if (state.verdict === 'accepted') return 'verdict-accepted';
  if (
    state.notifiedAt !== null &&
    now.getTime() - state.notifiedAt.getTime() >= verdictTimeoutMinutes * 60_000
  ) {
    return 'verdict-timeout';
  }
  throw commandRefused(
    'complaint',
    state.status,
    'close',
    ALLOWED[state.status],
    state.notifiedAt === null
      ? 'the customer has not been notified of the resolution, so no verdict can be awaited'
      : `the customer has not accepted and the verdict timeout (${verdictTimeoutMinutes} min after notification) has not passed`,
  );
}
