// After the databases are back: the erasures recorded since the backup began are published again,
// so no erased customer comes back with the restored rows (docs/backup.md). Kafka settings come
// from the same variables the services read (KAFKA_BROKERS, KAFKA_TOPIC_NAMESPACE, KAFKA_SSL*,
// KAFKA_SASL*).
import { EventProducer, createKafka, kafkaSecurityFromEnv, replayErasureLog } from '@aftersales/kafka';
import { type CliContext } from './cli';
import { readManifest } from './manifest';

/** Erasures a few minutes older than the backup's start are replayed too (clock skew, in-flight commits). */
export const ERASURE_REPLAY_MARGIN_MS = 10 * 60_000;

export async function replayErasures(from: string, ctx: CliContext): Promise<boolean> {
  const manifest = await readManifest(from);
  const since = new Date(new Date(manifest.startedAt).getTime() - ERASURE_REPLAY_MARGIN_MS);
  const kafka = createKafka({
    brokers: (ctx.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    clientId: 'aftersales-restore',
    security: kafkaSecurityFromEnv(ctx.env),
    retries: 3,
  });
  const producer = new EventProducer(kafka, ctx.env.KAFKA_TOPIC_NAMESPACE);
  try {
    const replay = await replayErasureLog({
      kafka,
      producer,
      namespace: ctx.env.KAFKA_TOPIC_NAMESPACE,
      since,
    });
    ctx.log(
      `restore: erasure log replayed: ${replay.customerIds.length} erasure(s) recorded since ${since.toISOString()} published again; ` +
        'the services re-apply what the restored databases lack',
    );
    return true;
  } catch (err) {
    ctx.log(
      `restore: FAILED to replay the erasure log (${(err as Error).message}). The databases are restored, but ` +
        'customers erased after the backup may be back: fix Kafka access and run `npm run restore -- --from <dir> --erasures-only`.',
    );
    return false;
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}
