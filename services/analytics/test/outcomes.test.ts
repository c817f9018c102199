// Service outcomes without Kafka: a closure and a survey committed without seeing each other are
// caught by the sweep (complete, not after the grace period); an order that is never surveyed
// goes out once the grace period has passed; nothing goes out twice.
import { type AnyEvent } from '@aftersales/contracts';
import { sweepOutcomes } from '../src/application/outcomes';
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
});
