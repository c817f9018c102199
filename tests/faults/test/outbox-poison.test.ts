// Fault 9: a poison row in a producing service's outbox: an event for a topic that does not exist
// on the broker (as when a release emits a new event type before the operator created its topic,
// with KAFKA_ENSURE_TOPICS off). The customer service runs with OUTBOX_MAX_ATTEMPTS=3. The relay
// must isolate the row (retry it alone, park it after 3 attempts, show it in
// aftersales_outbox_parked), hold back the later events of the same aggregate (the customer, its
// Kafka key) so they never overtake it, and keep publishing every other aggregate's events: the
// surveys taken through the gateway meanwhile must open their complaints. After the fix (the topic
// is created) the operator replays the row with the outbox-replay bin, and the parked row and the
// rows that waited behind it are published, in order.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { topicOf, topics } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { idempotencyKey, ifMatch, startPlatform, type Platform } from '../../e2e/src/platform';
import { count, kafkaOn, metric, query, readAll, report, sleep } from '../src/reconcile';
import { TENANT, customerWithVehicle, lowSurvey } from '../src/workload';

const run = promisify(execFile);
const replayBin = path.resolve(__dirname, '../../../libs/kafka/bin/outbox-replay.js');
const MAX_ATTEMPTS = 3;
const SURVEYS = 12;
const UPDATES = 2;
// Not in the topic registry, so not created under the namespace: the broker refuses it.
const MISSING_TOPIC = 'aftersales.customer.loyalty.v1';

interface OutboxRow {
  seq: string;
  event_type: string;
  attempts: number;
  parked: boolean;
  published: boolean;
  published_at: Date | null;
}

