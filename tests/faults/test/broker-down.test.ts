// Fault 10: the Kafka broker stopped for 60 s (a clean stop, as for maintenance or a failed
// upgrade, unlike fault 1's SIGKILL) while every service runs behind the gateway. The suite runs
// its own broker (src/broker.ts), so the one other suites share is never touched. During the
// outage every service must stay ready (readiness checks the database only: the outbox absorbs a
// broker outage) and keep taking writes; afterwards every event must arrive and every consumer's
// effect be applied once: surveys open complaints, approved orders get their parts reserved, and
// analytics sees all of it. No service may restart (the same processes before and after).
import { dlqTopicOf, topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { idempotencyKey, startPlatform, type Platform, type ServiceName } from '../../e2e/src/platform';
import { startOwnBroker, type OwnBroker } from '../src/broker';
import {
  expectEachOrderReservedOnce,
  ordersWithPartsReserved,
  partsCounts,
  reconcileParts,
  reservationCount,
} from '../src/parts';
import { count, query, readAll, report, sleep } from '../src/reconcile';
import { approvedOrder, lowSurvey, partsWorkshop, type ApprovedOrder } from '../src/workload';

const SERVICES: ServiceName[] = ['customer', 'repair', 'parts-procurement', 'complaint', 'analytics'];
const OUTAGE_MS = 60_000;
// Writes during the outage: one order to approval and one survey every WRITE_EVERY_MS.
const WRITE_EVERY_MS = 6_000;
const BEFORE = 2;
const AFTER = 2;

describe('fault 10: Kafka broker down for a minute', () => {
  let broker: OwnBroker;
  let p: Platform;
  beforeAll(async () => {
    broker = await startOwnBroker();
    p = await startPlatform(SERVICES, 'faults-brkdown', { kafkaBrokers: broker.brokers });
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
    await broker?.destroy();
  });

  it('stays ready and takes writes while the broker is down, and delivers everything after', async () => {
    const advisor = p.as(['service-advisor']);
    const w = await partsWorkshop(p, 200);
    const orders: ApprovedOrder[] = [];
    const surveyStatuses: number[] = [];
    const approve = async () => orders.push(await approvedOrder(p, w));
    const survey = async () =>
      surveyStatuses.push((await advisor.post('/v1/surveys', lowSurvey(w), idempotencyKey())).status);
    const complaintDb = p.database('complaint').url;
    const complaints = () => count(complaintDb, `SELECT count(*) FROM complaint WHERE channel = 'survey'`);
    const ready = (url: string) =>
      fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.status,
        () => 0, // no answer at all
      );
    // Analytics reads the same streams: one inbox row per event of the flow, whatever the outage did.
    const analyticsInbox = async () =>
      Object.fromEntries(
        (
          await query<{ event_type: string; n: string }>(
            p.database('analytics').url,
            `SELECT event_type, count(*)::text AS n FROM inbox_message
              WHERE event_type IN ('survey.completed', 'complaint.registered', 'repair.parts.requested', 'parts.reserved')
              GROUP BY event_type ORDER BY event_type`,
          )
        ).map((r) => [r.event_type, Number(r.n)]),
      );
    // A failure says where things stood: which processes still run, and their last log lines.
    const explain = (err: Error, state: string): never => {
      const alive = Object.fromEntries(SERVICES.map((s) => [s, p.pid(s) ?? 'exited']));
      throw new Error(
        `${err.message}: ${state} pids=${JSON.stringify(alive)}\n` +
          SERVICES.map((s) => `${s} log:\n${p.logs(s).slice(-3_000)}`).join('\n'),
      );
    };
    const pending = (s: ServiceName) =>
      count(p.database(s).url, `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`);
    const readinessUrls = [...SERVICES.map((s) => p.serviceUrl(s)), p.gatewayUrl];

    for (let i = 0; i < BEFORE; i++) {
      await approve();
      await survey();
    }
    // Healthy before the fault: the whole flow went through.
    await waitFor(
      async () => (await reservationCount(p)) === BEFORE && (await complaints()) === BEFORE,
      'the flow before the outage',
      30_000,
    );
    const pids = Object.fromEntries([...SERVICES, 'api-gateway' as const].map((s) => [s, p.pid(s)]));

    const brokerPid = broker.pid();
    const stopBegan = Date.now();
    await broker.stop();
    const outageStarted = Date.now();
    const stopMs = outageStarted - stopBegan; // the broker's controlled shutdown
    const readiness: number[] = [];
    let duringOrders = 0;
    const duringStatuses: number[] = [];
    let nextWrite = outageStarted;
    while (Date.now() - outageStarted < OUTAGE_MS) {
      readiness.push(...(await Promise.all(readinessUrls.map(ready))));
      if (Date.now() >= nextWrite && Date.now() - outageStarted < OUTAGE_MS - 5_000) {
        nextWrite += WRITE_EVERY_MS;
        await approve().catch((err: Error) => explain(err, 'a write during the outage failed'));
        await survey();
        duringOrders += 1;
        duringStatuses.push(...orders.at(-1)!.statuses, surveyStatuses.at(-1)!);
      }
      await sleep(1_000);
    }
    const pendingDuring = { customer: await pending('customer'), repair: await pending('repair') };
    const downMs = Date.now() - outageStarted;
    await broker.restart();
    const restartedAt = Date.now();
    const restartMs = restartedAt - outageStarted - downMs;
    for (let i = 0; i < AFTER; i++) {
      await approve();
      await survey();
    }
    const n = orders.length;
    const expectedAnalytics = () => ({
      'complaint.registered': surveyStatuses.length,
      'parts.reserved': n,
      'repair.parts.requested': n,
      'survey.completed': surveyStatuses.length,
    });

    // When each consumer's effects were complete, counted from the broker's return.
    const caughtUp: Record<'outboxes' | 'complaints' | 'reservations' | 'analytics', number | undefined> = {
      outboxes: undefined,
      complaints: undefined,
      reservations: undefined,
      analytics: undefined,
    };
    const done = async (key: keyof typeof caughtUp, check: () => Promise<boolean>) => {
      if (caughtUp[key] === undefined && (await check())) caughtUp[key] = Date.now() - restartedAt;
    };
    await waitFor(
      async () => {
        await done('outboxes', async () => (await pending('customer')) + (await pending('repair')) === 0);
        await done('complaints', async () => (await complaints()) === surveyStatuses.length);
        await done(
          'reservations',
          async () => (await reservationCount(p)) === n && (await ordersWithPartsReserved(p)) === n,
        );
        await done(
          'analytics',
          async () => JSON.stringify(await analyticsInbox()) === JSON.stringify(expectedAnalytics()),
        );
        return Object.values(caughtUp).every((ms) => ms !== undefined);
      },
      'every order reserved, every survey a complaint, analytics caught up',
      90_000,
      250,
    ).catch(async (err: Error) =>
      explain(
        err,
        `${JSON.stringify(caughtUp)} reservations=${await reservationCount(p)}/${n} complaints=${await complaints()}/${surveyStatuses.length}`,
      ),
    );
    const caughtUpMs = Date.now() - restartedAt;
    for (const s of SERVICES)
      await waitFor(async () => (await pending(s)) === 0, `${s} outbox drained`, 30_000);

    const parts = await reconcileParts(p, w, orders);
    const surveysOnTopic = (
      await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('survey.completed')}`)
    ).filter((m) => m.headers['event-type'] === 'survey.completed');
    const surveyDlq = (
      await readAll(p.kafkaBrokers, `${p.namespace}.${dlqTopicOf(topicOf('survey.completed'))}`)
    ).length;
    const surveyRows = await count(p.database('customer').url, `SELECT count(*) FROM survey`);
    const distinctSources = await count(
      complaintDb,
      `SELECT count(DISTINCT source_event_id) FROM complaint WHERE channel = 'survey'`,
    );
    const analyticsSeen = await analyticsInbox();
    const writeStatuses = [...orders.flatMap((o) => o.statuses), ...surveyStatuses];
    const samePids = [...SERVICES, 'api-gateway' as const].filter((s) => p.pid(s) === pids[s]);

    report(
      '10 broker down',
      `kafka.sh stop (pid ${brokerPid}, ${(stopMs / 1000).toFixed(1)} s), down ${(downMs / 1000).toFixed(1)} s + ${(restartMs / 1000).toFixed(1)} s restart, ${duringOrders} orders approved and ${duringOrders} surveys during it, restart, ${AFTER} + ${AFTER} more`,
      {
        readinessChecksDuring: readiness.length,
        readinessNot200: readiness.filter((s) => s !== 200).length,
        writesDuring: duringStatuses.length,
        writesDuringOk: duringStatuses.filter((s) => s === 200 || s === 201).length,
        writesOk: writeStatuses.filter((s) => s === 200 || s === 201).length,
        writes: writeStatuses.length,
        customerOutboxPendingDuring: pendingDuring.customer,
        repairOutboxPendingDuring: pendingDuring.repair,
        orders: n,
        ...partsCounts(parts),
        surveys: surveyRows,
        surveyCompletedOnTopic: surveysOnTopic.length,
        complaints: await complaints(),
        distinctSourceEvents: distinctSources,
        surveyDlq,
        analyticsSurveys: analyticsSeen['survey.completed'] ?? 0,
        analyticsComplaints: analyticsSeen['complaint.registered'] ?? 0,
        analyticsPartsRequests: analyticsSeen['repair.parts.requested'] ?? 0,
        analyticsPartsReserved: analyticsSeen['parts.reserved'] ?? 0,
        outboxesDrainedMs: caughtUp.outboxes!,
        complaintsMs: caughtUp.complaints!,
        reservationsMs: caughtUp.reservations!,
        analyticsMs: caughtUp.analytics!,
        caughtUpMsAfterRestart: caughtUpMs,
        // Consumers kafkajs gave up on that libs/kafka restarted (see docs/reliability.md, fault 10).
        consumerRestartsAfterCrash: SERVICES.reduce(
          (sum, s) => sum + p.logs(s).split('gave up during a broker outage; restarting it').length - 1,
          0,
        ),
        samePids: `${samePids.length}/${SERVICES.length + 1}`,
      },
    );

    expect(readiness.length).toBeGreaterThanOrEqual(readinessUrls.length * 30);
    expect(readiness.filter((s) => s !== 200)).toEqual([]);
    expect(duringOrders).toBeGreaterThanOrEqual(5);
    expect(writeStatuses.every((s) => s === 200 || s === 201)).toBe(true);
    // The events really waited in the outboxes during the outage.
    expect(pendingDuring.customer).toBeGreaterThanOrEqual(duringOrders);
    expect(pendingDuring.repair).toBeGreaterThanOrEqual(duringOrders);
    expectEachOrderReservedOnce(parts);
    const s = surveyStatuses.length;
    expect(surveyRows).toBe(s);
    expect(new Set(surveysOnTopic.map((m) => m.headers['event-id'])).size).toBe(s);
    expect(await complaints()).toBe(s);
    expect(distinctSources).toBe(s);
    expect(surveyDlq).toBe(0);
    expect(analyticsSeen).toEqual(expectedAnalytics());
    expect(samePids).toEqual([...SERVICES, 'api-gateway']);
  }, 240_000);
});
