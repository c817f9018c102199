// Fault 3: poison messages in a topic a running service consumes. The complaint service reads
// survey.completed; among valid surveys (one key, so one partition, each poison message sits in
// front of a valid one) come invalid JSON, a schema-invalid survey and a survey of an unknown
// version. Each must land in the DLQ with its error headers while the valid ones behind it are
// handled. Then two valid surveys that cannot be applied at first:
// - one while the service's database refuses connections: a transient failure, so it must NOT be
//   dead-lettered (the partition pauses and the same message is retried) and must be applied once
//   the database is back, with no one replaying anything;
// - one that the handler fails on for a reason it cannot classify (a broken trigger on the
//   complaint table, standing in for a bug a release brings): a few quick retries, then the DLQ
//   as handler-failed. Once the trigger is dropped ("the fix") the replay tool re-delivers the
//   DLQ: that survey is applied, and the three poison messages, still invalid, are dead-lettered
//   again.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { dlqTopicOf, topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import {
  allowConnections,
  count,
  dropConnections,
  eventMessage,
  metric,
  query,
  rawProducer,
  readAll,
  report,
  sleep,
} from '../src/reconcile';
import { TENANT, surveyData } from '../src/workload';

const run = promisify(execFile);
const replayBin = path.resolve(__dirname, '../../../libs/kafka/bin/dlq-replay.js');
const VALID = 20;
const REFUSAL_MS = 6_000;

