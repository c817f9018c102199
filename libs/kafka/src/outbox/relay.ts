// Outbox relay: publishes committed outbox rows to Kafka in batches, in commit order, and marks
// them published. At-least-once: a crash between send and mark republishes the batch, which the
// consumers' inbox absorbs. One relay per database is active at a time (transaction-level
// advisory lock), so per-key order holds even with several replicas of a service.
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { type EventProducer } from '../producer';
import { publishedEvents, trackOutbox } from '../metrics';
import { physicalTopic } from '../client';
import { Header } from '../headers';
import { type SqlDb, type SqlTx } from '../sql';
import { type KafkaLogger } from '../client';
import { extractTraceContext, injectTraceHeaders } from '../trace-context';

export interface OutboxRelayOptions {
  db: SqlDb;
  producer: EventProducer;
  namespace?: string;
  logger?: KafkaLogger;
  batchSize?: number;
  /** Poll interval when the outbox is empty; the relay polls again at once while rows keep coming. */
  idleMs?: number;
  /** Upper bound of the back-off after a failed publish (Kafka down). */
  maxBackoffMs?: number;
  /** Published rows older than this are deleted (kept a while for audit and replay). */
  retainPublishedMs?: number;
}

interface OutboxRow {
  seq: bigint;
  event_id: string;
  topic: string;
  key: string;
  event_type: string;
  payload: unknown;
  headers: Record<string, string>;
}

const RELAY_LOCK_KEY = 0x6f7574626f78; // 'outbox'

const tracer = trace.getTracer('@aftersales/kafka');

export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastCleanup = 0;
  /** Published since start; for metrics and tests. */
  published = 0;
  consecutiveFailures = 0;

  private untrack: (() => void) | undefined;

  constructor(private readonly opts: OutboxRelayOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.untrack = trackOutbox(this.opts.db);
    this.loop = this.run();
  }

  /** Wakes an idle relay at once (call after a commit that wrote outbox rows to cut latency). */
  notify(): void {
    this.wake?.();
  }

  /** Stops polling after a last flush attempt; safe to call twice. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.untrack?.();
    this.wake?.();
    await this.loop;
    await this.flushOnce().catch((err) =>
      this.opts.logger?.warn({ err }, 'outbox: final flush failed; rows stay for the next start'),
    );
  }

  /** Publishes one batch; returns how many rows it published (0 when empty or another relay holds the lock). */
  async flushOnce(): Promise<number> {
    const batchSize = this.opts.batchSize ?? 500;
    const count = await this.opts.db.$transaction(
      async (tx: SqlTx) => {
        const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
          'SELECT pg_try_advisory_xact_lock($1) AS locked',
          RELAY_LOCK_KEY,
        );
        if (!lock?.locked) return 0;
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT seq, event_id::text, topic, key, event_type, payload, headers
             FROM outbox_message WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
          batchSize,
        );
        if (rows.length === 0) return 0;
        // One PRODUCER span per row, child of the context stored with the row (the HTTP request
        // or message that caused the event); its traceparent replaces the stored one in the
        // message headers, so the consumer's span descends from the original request.
        const published = rows.map((row) => publishSpan(row, this.opts.namespace));
        try {
          await this.opts.producer.sendRaw(groupByTopic(published, this.opts.namespace));
        } catch (err) {
          for (const { span } of published) {
            span.recordException(err as Error);
            span.setStatus({ code: SpanStatusCode.ERROR, message: 'publish failed; row kept in the outbox' });
            span.end();
          }
          throw err;
        }
        for (const { span } of published) span.end();
        await tx.$executeRawUnsafe(
          'UPDATE outbox_message SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])',
          rows.map((r) => r.seq.toString()),
        );
        for (const row of rows) publishedEvents().inc({ event_type: row.event_type });
        return rows.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    this.published += count;
    return count;
  }

  private async run(): Promise<void> {
    const idleMs = this.opts.idleMs ?? 100;
    const maxBackoffMs = this.opts.maxBackoffMs ?? 10_000;
    while (this.running) {
      let delay = 0;
      try {
        const n = await this.flushOnce();
        this.consecutiveFailures = 0;
        if (n === 0) delay = idleMs;
        await this.cleanupOccasionally();
      } catch (err) {
        this.consecutiveFailures += 1;
        delay = Math.min(maxBackoffMs, 200 * 2 ** Math.min(this.consecutiveFailures, 10));
        this.opts.logger?.warn(
          { err, attempt: this.consecutiveFailures, retryInMs: delay },
          'outbox: publish failed; rows kept, retrying',
        );
      }
      if (delay > 0 && this.running) await this.sleep(delay);
    }
  }

  private async cleanupOccasionally(): Promise<void> {
    const retain = this.opts.retainPublishedMs ?? 7 * 24 * 3600 * 1000;
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.opts.db.$executeRawUnsafe(
      `DELETE FROM outbox_message WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`,
      retain,
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

interface PublishedRow {
  row: OutboxRow;
  span: Span;
  /** The row's stored headers with the traceparent of its publish span. */
  headers: Record<string, string>;
}

function publishSpan(row: OutboxRow, namespace?: string): PublishedRow {
  const stored = row.headers ?? {};
  const parent = extractTraceContext(stored);
  const span = tracer.startSpan(
    `${row.topic} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': physicalTopic(row.topic, namespace),
        'messaging.kafka.message.key': row.key,
        'messaging.message.id': row.event_id,
        'aftersales.event.type': row.event_type,
        'aftersales.outbox.seq': row.seq.toString(),
      },
    },
    parent,
  );
  // Without an SDK the span is the stored parent itself, so the headers pass through unchanged.
  const headers = { ...stored, ...injectTraceHeaders(trace.setSpan(parent, span)) };
  return { row, span, headers };
}

function groupByTopic(published: PublishedRow[], namespace?: string) {
  const groups = new Map<
    string,
    { topic: string; messages: { key: string; value: string; headers: Record<string, string> }[] }
  >();
  for (const { row, headers } of published) {
    const topic = physicalTopic(row.topic, namespace);
    const group = groups.get(topic) ?? { topic, messages: [] };
    group.messages.push({
      key: row.key,
      value: typeof row.payload === 'string' ? row.payload : JSON.stringify(row.payload),
      headers: {
        ...headers,
        [Header.eventId]: row.event_id,
        [Header.eventType]: row.event_type,
        [Header.contentType]: 'application/json',
      },
    });
    groups.set(topic, group);
  }
  return [...groups.values()];
}

/** Rows not yet published, and the age of the oldest (seconds): the relay's health gauges. */
export async function outboxBacklog(db: SqlTx): Promise<{ pending: number; oldestAgeSeconds: number }> {
  const [row] = await db.$queryRawUnsafe<{ pending: bigint; age: number | null }[]>(
    `SELECT count(*) AS pending, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS age
       FROM outbox_message WHERE published_at IS NULL`,
  );
  return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: row?.age ?? 0 };
}
