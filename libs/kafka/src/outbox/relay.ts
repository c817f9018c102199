// Outbox relay: publishes committed outbox rows to Kafka in batches (capped in rows and bytes), in
// commit order, and marks them published. At-least-once: a crash between send and mark
// republishes the batch, which the consumers' inbox absorbs. One relay per database is active at
// a time (transaction-level advisory lock), so per-key order holds even with several replicas.
//
// No head-of-line blocking: when a batch fails for a reason of its own rows (a topic that does not
// exist, an ACL that refuses it, a message too large), the batch is split until the failing rows
// are found; the others are published. A failing row is retried alone with back-off and parked
// after `maxAttempts` (kept, counted, alerting, replayable with aftersales-outbox-replay); rows of
// the same key (the aggregate) wait behind it, so an aggregate's events never overtake each other,
// while every other aggregate's events keep flowing. When the broker itself is unreachable,
// nothing is counted against any row: the whole relay backs off and retries.
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { type EventProducer } from '../producer';
import { outboxPublishFailures, publishedEvents, trackOutbox } from '../metrics';
import { physicalTopic } from '../client';
import { cloudEventHeadersOfPayload } from '../cloudevents';
import { Header } from '../headers';
import { type SqlDb, type SqlTx } from '../sql';
import { type KafkaLogger } from '../client';
import { extractTraceContext, injectTraceHeaders } from '../trace-context';
import { errorText } from '../consumer/dead-letter';
import { backoffMs, type BackoffPolicy } from '../consumer/retry';
import { kafkaErrorType, publishFailureScope } from './publish-failure';

export interface OutboxRelayOptions {
  db: SqlDb;
  /** Give it a Kafka client with few retries (createKafka({ retries: 2 })): a failing send should
   *  fail in about a second so the relay can isolate the row, not block for a minute. */
  producer: EventProducer;
  namespace?: string;
  logger?: KafkaLogger;
  /** Most rows per send (default 500). */
  batchSize?: number;
  /** Most payload bytes per send (default 512 KiB, half the broker's default message.max.bytes). */
  maxBatchBytes?: number;
  /** Poll interval when the outbox is empty; the relay polls again at once while rows keep coming. */
  idleMs?: number;
  /** Upper bound of the back-off after a failed publish (Kafka down). */
  maxBackoffMs?: number;
  /** Published rows older than this are deleted (kept a while for audit and replay). */
  retainPublishedMs?: number;
  /** Failed attempts of one row before it is parked (default 10: about five minutes). */
  maxAttempts?: number;
  /** Back-off between a failing row's attempts (default 1 s doubling to 60 s). */
  rowBackoff?: BackoffPolicy;
}

interface OutboxRow {
  seq: bigint;
  event_id: string;
  topic: string;
  key: string;
  event_type: string;
  payload: string;
  headers: Record<string, string>;
  attempts: number;
}

const RELAY_LOCK_KEY = 0x6f7574626f78; // 'outbox'

const tracer = trace.getTracer('@aftersales/kafka');

// The columns the relay reads; payload as text: it is sent as stored, and measured in bytes.
const COLUMNS = `m.seq, m.event_id::text, m.topic, m.key, m.event_type, m.payload::text AS payload, m.headers, m.attempts`;
// A key whose earlier unpublished row has failed (or is parked) is blocked: its later rows wait.
const NOT_BLOCKED = `NOT EXISTS (
  SELECT 1 FROM outbox_message h
   WHERE h.key = m.key AND h.seq < m.seq AND h.published_at IS NULL AND h.attempts > 0)`;

interface FlushResult {
  published: OutboxRow[];
  failed: { row: OutboxRow; err: unknown }[];
}