describe('fault 9: a poison row in the outbox', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer', 'complaint'], 'faults-outbox', {
      env: { customer: { OUTBOX_MAX_ATTEMPTS: String(MAX_ATTEMPTS) } },
    });
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('parks the row, holds its key back, keeps other aggregates flowing, and replays in order after the fix', async () => {
    expect(topics.map((t) => t.name)).not.toContain(MISSING_TOPIC);
    const advisor = p.as(['service-advisor']);
    const db = p.database('customer').url;
    const complaintDb = p.database('complaint').url;
    const customerUrl = p.serviceUrl('customer');
    const replay = (...args: string[]) =>
      run('node', [replayBin, ...args], { env: { ...process.env, DATABASE_URL: db }, timeout: 30_000 });
    const unpublished = () => count(db, `SELECT count(*) FROM outbox_message WHERE published_at IS NULL`);
    const rowsOf = (key: string) =>
      query<OutboxRow>(
        db,
        `SELECT seq::text, event_type, attempts, parked_at IS NOT NULL AS parked,
                published_at IS NOT NULL AS published, published_at
           FROM outbox_message WHERE key = $1 ORDER BY seq`,
        [key],
      );

    // The aggregate that gets the poison row, and another customer whose surveys keep flowing.
    const x = await customerWithVehicle(advisor);
    const y = await customerWithVehicle(advisor);
    await waitFor(async () => (await unpublished()) === 0, 'registrations published', 30_000);

    // The poison row: a well-formed event of customer X for the missing topic.
    const poisonId = randomUUID();
    const [{ seq: poisonSeq }] = (await query<{ seq: string }>(
      db,
      `INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers)
       VALUES ($1::uuid, $2, $3, 'customer.loyalty-enrolled', $4::jsonb, '{}'::jsonb) RETURNING seq::text`,
      [
        poisonId,
        MISSING_TOPIC,
        x.customerId,
        JSON.stringify({
          id: poisonId,
          type: 'customer.loyalty-enrolled',
          version: 1,
          occurredAt: new Date().toISOString(),
          producer: 'customer',
          tenantId: TENANT,
          subject: x.customerId,
          correlationId: poisonId,
          causationId: null,
          data: { customerId: x.customerId, programme: 'gold' },
        }),
      ],
    )) as [{ seq: string }];
    const insertedAt = Date.now();
    await waitFor(
      async () => ((await rowsOf(x.customerId)).find((r) => r.seq === poisonSeq)?.attempts ?? 0) >= 1,
      'the poison row failing',
      15_000,
    );

    // X's own later events (two edits through the gateway) and other aggregates' (surveys of Y).
    let version = (await advisor.get(`/v1/customers/${x.customerId}`)).body.version as number;
    const statuses: number[] = [];
    for (const channel of ['email', 'phone'].slice(0, UPDATES)) {
      const res = await advisor.patch(
        `/v1/customers/${x.customerId}`,
        { preferredChannel: channel },
        ifMatch(version),
      );
      statuses.push(res.status);
      version = res.body.version;
    }
    for (let i = 0; i < SURVEYS; i++)
      statuses.push((await advisor.post('/v1/surveys', lowSurvey(y), idempotencyKey())).status);

    const parkedRow = await waitFor(
      async () => {
        const row = (await rowsOf(x.customerId)).find((r) => r.seq === poisonSeq);
        return row?.parked ? row : undefined;
      },
      'the poison row parked',
      60_000,
    );
    const parkedMs = Date.now() - insertedAt;
    const complaints = () => count(complaintDb, `SELECT count(*) FROM complaint WHERE channel = 'survey'`);
    await waitFor(
      async () => (await complaints()) === SURVEYS,
      `${SURVEYS} complaints from the surveys`,
      30_000,
    );
    // One scrape, as Prometheus makes it: it must show the parked row (not the previous reading).
    const parkedGauge = await metric(customerUrl, 'aftersales_outbox_parked');
    const surveysOutBeforePark = await count(
      db,
      `SELECT count(*) FROM outbox_message WHERE event_type = 'survey.completed'
          AND published_at < (SELECT parked_at FROM outbox_message WHERE seq = $1::bigint)`,
      [poisonSeq],
    );
    const failures = await metric(customerUrl, 'aftersales_outbox_publish_failures_total', {
      topic: MISSING_TOPIC,
    });

    // While parked: X's later rows wait (not tried, not on the topic); every other row went out.
    const whileParked = await rowsOf(x.customerId);
    const waiting = whileParked.filter((r) => BigInt(r.seq) > BigInt(poisonSeq));
    const othersPending = await count(
      db,
      `SELECT count(*) FROM outbox_message WHERE published_at IS NULL AND key <> $1`,
      [x.customerId],
    );
    const customerTopic = `${p.namespace}.${topicOf('customer.updated')}`;
    const updatesOnTopic = async () =>
      (await readAll(p.kafkaBrokers, customerTopic)).filter(
        (m) => m.key === x.customerId && m.headers['event-type'] === 'customer.updated',
      );
    const updatesOnTopicWhileParked = (await updatesOnTopic()).length;
    const { stdout: listed } = await replay('--list');

    // The fix: the topic is created. Then the operator replays the parked row.
    const admin = kafkaOn(p.kafkaBrokers).admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: `${p.namespace}.${MISSING_TOPIC}`, numPartitions: 3, replicationFactor: 1 }],
    });
    await admin.disconnect();
    const { stdout: replayed } = await replay('--seq', poisonSeq);
    const replayedAt = Date.now();
    await waitFor(
      async () => (await unpublished()) === 0,
      'the parked row and its waiting rows published',
      30_000,
    );
    const publishedMs = Date.now() - replayedAt;

    const after = await rowsOf(x.customerId);
    const poisonOnTopic = (await readAll(p.kafkaBrokers, `${p.namespace}.${MISSING_TOPIC}`)).filter(
      (m) => m.headers['event-id'] === poisonId,
    );
    const updates = await updatesOnTopic();
    const waitingIds = (
      await query<{ event_id: string }>(
        db,
        `SELECT event_id::text FROM outbox_message WHERE key = $1 AND seq > $2::bigint ORDER BY seq`,
        [x.customerId, poisonSeq],
      )
    ).map((r) => r.event_id);
    await sleep(1_100); // the gauges read the database at most once a second
    const parkedGaugeAfter = await metric(customerUrl, 'aftersales_outbox_parked');
    const surveyEvents = (
      await readAll(p.kafkaBrokers, `${p.namespace}.${topicOf('survey.completed')}`)
    ).filter((m) => m.headers['event-type'] === 'survey.completed');

    report(
      '9 outbox poison row',
      `outbox row of customer X for missing topic ${MISSING_TOPIC}, OUTBOX_MAX_ATTEMPTS=${MAX_ATTEMPTS}; ${UPDATES} edits of X and ${SURVEYS} surveys of another customer through the gateway; topic created, outbox-replay --seq`,
      {
        writesOk: statuses.filter((s) => s === 200 || s === 201).length,
        writes: statuses.length,
        attemptsAtPark: parkedRow.attempts,
        parkedMsAfterInsert: parkedMs,
        parkedGauge,
        publishFailuresOfRow: failures,
        waitingRowsOfKey: waiting.length,
        waitingPublishedWhileParked: waiting.filter((r) => r.published).length,
        waitingTriedWhileParked: waiting.filter((r) => r.attempts > 0).length,
        updatesOnTopicWhileParked,
        otherRowsPendingWhileParked: othersPending,
        surveysOutBeforePark,
        surveyCompletedOnTopic: surveyEvents.length,
        complaints: await complaints(),
        listedParked: /(\d+) parked row/.exec(listed)?.[1] ?? '?',
        released: /released (\d+)/.exec(replayed)?.[1] ?? '?',
        publishedMsAfterReplay: publishedMs,
        poisonOnTopic: poisonOnTopic.length,
        updatesOnTopicAfter: updates.length,
        parkedGaugeAfter,
      },
    );

    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(parkedRow.attempts).toBe(MAX_ATTEMPTS);
    expect(failures).toBe(MAX_ATTEMPTS);
    expect(parkedGauge).toBe(1);
    // X's edits waited behind the parked row, untried and unpublished...
    expect(waiting.map((r) => r.event_type)).toEqual(Array(UPDATES).fill('customer.updated'));
    expect(waiting.every((r) => !r.published && r.attempts === 0)).toBe(true);
    expect(updatesOnTopicWhileParked).toBe(0);
    // ...while every other aggregate's events flowed: all published, every survey's complaint opened.
    expect(othersPending).toBe(0);
    expect(surveysOutBeforePark).toBeGreaterThan(0);
    expect(new Set(surveyEvents.map((m) => m.headers['event-id'])).size).toBe(SURVEYS);
    expect(await complaints()).toBe(SURVEYS);
    expect(listed).toContain(poisonSeq);
    expect(listed).toMatch(/1 parked row\(s\)/);
    expect(replayed).toMatch(/released 1 row\(s\)/);
    expect(parkedGaugeAfter).toBe(0);
    // After the replay: the parked row once on its topic, then X's edits once each, in seq order
    // (one key, one partition, so the offsets show the order), none published before the parked row.
    expect(after.every((r) => r.published && !r.parked)).toBe(true);
    expect(poisonOnTopic).toHaveLength(1);
    expect(updates.map((m) => m.headers['event-id'])).toEqual(waitingIds);
    const poisonPublishedAt = after.find((r) => r.seq === poisonSeq)!.published_at!.getTime();
    for (const r of after.filter((row) => BigInt(row.seq) > BigInt(poisonSeq)))
      expect(r.published_at!.getTime()).toBeGreaterThanOrEqual(poisonPublishedAt);
  }, 150_000);
});
