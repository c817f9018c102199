// The /v1 API against a real database (events applied as the consumer would): authentication,
// tenant and centre scope, validation problems, CSV export, scorecards, correlations, forecasts
// and forecast parts demand through the outbox.
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import * as ev from './events';
import { advisor, analyst, as, seed, startHarness, type Harness } from './harness';
import { JULY, julyStream } from './stream';
import request from 'supertest';

const H = 3_600_000;

describe('analytics API', () => {
  let h: Harness;
  const now = new Date('2026-11-20T12:00:00Z');

  beforeAll(async () => {
    h = await startHarness('analytics_api');
    h.clock.now = now;
    await seed(h.prisma, julyStream('tenant-a'), now);
    // A June order at c-n1, so Q3's scorecard has a previous quarter to compare with.
    await seed(
      h.prisma,
      ev.orderStory({
        tenantId: 'tenant-a',
        orderId: 'j1',
        centreId: 'c-n1',
        regionId: 'r-north',
        start: new Date('2026-06-10T08:00:00Z'),
        survey: { product: 5, service: 5, purchase: 5, nps: 10 },
      }).events,
      now,
    );
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  describe('identity and scope', () => {
    it('requires a token', async () => {
      const res = await request(h.app).get('/v1/kpis');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('another tenant sees none of it, and its centre ids are 404', async () => {
      const res = await as(h.app, analyst('tenant-b')).get(`/v1/kpis?scope=tenant&${JULY}`);
      expect(res.status).toBe(200);
      expect(res.body.counts).toEqual({
        ordersOpened: 0,
        ordersCompleted: 0,
        surveys: 0,
        complaints: 0,
        rescues: 0,
      });
      expect((await as(h.app, analyst('tenant-b')).get(`/v1/kpis?scope=centre&id=c-n1&${JULY}`)).status).toBe(
        404,
      );
      expect(
        (await as(h.app, analyst('tenant-b')).get(`/v1/kpis?scope=region&id=r-north&${JULY}`)).status,
      ).toBe(404);
      const cards = await as(h.app, analyst('tenant-b')).get('/v1/scorecards?quarter=2026-Q3');
      expect(cards.body.items).toEqual([]);
    });

    it('a centre-scoped advisor reads its own centre only; wider scopes and analyst views are refused', async () => {
      const me = advisor('tenant-a', ['c-n1']);
      expect((await as(h.app, me).get(`/v1/kpis?scope=centre&id=c-n1&${JULY}`)).status).toBe(200);
      const other = await as(h.app, me).get(`/v1/kpis?scope=centre&id=c-s1&${JULY}`);
      expect(other.status).toBe(404);
      expect(other.body).toMatchObject({ detail: 'Service centre not found.', code: 'not-found' });
      const wide = await as(h.app, me).get(`/v1/kpis?scope=tenant&${JULY}`);
      expect(wide.status).toBe(403);
      expect(wide.body).toMatchObject({ type: 'urn:aftersales:problem:not-allowed', code: 'not-allowed' });
      const cards = await as(h.app, me).get('/v1/scorecards?quarter=2026-Q3');
      expect(cards.status).toBe(403);
      expect(cards.body.requiredRoles).toEqual(['analyst']);
      expect((await as(h.app, me).get(`/v1/correlations?${JULY}`)).status).toBe(403);
      expect((await as(h.app, me).get('/v1/forecasts/parts-demand')).status).toBe(403);
      const demand = await as(h.app, me).get('/v1/forecasts/service-demand');
      expect(demand.status).toBe(200);
      expect(demand.body.items.map((i: { centreId: string }) => i.centreId)).toEqual(['c-n1']);
      expect((await as(h.app, me).get('/v1/forecasts/service-demand?centreId=c-s1')).status).toBe(404);
    });
  });

  it('a daily, weekly or monthly series of the period', async () => {
    const res = await as(h.app, analyst()).get(`/v1/kpis?scope=centre&id=c-n1&${JULY}&granularity=week`);
    expect(res.status).toBe(200);
    const series = res.body.series as { from: string; to: string; counts: { ordersOpened: number } }[];
    // July 2026 starts on a Wednesday: the first week is clipped to 1-5 July.
    expect(series.map((b) => [b.from, b.to])).toEqual([
      ['2026-07-01', '2026-07-05'],
      ['2026-07-06', '2026-07-12'],
      ['2026-07-13', '2026-07-19'],
      ['2026-07-20', '2026-07-26'],
      ['2026-07-27', '2026-07-31'],
    ]);
    // o1 o2 o3 were received 6-8 July.
    expect(series.map((b) => b.counts.ordersOpened)).toEqual([0, 3, 0, 0, 0]);
    const daily = await as(h.app, analyst()).get(`/v1/kpis?scope=tenant&${JULY}&granularity=day`);
    expect(daily.body.series).toHaveLength(31);
    expect(daily.body.series[6]).toMatchObject({
      from: '2026-07-07',
      to: '2026-07-07',
      counts: { ordersOpened: 1 },
    });
    const csv = await as(h.app, analyst()).get(`/v1/kpis?scope=centre&id=c-n1&${JULY}&granularity=month`, {
      Accept: 'text/csv',
    });
    // The whole period and its one month: the same CSI row twice.
    expect(
      csv.text.split('\r\n').filter((l) => l === 'centre,c-n1,2026-07-01,2026-07-31,kpi,csi,4,,'),
    ).toHaveLength(2);
  });

  describe('bad input is a 400 problem', () => {
    it.each([
      ['/v1/kpis?scope=planet', 'scope'],
      ['/v1/kpis?scope=centre', 'id'],
      ['/v1/kpis?from=2026-07-31&to=2026-07-01', 'to'],
      ['/v1/kpis?from=2026-13-01', 'from'],
      ['/v1/kpis?from=2020-01-01&to=2026-01-01', 'to'],
      ['/v1/kpis?colour=blue', ''],
      ['/v1/scorecards?quarter=2026-Q5', 'quarter'],
      ['/v1/scorecards', 'quarter'],
      ['/v1/forecasts/parts-demand?horizon=0', 'horizon'],
      ['/v1/kpis?granularity=hour', 'granularity'],
      ['/v1/correlations?granularity=day', ''],
    ])('%s', async (url, field) => {
      const res = await as(h.app, analyst()).get(url);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body)).toContain(field);
    });
  });

  describe('CSV export', () => {
    const csv = (url: string) => as(h.app, analyst()).get(url, { Accept: 'text/csv' });

    it('KPIs', async () => {
      const res = await csv(`/v1/kpis?scope=centre&id=c-n1&${JULY}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain('kpis-centre-c-n1-2026-07-01-2026-07-31.csv');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe('scope,id,from,to,kind,name,value,samples,standard');
      expect(lines).toContain('centre,c-n1,2026-07-01,2026-07-31,kpi,csi,4,,');
      expect(lines).toContain('centre,c-n1,2026-07-01,2026-07-31,kpi,emergencyModeHours,,,');
      expect(lines).toContain('centre,c-n1,2026-07-01,2026-07-31,count,ordersOpened,3,,');
    });

    it('scorecards, correlations and forecasts', async () => {
      const cards = await csv('/v1/scorecards?quarter=2026-Q3');
      expect(cards.text.split('\r\n')[0]).toMatch(
        /^quarter,regionId,centreId,score,rankInRegion,centresInRegion,previousScore,change,worstIndicators,csiScore/,
      );
      expect(cards.text.split('\r\n').filter(Boolean)).toHaveLength(4);
      const corr = await csv(`/v1/correlations?${JULY}`);
      expect(corr.text).toContain(
        'satisfaction-vs-waiting-time,hours from reception to completion,survey mean score (1-5),insufficient-data,5,,,,fewer than 10 samples',
      );
      expect((await csv('/v1/forecasts/service-demand')).text.split('\r\n')[0]).toBe(
        'centreId,regionId,kind,periodStart,value,lower,upper,method,mape',
      );
      expect((await csv('/v1/forecasts/parts-demand')).text.split('\r\n')[0]).toBe(
        'partId,locationId,kind,periodStart,value,lower,upper,method,mape',
      );
    });
  });

  it('quarterly scorecards: weighted score, rank within region, change against the previous quarter, worst three', async () => {
    const res = await as(h.app, analyst()).get('/v1/scorecards?quarter=2026-Q3');
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(
      (res.body.items as { centreId: string }[]).map((c) => [c.centreId, c]),
    ) as Record<string, Record<string, unknown>>;
    // c-n2 (o4: first-time fix, CSI 14/3, a promoter; o5: reworks, breach, complaint) scores 75.83;
    // c-n1 (a rework, a comeback, a breach, a detractor, a complaint in 3 orders) 60.83.
    expect(byId['c-n2']).toMatchObject({
      regionId: 'r-north',
      score: 75.83,
      rankInRegion: 1,
      centresInRegion: 2,
      previousScore: null,
      change: null,
    });
    expect(byId['c-n1']).toMatchObject({
      regionId: 'r-north',
      score: 60.83,
      rankInRegion: 2,
      centresInRegion: 2,
    });
    expect(byId['c-s1']).toMatchObject({ regionId: 'r-south', rankInRegion: 1, centresInRegion: 1 });
    // June's perfect order at c-n1 makes Q2 better than Q3.
    expect(byId['c-n1']!.previousScore).toBe(100);
    expect(byId['c-n1']!.change as number).toBeLessThan(0);
    expect(byId['c-n1']!.change).toBe(Math.round(((byId['c-n1']!.score as number) - 100) * 100) / 100);
    // c-s1: CSI 2 (25), NPS 3 -> -100 (0), complaint rate 1/2 (0): the worst three.
    expect(byId['c-s1']!.worstIndicators).toEqual(['complaintRate', 'nps', 'csi']);
    expect(res.body.weights).toMatchObject({ csi: 0.2, nps: 0.15 });
  });

  it('correlations report coefficient and sample size once there are enough samples', async () => {
    // August at c-n2: 12 orders, the longer the wait the lower the score; every second one reworked with a complaint.
    const events: AnyEvent[] = [];
    for (let i = 0; i < 12; i++) {
      const score = Math.max(1, 5 - Math.floor(i / 3));
      const orderId = `aug-${i}`;
      events.push(
        ...ev.orderStory({
          tenantId: 'tenant-a',
          orderId,
          centreId: 'c-n2',
          regionId: 'r-north',
          start: new Date(Date.UTC(2026, 7, 3 + i, 8)),
          completeAfter: 10 + 6 * i,
          rework: i % 2,
          survey: { product: score, service: score, purchase: score, nps: Math.min(10, 2 * score) },
        }).events,
      );
      if (i % 2 === 1)
        events.push(
          ...ev.complaintStory({
            tenantId: 'tenant-a',
            complaintId: `kc-${i}`,
            orderId,
            centreId: 'c-n2',
            category: 'repair-quality',
            at: new Date(Date.UTC(2026, 7, 20)),
            resolveAfterHours: 5,
          }),
        );
    }
    await seed(h.prisma, events, now);
    const res = await as(h.app, analyst()).get(
      '/v1/correlations?scope=centre&id=c-n2&from=2026-08-01&to=2026-08-31',
    );
    expect(res.status).toBe(200);
    const by = Object.fromEntries(
      (res.body.items as { name: string; result: Record<string, unknown> }[]).map((c) => [c.name, c.result]),
    );
    expect(by['satisfaction-vs-waiting-time']).toMatchObject({ status: 'ok', n: 12, strength: 'strong' });
    expect(by['satisfaction-vs-waiting-time']!.pearson as number).toBeLessThan(-0.9);
    expect(by['satisfaction-vs-waiting-time']!.spearman as number).toBeLessThan(-0.9);
    expect(by['complaints-vs-rework']).toMatchObject({ status: 'ok', n: 12, pearson: 1, spearman: 1 });
    // The same question for July at c-n1 has 3 samples: no claim.
    const july = await as(h.app, analyst()).get(`/v1/correlations?scope=centre&id=c-n1&${JULY}`);
    expect(july.body.items[0].result).toEqual({
      status: 'insufficient-data',
      n: 3,
      minSamples: 10,
      reason: 'fewer than 10 samples',
    });
  });

  describe('forecasts', () => {
    beforeAll(async () => {
      // 30 months of tyre demand at one location with a winter peak, and 20 weeks of orders at a new centre c-w1 in a 4-week cycle.
      const events: AnyEvent[] = [];
      const seasonal = [30, 25, 10, 5, 0, -5, -10, -10, 0, 10, 25, 35];
      for (let m = 0; m < 30; m++) {
        const at = new Date(Date.UTC(2024, 4 + m, 10, 9)); // May 2024 .. Oct 2026
        const quantity = 60 + (seasonal[(4 + m) % 12] as number);
        events.push(
          createEvent('repair.parts.requested', {
            producer: 'repair',
            tenantId: 'tenant-a',
            subject: `tyre-order-${m}`,
            occurredAt: at,
            data: {
              repairOrderId: `tyre-order-${m}`,
              requestId: `tyre-req-${m}`,
              centreId: 'c-s1',
              locationId: 'loc-south',
              quoteVersion: 1,
              priority: 'normal',
              neededBy: null,
              lines: [{ lineId: 'l1', partId: 'part-tyre', quantity }],
            },
          }),
        );
      }
      const weekStart = new Date('2026-06-29T08:00:00Z'); // a Monday, 20 weeks before 2026-11-16
      const cycle = [5, 3, 2, 2];
      for (let w = 0; w < 20; w++)
        for (let k = 0; k < (cycle[w % 4] as number); k++) {
          const start = new Date(weekStart.getTime() + w * 7 * 24 * H + k * H);
          events.push(
            ev.orderStory({
              tenantId: 'tenant-a',
              orderId: `wk-${w}-${k}`,
              centreId: 'c-w1',
              regionId: 'r-west',
              start,
              completed: false,
            }).events[0]!,
          );
        }
      await seed(h.prisma, events, now);
    }, 60_000);

    it('monthly parts demand per part and location: Holt-Winters with back-tested MAPE', async () => {
      const res = await as(h.app, analyst()).get('/v1/forecasts/parts-demand?partId=part-tyre&horizon=3');
      expect(res.status).toBe(200);
      const [f] = res.body.items;
      expect(f).toMatchObject({ partId: 'part-tyre', locationId: 'loc-south' });
      expect(f.history).toHaveLength(30);
      expect(f.forecast.method).toBe('holt-winters-additive');
      expect(f.forecast.points.map((p: { periodStart: string }) => p.periodStart)).toEqual([
        '2026-11-01',
        '2026-12-01',
        '2027-01-01',
      ]);
      expect(f.forecast.mape).toBeLessThan(0.05);
      // December's winter peak (60 + 35) is forecast well above November's (60 + 25) - 5.
      expect(f.forecast.points[1].value).toBeGreaterThan(f.forecast.points[0].value + 5);
    });

    it('weekly service demand per centre', async () => {
      const res = await as(h.app, analyst()).get(
        '/v1/forecasts/service-demand?centreId=c-w1&horizon=4&asOf=2026-11-18',
      );
      expect(res.status).toBe(200);
      const [f] = res.body.items;
      expect(f.centreId).toBe('c-w1');
      expect(f.history).toHaveLength(20);
      expect(f.forecast.method).toBe('holt-winters-additive');
      expect(f.forecast.points.map((p: { value: number }) => Math.round(p.value))).toEqual([5, 3, 2, 2]);
      expect(f.forecast.mape).toBe(0); // an exact cycle is forecast exactly
    });

    it('forecast parts demand is emitted as parts.demand (reason forecast) through the outbox, once per value', async () => {
      // Held back while the catalogue has not named the tyre: no fake part number goes out.
      const early = await as(h.app, analyst()).post('/v1/forecasts/parts-demand/emissions');
      expect(early.status).toBe(200);
      expect(early.body).toEqual({ emitted: 0, heldBack: 1 });
      expect(await h.prisma.outboxMessage.count({ where: { eventType: 'parts.demand' } })).toBe(0);
      await seed(h.prisma, [
        createEvent('part.registered', {
          producer: 'parts-procurement',
          tenantId: 'tenant-a',
          subject: 'part-tyre',
          data: {
            partId: 'part-tyre',
            partNumber: 'MI-205-55R16',
            description: 'Tyre 205/55 R16',
            category: 'tyres',
            unitOfMeasure: 'piece',
            abcClass: 'A',
            version: 1,
          },
        }),
      ]);
      const first = await as(h.app, analyst()).post('/v1/forecasts/parts-demand/emissions');
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ emitted: 1, heldBack: 0 });
      const rows = await h.prisma.outboxMessage.findMany({ where: { eventType: 'parts.demand' } });
      const tyre = rows
        .map((r) => r.payload as unknown as AnyEvent & { data: Record<string, unknown> })
        .find((e) => e.data.partId === 'part-tyre')!;
      expect(tyre).toMatchObject({
        producer: 'analytics',
        subject: 'part-tyre',
        data: {
          reason: 'forecast',
          partNumber: 'MI-205-55R16',
          unitOfMeasure: 'piece',
          locationId: 'loc-south',
          neededBy: '2026-12-01T00:00:00.000Z',
          forecast: { periodStart: '2026-12-01', periodEnd: '2026-12-31', method: 'holt-winters-additive' },
        },
      });
      expect(tyre.data.quantity as number).toBeGreaterThan(80);
      // July's brake pads (one month of history) are not forecast to procurement yet.
      expect(rows.map((r) => (r.payload as unknown as { data: { partId: string } }).data.partId)).toEqual([
        'part-tyre',
      ]);
      const again = await as(h.app, analyst()).post('/v1/forecasts/parts-demand/emissions');
      expect(again.body.emitted).toBe(0);
      expect(await h.prisma.outboxMessage.count({ where: { eventType: 'parts.demand' } })).toBe(rows.length);
      expect((await as(h.app, advisor()).post('/v1/forecasts/parts-demand/emissions')).status).toBe(403);
    });
  });
});
