// Order tolerance: every permutation of an aggregate's events gives the same row; duplicates
// (same event id) change nothing.
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import {
  type Fact,
  reduceComplaint,
  reduceEmergency,
  reduceOrder,
  reducePartsRequest,
  reduceRescue,
  streamOf,
} from './projections';
import * as ev from '../../test/events';

const fact = (e: AnyEvent): Fact => ({
  eventId: e.id,
  type: e.type,
  occurredAt: new Date(e.occurredAt),
  data: e.data,
});

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('order-tolerant projections', () => {
  const story = ev.orderStory({
    tenantId: 't',
    orderId: 'o-1',
    centreId: 'c-1',
    regionId: 'r-1',
    start: new Date('2026-07-06T08:00:00Z'),
    rework: 1,
    breach: 'DIAGNOSED',
    survey: null,
  });
  const facts = story.events.filter((e) => streamOf(e.type, e.data)?.stream === 'order').map(fact);

  it('an order row is the same for every arrival order of its events', () => {
    const expected = reduceOrder('o-1', facts, 'UTC');
    expect(expected).toMatchObject({
      centreId: 'c-1',
      regionId: 'r-1',
      openedAt: new Date('2026-07-06T08:00:00Z'),
      diagnosedAt: new Date('2026-07-06T10:00:00Z'),
      reworkCount: 1,
      comeback: false,
      slaBreachedStages: ['DIAGNOSED'],
    });
    expect(expected.closedAt).not.toBeNull();
    for (const p of permutations(facts.slice(0, 6)))
      expect(reduceOrder('o-1', [...p, ...facts.slice(6)], 'UTC')).toEqual(expected);
    expect(reduceOrder('o-1', [...facts].reverse(), 'UTC')).toEqual(expected);
  });

  it('completed before opened still yields the reception time from the outcome', () => {
    const completed = facts.filter((f) => f.type === 'repair.order.completed');
    expect(reduceOrder('o-1', completed, 'UTC')).toMatchObject({
      openedAt: new Date('2026-07-06T08:00:00Z'),
      centreId: 'c-1',
    });
  });

  it('parts request: fill, backorder and fulfilment do not depend on arrival order', () => {
    const es = ev.partsStory({
      tenantId: 't',
      orderId: 'o-1',
      requestId: 'req-1',
      centreId: 'c-1',
      at: new Date('2026-07-06T12:00:00Z'),
      stock: 2,
      short: 1,
      fulfilAfterHours: 48,
    });
    const fs = es.map(fact);
    const expected = reducePartsRequest('req-1', fs, 'UTC');
    expect(expected).toMatchObject({
      reservedFromStock: 2,
      backordered: 1,
      centreId: 'c-1',
      backorderFulfilledAt: new Date('2026-07-08T12:00:00Z'),
    });
    for (const p of permutations(fs)) expect(reducePartsRequest('req-1', p, 'UTC')).toEqual(expected);
  });

  it('parts request: fulfilled when its own backorder arrives, while another request of the order still waits', () => {
    const es = ev.partsStory({
      tenantId: 't',
      orderId: 'o-2',
      requestId: 'req-2',
      centreId: 'c-1',
      at: new Date('2026-07-06T12:00:00Z'),
      stock: 0,
      short: 1,
      fulfilAfterHours: 24,
    });
    // The order's other request keeps a backorder open: the whole-order count stays 1.
    const fs = es
      .map(fact)
      .map((f) =>
        f.type === 'parts.reserved' ? { ...f, data: { ...(f.data as object), openBackorderLines: 1 } } : f,
      );
    expect(reducePartsRequest('req-2', fs, 'UTC').backorderFulfilledAt).toEqual(
      new Date('2026-07-07T12:00:00Z'),
    );
  });

  it('complaint: the latest classification and status by event time win', () => {
    const base = { producer: 'complaint', tenantId: 't', subject: 'k-1' };
    const t0 = new Date('2026-07-10T10:00:00Z');
    const h = (n: number) => new Date(t0.getTime() + n * 3_600_000);
    const deadlines = { acknowledgeBy: h(4).toISOString(), resolveBy: h(48).toISOString() };
    const es = [
      createEvent('complaint.registered', {
        ...base,
        occurredAt: t0,
        data: {
          complaintId: 'k-1',
          referenceNumber: 'C-1',
          channel: 'phone',
          trigger: 'customer',
          sourceEventId: null,
          customerId: 'cu',
          vehicleId: 'v',
          repairOrderId: 'o-1',
          centreId: 'c-1',
          category: null,
          severity: null,
          deadlines: null,
        },
      }),
      createEvent('complaint.classified', {
        ...base,
        occurredAt: h(1),
        data: {
          complaintId: 'k-1',
          category: 'billing',
          severity: 'low',
          previous: null,
          classifiedBy: null,
          deadlines,
        },
      }),
      createEvent('complaint.classified', {
        ...base,
        occurredAt: h(2),
        data: {
          complaintId: 'k-1',
          category: 'waiting-time',
          severity: 'high',
          previous: { category: 'billing', severity: 'low' },
          classifiedBy: 'u',
          deadlines,
        },
      }),
      createEvent('complaint.resolved', {
        ...base,
        occurredAt: h(10),
        data: {
          complaintId: 'k-1',
          resolvedBy: 'u',
          remedy: 'apology',
          goodwill: null,
          resolutionSeconds: 36_000,
          withinDeadline: true,
          customerNotifiedVia: 'phone',
        },
      }),
    ].map(fact);
    const expected = reduceComplaint('k-1', es, 'UTC');
    expect(expected).toMatchObject({
      category: 'waiting-time',
      severity: 'high',
      status: 'resolved',
      resolutionSeconds: 36_000,
    });
    for (const p of permutations(es)) expect(reduceComplaint('k-1', p, 'UTC')).toEqual(expected);
  });

  it('rescue and emergency rows', () => {
    const t0 = new Date('2026-07-10T10:00:00Z');
    const rs = ev
      .rescueStory({
        tenantId: 't',
        rescueId: 'x',
        regionId: 'r-1',
        centreId: 'c-1',
        at: t0,
        responseMinutes: 30,
      })
      .map(fact);
    for (const p of permutations(rs))
      expect(reduceRescue('x', p, 'UTC')).toMatchObject({
        regionId: 'r-1',
        centreId: 'c-1',
        responseSeconds: 1800,
      });
    const em = ev
      .emergencyStory({ tenantId: 't', emergencyId: 'e', regionId: 'r-1', at: t0, hours: 5 })
      .map(fact);
    expect(reduceEmergency('e', [...em].reverse())).toEqual({
      emergencyId: 'e',
      regionId: 'r-1',
      enteredAt: t0,
      leftAt: new Date(t0.getTime() + 5 * 3_600_000),
    });
    expect(reduceEmergency('e', em.slice(1))).toMatchObject({ enteredAt: t0 });
  });
});
