// The procurement officer and the parts clerk: during opening hours the officer turns open
// requisitions (backorders from repair orders, reorder proposals) into purchase orders per supplier
// and approves those above the threshold; the clerk books each delivery in when the supplier's lead
// time has passed (now and then a damaged unit is rejected at incoming inspection); the supplier's
// invoice (net plus 19 % VAT) for what was accepted follows, and the officer pays it.
// Before each round the parts clerk moves stock from another centre where that serves a waiting
// backorder (transfers.ts), so those requisitions are not purchased.
import { type Body } from './api';
import { vatInvoice } from './invoice';
import { transferBeforePurchase } from './transfers';
import { addWorkingMinutes, nextOpen } from './working-time';
import { runKey, type World } from './world';

const HOUR = 3_600_000;

async function receiveLater(w: World, po: Body, leadTimeDays: number): Promise<void> {
  // Deliveries arrive in the morning, `leadTimeDays` after ordering.
  const due = nextOpen(new Date(w.clock.now().getTime() + leadTimeDays * 24 * HOUR - 6 * HOUR));
  await w.clock.until(addWorkingMinutes(due, 60));
  if (w.over()) return;
  const lines = (po.lines ?? []).map((l: Body, i: number) => {
    const ordered = Number(l.quantity);
    const damaged = ordered > 1 && (i + po.id.charCodeAt(0)) % 29 === 0;
    return {
      poLineId: l.id,
      receivedQuantity: ordered,
      acceptedQuantity: damaged ? ordered - 1 : ordered,
      rejectedQuantity: damaged ? 1 : 0,
      rejectionReason: damaged ? 'damaged' : null,
      lotNumber: `LOT-${po.id.slice(0, 6).toUpperCase()}-${i + 1}`,
    };
  });
  if (lines.length === 0) return;
  const receipt = await w.api.post('parts-clerk', `/v1/purchase-orders/${po.id}/receipts`, { lines });
  if (!receipt) return;
  w.counts.receipts++;
  await payInvoiceFor(w, receipt.body.purchaseOrder);
}

/** The supplier invoices what was accepted and not yet billed; the officer registers and pays it. */
async function payInvoiceFor(w: World, po: Body): Promise<void> {
  const body = vatInvoice(po, `INV-${po.poNumber}-${Number(po.version)}`);
  if (!body) return;
  const invoice = await w.api.post('procurement-officer', '/v1/invoices', body, {
    idempotencyKey: runKey(w, 'invoice', body.invoiceNumber),
  });
  if (!invoice) return;
  const paid = await w.api.post('procurement-officer', `/v1/invoices/${invoice.body.id}/payment`, {
    paymentRef: `SEPA-${body.invoiceNumber}`,
  });
  if (paid) w.counts.invoicesPaid++;
}

/** Runs until the period ends; returns the pending deliveries so the caller can await them. */
export async function procurementOfficer(w: World): Promise<void> {
  const { plan } = w.group;
  const supplierOfPart = new Map<string, { id: string; leadTimeDays: number }>();
  plan.parts.forEach((p, i) => {
    const s = plan.suppliers.find((x) => x.key === p.supplierKeys[0])!;
    const id = w.group.supplierIds.get(s.key);
    if (id && w.group.partIds[i])
      supplierOfPart.set(w.group.partIds[i], { id, leadTimeDays: s.leadTimeDays });
  });
  const deliveries: Promise<void>[] = [];
  const ordered = new Set<string>();
  while (!w.over()) {
    // Every two working hours the officer works through the open requisitions.
    await w.clock.until(addWorkingMinutes(w.clock.now(), 120));
    if (w.over()) break;
    // Transfer before purchase: requisitions another centre serves are no longer open.
    await transferBeforePurchase(w, deliveries);
    const open = (await w.api.all('procurement-officer', '/v1/requisitions?status=open')) ?? [];
    const bySupplier = new Map<string, Body[]>();
    for (const r of open) {
      if (ordered.has(r.id)) continue;
      const s = supplierOfPart.get(r.partId);
      if (!s) continue;
      // One purchase order per supplier and delivery location.
      const group = `${s.id}@${r.locationId}`;
      bySupplier.set(group, [...(bySupplier.get(group) ?? []), r]);
    }
    for (const [group, reqs] of bySupplier) {
      const supplierId = group.slice(0, group.indexOf('@'));
      const ids = reqs.map((r) => r.id as string).sort();
      const po = await w.api.post(
        'procurement-officer',
        '/v1/purchase-orders',
        { requisitionIds: ids, supplierId },
        { idempotencyKey: runKey(w, 'po', ids[0]!) },
      );
      ids.forEach((id) => ordered.add(id));
      if (!po) continue;
      w.counts.purchaseOrders++;
      let body = po.body;
      if (body.status === 'pending-approval') {
        // Four eyes: a second officer approves what the first ordered.
        const approved = await w.api.post(
          'procurement-officer',
          `/v1/purchase-orders/${body.id}/approval`,
          {},
          { ifMatch: body.version, user: 'approver' },
        );
        if (!approved) continue;
        body = approved.body;
      }
      const leadTimeDays = [...supplierOfPart.values()].find((s) => s.id === supplierId)?.leadTimeDays ?? 2;
      deliveries.push(receiveLater(w, body, leadTimeDays));
    }
  }
  await Promise.all(deliveries);
}
