// Fault 5: graceful shutdown (SIGTERM) under load. The customer service takes surveys over HTTP
// (8 concurrent clients, a new connection per request) while it consumes a burst of
// repair.order.delivered; it gets SIGTERM in the middle of both. Requests it had accepted must
// finish (no reset, no 5xx). New connections are refused; a connection opened just before the
// listener closed, whose request the service had not read yet, may be reset (Node closes it as
// idle; no service configures a drain delay): such a request must have had no effect, which the
// retry with the same Idempotency-Key then shows. The consumer must commit the offsets
// of everything it handled; after the restart the refused requests are retried with the same
// Idempotency-Key, the rest of the burst is consumed, and every count comes out exactly once.
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import {
  committedOffsets,
  count,
  eventMessage,
  query,
  rawProducer,
  readAll,
  report,
  sleep,
} from '../src/reconcile';
import { TENANT, customerWithVehicle, deliveredData, lowSurvey } from '../src/workload';

// The clients post until the service has exited, at most this many (150 once ran out before the
// consumer had handled its first deliveries, i.e. before SIGTERM: the load must outlast that).
const MAX_REQUESTS = 400;
const CONCURRENCY = 8;
const EVENTS = 150;

type Outcome = { status: number } | { error: string };

/** POST on a connection of its own (no keep-alive), so a refused connection is told apart from a reset. */
function post(url: string, token: string, key: string, body: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'idempotency-key': key,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end(payload);
  });
}

