// Fault 7: a consuming service's database refuses connections for 40 s in the middle of a
// workload. Repair orders are approved through the gateway, so the repair service emits
// repair.parts.requested, and parts-procurement reserves the parts from stock. While its database
// is closed (ALLOW_CONNECTIONS false, every connection terminated) the parts consumer's handler
// fails with "database unavailable": that is transient, so the partition pauses and the same
// message is retried until the database is back. Nothing may be dead-lettered, every order's
// parts must be reserved exactly once afterwards, and the service must ride it out in-process.
import { waitFor } from '@aftersales/testing';
import { startPlatform, type Platform } from '../../e2e/src/platform';
import {
  expectEachOrderReservedOnce,
  partsCaughtUp,
  partsCounts,
  reconcileParts,
  repairOrderDlq,
  reservationCount,
} from '../src/parts';
import { allowConnections, dropConnections, metric, readAll, report, sleep } from '../src/reconcile';
import { approvedOrder, partsWorkshop, type ApprovedOrder } from '../src/workload';

const BEFORE = 3;
const DURING = 4;
const AFTER = 3;
const N = BEFORE + DURING + AFTER;
const OUTAGE_MS = 40_000;

describe('fault 7: a consumer database refuses connections', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer', 'repair', 'parts-procurement'], 'faults-dbref');
  });
  afterAll(async () => {
    await allowConnections(p.database('parts-procurement').name).catch(() => undefined);
    await p?.stop();
  });

  it('pauses and retries instead of dead-lettering, and applies every event once when the database returns', async () => {
    const parts = p.database('parts-procurement');
    const partsUrl = p.serviceUrl('parts-procurement');
    const w = await partsWorkshop(p, 100);
    const orders: ApprovedOrder[] = [];
    const approve = async () => orders.push(await approvedOrder(p, w));

    for (let i = 0; i < BEFORE; i++) await approve();
    // The consumer is live and caught up before the fault, so what follows is the outage's doing.
    await waitFor(
      async () => (await reservationCount(p)) === BEFORE,
      'reservations before the outage',
      30_000,
    );
    const dlqBefore = (await readAll(p.kafkaBrokers, repairOrderDlq(p))).length;

    const pid = p.pid('parts-procurement');
    await dropConnections(parts.name);
    const outageStarted = Date.now();
    for (let i = 0; i < DURING; i++) await approve();
    await sleep(OUTAGE_MS - (Date.now() - outageStarted));
    // The service's own account of the outage, read before the database returns.
    const retriesDuring = await metric(partsUrl, 'aftersales_consumer_retries_total', {
      class: 'database-unavailable',
    });
    const pausedDuring = await metric(partsUrl, 'aftersales_consumer_paused_partitions');
    await allowConnections(parts.name);
    const restoredAt = Date.now();
    const outageMs = restoredAt - outageStarted;
    for (let i = 0; i < AFTER; i++) await approve();

    await partsCaughtUp(p, N);
    const caughtUpMs = Date.now() - restoredAt;

    const r = await reconcileParts(p, w, orders);
    const pausedSeconds = await metric(partsUrl, 'aftersales_consumer_paused_seconds_total');
    const writeStatuses = orders.flatMap((o) => o.statuses);
    report(
      '7 consumer database refused',
      `ALLOW_CONNECTIONS false + pg_terminate_backend on parts-procurement's database for ${(outageMs / 1000).toFixed(1)} s; ${BEFORE} orders approved before, ${DURING} during, ${AFTER} after`,
      {
        ordersApproved: orders.length,
        writesOk: writeStatuses.filter((s) => s === 200 || s === 201).length,
        writes: writeStatuses.length,
        ...partsCounts(r),
        dlqBefore,
        retriesDuringOutage: retriesDuring,
        pausedPartitionsDuringOutage: pausedDuring,
        pausedSeconds: pausedSeconds.toFixed(1),
        caughtUpMsAfterRestore: caughtUpMs,
        samePid: String(p.pid('parts-procurement') === pid),
      },
    );

    expect(writeStatuses.every((s) => s === 200 || s === 201)).toBe(true);
    // The handler really hit the closed database and waited with its partitions paused (the
    // gauge is a snapshot, reported; the counter of paused seconds is what is asserted).
    expect(retriesDuring).toBeGreaterThan(0);
    expect(pausedSeconds).toBeGreaterThan(0);
    // Nothing dead-lettered; every order's parts reserved once, and only once.
    expect(dlqBefore).toBe(0);
    expect(orders).toHaveLength(N);
    expectEachOrderReservedOnce(r);
    // Ridden out in-process: no restart.
    expect(p.pid('parts-procurement')).toBe(pid);
  }, 150_000);
});