export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastCleanup = 0;
  /** Published since start; for metrics and tests. */
  published = 0;
  /** Rows parked since start. */
  parked = 0;
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

  /**
   * Publishes one batch of healthy rows and the failing rows that are due again; returns how many
   * rows it published (0 when there was nothing to do or another relay holds the lock). Throws when
   * the broker could not be reached (nothing is counted against any row then).
   */
  async flushOnce(): Promise<number> {
    const batchSize = this.opts.batchSize ?? 500;
    const count = await this.opts.db.$transaction(
      async (tx: SqlTx) => {
        const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
          'SELECT pg_try_advisory_xact_lock($1) AS locked',
          RELAY_LOCK_KEY,
        );
        if (!lock?.locked) return 0;
        // Rows that failed before and are due: each alone, so a poison row costs one small send.
        const retries = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT ${COLUMNS} FROM outbox_message m
            WHERE m.published_at IS NULL AND m.parked_at IS NULL AND m.attempts > 0
              AND m.next_attempt_at <= now() AND ${NOT_BLOCKED}
            ORDER BY m.seq LIMIT 20`,
        );
        const healthy = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT ${COLUMNS} FROM outbox_message m
            WHERE m.published_at IS NULL AND m.parked_at IS NULL AND m.attempts = 0 AND ${NOT_BLOCKED}
            ORDER BY m.seq LIMIT $1`,
          batchSize,
        );
        const result: FlushResult = { published: [], failed: [] };
        for (const row of retries) merge(result, await this.isolate([row]));
        // A retried row that failed again keeps its key blocked for the healthy batch too.
        const blocked = new Set(result.failed.map((f) => f.row.key));
        const batch = capBytes(
          healthy.filter((row) => !blocked.has(row.key)),
          this.opts.maxBatchBytes ?? 512 * 1024,
        );
        if (batch.length > 0) merge(result, await this.isolate(batch));
        // Only rows proven to fail while others got through are counted against: if nothing at all
        // went out, the cause may be the cluster (credentials, quota) rather than the rows.
        if (result.published.length === 0 && result.failed.length > 0) {
          const rowSpecific = result.failed.filter((f) => publishFailureScope(f.err) === 'row');
          if (rowSpecific.length === 0) throw result.failed[0]!.err;
          result.failed = rowSpecific;
        }
        await this.markPublished(tx, result.published);
        await this.recordFailures(tx, result.failed);
        return result.published.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    this.published += count;
    return count;
  }

  /**
   * Sends `rows` (in seq order); when the send fails for a reason of the rows, splits them in halves
   * and sends each, until every failing row is found. Rows whose key failed in the first half are
   * not sent in the second (they wait behind the failed row). Throws when the broker is unreachable.
   */
  private async isolate(rows: OutboxRow[]): Promise<FlushResult> {
    try {
      await this.send(rows);
      return { published: rows, failed: [] };
    } catch (err) {
      if (publishFailureScope(err) === 'broker') throw err;
      if (rows.length === 1) return { published: [], failed: [{ row: rows[0]!, err }] };
      const half = Math.ceil(rows.length / 2);
      const first = await this.isolate(rows.slice(0, half));
      const failedKeys = new Set(first.failed.map((f) => f.row.key));
      const rest = rows.slice(half).filter((row) => !failedKeys.has(row.key));
      const second = rest.length > 0 ? await this.isolate(rest) : { published: [], failed: [] };
      return {
        published: [...first.published, ...second.published],
        failed: [...first.failed, ...second.failed],
      };
    }
  }

  /** One send. One PRODUCER span per row, child of the context stored with the row. */
  private async send(rows: OutboxRow[]): Promise<void> {
    // Its traceparent replaces the stored one in the message headers, so the consumer's span
    // descends from the original request.
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
  }

  private async markPublished(tx: SqlTx, rows: OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(
      'UPDATE outbox_message SET published_at = now() WHERE seq = ANY($1::bigint[])',
      rows.map((r) => r.seq.toString()),
    );
    for (const row of rows) publishedEvents().inc({ event_type: row.event_type });
  }

  /** A failing row: one more attempt counted, its next one scheduled, parked after maxAttempts. */
  private async recordFailures(tx: SqlTx, failed: FlushResult['failed']): Promise<void> {
    const maxAttempts = this.opts.maxAttempts ?? 10;
    const policy = this.opts.rowBackoff ?? { initialMs: 1_000, maxMs: 60_000 };
    for (const { row, err } of failed) {
      const attempts = row.attempts + 1;
      const park = attempts >= maxAttempts;
      const reason = kafkaErrorType(err) ?? 'unknown';
      await tx.$executeRawUnsafe(
        `UPDATE outbox_message
            SET attempts = $2, last_error = $3,
                next_attempt_at = now() + ($4::bigint * interval '1 millisecond'),
                parked_at = CASE WHEN $5::boolean THEN now() END
          WHERE seq = $1::bigint`,
        row.seq.toString(),
        attempts,
        errorText(err),
        backoffMs(attempts, policy),
        park,
      );
      outboxPublishFailures().inc({ topic: row.topic, reason });
      if (park) this.parked += 1;
      this.opts.logger?.[park ? 'error' : 'warn'](
        { err, seq: row.seq.toString(), topic: row.topic, eventType: row.event_type, attempts, maxAttempts },
        park
          ? 'outbox: row parked after repeated publish failures; its key waits (aftersales-outbox-replay)'
          : 'outbox: row failed to publish; retrying it alone with back-off, its key waits',
      );
    }
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

function merge(into: FlushResult, from: FlushResult): void {
  into.published.push(...from.published);
  into.failed.push(...from.failed);
}

/** The longest prefix of `rows` within `maxBytes` (at least one row: a lone big row fails alone). */
function capBytes(rows: OutboxRow[], maxBytes: number): OutboxRow[] {
  let bytes = 0;
  for (const [i, row] of rows.entries()) {
    bytes += Buffer.byteLength(row.payload) + Buffer.byteLength(JSON.stringify(row.headers ?? {}));
    if (bytes > maxBytes && i > 0) return rows.slice(0, i);
  }
  return rows;
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
      value: row.payload,
      headers: {
        ...headers,
        ...cloudEventHeadersOfPayload(row.payload),
        [Header.eventId]: row.event_id,
        [Header.eventType]: row.event_type,
        [Header.contentType]: 'application/json',
      },
    });
    groups.set(topic, group);
  }
  return [...groups.values()];
}
