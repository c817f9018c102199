// Transfer before purchase (調配): before the officer orders, the parts clerk asks which waiting
// backorders another centre could serve from its free stock (GET /v1/transfer-suggestions). When
// one location covers a backorder's whole requisition, the clerk requests the transfer for that
// requisition (so purchasing skips it), it is picked and shipped within the hour, and it is
// received the next working morning, where it serves the waiting repair order.
import { type Body } from './api';
import { addWorkingMinutes, nextOpen } from './working-time';
import { runKey, type World } from './world';

const HOUR = 3_600_000;

async function pickShipReceive(w: World, transfer: Body): Promise<void> {
  const picked = await w.api.post(
    'parts-clerk',
    `/v1/stock-transfers/${transfer.id}/pick`,
    {},
    {
      ifMatch: Number(transfer.version),
      expect: [422],
    },
  );
  if (!picked) return;
  if (picked.status === 422) {
    // A repair order reserved the stock meanwhile: cancelled, the requisition goes to purchasing.
    await w.api.post('parts-clerk', `/v1/stock-transfers/${transfer.id}/cancel`, { reason: 'stock gone' });
    return;
  }
  await w.clock.until(addWorkingMinutes(w.clock.now(), 30));
  if (w.over()) return;
  const shipped = await w.api.post(
    'parts-clerk',
    `/v1/stock-transfers/${transfer.id}/ship`,
    {},
    {
      ifMatch: Number(picked.body.version),
    },
  );
  if (!shipped) return;
  // The van arrives the next working morning.
  await w.clock.until(addWorkingMinutes(nextOpen(new Date(w.clock.now().getTime() + 18 * HOUR)), 30));
  if (w.over()) return;
  const received = await w.api.post(
    'parts-clerk',
    `/v1/stock-transfers/${transfer.id}/receive`,
    {},
    {
      ifMatch: Number(shipped.body.version),
    },
  );
  if (received) w.counts.transfersReceived++;
}

/**
 * Requests a transfer for each waiting backorder another location covers in full (at most one
 * per source location and part in a round, best source first); returns the requisitions taken
 * (not to be purchased) and pushes the pick, ship and receipt stories onto `deliveries`.
 */
export async function transferBeforePurchase(w: World, deliveries: Promise<void>[]): Promise<Set<string>> {
  const taken = new Set<string>();
  const suggestions = (await w.api.all('parts-clerk', '/v1/transfer-suggestions')) ?? [];
  const promised = new Set<string>();
  // Oldest need first, then by requisition id: the same order every run.
  const ordered = [...suggestions].sort(
    (a: Body, b: Body) =>
      String(a.neededBy).localeCompare(String(b.neededBy)) ||
      String(a.requisitionId).localeCompare(String(b.requisitionId)),
  );
  for (const s of ordered) {
    if (s.reason !== 'backorder') continue;
    const source = (s.sources as Body[]).find((x) => x.covers);
    if (!source) continue;
    const slot = `${source.locationId}:${s.partId}`;
    if (promised.has(slot)) continue; // its free stock was counted for this need only
    const transfer = await w.api.post(
      'parts-clerk',
      '/v1/stock-transfers',
      {
        fromLocationId: source.locationId,
        toLocationId: s.locationId,
        lines: [{ partId: s.partId, quantity: s.quantity, requisitionId: s.requisitionId }],
        note: 'Transfer before purchase (demo)',
      },
      // 422: the requisition was cancelled or ordered since the list was read.
      { idempotencyKey: runKey(w, 'transfer', s.requisitionId), expect: [422] },
    );
    if (transfer?.status !== 201) continue;
    promised.add(slot);
    taken.add(s.requisitionId);
    w.counts.transfersRequested++;
    deliveries.push(pickShipReceive(w, transfer.body));
  }
  return taken;
}
