// Supplier return claims as purchasing sees them (domain/supplier-return.ts): a credit note that
// names a return settles its credit-note claim, and goods rejected at inspection that are claimed
// for credit may be invoiced (the supplier bills what it shipped; the claim's credit note takes
// them off). Used by credit-notes.ts and invoicing.ts; supplier-returns.ts builds on them.
import {
  assertSettlement,
  nextReturnStatus,
  type ClaimKind,
  type ReturnStatus,
} from '../../domain/supplier-return';
import { rule } from '../../domain/errors';
import { emitEvent, num, type Ctx } from '../context';

export type SupplierReturnRow = NonNullable<Awaited<ReturnType<Ctx['tx']['supplierReturn']['findFirst']>>>;

/** Locks a return of the tenant (FOR UPDATE) and reads it; null if there is none. */
export async function lockSupplierReturn(ctx: Ctx, id: string): Promise<SupplierReturnRow | null> {
  const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM supplier_return WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    ctx.tenantId,
  );
  if (!rows.length) return null;
  return ctx.tx.supplierReturn.findUniqueOrThrow({ where: { id } });
}

/**
 * Before a credit note naming a return is registered (the purchase order already locked): the
 * return exists, asks for a credit note, may be settled now (shipped) and belongs to the
 * invoice's order. 422 `unknown-supplier-return` for a return the tenant does not have.
 */
export async function checkCreditClaim(
  ctx: Ctx,
  returnId: string,
  invoice: { id: string; purchaseOrderId: string },
): Promise<SupplierReturnRow> {
  const ret = await lockSupplierReturn(ctx, returnId);
  if (!ret)
    throw rule('unknown-supplier-return', `Supplier return ${returnId} does not exist.`, {
      supplierReturnId: returnId,
    });
  assertSettlement(ret.claim as ClaimKind, 'credited');
  nextReturnStatus(ret.status as ReturnStatus, 'settle');
  if (ret.purchaseOrderId !== invoice.purchaseOrderId)
    throw rule(
      'invoice-not-of-order',
      'The credit note must credit an invoice of the purchase order the returned goods came on.',
      { purchaseOrderId: ret.purchaseOrderId, invoicePurchaseOrderId: invoice.purchaseOrderId },
    );
  return ret;
}

/** After the credit note is registered: the claim is settled (credited) and announced. */
export async function settleCreditClaim(
  ctx: Ctx,
  ret: SupplierReturnRow,
  note: { id: string; invoiceId: string; totalMinor: number; currency: string },
) {
  const settled = await ctx.tx.supplierReturn.update({
    where: { id: ret.id, version: ret.version },
    data: {
      status: nextReturnStatus(ret.status as ReturnStatus, 'settle'),
      settlement: 'credited',
      invoiceId: note.invoiceId,
      creditNoteId: note.id,
      creditedMinor: note.totalMinor,
      settledBy: ctx.actor,
      settledAt: ctx.now,
      version: { increment: 1 },
    },
  });
  emitReturnSettled(ctx, settled, null);
  return settled;
}

/** procurement.return.settled: credited, replaced or refused by the supplier. */
export function emitReturnSettled(
  ctx: Ctx,
  ret: SupplierReturnRow,
  replacementLotNumber: string | null,
): void {
  emitEvent(ctx, 'procurement.return.settled', ret.supplierId, {
    returnId: ret.id,
    supplierId: ret.supplierId,
    purchaseOrderId: ret.purchaseOrderId,
    partId: ret.partId,
    locationId: ret.locationId,
    source: ret.source as 'inspection' | 'stock',
    quantity: num(ret.quantity),
    claim: ret.claim as 'credit-note' | 'replacement',
    outcome:
      ret.status === 'rejected-by-supplier'
        ? 'rejected-by-supplier'
        : (ret.settlement as 'credited' | 'replaced'),
    invoiceId: ret.invoiceId,
    creditNoteId: ret.creditNoteId,
    credited: ret.creditedMinor === null ? null : { amountMinor: ret.creditedMinor, currency: ret.currency },
    replacementReceiptId: ret.replacementReceiptId,
    replacementLotNumber,
    settledBy: ctx.actor,
  });
}

/**
 * Per order line, the quantity rejected at inspection and returned for credit (claims the supplier
 * has not refused): the supplier may bill it on top of what was accepted, and credits it.
 */
export async function creditClaimedByLine(ctx: Ctx, purchaseOrderId: string): Promise<Map<string, number>> {
  const claims = await ctx.tx.supplierReturn.findMany({
    where: {
      tenantId: ctx.tenantId,
      purchaseOrderId,
      source: 'inspection',
      claim: 'credit-note',
      status: { not: 'rejected-by-supplier' },
    },
    select: { poLineId: true, quantity: true },
  });
  const out = new Map<string, number>();
  for (const c of claims) out.set(c.poLineId, (out.get(c.poLineId) ?? 0) + num(c.quantity));
  return out;
}
