// Platform metrics of the Kafka plumbing, on prom-client's global registry (service-kit's
// /metrics serves it): outbox backlog and age, events published by type (the business counters:
// repair.order.opened, repair.order.closed, ...), consumed messages by outcome, dead letters,
// and consumer lag per partition. docs/runbook.md says what each means.
import { Counter, Gauge, register } from 'prom-client';
import { type SqlTx } from './sql';
import { outboxBacklog } from './outbox/backlog';

const metric = <T>(name: string, make: () => T): T =>
  (register.getSingleMetric(name) as T | undefined) ?? make();

/** Databases whose outbox the backlog gauges report (one per running relay). */
const outboxes = new Set<SqlTx>();

export function trackOutbox(db: SqlTx): () => void {
  outboxes.add(db);
  backlogGauges();
  return () => outboxes.delete(db);
}

function backlogGauges(): void {
  let last = { pending: 0, age: 0, parked: 0 };
  let readAt = 0;
  let reading: Promise<void> = Promise.resolve();
  // One read serves the three gauges of a scrape. prom-client collects them concurrently, so the
  // two that do not start the read must wait for it (not report the previous scrape's values).
  const read = (): Promise<void> => {
    if (Date.now() - readAt < 1_000) return reading;
    readAt = Date.now();
    reading = (async () => {
      const next = { pending: 0, age: 0, parked: 0 };
      for (const db of outboxes) {
        const backlog = await outboxBacklog(db);
        next.pending += backlog.pending;
        next.age = Math.max(next.age, backlog.oldestAgeSeconds);
        next.parked += backlog.parked;
      }
      last = next;
    })();
    return reading;
  };
  metric(
    'aftersales_outbox_pending',
    () =>
      new Gauge({
        name: 'aftersales_outbox_pending',
        help: 'Outbox rows committed but not yet published to Kafka',
        async collect() {
          await read().catch(() => undefined); // a scrape during a database outage keeps the last value
          this.set(last.pending);
        },
      }),
  );
  metric(
    'aftersales_outbox_oldest_age_seconds',
    () =>
      new Gauge({
        name: 'aftersales_outbox_oldest_age_seconds',
        help: 'Age of the oldest unpublished outbox row (parked rows apart): the alert for a broker outage',
        async collect() {
          await read().catch(() => undefined);
          this.set(last.age);
        },
      }),
  );
  metric(
    'aftersales_outbox_parked',
    () =>
      new Gauge({
        name: 'aftersales_outbox_parked',
        help: 'Outbox rows parked after repeated publish failures (replay with aftersales-outbox-replay)',
        async collect() {
          await read().catch(() => undefined);
          this.set(last.parked);
        },
      }),
  );
}

export const outboxPublishFailures = () =>
  metric(
    'aftersales_outbox_publish_failures_total',
    () =>
      new Counter({
        name: 'aftersales_outbox_publish_failures_total',
        help: 'Outbox rows that failed to publish for a reason of their own, by topic and Kafka error type',
        labelNames: ['topic', 'reason'] as const,
      }),
  );

export const publishedEvents = () =>
  metric(
    'aftersales_events_published_total',
    () =>
      new Counter({
        name: 'aftersales_events_published_total',
        help: 'Events published from the outbox, by event type (business counters)',
        labelNames: ['event_type'] as const,
      }),
  );

export const consumedMessages = () =>
  metric(
    'aftersales_consumer_messages_total',
    () =>
      new Counter({
        name: 'aftersales_consumer_messages_total',
        help: 'Messages consumed, by topic and outcome (handled, ignored, or the dead-letter reason)',
        labelNames: ['topic', 'outcome'] as const,
      }),
  );

export const deadLetters = () =>
  metric(
    'aftersales_dlq_messages_total',
    () =>
      new Counter({
        name: 'aftersales_dlq_messages_total',
        help: 'Messages sent to a dead-letter topic, by original topic and reason',
        labelNames: ['topic', 'reason'] as const,
      }),
  );

export const consumerLag = () =>
  metric(
    'aftersales_consumer_lag',
    () =>
      new Gauge({
        name: 'aftersales_consumer_lag',
        help: 'Messages behind the partition end after the last batch, by consumer group, topic and partition',
        labelNames: ['group', 'topic', 'partition'] as const,
      }),
  );

export const pausedPartitions = () =>
  metric(
    'aftersales_consumer_paused_partitions',
    () =>
      new Gauge({
        name: 'aftersales_consumer_paused_partitions',
        help: 'Partitions paused after a transient failure (database or broker unavailable), by consumer group',
        labelNames: ['group'] as const,
      }),
  );

export const pausedSeconds = () =>
  metric(
    'aftersales_consumer_paused_seconds_total',
    () =>
      new Counter({
        name: 'aftersales_consumer_paused_seconds_total',
        help: 'Seconds partitions spent paused waiting out transient failures, by consumer group and topic',
        labelNames: ['group', 'topic'] as const,
      }),
  );

export const consumerRetries = () =>
  metric(
    'aftersales_consumer_retries_total',
    () =>
      new Counter({
        name: 'aftersales_consumer_retries_total',
        help: 'Handler failures retried, by consumer group, topic and failure class (database-unavailable, kafka, unknown, ...)',
        labelNames: ['group', 'topic', 'class'] as const,
      }),
  );
