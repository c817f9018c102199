// A realistic event history for the replay benchmark, generated week by week from parameters (how
// many centres, tenants, regions, orders per centre and week) and a seed: the same options give the
// same events, ids included. Each repair order runs through its lifecycle (customer registered
// when new, opened, diagnosed, quoted, approved, parts requested and reserved or backordered, QC
// rework, completed, delivered, closed, a survey), with comebacks, SLA breaches, complaints,
// orders still in the workshop; plus rescues and the odd emergency per region and supplier
// receipts per centre. The stories come from analytics' own test builders (createEvent, so every
// event is valid against its contract); this module only decides who, when and how often.
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import * as story from '../../../../services/analytics/test/events';

export interface HistoryOptions {
  seed: number;
  centres: number;
  tenants: number;
  regionsPerTenant: number;
  /** Mean repair orders a centre opens per week (centres differ in size, weeks by season). */
  ordersPerCentreWeek: number;
  /** Monday 00:00 UTC of the first week. */
  start: Date;
}

export const DEFAULT_HISTORY: Omit<HistoryOptions, 'centres'> = {
  seed: 24,
  tenants: 3,
  regionsPerTenant: 2,
  ordersPerCentreWeek: 25,
  start: new Date(Date.UTC(2025, 0, 6)),
};

export interface HistoryWeek {
  week: number;
  /** In time order; one aggregate's events keep their story's order. */
  events: AnyEvent[];
  /** Repair orders opened this week (each becomes one order_view row). */
  orders: number;
}

interface Centre {
  id: string;
  tenantId: string;
  regionId: string;
  /** Relative size: scales its weekly orders. */
  size: number;
  /** Share of surveys with good scores, so centres differ in quality. */
  quality: number;
  technicians: string[];
}

const H = 3_600_000;
const WEEK = 7 * 24 * H;
const at = (base: Date, hours: number) => new Date(base.getTime() + hours * H);

