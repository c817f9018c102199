// Periods are local to the reporting time zone (REPORTING_TIME_ZONE): an order received and
// completed late on 31 March UTC is already in April, Q2, for a Europe/Berlin dealer group, through
// the real consumer (Kafka), the read models (PostgreSQL), the KPI and scorecard API and the daily
// snapshot.
import { waitFor } from '@aftersales/testing';
import { sweepOnce } from '../src/application/sweep';
import { analyst, as, startHarness, type Harness } from './harness';
import { orderStory } from './events';

describe('reporting time zone Europe/Berlin (real Kafka and PostgreSQL)', () => {
  let h: Harness;
  const story = orderStory({
    tenantId: 'tenant-tz',
    orderId: 'o-eoq',
    centreId: 'c-b1',
    regionId: 'r-b',
    start: new Date('2026-03-31T23:30:00Z'), // 01:30 CEST on 1 April
    diagnoseAfter: 0.05,
    completeAfter: 0.25, // 23:45Z: still 31 March in UTC
    closed: false,
    survey: null,
  });
  const get = async (url: string) => {
    const res = await as(h.app, analyst('tenant-tz')).get(url);
    expect(res.status).toBe(200);
    return res.body as {
      from: string;
      to: string;
      counts: Record<string, number>;
      series?: { from: string; to: string; counts: Record<string, number> }[];
    };
  };

  beforeAll(async () => {
    h = await startHarness('analytics_tz', { kafka: true, timeZone: 'Europe/Berlin' });
    await h.publish(story.events);
    await waitFor(
      async () => h.applied.filter((a) => a.outcome === 'applied').length === story.events.length,
      'story applied',
      60_000,
    );
  });
  afterAll(async () => h?.close());

  it('stores the local date as the order day', async () => {
    const row = await h.prisma.orderView.findFirstOrThrow({ where: { repairOrderId: 'o-eoq' } });
    expect(row.day?.toISOString().slice(0, 10)).toBe('2026-04-01');
  });

  it('counts the order in Q2 and April, not in Q1 or March', async () => {
    const q2 = await get('/v1/kpis?scope=centre&id=c-b1&from=2026-04-01&to=2026-06-30&granularity=month');
    expect(q2).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(q2.counts).toMatchObject({ ordersOpened: 1, ordersCompleted: 1 });
    expect(q2.series?.map((b) => [b.from, b.to, b.counts.ordersOpened])).toEqual([
      ['2026-04-01', '2026-04-30', 1],
      ['2026-05-01', '2026-05-31', 0],
      ['2026-06-01', '2026-06-30', 0],
    ]);
    const q1 = await get('/v1/kpis?scope=centre&id=c-b1&from=2026-01-01&to=2026-03-31');
    expect(q1.counts).toMatchObject({ ordersOpened: 0, ordersCompleted: 0 });
    const day = await get('/v1/kpis?scope=centre&id=c-b1&from=2026-04-01&to=2026-04-01');
    expect(day.counts).toMatchObject({ ordersOpened: 1, ordersCompleted: 1 });
  });

  it('the Q2 scorecard has the centre with data, the Q1 one has none', async () => {
    const card = async (quarter: string) => {
      const res = await as(h.app, analyst('tenant-tz')).get(`/v1/scorecards?quarter=${quarter}`);
      expect(res.status).toBe(200);
      const items = (res.body as { items: { centreId: string; indicators: { value: number | null }[] }[] })
        .items;
      return items.find((c) => c.centreId === 'c-b1')!;
    };
    const withValue = (c: { indicators: { value: number | null }[] }) =>
      c.indicators.filter((i) => i.value !== null).length;
    expect(withValue(await card('2026-Q2'))).toBeGreaterThan(0);
    expect(withValue(await card('2026-Q1'))).toBe(0);
  });

  it('the daily snapshot of "yesterday" is the local 1 April, taken after local midnight', async () => {
    // 22:30Z on 1 April is 00:30 CEST on 2 April: yesterday is 1 April, local.
    const now = new Date('2026-04-01T22:30:00Z');
    const r = await sweepOnce({
      prisma: h.prisma,
      timeZone: h.timeZone,
      intervalMs: 1000,
      graceMs: 365 * 86_400_000,
      outcomes: h.outcomes,
      snapshots: true,
      forecastDemand: null,
      now: () => now,
    });
    expect(r.snapshots).toBe(3); // tenant, region, centre
    const rows = await h.prisma.outboxMessage.findMany({ where: { eventType: 'analytics.kpi.snapshot' } });
    const centre = rows
      .map(
        (m) =>
          (
            m.payload as {
              data: { scope: string; periodStart: string; periodEnd: string; counts: Record<string, number> };
            }
          ).data,
      )
      .find((d) => d.scope === 'centre')!;
    expect(centre).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-04-01' });
    expect(centre.counts).toMatchObject({ ordersOpened: 1 });
  });
});
