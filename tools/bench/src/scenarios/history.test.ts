import { parseEvent, type AnyEvent } from '@aftersales/contracts';
import { DEFAULT_HISTORY, historyUntil, historyWeeks, type HistoryOptions } from './history';

const small: HistoryOptions = { ...DEFAULT_HISTORY, centres: 6, ordersPerCentreWeek: 8 };

function weeks(opts: HistoryOptions, n: number) {
  const out = [];
  for (const week of historyWeeks(opts)) {
    out.push(week);
    if (out.length === n) break;
  }
  return out;
}

const orderIdOf = (e: AnyEvent) => (e.data as { repairOrderId?: string }).repairOrderId;

describe('generated history (replay benchmark)', () => {
  const history = weeks(small, 3);
  const events = history.flatMap((w) => w.events);

  it('is the same for the same seed, ids included, and differs for another seed', () => {
    expect(JSON.stringify(weeks(small, 3))).toBe(JSON.stringify(history));
    const other = weeks({ ...small, seed: small.seed + 1 }, 3).flatMap((w) => w.events);
    expect(other.map((e) => e.id)).not.toEqual(events.map((e) => e.id));
  });

  it('holds only events their contract accepts, with unique ids', () => {
    for (const e of events) expect(() => parseEvent(JSON.parse(JSON.stringify(e)))).not.toThrow();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('has the mix analytics consumes, across tenants and regions', () => {
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'customer.registered',
      'repair.order.opened',
      'repair.order.diagnosed',
      'repair.order.quoted',
      'repair.order.approved',
      'repair.parts.requested',
      'parts.reserved',
      'repair.order.qc-failed',
      'repair.order.completed',
      'repair.order.delivered',
      'repair.order.closed',
      'survey.completed',
      'rescue.requested',
      'rescue.completed',
      'procurement.po.received',
    ] as const)
      expect(types).toContain(type);
    expect(new Set(events.map((e) => e.tenantId)).size).toBe(DEFAULT_HISTORY.tenants);
    const regions = new Set(
      events
        .filter((e) => e.type === 'repair.order.opened')
        .map((e) => (e.data as { regionId: string }).regionId),
    );
    expect(regions.size).toBe(small.centres); // 3 tenants x 2 regions, one centre each
    const completed = events.filter((e) => e.type === 'repair.order.completed');
    expect(completed.some((e) => (e.data as { comeback: boolean }).comeback)).toBe(true);
  });

  it('counts one order per opened event and keeps each order in lifecycle order', () => {
    const opened = events.filter((e) => e.type === 'repair.order.opened');
    expect(history.reduce((a, w) => a + w.orders, 0)).toBe(opened.length);
    expect(new Set(opened.map(orderIdOf)).size).toBe(opened.length);
    const lifecycle = [
      'repair.order.opened',
      'repair.order.diagnosed',
      'repair.order.quoted',
      'repair.order.approved',
      'repair.order.completed',
      'repair.order.delivered',
      'repair.order.closed',
    ];
    for (const o of opened.slice(0, 50)) {
      const story = events.filter((e) => orderIdOf(e) === orderIdOf(o) && lifecycle.includes(e.type));
      const positions = story.map((e) => lifecycle.indexOf(e.type));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(story.map((e) => e.correlationId)).size).toBe(1);
    }
  });

  it('stops after the first whole week that reaches the minimum', () => {
    const target = events.length - history[2]!.events.length + 1; // reached only in week 3
    const taken = [...historyUntil(small, target)];
    expect(taken.map((w) => w.week)).toEqual([0, 1, 2]);
  });
});
