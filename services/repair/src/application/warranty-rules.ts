// The tenant's warranty rules for comebacks: days and kilometres from delivery per service type
// (the earlier repair's class), plus an optional tenant-wide "default"; without either the
// built-in DEFAULT_WARRANTY applies (src/domain/comeback.ts). A change applies to comebacks
// detected from then on (at QC); outcomes already reported stay as they were.
import { randomUUID } from 'node:crypto';
import { NotFound, expectVersion } from '@aftersales/service-kit';
import { isUniqueViolation, type Db, type WarrantyRule } from '../db/client';
import { type WarrantyRules } from '../domain/comeback';
import { concurrentChange } from '../domain/errors';
import { runCommand, type CommandContext, type CommandDeps } from './unit-of-work';

export async function warrantyRulesOf(db: Db, tenantId: string): Promise<WarrantyRules> {
  const rows = await db.warrantyRule.findMany({ where: { tenantId } });
  return new Map(rows.map((r) => [r.serviceType, { days: r.days, km: r.km }]));
}

/** Creates or replaces the rule of a service type (or "default"); If-Match checked when given. */
export function putWarrantyRule(
  deps: CommandDeps,
  ctx: CommandContext,
  serviceType: string,
  rule: { days: number; km: number | null },
): Promise<WarrantyRule> {
  return runCommand(deps, ctx, async ({ tx, tenantId, actor }) => {
    const current = await tx.warrantyRule.findUnique({
      where: { tenantId_serviceType: { tenantId, serviceType } },
    });
    if (!current) {
      // If-Match on a rule that does not exist names a version that cannot match.
      expectVersion(ctx.expectedVersion, 0);
      try {
        return await tx.warrantyRule.create({
          data: { id: randomUUID(), tenantId, serviceType, days: rule.days, km: rule.km, updatedBy: actor },
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw concurrentChange(); // a concurrent PUT created it first
        throw err;
      }
    }
    expectVersion(ctx.expectedVersion, current.version);
    const { count } = await tx.warrantyRule.updateMany({
      where: { id: current.id, version: current.version },
      data: { days: rule.days, km: rule.km, updatedBy: actor, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    return tx.warrantyRule.findUniqueOrThrow({ where: { id: current.id } });
  });
}

export function deleteWarrantyRule(
  deps: CommandDeps,
  ctx: CommandContext,
  serviceType: string,
): Promise<void> {
  return runCommand(deps, ctx, async ({ tx, tenantId }) => {
    const current = await tx.warrantyRule.findUnique({
      where: { tenantId_serviceType: { tenantId, serviceType } },
    });
    if (!current) throw new NotFound(`No warranty rule for ${serviceType}.`);
    expectVersion(ctx.expectedVersion, current.version);
    await tx.warrantyRule.delete({ where: { id: current.id } });
  });
}
