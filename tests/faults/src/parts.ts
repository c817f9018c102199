// Reconciliation of the repair -> parts-procurement flow (repair.parts.requested -> reservation ->
// parts.reserved -> the order's partsStatus), shared by the consumer fault tests.
import { dlqTopicOf, topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { type Platform } from '../../e2e/src/platform';
import { count, query, readAll } from './reconcile';
import { type ApprovedOrder, type Workshop } from './workload';

// The events of the repair-order topic parts-procurement has handlers for (one inbox row each);
// the others it ignores without an inbox row.
const PARTS_HANDLES = new Set([
  'repair.order.opened',
  'repair.parts.requested',
  'repair.order.cancelled',
  'repair.order.declined',
]);

export const repairOrderDlq = (p: Platform) =>
  `${p.namespace}.${dlqTopicOf(topicOf('repair.parts.requested'))}`;

export const reservationCount = (p: Platform) =>
  count(p.database('parts-procurement').url, `SELECT count(*) FROM reservation`);

export const ordersWithPartsReserved = (p: Platform) =>
  count(p.database('repair').url, `SELECT count(*) FROM repair_order WHERE parts_status = 'reserved'`);

/** Waits until all `n` orders have their parts reserved (both sides) and the parts outbox is
 *  empty: the consumer has caught up after a fault. Fails with the end of the service's log. */
export async function partsCaughtUp(p: Platform, n: number): Promise<void> {
  await waitFor(
    async () => (await reservationCount(p)) === n && (await ordersWithPartsReserved(p)) === n,
    `${n} orders' parts reserved`,
    60_000,
    200,
  ).catch((err: Error) => {
    throw new Error(`${err.message}\nparts-procurement log:\n${p.logs('parts-procurement').slice(-4_000)}`);
  });
  await waitFor(
    async () =>
      (await count(
        p.database('parts-procurement').url,
        `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`,
      )) === 0,
    'parts outbox drained',
    30_000,
  );
}

export interface PartsReconciliation {
  /** The approved orders' ids, sorted. */
  orderIds: string[];
  /** The orders holding an active reservation, sorted (one entry per reservation). */
  reservedOrderIds: string[];
  distinctRequests: number;
  /** stock_balance.reserved of the workshop's part at its location. */
  stockReserved: number;
  ordersPartsReserved: number;
  partsRequestedOnTopic: number;
  /** Distinct events on the repair-order topic that parts-procurement handles. */
  handledEventsOnTopic: number;
  inbox: number;
  distinctInboxEvents: number;
  partsReservedOnTopic: number;
  distinctPartsReservedOnTopic: number;
  dlq: number;
}

/** Counts both sides of the flow: the repair database and topic, the parts database and topic. */
export async function reconcileParts(
  p: Platform,
  w: Workshop,
  orders: ApprovedOrder[],
): Promise<PartsReconciliation> {
  const parts = p.database('parts-procurement').url;
  const group = `${p.namespace}.parts-procurement`;
  const reservedOrderIds = (
    await query<{ repair_order_id: string }>(
      parts,
      `SELECT repair_order_id FROM reservation WHERE status = 'active'`,
    )
  )
    .map((r) => r.repair_order_id)
    .sort();
  const [balance] = await query<{ reserved: string }>(
    parts,
    `SELECT reserved::text FROM stock_balance WHERE part_id = $1::uuid AND location_id = $2`,
    [w.partId, w.locationId],
  );
  const onTopic = (
    await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('repair.parts.requested')}`)
  ).filter((m) => PARTS_HANDLES.has(m.headers['event-type'] ?? ''));
  const reserved = (await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('parts.reserved')}`)).filter(
    (m) => m.headers['event-type'] === 'parts.reserved',
  );
  return {
    orderIds: orders.map((o) => o.id).sort(),
    reservedOrderIds,
    distinctRequests: await count(parts, `SELECT count(DISTINCT request_id) FROM reservation`),
    stockReserved: Number(balance?.reserved ?? 0),
    ordersPartsReserved: await ordersWithPartsReserved(p),
    partsRequestedOnTopic: onTopic.filter((m) => m.headers['event-type'] === 'repair.parts.requested').length,
    handledEventsOnTopic: new Set(onTopic.map((m) => m.headers['event-id'])).size,
    inbox: await count(parts, `SELECT count(*) FROM inbox_message WHERE consumer_group = $1`, [group]),
    distinctInboxEvents: await count(parts, `SELECT count(DISTINCT event_id) FROM inbox_message`),
    partsReservedOnTopic: reserved.length,
    distinctPartsReservedOnTopic: new Set(reserved.map((m) => m.headers['event-id'])).size,
    dlq: (await readAll(p.kafkaBrokers, repairOrderDlq(p))).length,
  };
}

/** The counts of a reconciliation for the printed line (the id lists as their lengths). */
export function partsCounts(r: PartsReconciliation): Record<string, number> {
  return {
    partsRequestedOnTopic: r.partsRequestedOnTopic,
    handledEventsOnTopic: r.handledEventsOnTopic,
    partsInbox: r.inbox,
    reservations: r.reservedOrderIds.length,
    distinctRequests: r.distinctRequests,
    stockReserved: r.stockReserved,
    ordersPartsReserved: r.ordersPartsReserved,
    partsReservedOnTopic: r.partsReservedOnTopic,
    dlq: r.dlq,
  };
}

/** Every approved order reserved once: what the consumer fault tests demand after recovery. */
export function expectEachOrderReservedOnce(r: PartsReconciliation, quantityPerOrder = 1): void {
  const n = r.orderIds.length;
  expect(r.dlq).toBe(0);
  expect(r.partsRequestedOnTopic).toBe(n);
  expect(r.reservedOrderIds).toEqual(r.orderIds);
  expect(r.distinctRequests).toBe(n);
  expect(r.stockReserved).toBe(n * quantityPerOrder);
  expect(r.ordersPartsReserved).toBe(n);
  expect(r.distinctPartsReservedOnTopic).toBe(n);
  expect(r.inbox).toBe(r.handledEventsOnTopic);
  expect(r.distinctInboxEvents).toBe(r.handledEventsOnTopic);
}
