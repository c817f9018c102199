// The two deadline columns derived from a complaint's state: `escalate_at` (what the sweep
// claims by) and `due_at` (what queues sort by). Recomputed on every write so they never drift.
import { currentDeadline, nextEscalation, type ClockState } from '../domain/escalation';
import { type ComplaintStatus } from '../domain/types';

export interface ClockColumns {
  status: string;
  acknowledgedAt: Date | null;
  acknowledgeBy: Date | null;
  resolveBy: Date | null;
  acknowledgeEscalatedAt: Date | null;
  resolveEscalatedAt: Date | null;
}

export function derivedClock(c: ClockColumns): { escalateAt: Date | null; dueAt: Date | null } {
  const state: ClockState = { ...c, status: c.status as ComplaintStatus };
  return { escalateAt: nextEscalation(state)?.dueAt ?? null, dueAt: currentDeadline(state)?.dueAt ?? null };
}
