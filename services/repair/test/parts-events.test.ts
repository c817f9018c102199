// The effect of parts.* events on an order (what the consumer runs inside its inbox transaction):
// only the current parts request counts, issue records the cost and resumes work, unknown orders
// and other tenants' events change nothing.
import { createEvent, type EventOf } from '@aftersales/contracts';
import { applyPartsEvent } from '../src/events/parts-events';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  quoteBody,
  receive,
  startHarness,
  type Harness,
} from './harness';

describe('parts events on repair orders (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_parts');
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  async function approvedOrder(): Promise<{ id: string; requestId: string }> {
    const { id } = await receive(h.app, staff, centreId);
    for (const [i, [path, body]] of (
      [
        ['diagnosis', diagnosisBody],
        ['quotes', quoteBody],
        ['quotes/1/approval', { method: 'phone' }],
      ] as [string, object][]
    ).entries()) {
      expect(
        (await as(h.app, staff).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(i + 1))).status,
      ).toBeLessThan(300);
    }
    const order = (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body;
    return { id, requestId: order.parts.requestId };
  }

  const apply = (event: Parameters<typeof applyPartsEvent>[1]) =>
    h.prisma.$transaction((tx) => applyPartsEvent(tx, event));
  const status = async (id: string) =>
    (await h.prisma.repairOrder.findUniqueOrThrow({ where: { id } })).status;
  const backordered = (id: string, requestId: string, tenantId = 'tenant-a') =>
    createEvent('parts.backordered', {
      producer: 'parts',
      tenantId,
      subject: id,
      data: {
        repairOrderId: id,
        requestId,
        locationId: 'loc',
        lines: [{ lineId: 'l', partId: 'p', quantity: 1, backorderId: 'b' }],
        expectedAt: null,
      },
    }) as EventOf<'parts.backordered'>;

  it('waits from APPROVED, and resumes to APPROVED when the parts are issued (recording their cost)', async () => {
    const { id, requestId } = await approvedOrder();
    expect(await apply(backordered(id, requestId))).toBe('APPROVED -> WAITING_PARTS');
    const issued = createEvent('parts.issued', {
      producer: 'parts',
      tenantId: 'tenant-a',
      subject: id,
      data: {
        repairOrderId: id,
        locationId: 'loc',
        issuedTo: 'tech-1',
        lines: [
          { partId: 'p', quantity: 1, lotNumber: 'LOT-7', unitCost: { amountMinor: 5_100, currency: 'EUR' } },
        ],
        totalCost: { amountMinor: 5_100, currency: 'EUR' },
      },
    }) as EventOf<'parts.issued'>;
    expect(await apply(issued)).toBe('WAITING_PARTS -> APPROVED');
    const order = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id } });
    expect(order).toMatchObject({
      status: 'APPROVED',
      partsStatus: 'issued',
      partsCostMinor: 5_100,
      resumeStatus: null,
    });
  });

  it('ignores events of an older parts request, of another tenant, and of unknown orders', async () => {
    const { id } = await approvedOrder();
    expect(await apply(backordered(id, 'older-request'))).toBe('ignored: older parts request');
    expect(await apply(backordered(id, 'x', 'tenant-b'))).toBe('ignored: unknown order');
    expect(await apply(backordered('00000000-0000-4000-8000-000000000000', 'x'))).toBe(
      'ignored: unknown order',
    );
    expect(await status(id)).toBe('APPROVED');
  });

  it('keeps waiting on a reservation that still leaves backorders open', async () => {
    const { id, requestId } = await approvedOrder();
    await apply(backordered(id, requestId));
    const partial = createEvent('parts.reserved', {
      producer: 'parts',
      tenantId: 'tenant-a',
      subject: id,
      data: {
        repairOrderId: id,
        requestId,
        reservationId: 'r',
        locationId: 'loc',
        source: 'stock',
        lines: [{ lineId: 'l', partId: 'p', quantity: 1 }],
        openBackorderLines: 1,
      },
    }) as EventOf<'parts.reserved'>;
    expect(await apply(partial)).toBe('recorded');
    expect(await status(id)).toBe('WAITING_PARTS');
  });
});
