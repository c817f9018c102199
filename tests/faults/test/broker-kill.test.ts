// Fault 1: the Kafka broker SIGKILLed in the middle of a workload and restarted. The suite runs its
// own broker (deploy/kafka/kafka.sh on its own port and data directory), so the broker every other
// suite shares is never touched. Workload: low surveys through the gateway (customer service);
// each emits survey.completed through the outbox, and the complaint service opens a complaint
// for each. Writes during the outage must succeed (the outbox holds the events); after the
// restart every event must arrive and every complaint be opened, once.
import { topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { idempotencyKey, startPlatform, type Platform } from '../../e2e/src/platform';
import { startOwnBroker, type OwnBroker } from '../src/broker';
import { count, readAll, report, sleep } from '../src/reconcile';
import { customerWithVehicle, lowSurvey } from '../src/workload';

const BEFORE = 15;
const DURING = 20;
const AFTER = 15;
const N = BEFORE + DURING + AFTER;

describe('fault 1: Kafka broker killed mid-workload', () => {
  let broker: OwnBroker;
  let p: Platform;
  beforeAll(async () => {
    broker = await startOwnBroker();
    p = await startPlatform(['customer', 'complaint'], 'faults-broker', { kafkaBrokers: broker.brokers });
  });
  afterAll(async () => {
    await p?.stop();
    await broker?.destroy();
  });

  it('keeps taking writes while the broker is down and delivers every event after it returns', async () => {
    const advisor = p.as(['service-advisor']);
    const customerDb = p.database('customer').url;
    const complaintDb = p.database('complaint').url;
    const ref = await customerWithVehicle(advisor);
    const statuses: number[] = [];
    const survey = async () => {
      const res = await advisor.post('/v1/surveys', lowSurvey(ref), idempotencyKey());
      statuses.push(res.status);
      return res.status;
    };
    const pending = () => count(customerDb, `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`);

    for (let i = 0; i < BEFORE; i++) await survey();

    const killedPid = broker.pid();
    await broker.kill();
    const outageStarted = Date.now();
    const duringStatuses: number[] = [];
    for (let i = 0; i < DURING; i++) duringStatuses.push(await survey());
    const heldInOutbox = await pending();
    // Give the relay and the consumers time to notice and back off while the broker is gone.
    await sleep(Math.max(0, 3_000 - (Date.now() - outageStarted)));
    await broker.restart();
    const outageMs = Date.now() - outageStarted;

    const restartedAt = Date.now();
    for (let i = 0; i < AFTER; i++) await survey();

    // A consumer that gave up during the outage would exit (onFatal) and need a restart; the
    // test wants both services to ride it out.
    const complaints = () => count(complaintDb, `SELECT count(*) FROM complaint WHERE channel = 'survey'`);
    await waitFor(async () => (await complaints()) === N, `${N} complaints opened`, 90_000, 250).catch(
      async (err: Error) => {
        // Say where the events stopped: still in the outbox, on the topic, or not consumed.
        const onTopic = await readAll(broker.brokers, `${p.namespace}.${topicOf('survey.completed')}`).catch(
          (e: Error) => e.message,
        );
        throw new Error(
          `${err.message}: complaints=${await complaints()} outboxPending=${await pending()} ` +
            `onTopic=${typeof onTopic === 'string' ? onTopic : onTopic.length} ` +
            `customerPid=${p.pid('customer')} complaintPid=${p.pid('complaint')}\n` +
            `customer log:\n${p.logs('customer').slice(-4_000)}\ncomplaint log:\n${p.logs('complaint').slice(-4_000)}`,
        );
      },
    );
    const caughtUpMs = Date.now() - restartedAt;
    await waitFor(async () => (await pending()) === 0, 'customer outbox drained', 30_000);

    const surveys = await count(customerDb, `SELECT count(*) FROM survey`);
    const outboxSurveys = await count(
      customerDb,
      `SELECT count(*) FROM outbox_message WHERE event_type = 'survey.completed'`,
    );
    const onTopic = (await readAll(broker.brokers, `${p.namespace}.${topicOf('survey.completed')}`)).filter(
      (m) => m.headers['event-type'] === 'survey.completed',
    );
    const distinctOnTopic = new Set(onTopic.map((m) => m.headers['event-id'])).size;
    const inbox = await count(
      complaintDb,
      `SELECT count(*) FROM inbox_message WHERE event_type = 'survey.completed'`,
    );
    const distinctSources = await count(
      complaintDb,
      `SELECT count(DISTINCT source_event_id) FROM complaint WHERE channel = 'survey'`,
    );
    const complaintCount = await complaints();

    report(
      '1 broker SIGKILL',
      `SIGKILL broker pid ${killedPid} after ${BEFORE} surveys, ${DURING} surveys during a ${(outageMs / 1000).toFixed(1)} s outage, restart, ${AFTER} more`,
      {
        surveysAccepted: statuses.filter((s) => s === 201).length,
        acceptedDuringOutage: duringStatuses.filter((s) => s === 201).length,
        heldInOutboxDuringOutage: heldInOutbox,
        surveyRows: surveys,
        outboxSurveyCompleted: outboxSurveys,
        surveyCompletedOnTopic: onTopic.length,
        distinctOnTopic,
        complaintInbox: inbox,
        complaints: complaintCount,
        distinctSourceEvents: distinctSources,
        allComplaintsMsAfterRestart: caughtUpMs,
        customerPid: p.pid('customer') ?? 'exited',
        complaintPid: p.pid('complaint') ?? 'exited',
      },
    );

    expect(statuses).toEqual(Array(N).fill(201));
    expect(heldInOutbox).toBeGreaterThanOrEqual(DURING);
    expect(surveys).toBe(N);
    expect(outboxSurveys).toBe(N);
    expect(distinctOnTopic).toBe(N);
    expect(inbox).toBe(N);
    expect(complaintCount).toBe(N);
    expect(distinctSources).toBe(N);
    // Both services survived the outage without a restart.
    expect(p.pid('customer')).toBeDefined();
    expect(p.pid('complaint')).toBeDefined();
  });
});
