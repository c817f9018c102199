// The deadline scheduler: escalations (complaints, inquiries, improvement actions), and closing
// complaints on a verdict timeout. Deadlines
// live in the database (complaint.escalate_at, notified_at), so nothing is lost on a restart: a
// periodic sweep claims due complaints with FOR UPDATE SKIP LOCKED (several replicas never take
// the same row), moves each one step up the tenant's escalation chain and enqueues
// complaint.escalated in the same transaction. Each deadline escalates once: the step stamps
// it, and escalate_at moves on to the next deadline or to null. Each row's change is one unit of
// work (the service acting for the row's tenant) inside the batch's transaction.
import { Periodic } from '@aftersales/service-kit';
import { type Complaint, type Tx } from '../db/client';
import { escalationStep, nextEscalation, type DueDeadline } from '../domain/escalation';
import { type ComplaintStatus } from '../domain/types';
import { emitEscalated } from '../events/factories';
import { closeComplaint, recordChange } from './commands';
import { derivedClock } from './clock';
import { sweepActionEscalations } from './actions';
import { type ComplaintContext } from './context';
import { claimDue, type SweepResult } from './deadlines';
import { sweepInquiryEscalations } from './inquiries';
import { loadSettings, type ServiceDefaults } from './settings';
import { systemWork, withinWork, type Work } from './unit-of-work';

export type { SweepResult };

/** One step up the tenant's escalation chain for the deadline the complaint missed. */
async function escalateComplaint(
  uow: Work,
  c: Complaint,
  missed: DueDeadline,
  defaults: ServiceDefaults,
): Promise<void> {
  const settings = await loadSettings(uow.tx, c.tenantId, defaults);
  const step = escalationStep(settings.escalationChain, c.escalationLevel);
  const stamp =
    missed.kind === 'acknowledge' ? { acknowledgeEscalatedAt: uow.now } : { resolveEscalatedAt: uow.now };
  await recordChange(uow, c, { ...stamp, escalationLevel: step.level, escalatedToTeamId: step.toTeamId }, [
    {
      kind: 'escalation',
      data: {
        level: step.level,
        missedDeadline: missed.kind,
        dueAt: missed.dueAt.toISOString(),
        fromTeamId: c.teamId,
        toTeamId: step.toTeamId,
      },
    },
  ]);
  emitEscalated(uow, c, {
    level: step.level,
    missedDeadline: missed.kind,
    dueAt: missed.dueAt,
    toTeamId: step.toTeamId,
  });
}

/** Escalates up to `limit` complaints whose deadline passed by `now`. */
export async function sweepEscalations(ctx: ComplaintContext, now: Date, limit = 100): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx: Tx) => {
    const due = await claimDue(tx, 'complaint', now, limit);
    if (due.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.complaint.findMany({ where: { id: { in: due } } });
    let handled = 0;
    for (const c of rows) {
      const missed = nextEscalation({ ...c, status: c.status as ComplaintStatus });
      if (!missed || missed.dueAt > now) {
        // escalate_at was stale (the state says nothing is due): correct it from the state, or
        // this row would be claimed on every pass, or escalated before its time.
        await tx.complaint.update({ where: { id: c.id }, data: derivedClock(c) });
        continue;
      }
      await withinWork(tx, systemWork(c.tenantId, now), (uow) =>
        escalateComplaint(uow, c, missed, ctx.defaults),
      );
      handled += 1;
    }
    return { claimed: due.length, handled };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}

/**
 * Closes resolved complaints whose customer was notified and gave no verdict within the
 * tenant's verdict timeout (closure "verdict-timeout"). Same claiming rules as escalation.
 */
export async function sweepVerdictTimeouts(
  ctx: ComplaintContext,
  now: Date,
  limit = 100,
): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx: Tx) => {
    const due = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id::text FROM complaint c
         LEFT JOIN complaint_settings s ON s.tenant_id = c.tenant_id
        WHERE c.status = 'resolved' AND c.verdict IS NULL AND c.notified_at IS NOT NULL
          AND c.notified_at + make_interval(mins => COALESCE(s.verdict_timeout_minutes, $2)) <= $1
        ORDER BY c.notified_at LIMIT $3
        FOR UPDATE OF c SKIP LOCKED`,
      now,
      ctx.defaults.verdictTimeoutMinutes,
      limit,
    );
    if (due.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.complaint.findMany({ where: { id: { in: due.map((d) => d.id) } } });
    for (const c of rows) {
      // The domain re-checks the closure (closureOf) against the tenant's timeout.
      await withinWork(tx, systemWork(c.tenantId, now), async (uow) =>
        closeComplaint(uow, c, await loadSettings(tx, c.tenantId, ctx.defaults)),
      );
    }
    return { claimed: due.length, handled: rows.length };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}

export interface EscalationSweeperOptions {
  intervalMs: number;
  logger?: { error(obj: object, msg?: string): void; info(obj: object, msg?: string): void };
}

/** Runs both sweeps every `intervalMs`; stop() waits for a pass in progress. */
export class EscalationSweeper {
  private readonly periodic: Periodic;

  constructor(
    private readonly ctx: ComplaintContext,
    private readonly opts: EscalationSweeperOptions,
  ) {
    this.periodic = new Periodic(
      {
        what: 'escalation sweep',
        intervalMs: opts.intervalMs,
        initialDelayMs: 0,
        logger: opts.logger,
        failureLevel: 'error',
      },
      () => this.sweepOnce(),
    );
  }

  /** One full pass: keeps claiming batches until nothing is due, for every kind of deadline. */
  async sweepOnce(): Promise<{
    escalated: number;
    closed: number;
    inquiriesEscalated: number;
    actionsEscalated: number;
  }> {
    const now = this.ctx.now();
    const drain = async (sweep: typeof sweepEscalations) => {
      let handled = 0;
      for (let r = await sweep(this.ctx, now); r.claimed > 0; r = await sweep(this.ctx, now))
        handled += r.handled;
      return handled;
    };
    const escalated = await drain(sweepEscalations);
    const closed = await drain(sweepVerdictTimeouts);
    const inquiriesEscalated = await drain(sweepInquiryEscalations);
    const actionsEscalated = await drain(sweepActionEscalations);
    const result = { escalated, closed, inquiriesEscalated, actionsEscalated };
    if (escalated + closed + inquiriesEscalated + actionsEscalated > 0)
      this.opts.logger?.info(result, 'deadlines handled');
    return result;
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
