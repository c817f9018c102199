// Reconciliation: count what each side holds (rows in a service's database, messages on a topic,
// offsets a consumer group committed) and print one line per fault test.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { createEvent, topicOf, type EventData, type EventType } from '@aftersales/contracts';
import { readTopicToEnd, testInfra, type ReadMessage } from '@aftersales/testing';

export function kafkaOn(brokers: string[], clientId = 'faults'): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}

/** One read-only query against a service's database. */
export async function query<T = Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** The first column of the first row (a `SELECT count(...)`) as a number. */
export async function count(databaseUrl: string, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await query(databaseUrl, sql, params);
  return Number(Object.values(row ?? {})[0] ?? 0);
}

/** Runs a statement as the PostgreSQL superuser (the admin URL), e.g. to refuse connections. */
export async function asSuperuser(sql: string): Promise<void> {
  const c = new Client({ connectionString: testInfra().databaseAdminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Refuses new connections to a database and terminates the open ones (its pool dies). */
export async function dropConnections(database: string): Promise<void> {
  await asSuperuser(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
  await asSuperuser(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
  );
}

export async function allowConnections(database: string): Promise<void> {
  await asSuperuser(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
}

export type TopicMessage = ReadMessage;

/** Every message on a topic, read from the beginning up to the end offsets seen when called. */
export function readAll(brokers: string[], topic: string, timeoutMs = 30_000): Promise<TopicMessage[]> {
  return readTopicToEnd(topic, { brokers, timeoutMs });
}

/** Sum of a consumer group's committed offsets on a topic (messages it will not be given again). */
export async function committedOffsets(brokers: string[], groupId: string, topic: string): Promise<number> {
  const admin = kafkaOn(brokers, 'faults-admin').admin();
  await admin.connect();
  try {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (t?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Members of a consumer group right now. */
export async function groupMembers(brokers: string[], groupId: string): Promise<number> {
  const admin = kafkaOn(brokers, 'faults-admin').admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups[0]?.state === 'Stable' ? groups[0].members.length : -1;
  } finally {
    await admin.disconnect();
  }
}

/** A producer for tests that play another service (or a broken producer). */
export async function rawProducer(brokers: string[]) {
  const producer = kafkaOn(brokers, 'faults-producer').producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  return {
    async send(topic: string, messages: { key: string; value: string; headers?: Record<string, string> }[]) {
      await producer.send({ topic, acks: -1, messages });
    },
    disconnect: () => producer.disconnect(),
  };
}

/** A valid event as JSON, keyed by its subject, for the physical topic its type lives on. */
export function eventMessage<T extends EventType>(
  namespace: string,
  type: T,
  fields: { tenantId: string; subject: string; data: EventData<T>; producer?: string },
) {
  const event = createEvent(type, { producer: 'faults-test', ...fields });
  return {
    event,
    topic: `${namespace}.${topicOf(type)}`,
    message: {
      key: event.subject,
      value: JSON.stringify(event),
      headers: { 'event-id': event.id, 'event-type': event.type, 'content-type': 'application/json' },
    },
  };
}

/**
 * Sum of a Prometheus metric's samples on a service's /metrics whose labels include `labels`
 * (0 when there is none): what the service itself says it did.
 */
export async function metric(
  serviceUrl: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? ([^ ]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`));
    if (has) sum += Number(m[3]);
  }
  return sum;
}

/** Prints the test's line (what was injected, the counts) and appends it to FAULTS_REPORT if set. */
export function report(fault: string, injected: string, counts: Record<string, number | string>): void {
  const line = `[fault] ${fault} | injected: ${injected} | ${Object.entries(counts)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
  process.stdout.write(`${line}\n`);
  const file = process.env.FAULTS_REPORT;
  if (file) appendFileSync(path.resolve(file), `${line}\n`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
