// Purchase orders: open requisitions of one location are ordered from the supplier that scores
// best (domain/supplier-selection.ts); above the tenant's approval threshold the order waits for
// approval by someone other than its creator (four eyes), and procurement.po.created goes out once
// it is ordered. Requisitions are locked while ordered, so two orders over the same requisitions
// make one purchase order; the other is a 409. Lines are in the part's purchase unit (domain/units.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { expectVersion } from '@aftersales/service-kit/domain';
import { assertSameCurrency, singleCurrency } from '../../domain/currency';
import { conflictWith, rule } from '../../domain/errors';
import { assertFourEyes } from '../../domain/four-eyes';
import { q } from '../../domain/quantity';
import { selectSupplier } from '../../domain/supplier-selection';
import { netOf, taxOf } from '../../domain/three-way-match';
import { purchaseQuantityFor, stockQuantityOf } from '../../domain/units';
import { emitEvent, num, type Ctx } from '../context';
import { settingsOf } from '../settings';
import { unitsOf } from '../units';

const DAY = 86_400_000;

/** The purchase order row locked for this transaction (with its lines), or null. */
export async function lockPurchaseOrder(ctx: Ctx, id: string) {
  const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM purchase_order WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    ctx.tenantId,
  );
  if (!rows.length) return null;
  return ctx.tx.purchaseOrder.findUniqueOrThrow({ where: { id }, include: { lines: true } });
}

async function emitPoCreated(ctx: Ctx, poId: string) {
  const po = await ctx.tx.purchaseOrder.findUniqueOrThrow({ where: { id: poId }, include: { lines: true } });
  const reqs = await ctx.tx.requisition.findMany({
    where: { tenantId: ctx.tenantId, purchaseOrderId: poId },
    select: { id: true },
  });
  emitEvent(ctx, 'procurement.po.created', po.id, {
    purchaseOrderId: po.id,
    poNumber: po.poNumber,
    supplierId: po.supplierId,
    locationId: po.locationId,
    requisitionIds: reqs.map((r) => r.id),
    lines: po.lines.map((l) => ({
      lineId: l.id,
      partId: l.partId,
      quantity: num(l.quantity),
      unitPrice: { amountMinor: l.unitPriceMinor, currency: po.currency },
      lineTotal: { amountMinor: netOf(num(l.quantity), l.unitPriceMinor), currency: po.currency },
      taxRateBp: l.taxRateBp,
      lineTax: {
        amountMinor: taxOf(netOf(num(l.quantity), l.unitPriceMinor), l.taxRateBp),
        currency: po.currency,
      },
      ...(l.purchaseUnit ? { purchaseUnit: l.purchaseUnit } : {}),
      purchaseUnitFactor: num(l.purchaseUnitFactor),
      stockQuantity: stockQuantityOf(num(l.quantity), num(l.purchaseUnitFactor)),
    })),
    total: { amountMinor: po.totalMinor, currency: po.currency },
    tax: { amountMinor: po.taxMinor, currency: po.currency },
    grossTotal: { amountMinor: po.totalMinor + po.taxMinor, currency: po.currency },
    expectedDeliveryAt: po.expectedDeliveryAt.toISOString(),
    supplierScore: po.supplierScore,
    approvedBy: po.approvedBy,
  });
}

