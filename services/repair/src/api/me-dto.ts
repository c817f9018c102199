// Rows to the customer-facing bodies of /v1/me (me-views.ts types them). Only what the customer
// may see is copied: never technician or staff ids, notes, bays or part ids.
import {
  type Booking,
  type RepairOrder,
  type RepairOrderTransition,
  type RepairQuote,
  type ServiceCentre,
} from '../db/client';
import { storedQuoteHash } from '../application/repair-orders/quotes';
import { minorOf } from '../domain/money';
import { customerQuoteContent } from '../domain/quote-hash';
import { type PricedLine } from '../domain/quote';
import {
  type MyBookingView,
  type MyCentreView,
  type MyOrderSummaryView,
  type MyOrderView,
  type MyQuoteView,
} from './me-views';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

type CentreName = Pick<ServiceCentre, 'id' | 'name'>;
export type OrderRow = RepairOrder & { centre: CentreName };

/** The current version waits for the customer: the order is QUOTED and the quote open and valid. */
function decidable(order: RepairOrder, q: RepairQuote, now: Date): boolean {
  return (
    order.status === 'QUOTED' &&
    q.version === order.currentQuoteVersion &&
    q.status === 'ISSUED' &&
    q.validUntil.getTime() >= now.getTime()
  );
}

export function myOrderSummaryDto(
  o: OrderRow,
  currentQuote: RepairQuote | undefined,
  now: Date,
): MyOrderSummaryView {
  const delivery = o.delivery as { at?: string } | null;
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    status: o.status,
    serviceType: o.serviceType,
    vehicle: { id: o.vehicleId },
    centre: { id: o.centre.id, name: o.centre.name },
    openedAt: iso(o.receivedAt),
    statusChangedAt: iso(o.statusChangedAt),
    readyAt: isoOrNull(o.completedAt),
    deliveredAt: delivery?.at ? iso(new Date(delivery.at)) : null,
    currentQuote: currentQuote
      ? {
          version: currentQuote.version,
          status: currentQuote.status,
          grossMinor: minorOf(currentQuote.grossMinor),
          currency: currentQuote.currency,
          validUntil: iso(currentQuote.validUntil),
        }
      : null,
    awaitingDecision: currentQuote ? decidable(o, currentQuote, now) : false,
  };
}

export function myQuoteDto(order: RepairOrder, q: RepairQuote, now: Date): MyQuoteView {
  const totals = {
    netMinor: minorOf(q.netMinor),
    discountMinor: minorOf(q.discountMinor),
    taxMinor: minorOf(q.taxMinor),
    grossMinor: minorOf(q.grossMinor),
  };
  // The lines are the hashed content itself, so what is shown is what the hash covers.
  const content = customerQuoteContent({ ...q, lines: q.lines as unknown as PricedLine[], totals });
  const outcome = q.status === 'APPROVED' ? 'approved' : q.status === 'DECLINED' ? 'declined' : null;
  return {
    version: q.version,
    reason: q.reason as MyQuoteView['reason'],
    status: q.status,
    currency: content.currency,
    validUntil: content.validUntil,
    lines: content.lines,
    totals: content.totals,
    labourHours: q.labourHours,
    quoteHash: storedQuoteHash(q),
    decidable: decidable(order, q, now),
    decision:
      q.decidedAt && outcome
        ? {
            at: iso(q.decidedAt),
            outcome,
            method: q.decisionMethod,
            declineReason: q.declineReason,
          }
        : null,
    issuedAt: iso(q.createdAt),
  };
}

export function myOrderDto(
  o: OrderRow,
  quotes: RepairQuote[],
  transitions: RepairOrderTransition[],
  now: Date,
): MyOrderView {
  const current = quotes.find((q) => q.version === o.currentQuoteVersion);
  return {
    ...myOrderSummaryDto(o, current, now),
    timeline: transitions.map((t) => ({ at: iso(t.at), from: t.fromStatus, to: t.toStatus })),
    quotes: quotes.map((q) => myQuoteDto(o, q, now)),
  };
}

export function myBookingDto(b: Booking, centres: ReadonlyMap<string, CentreName>): MyBookingView {
  const centreRef = (id: string) => ({ id, name: centres.get(id)?.name ?? '' });
  return {
    id: b.id,
    customerId: b.customerId,
    centre: centreRef(b.centreId),
    vehicle: { id: b.vehicleId },
    serviceType: b.serviceType,
    slotStart: iso(b.slotStart),
    slotEnd: iso(b.slotEnd),
    status: b.status,
    overflowFromCentre: b.overflowFromCentreId ? centreRef(b.overflowFromCentreId) : null,
    notes: b.notes,
    cancelledBy: b.cancelledBy as MyBookingView['cancelledBy'],
    endedAt: isoOrNull(b.endedAt),
    createdAt: iso(b.createdAt),
    cancellable: b.status === 'BOOKED',
  };
}

export function myCentreDto(c: ServiceCentre): MyCentreView {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    address: c.address as MyCentreView['address'],
    timeZone: c.timeZone,
    openingHours: c.openingHours as MyCentreView['openingHours'],
  };
}
