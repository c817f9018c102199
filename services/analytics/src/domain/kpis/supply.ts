// Parts and supplier KPIs.
import { mean, ratio, seconds, sum } from './stats';
import { within, type PartsRequestFacts, type Period, type ReceiptFacts } from './types';

/**
 * Parts fill rate: share of the requested quantity reserved from stock at once (not backordered),
 * over parts requests made in the period.
 */
export function partsFillRate(requests: readonly PartsRequestFacts[], p: Period): number | null {
  const inPeriod = requests.filter(
    (r) => within(r.requestedAt, p) && r.reservedFromStock + r.backordered > 0,
  );
  const filled = sum(inPeriod.map((r) => r.reservedFromStock));
  return ratio(filled, filled + sum(inPeriod.map((r) => r.backordered)));
}

/**
 * Mean backorder age in seconds, over backorders raised in the period: until fulfilment, or until
 * the end of the period (or `now`, if earlier) for those still open.
 */
export function backorderAgeSeconds(
  requests: readonly PartsRequestFacts[],
  p: Period,
  now: Date = p.to,
): number | null {
  const end = new Date(Math.min(p.to.getTime(), now.getTime()));
  return mean(
    requests
      .filter((r) => within(r.backorderedAt, p))
      .map((r) => seconds(r.backorderedAt as Date, r.backorderFulfilledAt ?? end)),
  );
}

const receivedIn = (receipts: readonly ReceiptFacts[], p: Period) =>
  receipts.filter((r) => within(r.receivedAt, p));

/** Share of goods receipts in the period that arrived by the promised date. */
export function supplierOnTimeRate(receipts: readonly ReceiptFacts[], p: Period): number | null {
  const rs = receivedIn(receipts, p);
  return ratio(rs.filter((r) => r.onTime).length, rs.length);
}

/** Accepted share of the received quantity at incoming inspection, over receipts in the period. */
export function supplierQualityRate(receipts: readonly ReceiptFacts[], p: Period): number | null {
  const rs = receivedIn(receipts, p);
  return ratio(sum(rs.map((r) => r.acceptedQuantity)), sum(rs.map((r) => r.receivedQuantity)));
}
