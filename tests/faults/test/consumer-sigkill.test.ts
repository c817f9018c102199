// Fault 2: a consumer service SIGKILLed in the middle of a burst and restarted. The customer
// service consumes repair.order.delivered and schedules two follow-ups per delivery (a call and a
// maintenance reminder), emitting followup.scheduled through its outbox. Whatever it had handled
// but not yet committed to Kafka is delivered again after the restart; its inbox must absorb that.
import { topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import { committedOffsets, count, eventMessage, rawProducer, readAll, report } from '../src/reconcile';
import { TENANT, deliveredData } from '../src/workload';

const N = 120;

describe('fault 2: consumer SIGKILLed mid-batch', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer'], 'faults-kill');
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('loses no effect and applies none twice', async () => {
    const db = p.database('customer').url;
    const group = `${p.namespace}.customer`;
    const orderTopic = `${p.namespace}.${topicOf('repair.order.delivered')}`;
    const handled = () =>
      count(db, `SELECT count(*) FROM inbox_message WHERE event_type = 'repair.order.delivered'`);

    const producer = await rawProducer(p.kafkaBrokers);
    const burst = Array.from({ length: N }, () => {
      const d = deliveredData();
      return eventMessage(p.namespace, 'repair.order.delivered', {
        tenantId: TENANT,
        subject: d.repairOrderId,
        data: d,
      });
    });
    await producer.send(
      orderTopic,
      burst.map((b) => b.message),
    );
    await producer.disconnect();

    // SIGKILL once a part of the burst went through, while the rest is still being handled.
    await waitFor(async () => (await handled()) >= N / 5, 'the consumer handling the burst', 30_000, 5);
    await p.kill('customer', 'SIGKILL');
    const handledAtKill = await handled();
    const committedAtKill = await committedOffsets(p.kafkaBrokers, group, orderTopic);
    expect(handledAtKill).toBeLessThan(N); // really mid-batch

    const restartAt = Date.now();
    await p.start('customer');
    await waitFor(
      async () => (await handled()) === N,
      `all ${N} deliveries handled after restart`,
      60_000,
      100,
    );
    const caughtUpMs = Date.now() - restartAt;
    await waitFor(
      async () => (await count(db, `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`)) === 0,
      'outbox drained',
      30_000,
    );

    const followUps = await count(db, `SELECT count(*) FROM follow_up`);
    const distinctFollowUps = await count(
      db,
      `SELECT count(*) FROM (SELECT DISTINCT repair_order_id, kind FROM follow_up) f`,
    );
    const ordersWithFollowUps = await count(db, `SELECT count(DISTINCT repair_order_id) FROM follow_up`);
    const outboxScheduled = await count(
      db,
      `SELECT count(*) FROM outbox_message WHERE event_type = 'followup.scheduled'`,
    );
    const onTopic = (await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('followup.scheduled')}`)).filter(
      (m) => m.headers['event-type'] === 'followup.scheduled',
    );
    const distinctOnTopic = new Set(onTopic.map((m) => m.headers['event-id'])).size;
    const committedAfter = await committedOffsets(p.kafkaBrokers, group, orderTopic);

    report(
      '2 consumer SIGKILL',
      `SIGKILL customer after ${handledAtKill}/${N} repair.order.delivered handled`,
      {
        produced: N,
        handledAtKill,
        committedAtKill,
        redeliveredAfterRestart: Math.max(0, handledAtKill - committedAtKill),
        inbox: await handled(),
        followUps,
        distinctFollowUps,
        ordersWithFollowUps,
        outboxFollowupScheduled: outboxScheduled,
        followupScheduledOnTopic: onTopic.length,
        distinctOnTopic,
        committedAfter,
        caughtUpMsAfterRestart: caughtUpMs,
      },
    );

    expect(await handled()).toBe(N);
    expect(followUps).toBe(2 * N);
    expect(distinctFollowUps).toBe(2 * N);
    expect(ordersWithFollowUps).toBe(N);
    expect(outboxScheduled).toBe(2 * N);
    expect(distinctOnTopic).toBe(2 * N);
    await waitFor(
      async () => (await committedOffsets(p.kafkaBrokers, group, orderTopic)) === N,
      'offsets of the whole burst committed',
      15_000,
    );
  });
});
