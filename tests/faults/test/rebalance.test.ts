// Fault 6: consumer-group rebalance. While survey.completed events stream in (random keys, three
// partitions), a second complaint process joins the group (same database, same consumer group,
// another port) and later leaves it (SIGTERM) while the stream goes on. Each event must be
// handled exactly once: one complaint per survey, whichever instance owned the partition.
import { topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import { count, eventMessage, groupMembers, rawProducer, report, sleep } from '../src/reconcile';
import { TENANT, surveyData } from '../src/workload';

const PHASE = 40; // events per phase: replica joining, both members, replica leaving
const N = 3 * PHASE;
const RATE_MS = 40; // one event every 40 ms, about 25 per second

const opened = (logs: string) =>
  logs.split('\n').filter((l) => l.includes('"msg":"proactive complaint opened"')).length;

describe('fault 6: consumer-group rebalance', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['complaint'], 'faults-rebalance', { env: { complaint: { LOG_LEVEL: 'info' } } });
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('handles each event once while a second instance joins and leaves', async () => {
    const db = p.database('complaint').url;
    const group = `${p.namespace}.complaint`;
    const topic = `${p.namespace}.${topicOf('survey.completed')}`;
    const producer = await rawProducer(p.kafkaBrokers);
    const stream = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const d = surveyData();
        await producer.send(topic, [
          eventMessage(p.namespace, 'survey.completed', { tenantId: TENANT, subject: d.surveyId, data: d })
            .message,
        ]);
        await sleep(RATE_MS);
      }
    };
    const complaints = () => count(db, `SELECT count(*) FROM complaint WHERE channel = 'survey'`);

    // Phase 1: the second instance starts while events flow.
    const [, replica] = await Promise.all([stream(PHASE), p.replica('complaint')]);
    const membersWithReplica = await waitFor(
      async () => ((await groupMembers(p.kafkaBrokers, group)) === 2 ? 2 : undefined),
      'two members in the group',
      30_000,
      250,
    );
    // Phase 2: both instances share the partitions.
    await stream(PHASE);
    await waitFor(async () => (await complaints()) >= 2 * PHASE, 'phase 2 handled', 30_000);
    const replicaHandledWhileMember = opened(replica.logs());
    // Phase 3: the second instance leaves in the middle of the stream.
    const [, replicaExit] = await Promise.all([
      stream(PHASE),
      sleep(PHASE * RATE_MS * 0.3).then(() => replica.kill('SIGTERM')),
    ]);
    await waitFor(async () => (await complaints()) >= N, `${N} complaints`, 60_000, 100);
    await producer.disconnect();
    const membersAfterLeave = await groupMembers(p.kafkaBrokers, group);

    const total = await complaints();
    const distinct = await count(
      db,
      `SELECT count(DISTINCT source_event_id) FROM complaint WHERE channel = 'survey'`,
    );
    const inbox = await count(db, `SELECT count(*) FROM inbox_message WHERE event_type = 'survey.completed'`);
    const byOriginal = opened(p.logs('complaint'));
    const byReplica = opened(replica.logs());
    const registeredInOutbox = await count(
      db,
      `SELECT count(*) FROM outbox_message WHERE event_type = 'complaint.registered'`,
    );
    report(
      '6 consumer-group rebalance',
      `second complaint process joined during events 1-${PHASE}, left (SIGTERM) during events ${2 * PHASE + 1}-${N}`,
      {
        published: N,
        membersWithReplica,
        membersAfterLeave,
        handledByOriginal: byOriginal,
        handledByReplica: byReplica,
        replicaExitCode: String(replicaExit),
        complaints: total,
        distinctSourceEvents: distinct,
        inbox,
        complaintRegisteredInOutbox: registeredInOutbox,
      },
    );

    expect(replicaHandledWhileMember).toBeGreaterThan(0); // the replica really took partitions
    expect(replicaExit).toBe(0);
    expect(membersAfterLeave).toBe(1);
    expect(total).toBe(N);
    expect(distinct).toBe(N);
    expect(inbox).toBe(N);
    expect(byOriginal + byReplica).toBe(N);
    expect(registeredInOutbox).toBe(N);
  });
});
