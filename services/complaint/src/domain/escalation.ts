// Escalation: when a time limit passes unmet, the complaint goes one step up the tenant's chain
// (e.g. team lead -> centre manager -> regional quality manager). Each deadline escalates once;
// the sweep finds due complaints by `escalateAt`, which this module computes.
import { z } from 'zod';
import { type ComplaintStatus } from './types';

export const EscalationChain = z.array(z.string().min(1).max(128)).min(1).max(10);
export type EscalationChain = z.infer<typeof EscalationChain>;

export const DEFAULT_ESCALATION_CHAIN: EscalationChain = [
  'team-lead',
  'centre-manager',
  'regional-quality-manager',
];

export type DeadlineKind = 'acknowledge' | 'resolve';

export interface ClockState {
  status: ComplaintStatus;
  acknowledgedAt: Date | null;
  acknowledgeBy: Date | null;
  resolveBy: Date | null;
  acknowledgeEscalatedAt: Date | null;
  resolveEscalatedAt: Date | null;
}

export interface DueDeadline {
  kind: DeadlineKind;
  dueAt: Date;
}

/** The next deadline that would escalate if missed, or null (not open, unclassified, or done). */
export function nextEscalation(c: ClockState): DueDeadline | null {
  if (c.status !== 'open') return null;
  if (c.acknowledgeBy && !c.acknowledgedAt && !c.acknowledgeEscalatedAt)
    return { kind: 'acknowledge', dueAt: c.acknowledgeBy };
  if (c.resolveBy && !c.resolveEscalatedAt) return { kind: 'resolve', dueAt: c.resolveBy };
  return null;
}

/** The deadline a handler works against (for queues), missed or not: acknowledgement first, then resolution. */
export function currentDeadline(c: ClockState): DueDeadline | null {
  if (c.status !== 'open') return null;
  if (c.acknowledgeBy && !c.acknowledgedAt) return { kind: 'acknowledge', dueAt: c.acknowledgeBy };
  if (c.resolveBy) return { kind: 'resolve', dueAt: c.resolveBy };
  return null;
}

export interface EscalationStep {
  level: number;
  toTeamId: string;
}

/** One step up from `currentLevel` (0 = not escalated); at the top it stays with the last step. */
export function escalationStep(chain: EscalationChain, currentLevel: number): EscalationStep {
  const level = Math.min(currentLevel + 1, chain.length);
  return { level, toTeamId: chain[level - 1]! };
}
