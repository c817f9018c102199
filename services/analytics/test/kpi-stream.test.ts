// "Done when": a realistic stream published to Kafka produces the expected KPIs; delivering it
// twice, or with each aggregate's events in reverse order, changes no number; a rebuild (drop the
// read models, replay from the beginning under a fresh group) gives identical results; every
// closed and surveyed order gets exactly one service outcome on the public stream.
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import { readTopic, waitFor } from '@aftersales/testing';
import { rebuildReadModels } from '../src/application/rebuild';
import { sweepOnce } from '../src/application/sweep';
import { analyst, as, startHarness, type Harness } from './harness';
import { EXPECTED_CENTRE_N1, EXPECTED_TENANT, JULY, SURVEYED_CLOSED, julyStream } from './stream';

describe('KPIs from a stream of events (real Kafka and PostgreSQL)', () => {
  let h: Harness;
  const streamA = julyStream('tenant-a');
  const streamB = julyStream('tenant-b');

  const handled = (outcome: 'applied' | 'duplicate', tenantId: string) =>
    h.applied.filter((a) => a.outcome === outcome && a.event.tenantId === tenantId).length;
  const get = async (tenant: string, url: string) => {
    const res = await as(h.app, analyst(tenant)).get(url);
    expect(res.status).toBe(200);
    return res.body as Record<string, unknown>;
  };
  const views = async (tenant: string) => ({
    tenant: await get(tenant, `/v1/kpis?scope=tenant&${JULY}`),
    north: await get(tenant, `/v1/kpis?scope=region&id=r-north&${JULY}`),
    south: await get(tenant, `/v1/kpis?scope=region&id=r-south&${JULY}`),
    n1: await get(tenant, `/v1/kpis?scope=centre&id=c-n1&${JULY}`),
    n2: await get(tenant, `/v1/kpis?scope=centre&id=c-n2&${JULY}`),
    s1: await get(tenant, `/v1/kpis?scope=centre&id=c-s1&${JULY}`),
    scorecards: await get(tenant, '/v1/scorecards?quarter=2026-Q3'),
    correlations: await get(tenant, `/v1/correlations?${JULY}`),
  });
  const outcomeRows = (tenantId: string) =>
    h.prisma.outboxMessage.findMany({
      where: { eventType: 'analytics.service-outcome', payload: { path: ['tenantId'], equals: tenantId } },
    });

  beforeAll(async () => {
    h = await startHarness('analytics_stream', { kafka: true });
    await h.publish(streamA);
    await waitFor(
      async () => handled('applied', 'tenant-a') === streamA.length,
      `${streamA.length} events applied`,
      60_000,
    );
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('produces the expected KPIs for the tenant, a region and a centre', async () => {
    const tenant = await get('tenant-a', `/v1/kpis?scope=tenant&${JULY}`);
    expect(tenant).toMatchObject({
      scope: 'tenant',
      id: 'tenant-a',
      from: '2026-07-01',
      to: '2026-07-31',
      ...EXPECTED_TENANT,
    });
    expect(tenant.complaintsByCategory).toEqual([
      { category: 'billing', complaints: 1, rate: 0.142857 },
      { category: 'repair-quality', complaints: 1, rate: 0.142857 },
      { category: 'waiting-time', complaints: 1, rate: 0.142857 },
    ]);
    expect(tenant.stageDurations).toContainEqual({
      stage: 'RECEIVED',
      samples: 7,
      meanSeconds: 7714.286, // diagnosis hours of the completed orders (1+3+2+2+4+1+2 = 15) / 7
      meanStandardSeconds: 14_400,
      withinStandardRate: 1,
    });
    expect(await get('tenant-a', `/v1/kpis?scope=centre&id=c-n1&${JULY}`)).toMatchObject(EXPECTED_CENTRE_N1);
    const north = await get('tenant-a', `/v1/kpis?scope=region&id=r-north&${JULY}`);
    expect(north).toMatchObject({
      counts: { ordersOpened: 5, ordersCompleted: 5 },
      kpis: { responseTimeSeconds: 8640, firstTimeFixRate: 0.4, emergencyModeHours: null },
    });
    // Another month has none of it.
    const june = await get('tenant-a', '/v1/kpis?scope=tenant&from=2026-06-01&to=2026-06-30');
    expect(june.counts).toEqual({
      ordersOpened: 0,
      ordersCompleted: 0,
      surveys: 0,
      complaints: 0,
      rescues: 0,
    });
  });

  it('publishes exactly one complete service outcome per closed and surveyed order', async () => {
    const rows = await waitFor(async () => {
      const r = await outcomeRows('tenant-a');
      return r.length >= SURVEYED_CLOSED.length && r;
    }, 'outcomes');
    const outcomes = rows.map(
      (r) =>
        (r.payload as unknown as AnyEvent & { data: { repairOrderId: string; completeness: string } }).data,
    );
    expect(outcomes.map((o) => o.repairOrderId).sort()).toEqual(SURVEYED_CLOSED);
    expect(outcomes.every((o) => o.completeness === 'complete')).toBe(true);
    const o2 = rows.find((r) => r.key === 'o2')!.payload as unknown as { data: Record<string, unknown> };
    expect(o2.data).toMatchObject({
      centreId: 'c-n1',
      order: { responseSeconds: 10_800, reworkCount: 1, firstTimeFix: false, comeback: false },
      survey: { surveyId: 'survey-o2', product: 3, service: 4, purchase: 2, nps: 6 },
    });
    const onTopic = await readTopic(
      `${h.namespace}.${topicOf('analytics.service-outcome')}`,
      SURVEYED_CLOSED.length,
    );
    expect(onTopic.map((m) => m.key).sort()).toEqual(SURVEYED_CLOSED);
  });

  it('a second delivery of the whole stream changes nothing', async () => {
    const before = await views('tenant-a');
    await h.publish(streamA);
    await waitFor(async () => handled('duplicate', 'tenant-a') === streamA.length, 'duplicates seen', 60_000);
    expect(await views('tenant-a')).toEqual(before);
    expect(await outcomeRows('tenant-a')).toHaveLength(SURVEYED_CLOSED.length);
  });

  it('the same facts delivered in reverse order (completed before diagnosed, ...) give the same numbers', async () => {
    const reversed: AnyEvent[] = [...streamB].reverse();
    await h.publish(reversed);
    await waitFor(async () => handled('applied', 'tenant-b') === streamB.length, 'tenant-b applied', 60_000);
    const a = await views('tenant-a');
    const b = await views('tenant-b');
    expect(b.tenant).toEqual({ ...a.tenant, id: 'tenant-b' });
    expect(b.correlations).toEqual({ ...a.correlations, id: 'tenant-b' });
    for (const k of ['north', 'south', 'n1', 'n2', 's1', 'scorecards'] as const) expect(b[k]).toEqual(a[k]);
    const outcomesB = await waitFor(async () => {
      const r = await outcomeRows('tenant-b');
      return r.length >= SURVEYED_CLOSED.length && r;
    }, 'tenant-b outcomes');
    expect(outcomesB.map((r) => r.key).sort()).toEqual(SURVEYED_CLOSED);
  });

  it('the sweep emits grace-period outcomes and KPI snapshots once each', async () => {
    const later = new Date('2026-08-15T00:00:00Z'); // weeks after every closure
    const first = await sweepOnce({
      prisma: h.prisma,
      timeZone: h.timeZone,
      intervalMs: 1000,
      graceMs: 7 * 86_400_000,
      outcomes: h.outcomes,
      snapshots: true,
      forecastDemand: null,
      now: () => later,
    });
    // o5 is closed without a survey in both tenants (o7 is not closed, o8 not completed).
    expect(first.outcomes).toBe(2);
    // Per tenant: the tenant, 2 regions and 3 centres.
    expect(first.snapshots).toBe(12);
    const again = await sweepOnce({
      prisma: h.prisma,
      timeZone: h.timeZone,
      intervalMs: 1000,
      graceMs: 7 * 86_400_000,
      outcomes: h.outcomes,
      snapshots: true,
      forecastDemand: null,
      now: () => later,
    });
    expect(again).toEqual({ outcomes: 0, snapshots: 0, demand: 0 });
    const o5 = (await outcomeRows('tenant-a')).find((r) => r.key === 'o5')!.payload as unknown as {
      data: Record<string, unknown>;
    };
    expect(o5.data).toMatchObject({
      completeness: 'grace-period-expired',
      survey: null,
      order: { reworkCount: 2 },
    });
    expect((o5.data.complaints as { complaintId: string }[]).map((c) => c.complaintId)).toEqual(['k3']);
  });

  it('rebuild (drop the read models, replay from the beginning) gives identical results and re-publishes nothing', async () => {
    const before = { a: await views('tenant-a'), b: await views('tenant-b') };
    const outbox = await h.prisma.outboxMessage.count();
    await h.prisma.$executeRawUnsafe('DELETE FROM order_view'); // prove the views really are rebuilt
    const result = await rebuildReadModels({
      kafka: h.kafka!,
      prisma: h.prisma,
      producer: h.producer!,
      timeZone: h.timeZone,
      outcomes: h.outcomes,
      namespace: h.namespace,
      groupPrefix: `analytics-${h.namespace}`,
      quietMs: 3_000,
    });
    // Each distinct event once, plus the redelivered copies (recognised as the same facts).
    expect(result.events).toBe(2 * streamA.length + streamB.length);
    expect({ a: await views('tenant-a'), b: await views('tenant-b') }).toEqual(before);
    expect(await h.prisma.outboxMessage.count()).toBe(outbox);
    expect(await h.prisma.eventFact.count()).toBe(
      streamA.length + streamB.length - 2 * countIgnored(streamA),
    );
  }, 120_000);
});

/** Events analytics keeps no fact of (e.g. quotes): consumed and recorded in the inbox only. */
function countIgnored(events: readonly AnyEvent[]): number {
  return events.filter((e) => e.type === 'repair.order.quoted').length;
}
