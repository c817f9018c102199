// GET /v1/live: server-sent events telling the web console that something changed, so it refetches
// what it shows. One Kafka consumer per gateway process reads every topic from the latest offset
// (its group id is unique per process, so every gateway instance sees every event) and fans each
// event out to the open streams of the event's tenant. Only a minimal notice travels (type,
// subject, time, ids, status): never customer data; the console reads that through the API.
import { randomUUID } from 'node:crypto';
import { type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { ContractViolation, parseEvent, topics, type AnyEvent } from '@aftersales/contracts';
import { createKafka, physicalTopic, type KafkaSecurity } from '@aftersales/kafka';
import { canAccessCentre, identityOf, type Identity, type Logger } from '@aftersales/service-kit';

/** One notice of the stream (the `data:` line of an SSE message; documented in the OpenAPI part). */
export const liveEventSchema = z.object({
  id: z.string().describe('The event id (also the SSE `id:`)'),
  type: z.string().describe('Event type, e.g. repair.order.status-changed'),
  subject: z.string(),
  occurredAt: z.iso.datetime(),
  data: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe('Ids (`*Id` fields) and status fields of the event data; nothing else'),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** Longest a notice waits for others to share its fetch from Kafka. */
export const LIVE_BATCH_WAIT_MS = 1_000;

const STATUS_KEYS = new Set(['status', 'from', 'to', 'level']);

/** The notice a browser may see: ids and statuses only (no names, phones, emails, notes). */
export function toLiveEvent(event: AnyEvent): LiveEvent {
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries((event.data ?? {}) as Record<string, unknown>)) {
    const idLike = key.endsWith('Id') && typeof value === 'string';
    const statusLike = STATUS_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number');
    if (idLike || statusLike) data[key] = value as string | number;
  }
  return { id: event.id, type: event.type, subject: event.subject, occurredAt: event.occurredAt, data };
}

/** Whether a user may hear of an event: same tenant, and the centre (if any) within their scope. */
export function visibleTo(identity: Identity, tenantId: string, live: LiveEvent): boolean {
  if (identity.tenantId !== tenantId) return false;
  const centreId = live.data.centreId;
  return typeof centreId !== 'string' || canAccessCentre(identity, centreId);
}

type Listener = (tenantId: string, live: LiveEvent) => void;

export interface LiveFeedOptions {
  brokers: string[];
  clientId: string;
  namespace?: string;
  logger: Logger;
  /** TLS and SASL for the broker (kafkaSecurityFromConfig); PLAINTEXT when absent. */
  security?: KafkaSecurity;
}

/** The gateway's Kafka reader for live streams; start() in the background, stop() at shutdown. */
export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  private readonly streams = new Set<Response>();
  private readonly consumer: ReturnType<ReturnType<typeof createKafka>['consumer']>;
  readonly groupId = `api-gateway-live-${randomUUID()}`;
  private stopped = false;

  constructor(private readonly opts: LiveFeedOptions) {
    const kafka = createKafka({
      brokers: opts.brokers,
      clientId: opts.clientId,
      logger: opts.logger,
      security: opts.security,
    });
    this.consumer = kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      // Notices travel in batches, at most LIVE_BATCH_WAIT_MS late: with kafkajs' defaults (answer
      // as soon as 1 byte is there) every event cost a fetch naming all ~70 partitions plus an
      // offset commit, a third of the gateway's CPU under the benchmark's write load. An idle feed
      // now fetches once a second instead of every 5 s; a console refetching a second later
      // does not notice.
      minBytes: 64 * 1024,
      maxWaitTimeInMs: LIVE_BATCH_WAIT_MS,
    });
    // kafkajs restarts itself on retriable errors; when it gives up (e.g. no group coordinator while
    // the broker shuts down) the feed would go silent with the process alive: start over instead.
    this.consumer.on(this.consumer.events.CRASH, (e) => {
      if (e.payload.restart || this.stopped) return;
      this.opts.logger.warn(
        { err: e.payload.error },
        'live feed: the Kafka consumer stopped; starting it again',
      );
      setTimeout(() => void this.start(), 5_000).unref();
    });
  }

  /** Connects and consumes; retries connecting until stopped, so a broker outage never stops the gateway. */
  async start(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.consumer.connect();
        await this.consumer.subscribe({
          topics: topics.map((t) => physicalTopic(t.name, this.opts.namespace)),
          fromBeginning: false,
        });
        await this.consumer.run({
          autoCommit: true,
          // The group is this process's own (it starts from the latest offset): committed offsets
          // only matter when kafkajs restarts the consumer, so commit every few seconds, not per batch.
          autoCommitInterval: 5_000,
          eachMessage: async ({ message }) => this.dispatch(message.value),
        });
        return;
      } catch (err) {
        this.opts.logger.warn({ err }, 'live feed: could not start the Kafka consumer; retrying');
        await this.consumer.disconnect().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }
  }

  /** Resolves once the consumer has joined its group (partitions assigned). */
  waitUntilJoined(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('live feed did not join its group')), timeoutMs);
      const off = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  private dispatch(value: Buffer | null): void {
    // With no stream open nobody hears the notice: skip decoding and validating it (every event of
    // the platform passes here, e.g. one per customer created under the benchmark's write load).
    if (this.listeners.size === 0) return;
    let event: AnyEvent;
    try {
      event = parseEvent(value ?? '');
    } catch (err) {
      // Not ours to dead-letter (the owning services do); a browser just misses one notice.
      if (err instanceof ContractViolation) return;
      throw err;
    }
    const live = toLiveEvent(event);
    for (const listener of this.listeners) listener(event.tenantId, live);
  }

  listen(listener: Listener, stream: Response): () => void {
    this.listeners.add(listener);
    this.streams.add(stream);
    return () => {
      this.listeners.delete(listener);
      this.streams.delete(stream);
    };
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Ends every open stream (at shutdown, so the HTTP server can drain). */
  endStreams(): void {
    for (const res of this.streams) res.end();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.endStreams();
    await this.consumer.disconnect();
  }
}

/**
 * The SSE handler. A slow client is never buffered without bound: while its socket is congested
 * notices are dropped and a single `resync` event follows once it drains (refetch everything).
 */
export function liveStream(feed: LiveFeed, heartbeatMs: number): RequestHandler {
  return (req: Request, res: Response) => {
    const identity = identityOf(req);
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('x-accel-buffering', 'no'); // nginx and similar: do not buffer the stream
    res.flushHeaders();
    res.write(`retry: 3000\n: connected\n\n`);

    let congested = false;
    const send = (text: string) => {
      if (congested) return;
      if (!res.write(text)) {
        congested = true;
        res.once('drain', () => {
          congested = false;
          res.write(`event: resync\ndata: {}\n\n`);
        });
      }
    };
    const stopListening = feed.listen((tenantId, live) => {
      if (visibleTo(identity, tenantId, live)) send(`id: ${live.id}\ndata: ${JSON.stringify(live)}\n\n`);
    }, res);
    const heartbeat = setInterval(() => send(`: ping\n\n`), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      stopListening();
    });
  };
}
