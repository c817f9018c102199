// The workshop: technicians of the centre are assigned (certified for the order's job types),
// record progress until the work is complete (-> QC), and QC passes the work (-> READY, the
// service outcome is announced) or fails it (-> IN_PROGRESS, rework). QC is independent: not
// recorded by or for a technician of the order, and, where the tenant requires a certification
// for the job type "qc-inspection", only by an inspector who holds it.
import { QC_INSPECTION_JOB, assertIndependentInspector } from '../../domain/qc-independence';
import { orderCompleted, qcFailed } from '../../events/order-events';
import { stopOrderClocks } from '../labour-time';
import { assertCertified } from '../training/certifications';
import { type CommandContext, type CommandDeps } from '../unit-of-work';
import { assertTechnicianAt, jsonArray, orderCommand } from './command';
import { planTransition, recordTransition } from './lifecycle';
import { serviceOutcome } from './outcome';

export function assign(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  input: { technicianIds: string[] },
) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    for (const tech of input.technicianIds) assertTechnicianAt(order.centre, tech);
    const plan = planTransition(order, 'assign');
    // After the status check (a refused transition stays a 409), before anything is saved.
    await assertCertified(uow.tx, order, input.technicianIds, uow.now);
    return {
      ...(await recordTransition(uow, order, plan, { technicianId: input.technicianIds[0] })),
      technicianIds: [...new Set(input.technicianIds)],
    };
  });
}

export function recordProgress(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  input: { note: string; workComplete?: boolean },
) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, input.workComplete ? 'complete-work' : 'note-progress');
    // The work is done: nobody's clock keeps running on it.
    if (input.workComplete) await stopOrderClocks(uow, order.id);
    const progressNotes = [
      ...jsonArray(order.progressNotes),
      { at: uow.now.toISOString(), by: uow.actor, note: input.note, workComplete: !!input.workComplete },
    ];
    return { ...(await recordTransition(uow, order, plan)), progressNotes };
  });
}

export interface QcInput {
  inspectorId: string;
  checklist: { code: string; passed: boolean; note?: string | null }[];
}

export function recordQc(deps: CommandDeps, ctx: CommandContext, id: string, input: QcInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const failedChecks = input.checklist.filter((c) => !c.passed).map((c) => c.code);
    const passed = failedChecks.length === 0;
    const plan = planTransition(order, passed ? 'pass-qc' : 'fail-qc');
    assertIndependentInspector(order, input.inspectorId, uow.actor);
    await assertCertified(
      uow.tx,
      { ...order, faultSystems: [QC_INSPECTION_JOB] },
      [input.inspectorId],
      uow.now,
      'record quality control of',
    );
    const attempt = order.qcAttempts + 1;
    const reworkCount = order.reworkCount + (passed ? 0 : 1);
    const qc = {
      qcAttempts: attempt,
      reworkCount,
      qcResults: [
        ...jsonArray(order.qcResults),
        {
          attempt,
          at: uow.now.toISOString(),
          inspectorId: input.inspectorId,
          passed,
          checklist: input.checklist,
        },
      ],
    };
    if (!passed) {
      qcFailed(uow, order, { inspectorId: input.inspectorId, attempt, failedChecks, reworkCount });
      return { ...(await recordTransition(uow, order, plan, { cause: 'qc-failed' })), ...qc };
    }
    // The outcome is measured up to now, before the READY transition is recorded.
    const outcome = await serviceOutcome(uow.tx, order, uow.now);
    orderCompleted(uow, { ...order, qcAttempts: attempt, reworkCount }, outcome);
    return {
      ...(await recordTransition(uow, order, plan)),
      ...qc,
      completedAt: uow.now,
      comebackOfRepairOrderId: outcome.comebackOfRepairOrderId,
    };
  });
}
