// A small state machine shared by the quality aggregates (inquiry, audit, improvement action,
// supervision report): which commands each status allows, refused with the same 409 problem
// as a complaint command.
import { commandRefused } from './errors';

export type Transitions<S extends string, C extends string> = Record<S, readonly C[]>;

/** Throws CommandRefused unless `command` may run in `status`. */
export function assertAllowed<S extends string, C extends string>(
  aggregate: string,
  transitions: Transitions<S, C>,
  status: S,
  command: C,
  reason = 'not allowed in this state',
): void {
  const allowed = transitions[status];
  if (!allowed.includes(command)) throw commandRefused(aggregate, status, command, allowed, reason);
}
