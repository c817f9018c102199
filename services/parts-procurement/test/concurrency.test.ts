// Available stock never goes negative under concurrent requests: many parts requests (as several
// consumer instances would apply them) and write-downs race for the same part at one location,
// against real PostgreSQL. Each transaction locks the balance row, so the outcome is exactly what
// serial processing gives: total reserved = min(stock, demand), never more.
import { inTransaction } from '../src/application/context';
import { recordManualMovement } from '../src/application/adjustments';
import { reserveForRequest } from '../src/application/reservations';
import { ledgerMismatches, startHarness, uuid, type Harness } from './harness';

const LOC = 'loc-race';

describe('concurrent reservations against real PostgreSQL', () => {
  let h: Harness;
  let brake: string;
  let wiper: string;

  beforeAll(async () => {
    h = await startHarness('parts_race');
    const clerk = await h.as(['parts-clerk']);
    const part = async (partNumber: string) =>
      (
        await clerk.post('/v1/parts', {
          partNumber,
          description: partNumber,
          category: 'x',
          unitOfMeasure: 'piece',
          standardCost: { amountMinor: 100, currency: 'EUR' },
        })
      ).body.id as string;
    brake = await part('RACE-BRAKE');
    wiper = await part('RACE-WIPER');
    for (const [partId, quantity] of [
      [brake, 25],
      [wiper, 10],
    ] as const) {
      expect(
        (
          await clerk.post('/v1/stock/movements', {
            kind: 'receipt',
            partId,
            locationId: LOC,
            quantity,
            lotNumber: `LOT-${partId.slice(0, 4)}`,
            reason: 'opening',
          })
        ).status,
      ).toBe(201);
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  const system = () => ({ tenantId: 'tenant-a', actor: 'system', now: new Date(), causationId: null });

  it('never reserves more than is on hand, and deadlocks never happen across multi-part requests', async () => {
    // 40 requests at once; half ask brake then wiper, half wiper then brake (lock-order test).
    const wants = Array.from({ length: 40 }, (_, i) => ({
      brake: (i % 3) + 1,
      wiper: i % 2 === 0 ? 1 : 0,
      reversed: i % 2 === 1,
    }));
    const results = await Promise.allSettled(
      wants.map((w, i) => {
        const lines = [{ lineId: 'b', partId: brake, quantity: w.brake }];
        if (w.wiper) lines.push({ lineId: 'w', partId: wiper, quantity: w.wiper });
        if (w.reversed) lines.reverse();
        return inTransaction(h.prisma, system(), (ctx) =>
          reserveForRequest(ctx, {
            repairOrderId: `ro-${i}`,
            requestId: uuid(),
            centreId: 'c',
            locationId: LOC,
            quoteVersion: 1,
            priority: 'normal',
            neededBy: null,
            lines,
          }),
        );
      }),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const demandBrake = wants.reduce((a, w) => a + w.brake, 0); // 79
    const demandWiper = wants.reduce((a, w) => a + w.wiper, 0); // 20
    const balance = async (partId: string) => {
      const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId, locationId: LOC } });
      return { onHand: b.onHand.toNumber(), reserved: b.reserved.toNumber() };
    };
    expect(await balance(brake)).toEqual({ onHand: 25, reserved: 25 });
    expect(await balance(wiper)).toEqual({ onHand: 10, reserved: 10 });

    const sumLines = async (partId: string) => {
      const lines = await h.prisma.reservationLine.findMany({ where: { partId } });
      return lines.reduce((a, l) => a + l.reserved.toNumber(), 0);
    };
    const sumBackorders = async (partId: string) =>
      (await h.prisma.backorder.findMany({ where: { partId } })).reduce(
        (a, b) => a + b.quantity.toNumber(),
        0,
      );
    expect(await sumLines(brake)).toBe(25);
    expect(await sumBackorders(brake)).toBe(demandBrake - 25);
    expect(await sumLines(wiper)).toBe(10);
    expect(await sumBackorders(wiper)).toBe(demandWiper - 10);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('a write-down racing reservations can never take reserved stock', async () => {
    const part = (
      await (
        await h.as(['parts-clerk'])
      ).post('/v1/parts', {
        partNumber: 'RACE-OIL',
        description: 'oil',
        category: 'x',
        unitOfMeasure: 'litre',
        standardCost: { amountMinor: 900, currency: 'EUR' },
      })
    ).body.id as string;
    await inTransaction(h.prisma, { ...system(), actor: 'clerk' }, (ctx) =>
      recordManualMovement(ctx, {
        kind: 'receipt',
        partId: part,
        locationId: LOC,
        quantity: 12.5,
        lotNumber: null,
        unitCostMinor: null,
        reason: 'opening',
      }),
    );
    const jobs = [
      ...Array.from(
        { length: 15 },
        () => () =>
          inTransaction(h.prisma, system(), (ctx) =>
            reserveForRequest(ctx, {
              repairOrderId: uuid(),
              requestId: uuid(),
              centreId: 'c',
              locationId: LOC,
              quoteVersion: 1,
              priority: 'normal',
              neededBy: null,
              lines: [{ lineId: 'l', partId: part, quantity: 1.25 }],
            }),
          ),
      ),
      ...Array.from(
        { length: 10 },
        () => () =>
          inTransaction(h.prisma, { ...system(), actor: 'clerk' }, (ctx) =>
            recordManualMovement(ctx, {
              kind: 'adjustment',
              partId: part,
              locationId: LOC,
              quantity: -1.5,
              lotNumber: null,
              unitCostMinor: null,
              reason: 'spill',
            }),
          ),
      ),
    ];
    const results = await Promise.allSettled(jobs.sort(() => Math.random() - 0.5).map((j) => j()));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    for (const r of refused) expect(String(r.reason)).toMatch(/reserved/);
    const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId: part, locationId: LOC } });
    expect(b.onHand.toNumber() - b.reserved.toNumber()).toBeGreaterThanOrEqual(0);
    const writeDowns = 10 - refused.length;
    expect(b.onHand.toNumber()).toBeCloseTo(12.5 - 1.5 * writeDowns, 3);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('the database itself refuses a balance with more reserved than on hand', async () => {
    await expect(
      h.prisma.$executeRawUnsafe(
        `UPDATE stock_balance SET reserved = on_hand + 1 WHERE part_id = $1::uuid`,
        brake,
      ),
    ).rejects.toThrow(/stock_balance_available_check/);
  });
});
