// Stocktakes: a count sheet per location (expected on-hand snapshot per part), counts, variances,
// approval by a second person's role, and STOCKTAKE movements for each variance.
import { randomUUID } from 'node:crypto';
import { expectVersion } from '@aftersales/service-kit/domain';
import { conflictWith, rule } from '../domain/errors';
import { assertQuantity, type UnitOfMeasure } from '../domain/quantity';
import { variancesOf, type CountLine } from '../domain/stocktake';
import { num, type Ctx } from './context';
import { checkReorderPoint } from './demand';
import { loadParts } from './reservations';
import { addLot, lockBalance, recordMovement, takeFromLots } from './stock';

export async function openStocktake(ctx: Ctx, locationId: string, partIds?: string[]) {
  const balances = await ctx.tx.stockBalance.findMany({
    where: { tenantId: ctx.tenantId, locationId, ...(partIds ? { partId: { in: partIds } } : {}) },
  });
  const ids = partIds ?? balances.map((b) => b.partId);
  if (!ids.length)
    throw rule('empty-stocktake', 'There is nothing to count at this location; name the parts to count.');
  await loadParts(ctx, ids);
  const lines: CountLine[] = ids.sort().map((partId) => ({
    partId,
    expectedQuantity: num(balances.find((b) => b.partId === partId)?.onHand),
    countedQuantity: null,
  }));
  return ctx.tx.stocktake.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      locationId,
      status: 'counting',
      lines: lines as object[],
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
}

async function lockStocktake(ctx: Ctx, id: string) {
  const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM stocktake WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    ctx.tenantId,
  );
  return rows.length ? ctx.tx.stocktake.findUniqueOrThrow({ where: { id } }) : null;
}

export async function recordCounts(
  ctx: Ctx,
  id: string,
  counts: { partId: string; countedQuantity: number }[],
) {
  const st = await lockStocktake(ctx, id);
  if (!st) return null;
  if (st.status !== 'counting')
    throw conflictWith('stocktake-closed', `The stocktake is ${st.status}; counts can no longer change.`);
  const lines = st.lines as unknown as CountLine[];
  const parts = await loadParts(
    ctx,
    counts.map((c) => c.partId),
  );
  for (const c of counts) {
    const line = lines.find((l) => l.partId === c.partId);
    if (!line) throw rule('not-on-sheet', `Part ${c.partId} is not on this count sheet.`);
    assertQuantity(
      c.countedQuantity,
      parts.get(c.partId)!.unitOfMeasure as UnitOfMeasure,
      `countedQuantity of part ${c.partId}`,
      true,
    );
    line.countedQuantity = c.countedQuantity;
  }
  return ctx.tx.stocktake.update({
    where: { id },
    data: { lines: lines as object[], version: { increment: 1 } },
  });
}

export async function approveStocktake(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const st = await lockStocktake(ctx, id);
  if (!st) return null;
  expectVersion(expectedVersion, st.version);
  if (st.status !== 'counting')
    throw conflictWith('stocktake-closed', `The stocktake is already ${st.status}.`);
  const { variances, uncounted } = variancesOf(st.lines as unknown as CountLine[]);
  if (uncounted.length)
    throw rule('uncounted-parts', 'Every part on the sheet must be counted before approval.', { uncounted });
  const parts = await loadParts(
    ctx,
    variances.map((v) => v.partId),
  );
  for (const v of [...variances].sort((a, b) => a.partId.localeCompare(b.partId))) {
    const part = parts.get(v.partId)!;
    const balance = await lockBalance(ctx, v.partId, st.locationId);
    const before = { onHand: balance.onHand, reserved: balance.reserved };
    if (v.variance > 0) {
      const lotId = await addLot(ctx, {
        partId: v.partId,
        locationId: st.locationId,
        lotNumber: null,
        quantity: v.variance,
        unitCostMinor: part.standardCostMinor,
      });
      await recordMovement(ctx, balance, {
        kind: 'STOCKTAKE',
        quantity: v.variance,
        lotId,
        stocktakeId: id,
        unitCostMinor: part.standardCostMinor,
        reason: 'stocktake surplus',
      });
    } else {
      if (balance.onHand + v.variance < balance.reserved) {
        throw rule(
          'variance-below-reserved',
          `The shortfall of part ${part.partNumber} would leave less on hand than is reserved for repair orders; release reservations first.`,
          { partId: v.partId, reserved: balance.reserved },
        );
      }
      for (const take of await takeFromLots(ctx, v.partId, st.locationId, -v.variance)) {
        await recordMovement(ctx, balance, {
          kind: 'STOCKTAKE',
          quantity: -take.quantity,
          lotId: take.lotId,
          lotNumber: take.lotNumber,
          unitCostMinor: take.unitCostMinor,
          stocktakeId: id,
          reason: 'stocktake shortfall',
        });
      }
      await checkReorderPoint(ctx, part, balance, before);
    }
  }
  const updated = await ctx.tx.stocktake.update({
    where: { id },
    data: { status: 'approved', approvedBy: ctx.actor, approvedAt: ctx.now, version: { increment: 1 } },
  });
  return { stocktake: updated, variances };
}
