// What every actor of the simulation shares: the API, the clock, the seeded group, the workload
// and the running counts the progress bar and the final report show.
import { type Api, type Body } from './api';
import { type SimClock } from './clock';
import { type CustomerPortal } from './customer-portal';
import { type PartsWatcher } from './parts-watch';
import { type Workload } from './scenario';
import { type SeededGroup } from './seed';

export interface Counts {
  bookings: number;
  noShows: number;
  walkIns: number;
  ordersReceived: number;
  waitedForParts: number;
  qcFailures: number;
  ordersDelivered: number;
  ordersClosed: number;
  surveys: number;
  purchaseOrders: number;
  receipts: number;
  /** Supplier invoices (net plus VAT) matched and paid. */
  invoicesPaid: number;
  /** Stock transfers between centres requested for waiting backorders, and received. */
  transfersRequested: number;
  transfersReceived: number;
  complaintsFiled: number;
  complaintsHandled: number;
  escalations: number;
  rescues: number;
  towIns: number;
  emergencies: number;
  /** Quotes the customers approved themselves in self-service (the rest by phone, in person, ...). */
  selfServiceApprovals: number;
}

export const emptyCounts = (): Counts => ({
  bookings: 0,
  noShows: 0,
  walkIns: 0,
  ordersReceived: 0,
  waitedForParts: 0,
  qcFailures: 0,
  ordersDelivered: 0,
  ordersClosed: 0,
  surveys: 0,
  purchaseOrders: 0,
  receipts: 0,
  invoicesPaid: 0,
  transfersRequested: 0,
  transfersReceived: 0,
  complaintsFiled: 0,
  complaintsHandled: 0,
  escalations: 0,
  rescues: 0,
  towIns: 0,
  emergencies: 0,
  selfServiceApprovals: 0,
});

export interface World {
  api: Api;
  clock: SimClock;
  group: SeededGroup;
  workload: Workload;
  counts: Counts;
  partsWatcher: PartsWatcher;
  /** Customers approving quotes in self-service (only where the demo catches their mail). */
  portal?: CustomerPortal;
  /** Distinguishes this run's Idempotency-Keys from earlier runs'. */
  runId: string;
  /** True once simulated time passed the end of the period (stories stop there). */
  over(): boolean;
}

export const runKey = (w: World, ...parts: string[]) => `demo-sim:${w.runId}:${parts.join(':')}`;

/** A stable pick for an id (the same job always gets the same technician). */
export function stablePick<T>(items: readonly T[], id: string): T {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return items[h % items.length]!;
}

/** The version a versioned resource answered with (ETag `"n"` or the body's version). */
export const versionOf = (body: Body): number => Number(body?.version ?? 0);