describe('fault 5: SIGTERM under load', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer'], 'faults-term', { env: { customer: { LOG_LEVEL: 'info' } } });
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('finishes accepted requests, commits offsets, and applies nothing twice after the restart', async () => {
    const db = p.database('customer').url;
    const group = `${p.namespace}.customer`;
    const orderTopic = `${p.namespace}.${topicOf('repair.order.delivered')}`;
    const ref = await customerWithVehicle(p.as(['service-advisor']));
    const token = await p.token(['service-advisor']);
    const url = `${p.serviceUrl('customer')}/v1/surveys`;
    const handled = () =>
      count(db, `SELECT count(*) FROM inbox_message WHERE event_type = 'repair.order.delivered'`);

    const work = Array.from({ length: MAX_REQUESTS }, () => ({ key: randomUUID(), body: lowSurvey(ref) }));
    const done: { outcome: Outcome; startedAt: number; endedAt: number }[] = Array(MAX_REQUESTS);
    let next = 0;
    let sigtermAt = Infinity;
    let exited = false;
    const client = async () => {
      while (next < MAX_REQUESTS && !exited) {
        const i = next++;
        const startedAt = Date.now();
        const outcome = await post(url, token, work[i]!.key, work[i]!.body);
        done[i] = { outcome, startedAt, endedAt: Date.now() };
        if ('error' in outcome) await sleep(50);
      }
    };

    const producer = await rawProducer(p.kafkaBrokers);
    const load = Promise.all(Array.from({ length: CONCURRENCY }, client));
    await producer.send(
      orderTopic,
      Array.from({ length: EVENTS }, () => {
        const d = deliveredData();
        return eventMessage(p.namespace, 'repair.order.delivered', {
          tenantId: TENANT,
          subject: d.repairOrderId,
          data: d,
        }).message;
      }),
    );
    await producer.disconnect();
    await waitFor(
      async () => done.filter(Boolean).length >= 20 && (await handled()) >= 10,
      'load and consumption under way',
      30_000,
      5,
    );

    sigtermAt = Date.now();
    const startedBeforeSigterm = next;
    const inFlightAtSigterm = startedBeforeSigterm - done.filter((o) => o && o.endedAt <= sigtermAt).length;
    await p.kill('customer', 'SIGTERM');
    const exitedAt = Date.now();
    exited = true;
    await load;
    const requests = next; // the bounded workload: every request issued
    const outcomes = done.slice(0, requests);
    const logs = p.logs('customer');
    const handledAtExit = await handled();
    const committedAtExit = await committedOffsets(p.kafkaBrokers, group, orderTopic);

    const ok = outcomes.filter((o) => 'status' in o.outcome && o.outcome.status === 201);
    const failedStatus = outcomes.filter((o) => 'status' in o.outcome && o.outcome.status !== 201);
    const errors = outcomes.filter((o) => 'error' in o.outcome);
    const errorKinds = [...new Set(errors.map((o) => (o.outcome as { error: string }).error))];
    const acceptedBeforeSigterm = outcomes.filter((o) => o.startedAt < sigtermAt && 'status' in o.outcome);
    const surveysAtExit = await count(db, `SELECT count(*) FROM survey`);
    // Which requests the service applied before it exited: a connection error on one of these
    // would be an accepted request whose answer was lost.
    const applied = new Set(
      (await query<{ repair_order_id: string }>(db, `SELECT repair_order_id FROM survey`)).map(
        (r) => r.repair_order_id,
      ),
    );
    const lostAnswers = outcomes.filter(
      (o, i) => 'error' in o.outcome && applied.has(work[i]!.body.repairOrderId),
    );
    const answeredNotApplied = outcomes.filter(
      (o, i) =>
        'status' in o.outcome && o.outcome.status === 201 && !applied.has(work[i]!.body.repairOrderId),
    );

    // Restart, retry what was refused (same keys), let the consumer finish the burst.
    await p.start('customer');
    const retried = await Promise.all(
      outcomes.map((o, i) =>
        'status' in o.outcome && o.outcome.status === 201
          ? undefined
          : post(url, token, work[i]!.key, work[i]!.body),
      ),
    );
    await waitFor(async () => (await handled()) === EVENTS, `all ${EVENTS} deliveries handled`, 60_000, 100);
    await waitFor(
      async () => (await count(db, `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`)) === 0,
      'outbox drained',
      30_000,
    );
    const surveys = await count(db, `SELECT count(*) FROM survey`);
    const outboxSurveys = await count(
      db,
      `SELECT count(*) FROM outbox_message WHERE event_type = 'survey.completed'`,
    );
    const surveyEvents = (await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('survey.completed')}`)).map(
      (m) => m.headers['event-id'],
    );
    const followUps = await count(db, `SELECT count(*) FROM follow_up`);
    const distinctFollowUps = await count(
      db,
      `SELECT count(*) FROM (SELECT DISTINCT repair_order_id, kind FROM follow_up) f`,
    );

    report(
      '5 SIGTERM under load',
      `SIGTERM customer with ${inFlightAtSigterm} requests in flight (${requests} surveys, ${CONCURRENCY} clients) and ${handledAtExit}/${EVENTS} deliveries consumed`,
      {
        requests,
        ok201BeforeExit: ok.length,
        non201: failedStatus.length,
        connectionErrors: errors.length,
        errorKinds: errorKinds.join('/') || 'none',
        resets: errors.filter((o) => (o.outcome as { error: string }).error === 'ECONNRESET').length,
        errorsWithEffect: lostAnswers.length,
        acceptedBeforeSigterm: acceptedBeforeSigterm.length,
        surveysAtExit,
        shutdownMs: exitedAt - sigtermAt,
        handledAtExit,
        committedAtExit,
        retriedAfterRestart: retried.filter(Boolean).length,
        retried201: retried.filter((r) => r && 'status' in r && r.status === 201).length,
        surveyRows: surveys,
        outboxSurveyCompleted: outboxSurveys,
        surveyCompletedOnTopic: surveyEvents.length,
        distinctOnTopic: new Set(surveyEvents).size,
        inbox: await handled(),
        followUps,
        distinctFollowUps,
      },
    );

    expect(inFlightAtSigterm).toBeGreaterThan(0);
    expect(logs).toContain('shutdown complete');
    // Requests the service took before SIGTERM all finished, none with a 5xx or a reset.
    expect(failedStatus.map((o) => (o.outcome as { status: number }).status)).toEqual([]);
    expect(acceptedBeforeSigterm.every((o) => (o.outcome as { status: number }).status === 201)).toBe(true);
    // Connection errors (refused, or reset before the service read the request) took no effect.
    expect(lostAnswers).toHaveLength(0);
    expect(answeredNotApplied).toHaveLength(0);
    expect(errorKinds.filter((k) => k !== 'ECONNREFUSED' && k !== 'ECONNRESET')).toEqual([]);
    // What was answered 201 is exactly what is in the database at exit.
    expect(surveysAtExit).toBe(ok.length);
    // Offsets of everything handled were committed on the way out.
    expect(committedAtExit).toBe(handledAtExit);
    expect(handledAtExit).toBeLessThan(EVENTS);
    // After restart and retries: every operation exactly once.
    expect(retried.filter(Boolean).every((r) => r && 'status' in r && r.status === 201)).toBe(true);
    expect(requests).toBeLessThan(MAX_REQUESTS); // the load was still running when the service exited
    expect(surveys).toBe(requests);
    expect(outboxSurveys).toBe(requests);
    expect(new Set(surveyEvents).size).toBe(requests);
    expect(await handled()).toBe(EVENTS);
    expect(followUps).toBe(2 * EVENTS);
    expect(distinctFollowUps).toBe(2 * EVENTS);
  });
});
