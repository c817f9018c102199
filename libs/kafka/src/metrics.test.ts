import { register } from 'prom-client';
import { trackOutbox } from './metrics';

// An outbox whose backlog query takes a moment, like a real database round trip.
function fakeOutbox(backlog: { pending: bigint; age: number | null; parked: bigint }) {
  const db = {
    reads: 0,
    backlog,
    async $queryRawUnsafe() {
      db.reads += 1;
      await new Promise((r) => setTimeout(r, 20));
      return [db.backlog] as never;
    },
    $executeRawUnsafe: async () => 0,
  };
  return db;
}

const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('outbox backlog gauges', () => {
  it('report the backlog as it is at the scrape, all three from one read', async () => {
    const db = fakeOutbox({ pending: 0n, age: null, parked: 0n });
    const untrack = trackOutbox(db);
    try {
      await register.metrics();
      db.backlog = { pending: 2n, age: 42, parked: 1n };
      await new Promise((r) => setTimeout(r, 1_100)); // past the one-read-per-second window
      const reads = db.reads;
      // One scrape (what Prometheus does every interval): the gauges collect concurrently, and
      // each must show this read, not the one before (a parked row would alert a scrape late).
      const text = await register.metrics();
      expect(gauge(text, 'aftersales_outbox_pending')).toBe(2);
      expect(gauge(text, 'aftersales_outbox_oldest_age_seconds')).toBe(42);
      expect(gauge(text, 'aftersales_outbox_parked')).toBe(1);
      expect(db.reads - reads).toBe(1);
    } finally {
      untrack();
    }
  });
});
