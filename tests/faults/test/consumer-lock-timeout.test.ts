// Fault 8: the database is up, but a row the consumer must write is locked by another session for
// longer than the consumer may wait. parts-procurement reserves stock by locking the part's
// stock_balance row (SELECT ... FOR UPDATE); a stocktake, a long report or a stuck session holding
// that row makes every reservation of the part wait. The service runs with a lock timeout of 1 s
// (DATABASE_LOCK_TIMEOUT_MS), so its handler fails with lock_not_available (55P03), a transient
// failure: the partition pauses and the same message is retried until the lock is released.
// Nothing may be dead-lettered and every order's parts must be reserved once afterwards.
import { Client } from 'pg';
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import {
  expectEachOrderReservedOnce,
  partsCaughtUp,
  partsCounts,
  reconcileParts,
  reservationCount,
} from '../src/parts';
import { metric, report, sleep } from '../src/reconcile';
import { approvedOrder, partsWorkshop, type ApprovedOrder } from '../src/workload';

const BEFORE = 3;
const DURING = 4;
const AFTER = 3;
const N = BEFORE + DURING + AFTER;
const HOLD_MS = 20_000;
const LOCK_TIMEOUT_MS = 1_000;

describe('fault 8: a row the consumer writes is locked past its lock timeout', () => {
  let p: Platform;
  let holder: Client | undefined;
  beforeAll(async () => {
    p = await startPlatform(['customer', 'repair', 'parts-procurement'], 'faults-lock', {
      env: { 'parts-procurement': { DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS) } },
    });
  });
  afterAll(async () => {
    await holder?.end().catch(() => undefined);
    await p?.stop();
  });

  it('waits out the lock without dead-lettering and applies every event once after release', async () => {
    const parts = p.database('parts-procurement');
    const partsUrl = p.serviceUrl('parts-procurement');
    const w = await partsWorkshop(p, 100);
    const orders: ApprovedOrder[] = [];
    const approve = async () => orders.push(await approvedOrder(p, w));

    for (let i = 0; i < BEFORE; i++) await approve();
    await waitFor(async () => (await reservationCount(p)) === BEFORE, 'reservations before the lock', 30_000);

    const pid = p.pid('parts-procurement');
    // Another session takes the part's balance row and sits on it, transaction open.
    holder = new Client({ connectionString: parts.url });
    await holder.connect();
    await holder.query('BEGIN');
    const locked = await holder.query(
      `SELECT on_hand FROM stock_balance WHERE part_id = $1::uuid AND location_id = $2 FOR UPDATE`,
      [w.partId, w.locationId],
    );
    expect(locked.rowCount).toBe(1);
    const lockedAt = Date.now();
    for (let i = 0; i < DURING; i++) await approve();
    await sleep(HOLD_MS - (Date.now() - lockedAt));
    // While the lock is held: nothing reserved beyond the orders before it, the service is ready
    // (its database is fine), and it says it is retrying lock timeouts.
    const reservationsWhileLocked = await reservationCount(p);
    const readyWhileLocked = (await fetch(`${partsUrl}/health/ready`)).status;
    const retriesWhileLocked = await metric(partsUrl, 'aftersales_consumer_retries_total', {
      class: 'lock-timeout',
    });
    const pausedWhileLocked = await metric(partsUrl, 'aftersales_consumer_paused_partitions');
    await holder.query('COMMIT');
    const releasedAt = Date.now();
    const heldMs = releasedAt - lockedAt;
    await holder.end();
    holder = undefined;
    for (let i = 0; i < AFTER; i++) await approve();

    await partsCaughtUp(p, N);
    const caughtUpMs = Date.now() - releasedAt;

    const r = await reconcileParts(p, w, orders);
    const pausedSeconds = await metric(partsUrl, 'aftersales_consumer_paused_seconds_total');
    const writeStatuses = orders.flatMap((o) => o.statuses);
    report(
      '8 consumer lock timeout',
      `SELECT ... FOR UPDATE on the part's stock_balance row held ${(heldMs / 1000).toFixed(1)} s against DATABASE_LOCK_TIMEOUT_MS=${LOCK_TIMEOUT_MS}; ${BEFORE} orders approved before, ${DURING} during, ${AFTER} after`,
      {
        ordersApproved: orders.length,
        writesOk: writeStatuses.filter((s) => s === 200 || s === 201).length,
        writes: writeStatuses.length,
        reservationsWhileLocked,
        readyWhileLocked,
        retriesLockTimeout: retriesWhileLocked,
        pausedPartitionsWhileLocked: pausedWhileLocked,
        pausedSeconds: pausedSeconds.toFixed(1),
        ...partsCounts(r),
        caughtUpMsAfterRelease: caughtUpMs,
        samePid: String(p.pid('parts-procurement') === pid),
      },
    );

    expect(writeStatuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(reservationsWhileLocked).toBe(BEFORE);
    expect(readyWhileLocked).toBe(200);
    // The handler ran into the lock timeout and waited with its partitions paused (the gauge is a
    // snapshot: a partition between two pauses, waiting on the lock, is not paused; the counter adds up).
    expect(retriesWhileLocked).toBeGreaterThanOrEqual(1);
    expect(pausedSeconds).toBeGreaterThan(0);
    expect(orders).toHaveLength(N);
    expectEachOrderReservedOnce(r);
    expect(p.pid('parts-procurement')).toBe(pid);
  }, 150_000);
});