/** Orders open requisitions of one location from the best-scoring supplier that offers every part. */
export async function createPurchaseOrder(
  ctx: Ctx,
  input: { requisitionIds: string[]; supplierId?: string },
) {
  const ids = [...new Set(input.requisitionIds)].sort();
  // Locked in id order (overlapping orders cannot deadlock): a concurrent order over the same
  // requisitions waits here and then finds them ordered.
  await ctx.tx.$queryRawUnsafe(
    `SELECT id FROM requisition WHERE tenant_id = $1 AND id IN (${ids.map((_, i) => `$${i + 2}::uuid`).join(', ')})
      ORDER BY id FOR UPDATE`,
    ctx.tenantId,
    ...ids,
  );
  const reqs = await ctx.tx.requisition.findMany({
    where: { tenantId: ctx.tenantId, id: { in: ids }, status: 'open' },
  });
  if (reqs.length !== ids.length) {
    const found = new Set(reqs.map((r) => r.id));
    const ordered = await ctx.tx.requisition.findMany({
      where: { tenantId: ctx.tenantId, id: { in: ids }, status: 'ordered' },
      select: { id: true, purchaseOrderId: true },
    });
    if (ordered.length)
      throw conflictWith('requisition-ordered', 'Some requisitions are already on a purchase order.', {
        requisitionIds: ordered.map((r) => r.id),
        purchaseOrderIds: [...new Set(ordered.map((r) => r.purchaseOrderId))],
      });
    throw rule('requisition-not-open', 'Every requisition must exist and be open.', {
      requisitionIds: ids.filter((id) => !found.has(id)),
    });
  }
  const locations = new Set(reqs.map((r) => r.locationId));
  if (locations.size !== 1)
    throw rule(
      'mixed-locations',
      'A purchase order delivers to one location; the requisitions name several.',
      { locationIds: [...locations] },
    );
  const partIds = [...new Set(reqs.map((r) => r.partId))];
  const offers = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId: { in: partIds } },
    include: { supplier: true, part: { select: { defaultTaxRateBp: true } } },
  });
  // A line's VAT/GST rate: the offer's, else the part's default, else none.
  const taxRateOf = (supplierId: string, partId: string) => {
    const o = offers.find((x) => x.supplierId === supplierId && x.partId === partId);
    return o?.taxRateBp ?? o?.part.defaultTaxRateBp ?? 0;
  };
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const chosen = selectSupplier(
    partIds,
    offers.map((o) => ({
      supplierId: o.supplierId,
      partId: o.partId,
      unitPriceMinor: o.unitPriceMinor,
      currency: o.currency,
      leadTimeDays: o.leadTimeDays,
      qualityScore: o.supplier.qualityScore,
      onTimeRate: o.supplier.onTimeRate,
      blocked: o.supplier.grade === 'blocked',
    })),
    settings.weights,
    input.supplierId,
  );
  // Requisitions are in stock units, offers priced per purchase unit: each line orders whole packs
  // rounded up (13 pieces in boxes of 10: 2 boxes) and keeps the pack and factor it was ordered in.
  const units = new Map(
    (
      await ctx.tx.part.findMany({
        where: { tenantId: ctx.tenantId, id: { in: partIds } },
        select: {
          id: true,
          unitOfMeasure: true,
          quantityDecimals: true,
          purchaseUnit: true,
          purchaseUnitFactor: true,
        },
      })
    ).map((p) => [p.id, unitsOf(p)]),
  );
  const lines = partIds.map((partId) => {
    const offer = chosen.offers.get(partId)!;
    const need = q(reqs.filter((r) => r.partId === partId).reduce((a, r) => a + num(r.quantity), 0));
    const partUnits = units.get(partId)!;
    return {
      id: randomUUID(),
      partId,
      quantity: purchaseQuantityFor(need, partUnits),
      purchaseUnit: partUnits.purchaseUnit,
      purchaseUnitFactor: partUnits.purchaseUnitFactor,
      unitPriceMinor: offer.unitPriceMinor,
      taxRateBp: taxRateOf(chosen.supplierId, partId),
      leadTimeDays: offer.leadTimeDays,
    };
  });
  // One order, one currency: offers in several are refused, never summed.
  const currency = singleCurrency(
    partIds.map((partId) => ({
      what: `the offer for part ${partId}`,
      currency: chosen.offers.get(partId)!.currency,
    })),
  )!;
  const totalMinor = lines.reduce((a, l) => a + netOf(l.quantity, l.unitPriceMinor), 0);
  const taxMinor = lines.reduce((a, l) => a + taxOf(netOf(l.quantity, l.unitPriceMinor), l.taxRateBp), 0);
  // The threshold is net, in its currency when the tenant names one.
  if (settings.approvalThresholdCurrency)
    assertSameCurrency(
      { what: 'the purchase order', currency },
      { what: 'the approval threshold', currency: settings.approvalThresholdCurrency },
    );
  const needsApproval = totalMinor > settings.approvalThresholdMinor;
  const poId = randomUUID();
  const poNumber = `PO-${ctx.now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
  await ctx.tx.purchaseOrder.create({
    data: {
      id: poId,
      tenantId: ctx.tenantId,
      poNumber,
      supplierId: chosen.supplierId,
      locationId: reqs[0]!.locationId,
      status: needsApproval ? 'pending-approval' : 'ordered',
      totalMinor,
      taxMinor,
      currency,
      supplierScore: chosen.score,
      expectedDeliveryAt: new Date(ctx.now.getTime() + Math.max(...lines.map((l) => l.leadTimeDays)) * DAY),
      createdBy: ctx.actor,
      createdAt: ctx.now,
      lines: { create: lines.map(({ leadTimeDays: _lt, ...l }) => l) },
    },
  });
  await ctx.tx.requisition.updateMany({
    where: { id: { in: ids } },
    data: { status: 'ordered', purchaseOrderId: poId },
  });
  if (!needsApproval) await emitPoCreated(ctx, poId);
  return getPurchaseOrder(ctx, poId);
}

export async function getPurchaseOrder(ctx: Pick<Ctx, 'tx' | 'tenantId'>, id: string) {
  return ctx.tx.purchaseOrder.findFirst({
    where: { id, tenantId: ctx.tenantId },
    include: { lines: { orderBy: { id: 'asc' } } },
  });
}

export async function approvePurchaseOrder(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const po = await lockPurchaseOrder(ctx, id);
  if (!po) return null;
  expectVersion(expectedVersion, po.version);
  if (po.status !== 'pending-approval')
    throw conflictWith(
      'not-pending-approval',
      `The purchase order is ${po.status}; only one pending approval can be approved.`,
    );
  assertFourEyes(ctx.actor, { createdBy: po.createdBy }, 'purchase order');
  await ctx.tx.purchaseOrder.update({
    where: { id },
    data: { status: 'ordered', approvedBy: ctx.actor, approvedAt: ctx.now, version: { increment: 1 } },
  });
  await emitPoCreated(ctx, id);
  return getPurchaseOrder(ctx, id);
}
