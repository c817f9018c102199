// The tenant's service-time standard per stage (status), in working or elapsed time. Clocks
// started after a change use the new standard; running clocks keep the one they started with.
import { randomUUID } from 'node:crypto';
import { NotFound, expectVersion } from '@aftersales/service-kit';
import { type SlaStandard } from '../db/client';
import { type Status } from '../domain/state-machine';
import { type TimeBasis } from '../domain/working-time';
import { runCommand, type CommandContext, type CommandDeps } from './unit-of-work';

/** Creates or replaces the standard of a stage (If-Match optional; checked when given). */
export function putStandard(
  deps: CommandDeps,
  ctx: CommandContext,
  stage: Status,
  standard: { standardSeconds: number; timeBasis: TimeBasis },
): Promise<SlaStandard> {
  const { standardSeconds, timeBasis } = standard;
  return runCommand(deps, ctx, async ({ tx, tenantId, actor }) => {
    const current = await tx.slaStandard.findUnique({ where: { tenantId_stage: { tenantId, stage } } });
    if (!current)
      return tx.slaStandard.create({
        data: { id: randomUUID(), tenantId, stage, standardSeconds, timeBasis, updatedBy: actor },
      });
    expectVersion(ctx.expectedVersion, current.version);
    return tx.slaStandard.update({
      where: { id: current.id },
      data: { standardSeconds, timeBasis, updatedBy: actor, version: { increment: 1 } },
    });
  });
}

export function deleteStandard(deps: CommandDeps, ctx: CommandContext, stage: Status): Promise<void> {
  return runCommand(deps, ctx, async ({ tx, tenantId }) => {
    const { count } = await tx.slaStandard.deleteMany({ where: { tenantId, stage } });
    if (count === 0) throw new NotFound(`No standard for stage ${stage}.`);
  });
}