describe('fault 3: poison messages', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['complaint'], 'faults-poison');
  });
  afterAll(async () => {
    await allowConnections(p.database('complaint').name).catch(() => undefined);
    await p?.stop();
  });

  it('dead-letters each poison message with its error, keeps consuming, waits out a lost database, and replays after a fix', async () => {
    const db = p.database('complaint');
    const topic = `${p.namespace}.${topicOf('survey.completed')}`;
    const dlq = `${p.namespace}.${dlqTopicOf(topicOf('survey.completed'))}`;
    const key = 'survey-stream-1';
    const complaints = () => count(db.url, `SELECT count(*) FROM complaint WHERE channel = 'survey'`);
    const valid = () =>
      eventMessage(p.namespace, 'survey.completed', { tenantId: TENANT, subject: key, data: surveyData() });
    const json = (o: object) => ({
      key,
      value: JSON.stringify(o),
      headers: { 'content-type': 'application/json' },
    });
    const template = valid().event;
    const poison = [
      { key, value: '{"id": "not json', headers: { 'content-type': 'application/json' } },
      json({ ...template, id: '7f3f8f5e-1111-4c4c-9a9a-000000000001', data: { ...template.data, nps: 42 } }),
      json({ ...template, id: '7f3f8f5e-1111-4c4c-9a9a-000000000002', version: 2 }),
    ];
    const expectedReasons = ['invalid-json', 'contract-violation', 'contract-violation'];

    // valid x5, poison, valid x5, poison, ... : every poison message has valid ones behind it.
    const stream: { key: string; value: string; headers: Record<string, string> }[] = [];
    for (let i = 0; i < VALID; i++) {
      stream.push(valid().message);
      if (i % 5 === 4 && poison[(i - 4) / 5]) stream.push(poison[(i - 4) / 5]!);
    }
    const producer = await rawProducer(p.kafkaBrokers);
    await producer.send(topic, stream);

    await waitFor(async () => (await complaints()) === VALID, `${VALID} valid surveys handled`, 30_000);
    const dead = await waitFor(async () => {
      const m = await readAll(p.kafkaBrokers, dlq);
      return m.length >= poison.length ? m : undefined;
    }, 'poison messages in the DLQ');
    expect(dead.map((m) => m.headers['dlq-reason'])).toEqual(expectedReasons);
    for (const [i, m] of dead.entries()) {
      expect(m.value).toBe(poison[i]!.value); // the message itself, unchanged
      expect(m.key).toBe(key);
      expect(m.headers['dlq-original-topic']).toBe(topic);
      expect(m.headers['dlq-consumer-group']).toBe(`${p.namespace}.complaint`);
      expect(m.headers['dlq-error']).toBeTruthy();
    }
    expect(dead[0]!.headers['dlq-error']).toMatch(/JSON/);
    expect(dead[1]!.headers['dlq-error']).toMatch(/nps/);
    expect(dead[2]!.headers['dlq-error']).toMatch(/version 2/i);

    // A valid survey while the service's database refuses connections, for longer than the quick
    // retries of an unknown failure last (5 tries, about 1.5 s): it must wait, not be dead-lettered.
    const retried = () =>
      metric(p.serviceUrl('complaint'), 'aftersales_consumer_retries_total', {
        class: 'database-unavailable',
      });
    await dropConnections(db.name);
    const refusedAt = Date.now();
    const during = valid();
    await producer.send(topic, [during.message]);
    await waitFor(
      async () => (await retried()) >= 3,
      'the consumer retrying while the database is away',
      30_000,
    );
    await sleep(REFUSAL_MS - (Date.now() - refusedAt));
    const retriesDuringRefusal = await retried();
    const dlqDuringRefusal = (await readAll(p.kafkaBrokers, dlq)).length;
    await allowConnections(db.name);
    const allowedAt = Date.now();
    await waitFor(
      async () => (await complaints()) === VALID + 1,
      'the survey applied after the database returned',
      60_000,
    );
    const appliedMsAfterReturn = Date.now() - allowedAt;
    const dlqAfterDbRefusal = (await readAll(p.kafkaBrokers, dlq)).length;
    expect(dlqDuringRefusal).toBe(poison.length);
    expect(dlqAfterDbRefusal).toBe(poison.length);
    expect(
      await count(db.url, `SELECT count(*) FROM complaint WHERE source_event_id = $1`, [during.event.id]),
    ).toBe(1);

    // A valid survey the handler fails on for a reason it cannot classify: a broken trigger (as a
    // bad migration would leave) makes every complaint insert fail. Quick retries, then the DLQ.
    await query(
      db.url,
      `CREATE FUNCTION faults_broken_release() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'faults: complaint inserts broken by a release'; END $$`,
    );
    await query(
      db.url,
      `CREATE TRIGGER faults_broken_release BEFORE INSERT ON complaint
         FOR EACH ROW EXECUTE FUNCTION faults_broken_release()`,
    );
    const late = valid();
    await producer.send(topic, [late.message]);
    const afterBug = await waitFor(async () => {
      const m = await readAll(p.kafkaBrokers, dlq);
      return m.length >= poison.length + 1 ? m : undefined;
    }, 'the survey dead-lettered by the broken release');
    const failed = afterBug[poison.length]!;
    expect(failed.headers['dlq-reason']).toBe('handler-failed');
    expect(failed.headers['event-id']).toBe(late.event.id);
    expect(Number(failed.headers['dlq-attempts'])).toBe(5);
    expect(failed.headers['dlq-error']).toMatch(/broken by a release/);

    // The fix: the trigger is dropped. Then the operator replays the DLQ as documented.
    await query(db.url, `DROP TRIGGER faults_broken_release ON complaint`);
    await query(db.url, `DROP FUNCTION faults_broken_release()`);
    const { stdout } = await run('node', [replayBin, topicOf('survey.completed')], {
      env: { ...process.env, KAFKA_BROKERS: p.kafkaBrokers.join(','), KAFKA_TOPIC_NAMESPACE: p.namespace },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/replayed 4, skipped 0/);

    await waitFor(async () => (await complaints()) === VALID + 2, 'the replayed survey applied', 30_000);
    const finalDlq = await waitFor(async () => {
      const m = await readAll(p.kafkaBrokers, dlq);
      return m.length >= 2 * poison.length + 1 ? m : undefined;
    }, 'the still-invalid messages dead-lettered again');
    const again = finalDlq.slice(poison.length + 1);
    expect(again.map((m) => m.headers['dlq-reason'])).toEqual(expectedReasons);
    expect(again.every((m) => m.headers['dlq-replayed-at'])).toBe(true);
    await producer.disconnect();

    const onTopic = await readAll(p.kafkaBrokers, topic);
    const inbox = await count(
      db.url,
      `SELECT count(*) FROM inbox_message WHERE event_type = 'survey.completed'`,
    );
    const distinctSources = await count(
      db.url,
      `SELECT count(DISTINCT source_event_id) FROM complaint WHERE channel = 'survey'`,
    );
    const finalComplaints = await complaints();
    report(
      '3 poison messages',
      `${poison.length} poison (invalid JSON, nps 42, version 2) among ${VALID} valid surveys; 1 valid survey during a ${(REFUSAL_MS / 1000).toFixed(0)} s database refusal; 1 valid survey failing on a broken trigger, dlq-replay after the fix`,
      {
        messagesOnTopic: onTopic.length,
        validPublished: VALID + 2,
        poisonPublished: poison.length,
        dlqAfterPoison: dead.length,
        retriesDuringRefusal,
        dlqAfterDbRefusal,
        appliedMsAfterReturn,
        dlqAfterHandlerBug: afterBug.length,
        replayed: Number(/replayed (\d+)/.exec(stdout)![1]),
        dlqAfterReplay: finalDlq.length,
        complaints: finalComplaints,
        complaintInbox: inbox,
        distinctSourceEvents: distinctSources,
      },
    );
    expect(finalDlq).toHaveLength(2 * poison.length + 1);
    expect(finalComplaints).toBe(VALID + 2);
    expect(inbox).toBe(VALID + 2);
    expect(distinctSources).toBe(VALID + 2);
    // topic: the original stream, the two later surveys, and the 4 replayed messages
    expect(onTopic).toHaveLength(stream.length + 2 + 4);
  });
});