/** mulberry32: small, fast and good enough to pick scenarios. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function* historyWeeks(opts: HistoryOptions): Generator<HistoryWeek> {
  const rng = seededRandom(opts.seed);
  const chance = (p: number) => rng() < p;
  const between = (lo: number, hi: number) => lo + rng() * (hi - lo);
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  // createEvent draws random ids; these come from the seed instead, so a history is reproducible.
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(rng() * 4)]!;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  /** One business flow: seeded ids, and the first event's id as everyone's correlation id. */
  const flow = (events: AnyEvent[]): AnyEvent[] => {
    for (const e of events) e.id = uuid();
    for (const e of events) e.correlationId = events[0]!.id;
    return events;
  };

  const tenants = Array.from({ length: opts.tenants }, (_, t) => `dg-${t + 1}`);
  const centres: Centre[] = Array.from({ length: opts.centres }, (_, i) => {
    const t = i % opts.tenants;
    const id = `c-${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      tenantId: tenants[t]!,
      regionId: `r-${t + 1}${'abcdefgh'[Math.floor(i / opts.tenants) % opts.regionsPerTenant]}`,
      size: between(0.5, 1.5),
      quality: between(0.6, 0.95),
      technicians: Array.from({ length: int(3, 8) }, (_, k) => `t-${id}-${k + 1}`),
    };
  });
  const regions = [...new Map(centres.map((c) => [c.regionId, c])).values()].map((c) => ({
    tenantId: c.tenantId,
    regionId: c.regionId,
    centres: centres.filter((x) => x.regionId === c.regionId),
  }));
  const customers = new Map<string, string[]>(tenants.map((t) => [t, []]));
  const counters = { order: 0, customer: 0, parts: 0, complaint: 0, rescue: 0, emergency: 0, receipt: 0 };
  const next = (k: keyof typeof counters) => String(++counters[k]);

  for (let week = 0; ; week++) {
    const monday = new Date(opts.start.getTime() + week * WEEK);
    // Busier in winter (breakdowns) and before the summer holidays.
    const season = 1 + 0.2 * Math.cos((2 * Math.PI * week) / 52) + 0.1 * Math.sin((4 * Math.PI * week) / 52);
    const events: AnyEvent[] = [];
    let orders = 0;
    for (const c of centres) {
      const n = Math.round(opts.ordersPerCentreWeek * c.size * season * between(0.8, 1.2));
      for (let i = 0; i < n; i++) {
        events.push(...orderFlow(c, at(monday, int(0, 5) * 24 + between(7, 17))));
        orders++;
      }
      // Supplier deliveries to the centre's stock location.
      for (let i = int(1, 2); i > 0; i--) {
        const received = int(5, 40);
        events.push(
          ...flow([
            story.receiptEvent({
              tenantId: c.tenantId,
              receiptId: `g-${next('receipt')}`,
              supplierId: `s-${c.tenantId}-${int(1, 5)}`,
              locationId: `loc-${c.id}`,
              at: at(monday, int(0, 4) * 24 + between(8, 16)),
              onTime: chance(0.85),
              received,
              accepted: chance(0.9) ? received : received - int(1, Math.min(3, received)),
            }),
          ]),
        );
      }
    }
    for (const r of regions) {
      for (let i = int(0, 4); i > 0; i--)
        events.push(
          ...flow(
            story.rescueStory({
              tenantId: r.tenantId,
              rescueId: `x-${next('rescue')}`,
              regionId: r.regionId,
              centreId: pick(r.centres).id,
              at: at(monday, between(0, 7 * 24 - 4)),
              responseMinutes: int(15, 120),
            }),
          ),
        );
      if (chance(0.03))
        events.push(
          ...flow(
            story.emergencyStory({
              tenantId: r.tenantId,
              emergencyId: `e-${next('emergency')}`,
              regionId: r.regionId,
              at: at(monday, between(0, 6 * 24)),
              hours: int(4, 48),
            }),
          ),
        );
    }
    // Stable: events at the same instant keep their story's order.
    events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    yield { week, events, orders };
  }

  /** One repair order and everything it causes: customer, parts, survey, complaint. */
  function orderFlow(c: Centre, start: Date): AnyEvent[] {
    const tenantId = c.tenantId;
    const orderId = `ro-${c.id}-${next('order')}`;
    const known = customers.get(tenantId)!;
    const events: AnyEvent[] = [];
    let customerId: string;
    if (known.length === 0 || chance(0.4)) {
      customerId = `cu-${tenantId}-${next('customer')}`;
      known.push(customerId);
      events.push(registered(tenantId, customerId, at(start, -between(0.1, 2))));
    } else customerId = pick(known);
    // Customers come back with the same car; one in five has a second one.
    const vehicleId = `v-${customerId}-${chance(0.2) ? 2 : 1}`;
    const diagnoseAfter = between(0.5, 6);
    const completeAfter = diagnoseAfter + between(4, 72);
    const rework = chance(0.1) ? (chance(0.2) ? 2 : 1) : 0;
    const completed = !chance(0.02);
    const closed = completed && !chance(0.03);
    const good = chance(c.quality);
    const score = () => (good ? int(4, 5) : int(1, 3));
    const built = story.orderStory({
      tenantId,
      orderId,
      centreId: c.id,
      regionId: c.regionId,
      start,
      customerId,
      vehicleId,
      diagnoseAfter,
      completeAfter,
      rework,
      comeback: chance(0.04),
      breach: chance(0.1) ? pick(['RECEIVED', 'DIAGNOSED', 'IN_PROGRESS'] as const) : null,
      completed,
      closed,
      technicianIds: [pick(c.technicians), ...(chance(0.3) ? [pick(c.technicians)] : [])],
      survey:
        closed && chance(0.45)
          ? { product: score(), service: score(), purchase: score(), nps: good ? int(7, 10) : int(0, 8) }
          : null,
    }).events;
    // The builders stop at the quote; the customer approves it before any part is requested.
    const quoted = built.findIndex((e) => e.type === 'repair.order.quoted');
    built.splice(
      quoted + 1,
      0,
      approved(tenantId, orderId, c.id, customerId, at(start, diagnoseAfter + 0.55)),
    );
    events.push(...built);
    if (chance(0.6)) {
      const short = chance(0.15) ? int(1, 2) : 0;
      events.push(
        ...story.partsStory({
          tenantId,
          orderId,
          requestId: `p-${next('parts')}`,
          centreId: c.id,
          at: at(start, diagnoseAfter + 0.56),
          stock: chance(0.9) || short === 0 ? int(1, 4) : 0,
          short,
          // A backordered part arrives before the work that needs it is done (or, rarely, never).
          fulfilAfterHours: chance(0.9) ? between(0.3, 0.9) * (completeAfter - diagnoseAfter) : null,
        }),
      );
    }
    if (completed && chance(0.04))
      events.push(
        ...story.complaintStory({
          tenantId,
          complaintId: `k-${next('complaint')}`,
          orderId,
          centreId: chance(0.5) ? c.id : null,
          category: pick(['repair-quality', 'waiting-time', 'billing'] as const),
          at: at(start, completeAfter + between(24, 240)),
          resolveAfterHours: chance(0.85) ? between(4, 120) : null,
        }),
      );
    return flow(events);
  }

  function registered(tenantId: string, customerId: string, occurredAt: Date): AnyEvent {
    return createEvent('customer.registered', {
      producer: 'customer',
      tenantId,
      subject: customerId,
      occurredAt,
      data: {
        customerId,
        kind: chance(0.85) ? 'person' : 'company',
        dealerId: `dealer-${tenantId}`,
        preferredChannel: pick(['email', 'sms', 'phone', 'app'] as const),
        consents: { marketing: chance(0.5), dataProcessing: true },
      },
    });
  }

  function approved(
    tenantId: string,
    orderId: string,
    centreId: string,
    customerId: string,
    occurredAt: Date,
  ): AnyEvent {
    return createEvent('repair.order.approved', {
      producer: 'repair',
      tenantId,
      subject: orderId,
      occurredAt,
      data: {
        repairOrderId: orderId,
        centreId,
        quoteVersion: 1,
        // The builders' quote total (story.orderStory).
        approvedTotal: { amountMinor: 22_610, currency: 'EUR' },
        method: pick(['in-person', 'phone', 'online', 'signature'] as const),
        approvedByCustomerId: customerId,
        recordedBy: 'adv-1',
      },
    });
  }
}

/** Weeks of history until at least `minEvents` events (whole weeks, so every story is complete). */
export function* historyUntil(opts: HistoryOptions, minEvents: number): Generator<HistoryWeek> {
  let total = 0;
  for (const week of historyWeeks(opts)) {
    yield week;
    total += week.events.length;
    if (total >= minEvents) return;
  }
}
