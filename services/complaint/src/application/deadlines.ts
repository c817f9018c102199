// Shared by every deadline sweep (complaints, inquiries, improvement actions): the aggregate's
// table keeps the next deadline in `escalate_at`, derived from its state on every write, so
// claiming due rows is the same query everywhere. FOR UPDATE SKIP LOCKED lets several replicas
// sweep without taking the same row; the caller re-checks the state before acting.
import { type Tx } from '../db/client';

export type DeadlineTable = 'complaint' | 'inquiry' | 'improvement_action';

export interface SweepResult {
  /** Rows claimed (the loop goes on while a batch found work). */
  claimed: number;
  /** Rows escalated (or closed, for the verdict sweep). */
  handled: number;
}

/** Locks and returns the ids of up to `limit` rows of `table` whose deadline passed by `now`. */
export async function claimDue(tx: Tx, table: DeadlineTable, now: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM ${table}
      WHERE escalate_at IS NOT NULL AND escalate_at <= $1
      ORDER BY escalate_at LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    now,
    limit,
  );
  return rows.map((r) => r.id);
}

export const overdueSeconds = (dueAt: Date, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / 1000));
