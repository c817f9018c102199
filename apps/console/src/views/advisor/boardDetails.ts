// What the board shows of each order beyond the repair service's answer: the vehicle (plate,
// make, model), the customer (name as the customer service answers it: in clear, masked or
// erased) and the booking slot. One batch call per kind and board load, for ids not seen before
// (kept by id while the view is open).
import { useEffect, useRef, useState } from 'react';
import { type ApiClient } from '../../api/client';
import { type Booking, type Customer, type RepairOrder, type Vehicle } from '../../api/types';
import { useConsole } from '../../context';

export interface BoardDetails {
  vehicles: ReadonlyMap<string, Vehicle>;
  customers: ReadonlyMap<string, Customer>;
  bookings: ReadonlyMap<string, Booking>;
  /** False until the first load answered (cards show placeholders). */
  ready: boolean;
  error: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH = 100;
const DAY_MS = 86_400_000;

/** The ids not in `known`, in batches the customer service takes (100 ids each). */
export function missingIds(ids: readonly string[], known: ReadonlyMap<string, unknown>): string[][] {
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id) && !known.has(id));
  const batches: string[][] = [];
  for (let i = 0; i < wanted.length; i += BATCH) batches.push(wanted.slice(i, i + BATCH));
  return batches;
}

/** The slot range that holds the bookings of these orders: their reception times ± 2 days. */
export function bookingWindow(orders: readonly RepairOrder[]): { slotFrom: string; slotTo: string } {
  const times = orders.map((o) => Date.parse(o.reception.receivedAt));
  return {
    slotFrom: new Date(Math.min(...times) - 2 * DAY_MS).toISOString(),
    slotTo: new Date(Math.max(...times) + 2 * DAY_MS).toISOString(),
  };
}

async function loadInto(api: ApiClient, orders: readonly RepairOrder[], cache: Caches): Promise<void> {
  const vehicleBatches = missingIds(
    orders.map((o) => o.vehicleId),
    cache.vehicles,
  );
  const customerBatches = missingIds(
    orders.map((o) => o.customerId),
    cache.customers,
  );
  const booked = orders.filter((o) => o.bookingId && !cache.bookings.has(o.bookingId));
  const centres = [...new Set(booked.map((o) => o.centreId))];
  const [vehicles, customers, bookings] = await Promise.all([
    Promise.all(vehicleBatches.map((ids) => api.vehicles({ ids }))),
    Promise.all(customerBatches.map((ids) => api.customers({ ids }))),
    booked.length
      ? api.bookings({ ...bookingWindow(booked), centreId: centres.length === 1 ? centres[0] : undefined })
      : null,
  ]);
  for (const v of vehicles.flatMap((p) => p.items)) cache.vehicles.set(v.id, v);
  for (const c of customers.flatMap((p) => p.items)) cache.customers.set(c.id, c);
  for (const b of bookings?.items ?? []) cache.bookings.set(b.id, b);
}

interface Caches {
  vehicles: Map<string, Vehicle>;
  customers: Map<string, Customer>;
  bookings: Map<string, Booking>;
}

export function useBoardDetails(orders: readonly RepairOrder[] | undefined): BoardDetails {
  const { api } = useConsole();
  const cache = useRef<Caches>({ vehicles: new Map(), customers: new Map(), bookings: new Map() });
  const [state, setState] = useState<{ ready: boolean; error: string | undefined; tick: number }>({
    ready: false,
    error: undefined,
    tick: 0,
  });

  useEffect(() => {
    if (!orders) return;
    let current = true;
    loadInto(api, orders, cache.current).then(
      () => current && setState((s) => ({ ready: true, error: undefined, tick: s.tick + 1 })),
      (err: unknown) =>
        current &&
        setState((s) => ({
          ready: true,
          error: err instanceof Error ? err.message : String(err),
          tick: s.tick + 1,
        })),
    );
    return () => {
      current = false;
    };
  }, [api, orders]);

  return { ...cache.current, ready: state.ready, error: state.error };
}

/** When the customer was promised the car: the order's promise if it has one, else its booking slot. */
export function promiseOf(
  order: RepairOrder,
  bookings: ReadonlyMap<string, Booking>,
): { kind: 'promised' | 'slot'; at: string } | null {
  const promised = (order as { promisedAt?: string | null }).promisedAt;
  if (promised) return { kind: 'promised', at: promised };
  const booking = order.bookingId ? bookings.get(order.bookingId) : undefined;
  return booking ? { kind: 'slot', at: booking.slotStart } : null;
}
