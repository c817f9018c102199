// Service outcomes without Kafka: a closure and a survey committed without seeing each other are
// caught by the sweep (complete, not after the grace period); an order that is never surveyed
// goes out once the grace period has passed; nothing goes out twice.
import { type AnyEvent } from '@aftersales/contracts';
import { emitOutcomeIfDue, emitOutcomesIfDue, sweepOutcomes } from '../src/application/outcomes';
import { projectBatch } from '../src/events/project-batch';
import * as ev from './events';
import { seed, startHarness, type Harness } from './harness';

describe('service outcome emission', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('analytics_outcomes');
  });
  afterAll(async () => {
    await h?.close();
  });

  const outcomes = async () =>
    (
      await h.prisma.outboxMessage.findMany({
        where: { eventType: 'analytics.service-outcome' },
        orderBy: { seq: 'asc' },
      })
    ).map(
      (r) => r.payload as unknown as AnyEvent & { data: { repairOrderId: string; completeness: string } },
    );
  const start = new Date('2026-09-01T08:00:00Z');
  const grace = 72 * 3_600_000;

  it('a surveyed order missed by the consumer is emitted complete by the next sweep', async () => {
    const story = ev.orderStory({
      tenantId: 't',
      orderId: 'race',
      centreId: 'c',
      regionId: 'r',
      start,
      survey: { product: 4, service: 4, purchase: 4, nps: 9 },
    });
    // Projection only (as two concurrent transactions would leave it): no outcome emitted.
    await h.prisma.$transaction((tx) => projectBatch(tx, story.events, 'UTC'));
    expect(await outcomes()).toHaveLength(0);
    const justAfter = new Date(story.closedAt!.getTime() + 60_000);
    expect(await sweepOutcomes(h.prisma, grace, justAfter, h.outcomes)).toBe(1);
    expect((await outcomes()).map((o) => [o.data.repairOrderId, o.data.completeness])).toEqual([
      ['race', 'complete'],
    ]);
  });

  it('an unsurveyed order waits for the grace period, then goes out once', async () => {
    const story = ev.orderStory({ tenantId: 't', orderId: 'quiet', centreId: 'c', regionId: 'r', start });
    await seed(h.prisma, story.events, story.closedAt!);
    const closedAt = story.closedAt!.getTime();
    expect(await sweepOutcomes(h.prisma, grace, new Date(closedAt + grace - 1000), h.outcomes)).toBe(0);
    expect(await sweepOutcomes(h.prisma, grace, new Date(closedAt + grace), h.outcomes)).toBe(1);
    expect(await sweepOutcomes(h.prisma, grace, new Date(closedAt + 2 * grace), h.outcomes)).toBe(0);
    // A survey arriving after the grace outcome changes nothing on the stream.
    await seed(
      h.prisma,
      ev
        .orderStory({
          tenantId: 't',
          orderId: 'quiet',
          centreId: 'c',
          regionId: 'r',
          start,
          survey: { product: 5, service: 5, purchase: 5, nps: 10 },
        })
        .events.slice(-1),
    );
    const all = await outcomes();
    expect(all.filter((o) => o.data.repairOrderId === 'quiet').map((o) => o.data.completeness)).toEqual([
      'grace-period-expired',
    ]);
  });

  it('an order that is completed but not closed never gets an outcome', async () => {
    const story = ev.orderStory({
      tenantId: 't',
      orderId: 'open',
      centreId: 'c',
      regionId: 'r',
      start,
      closed: false,
      survey: { product: 5, service: 5, purchase: 5, nps: 10 },
    });
    await seed(h.prisma, story.events);
    expect(await sweepOutcomes(h.prisma, grace, new Date('2027-01-01T00:00:00Z'), h.outcomes)).toBe(0);
    expect((await outcomes()).some((o) => o.data.repairOrderId === 'open')).toBe(false);
  });

  it('emitting many orders at once says exactly what emitting them one by one says', async () => {
    const tenantId = 'many';
    const base = { tenantId, centreId: 'c', regionId: 'r', start };
    const survey = { product: 4, service: 5, purchase: 3, nps: 8 };
    const stories = [
      ev.orderStory({ ...base, orderId: 'm1', survey }),
      // The same customer and vehicle twice: one pseudonym each, shared.
      ev.orderStory({ ...base, orderId: 'm2', survey, customerId: 'cust-m1', vehicleId: 'veh-m1' }),
      ev.orderStory({ ...base, orderId: 'm3', survey, rework: 1 }),
      ev.orderStory({ ...base, orderId: 'm4' }), // closed, never surveyed
      ev.orderStory({ ...base, orderId: 'm5', survey, closed: false }),
    ];
    const complaint = ev.complaintStory({
      tenantId,
      complaintId: 'k-m3',
      orderId: 'm3',
      centreId: 'c',
      category: 'repair-quality',
      at: new Date(start.getTime() + 3 * 86_400_000),
      resolveAfterHours: 24,
    });
    await h.prisma.$transaction((tx) =>
      projectBatch(tx, [...stories.flatMap((s) => s.events), ...complaint], 'UTC'),
    );
    const orders = ['m1', 'm2', 'm3', 'm4', 'm5', 'unknown'].map((repairOrderId) => ({
      tenantId,
      repairOrderId,
    }));
    const now = new Date('2026-12-01T00:00:00Z');
    // Envelope ids are drawn per emission; everything else, pseudonyms included, must match.
    const said = async () =>
      (
        await h.prisma.outboxMessage.findMany({
          where: { eventType: 'analytics.service-outcome', key: { in: orders.map((o) => o.repairOrderId) } },
          orderBy: { seq: 'asc' },
        })
      ).map((r) => {
        const { id: _id, correlationId: _c, causationId: _k, ...rest } = r.payload as Record<string, unknown>;
        return { topic: r.topic, subject: String(rest.subject), ...rest };
      });
    const forget = () =>
      h.prisma.$transaction([
        h.prisma.serviceOutcomeLog.deleteMany({ where: { tenantId } }),
        h.prisma.outboxMessage.deleteMany({ where: { key: { in: orders.map((o) => o.repairOrderId) } } }),
      ]);

    // The third round inside a v1 window: each outcome also goes out as version 1.
    const v1Window = { ...h.outcomes, v1Until: new Date('2027-06-01T00:00:00Z') };
    for (const [mode, publishing] of [
      ['complete', h.outcomes],
      ['grace', h.outcomes],
      ['complete', v1Window],
    ] as const) {
      await forget();
      let oneByOne = 0;
      for (const o of orders)
        if (
          await h.prisma.$transaction((tx) =>
            emitOutcomeIfDue(tx, tenantId, o.repairOrderId, mode, now, publishing),
          )
        )
          oneByOne++;
      const expected = await said();
      await forget();
      const atOnce = await h.prisma.$transaction((tx) =>
        emitOutcomesIfDue(tx, orders, mode, now, publishing),
      );
      expect(atOnce).toBe(oneByOne);
      expect(await said()).toEqual(expected);
      const subjects = mode === 'complete' ? ['m1', 'm2', 'm3'] : ['m1', 'm2', 'm3', 'm4'];
      expect(expected.map((e) => e.subject)).toEqual(
        publishing === v1Window ? subjects.flatMap((o) => [o, o]) : subjects,
      );
      // Nothing twice.
      expect(await h.prisma.$transaction((tx) => emitOutcomesIfDue(tx, orders, mode, now, publishing))).toBe(
        0,
      );
    }
  });
});
