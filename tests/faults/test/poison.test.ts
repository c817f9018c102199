// Fault 3: poison messages in a topic a running service consumes. The complaint service reads
// survey.completed; among valid surveys (one key, so one partition, each poison message sits in
// front of a valid one) come invalid JSON, a schema-invalid survey and a survey of an unknown
// version. Each must land in the DLQ with its error headers while the valid ones behind it are
// handled. Then a valid survey that failed for a reason that can be fixed: the service's
// database refused connections longer than the consumer's retries, so it was dead-lettered as
// handler-failed; once the database is back ("the fix") the replay tool re-delivers the DLQ: the
// valid survey is applied, and the three poison messages, still invalid, are dead-lettered again.
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
  rawProducer,
  readAll,
  report,
} from '../src/reconcile';
import { TENANT, surveyData } from '../src/workload';

const run = promisify(execFile);
const replayBin = path.resolve(__dirname, '../../../libs/kafka/bin/dlq-replay.js');
const VALID = 20;

describe('fault 3: poison messages', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['complaint'], 'faults-poison');
  });
  afterAll(async () => {
    await allowConnections(p.database('complaint').name).catch(() => undefined);
    await p?.stop();
  });

  it('dead-letters each poison message with its error, keeps consuming, and replays after a fix', async () => {
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

    // A valid survey that cannot be applied: the service's database refuses connections for
    // longer than the consumer retries (5 attempts, about 1.5 s), so it is dead-lettered.
    await dropConnections(db.name);
    const late = valid();
    await producer.send(topic, [late.message]);
    const afterOutage = await waitFor(async () => {
      const m = await readAll(p.kafkaBrokers, dlq);
      return m.length >= poison.length + 1 ? m : undefined;
    }, 'the survey dead-lettered while the database was away');
    const failed = afterOutage[poison.length]!;
    expect(failed.headers['dlq-reason']).toBe('handler-failed');
    expect(failed.headers['event-id']).toBe(late.event.id);
    expect(Number(failed.headers['dlq-attempts'])).toBeGreaterThan(1);

    // The fix: the database is back. The service recovers by itself; then the operator replays.
    await allowConnections(db.name);
    await waitFor(
      async () => (await fetch(`${p.serviceUrl('complaint')}/health/ready`)).status === 200,
      'complaint ready again',
    );
    const { stdout } = await run('node', [replayBin, topicOf('survey.completed')], {
      env: { ...process.env, KAFKA_BROKERS: p.kafkaBrokers.join(','), KAFKA_TOPIC_NAMESPACE: p.namespace },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/replayed 4, skipped 0/);

    await waitFor(async () => (await complaints()) === VALID + 1, 'the replayed survey applied', 30_000);
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
      `${poison.length} poison (invalid JSON, nps 42, version 2) among ${VALID} valid surveys; 1 valid survey during a database refusal; dlq-replay after the fix`,
      {
        messagesOnTopic: onTopic.length,
        validPublished: VALID + 1,
        poisonPublished: poison.length,
        dlqAfterPoison: dead.length,
        dlqAfterDbRefusal: afterOutage.length,
        replayed: Number(/replayed (\d+)/.exec(stdout)![1]),
        dlqAfterReplay: finalDlq.length,
        complaints: finalComplaints,
        complaintInbox: inbox,
        distinctSourceEvents: distinctSources,
      },
    );
    expect(finalDlq).toHaveLength(2 * poison.length + 1);
    expect(finalComplaints).toBe(VALID + 1);
    expect(inbox).toBe(VALID + 1);
    expect(distinctSources).toBe(VALID + 1);
    // topic: the original stream, the late survey, and the 4 replayed messages
    expect(onTopic).toHaveLength(stream.length + 1 + 4);
  });
});
