// Stocktakes: a count sheet per location (expected on-hand snapshot per part), counts, variances,
// approval by someone who did not count (four eyes; two different approvers above the tenant's
// variance-value threshold), and STOCKTAKE movements for each variance.
//
// The location is not frozen while counting: a workshop keeps issuing parts. Each count is compared
// with the ledger's on-hand as of the moment it was counted, so a part issued (or received)
// during the count moves shelf and ledger alike and is no variance; approval books the variances
// as deltas on today's balance.
import { randomUUID } from 'node:crypto';
import { expectVersion } from '@aftersales/service-kit/domain';
import { conflictWith, rule } from '../domain/errors';
import { assertFourEyes } from '../domain/four-eyes';
import { assertQuantity, type UnitOfMeasure } from '../domain/quantity';
import { needsSecondApproval, varianceValueMinor, variancesOf, type CountLine } from '../domain/stocktake';
import { num, type Ctx } from './context';
import { checkReorderPoint } from './demand';
import { loadParts } from './reservations';
import { settingsOf } from './settings';
import { addLot, lockBalance, recordMovement, takeFromLots } from './stock';

/** A count may name when it was taken (counted on paper, typed in later); a little clock skew is forgiven. */
const CLOCK_SKEW_MS = 60_000;

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

/** On hand by the ledger (the sum of its movements) of these parts at the location as of `at`. */
async function onHandAsOf(ctx: Ctx, locationId: string, partIds: string[], at: Date) {
  const sums = await ctx.tx.stockMovement.groupBy({
    by: ['partId'],
    where: { tenantId: ctx.tenantId, locationId, partId: { in: partIds }, createdAt: { lte: at } },
    _sum: { onHandDelta: true },
  });
  return new Map(sums.map((s) => [s.partId, num(s._sum.onHandDelta)]));
}

export async function recordCounts(
  ctx: Ctx,
  id: string,
  counts: { partId: string; countedQuantity: number; countedAt?: Date }[],
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
  const countedAt = new Map<string, number>(); // per part, its (last) count's time
  for (const c of counts) {
    const line = lines.find((l) => l.partId === c.partId);
    if (!line) throw rule('not-on-sheet', `Part ${c.partId} is not on this count sheet.`);
    assertQuantity(
      c.countedQuantity,
      parts.get(c.partId)!.unitOfMeasure as UnitOfMeasure,
      `countedQuantity of part ${c.partId}`,
      true,
    );
    const at = c.countedAt ?? ctx.now;
    if (at < st.createdAt || at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS)
      throw rule(
        'count-time-out-of-range',
        `A count is taken between the stocktake's opening and now; part ${c.partId} names ${at.toISOString()}.`,
        { partId: c.partId, countedAt: at.toISOString(), openedAt: st.createdAt.toISOString() },
      );
    const t = Math.min(at.getTime(), ctx.now.getTime());
    countedAt.set(c.partId, t);
    line.countedQuantity = c.countedQuantity;
    line.countedBy = ctx.actor;
    line.countedAt = new Date(t).toISOString();
  }
  const byTime = new Map<number, string[]>();
  for (const [partId, t] of countedAt) byTime.set(t, [...(byTime.get(t) ?? []), partId]);
  for (const [t, partIds] of byTime) {
    const onHand = await onHandAsOf(ctx, st.locationId, partIds, new Date(t));
    for (const partId of partIds)
      lines.find((l) => l.partId === partId)!.systemQuantity = onHand.get(partId) ?? 0;
  }
  return ctx.tx.stocktake.update({
    where: { id },
    data: {
      lines: lines as object[],
      countedBy: st.countedBy.includes(ctx.actor) ? st.countedBy : [...st.countedBy, ctx.actor],
      version: { increment: 1 },
    },
  });
}

export async function approveStocktake(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const st = await lockStocktake(ctx, id);
  if (!st) return null;
  expectVersion(expectedVersion, st.version);
  const second = st.status === 'awaiting-second-approval';
  if (st.status !== 'counting' && !second)
    throw conflictWith('stocktake-closed', `The stocktake is already ${st.status}.`);
  assertFourEyes(ctx.actor, { countedBy: st.countedBy }, 'stocktake');
  if (second) assertFourEyes(ctx.actor, { approvedBy: st.approvedBy }, 'stocktake');
  const { variances, uncounted } = variancesOf(st.lines as unknown as CountLine[]);
  if (uncounted.length)
    throw rule('uncounted-parts', 'Every part on the sheet must be counted before approval.', { uncounted });
  const parts = await loadParts(
    ctx,
    variances.map((v) => v.partId),
  );
  let valueMinor = st.varianceValueMinor;
  if (!second) {
    valueMinor = varianceValueMinor(variances, (partId) => parts.get(partId)!.standardCostMinor);
    const { stocktakeSecondApprovalMinor } = await settingsOf(ctx.tx, ctx.tenantId);
    if (needsSecondApproval(valueMinor, stocktakeSecondApprovalMinor)) {
      // The first approval fixes the counts; nothing is booked until a second person approves.
      const held = await ctx.tx.stocktake.update({
        where: { id },
        data: {
          status: 'awaiting-second-approval',
          approvedBy: ctx.actor,
          approvedAt: ctx.now,
          varianceValueMinor: valueMinor,
          version: { increment: 1 },
        },
      });
      return { stocktake: held, variances: [] };
    }
  }
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
    data: {
      status: 'approved',
      ...(second
        ? { secondApprovedBy: ctx.actor, secondApprovedAt: ctx.now }
        : { approvedBy: ctx.actor, approvedAt: ctx.now, varianceValueMinor: valueMinor }),
      version: { increment: 1 },
    },
  });
  return { stocktake: updated, variances };
}
