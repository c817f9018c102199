// The effect of parts.* events on an order (what the consumer runs inside its inbox transaction):
// every parts request of the order counts (an approved re-quote adds one and the earlier ones stay
// in force), the whole order's open backorders decide whether it waits, issue records the cost and
// resumes work, a cancelled backorder lets it go on; unknown orders and other tenants' events
// change nothing. And the approval of a re-quote sends parts-procurement only the difference.
import { createEvent, type EventOf } from '@aftersales/contracts';
import { applyPartsEvent } from '../src/events/parts-events';
import {
  admin,
  advisor,
  as,
  createCentre,
  ifMatch,
  outboxOf,
  quoteBody,
  receive,
  startHarness,
  type Harness,
  TO_APPROVAL,
  walk,
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
    await walk(h.app, staff, id, TO_APPROVAL);
    const order = (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body;
    return { id, requestId: order.parts.requestId };
  }

  /** Mid-repair extra findings: a re-quote keeping quote 1's part and adding the rear pads, approved. */
  async function requoted(id: string): Promise<{ requestId: string }> {
    const step = async (path: string, body: object) => {
      const { version } = (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body;
      const res = await as(h.app, staff).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    await step('assignment', { technicianIds: ['tech-1'] });
    await step('quotes', {
      reason: 'extra-findings',
      lines: [
        ...quoteBody.lines,
        { kind: 'part', partId: 'part-pad-rear', quantity: 1, unitPriceMinor: 7_900 },
      ],
    });
    const approved = await step('quotes/2/approval', { method: 'phone' });
    return { requestId: approved.parts.requestId };
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
    expect(order).toMatchObject({ status: 'APPROVED', partsStatus: 'issued', resumeStatus: null });
    expect(Number(order.partsCostMinor)).toBe(5_100);
  });

  it('ignores events of another tenant and of unknown orders', async () => {
    const { id } = await approvedOrder();
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

  const reserved = (id: string, requestId: string, source: 'stock' | 'backorder-fulfilment', open: number) =>
    createEvent('parts.reserved', {
      producer: 'parts',
      tenantId: 'tenant-a',
      subject: id,
      data: {
        repairOrderId: id,
        requestId,
        reservationId: `r-${requestId}`,
        locationId: 'loc',
        source,
        lines: [{ lineId: 'l', partId: 'p', quantity: 1 }],
        openBackorderLines: open,
      },
    }) as EventOf<'parts.reserved'>;

  it('approving a re-quote requests only the added part; a later quote that drops a part says so', async () => {
    const { id, requestId: first } = await approvedOrder();
    const { requestId: second } = await requoted(id);
    expect(second).not.toBe(first);
    const events = await outboxOf(h.prisma, id);
    const requests = events.filter(
      (e) => e.type === 'repair.parts.requested',
    ) as EventOf<'repair.parts.requested'>[];
    expect(
      requests.map((e) => [e.data.requestId, e.data.scope, e.data.lines.map((l) => [l.partId, l.quantity])]),
    ).toEqual([
      [first, 'addition', [['part-pad-front', 1]]],
      [second, 'addition', [['part-pad-rear', 1]]],
    ]);
    expect(events.filter((e) => e.type === 'repair.parts.dropped')).toEqual([]);

    // More findings: quote 3 keeps the rear pads but no longer needs the front ones.
    const step = async (path: string, body: object) => {
      const { version } = (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body;
      const res = await as(h.app, staff).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
      expect(res.status).toBeLessThan(300);
      return res.body;
    };
    await step('assignment', { technicianIds: ['tech-1'] });
    await step('quotes', {
      reason: 'revision',
      lines: [
        quoteBody.lines[0],
        { kind: 'part', partId: 'part-pad-rear', quantity: 1, unitPriceMinor: 7_900 },
      ],
    });
    const approved = await step('quotes/3/approval', { method: 'phone' });
    expect(approved.parts.requestId).toBe(second); // nothing added: no new request
    const after = await outboxOf(h.prisma, id);
    expect(after.filter((e) => e.type === 'repair.parts.requested')).toHaveLength(2);
    const dropped = after.filter(
      (e) => e.type === 'repair.parts.dropped',
    ) as EventOf<'repair.parts.dropped'>[];
    expect(dropped.map((e) => e.data)).toEqual([
      {
        repairOrderId: id,
        centreId,
        locationId: 'loc-berlin',
        quoteVersion: 3,
        lines: [{ partId: 'part-pad-front', quantity: 1 }],
      },
    ]);
  });

  it('applies the events of an earlier parts request after a later one exists', async () => {
    const { id, requestId: first } = await approvedOrder();
    const { requestId: second } = await requoted(id);
    expect(await status(id)).toBe('APPROVED');
    // Request 1's part turns out short (its event arrives after request 2 was made): the order waits.
    expect(await apply(backordered(id, first))).toBe('APPROVED -> WAITING_PARTS');
    // Request 2's part is in stock, but request 1's backorder is still open: still waiting.
    expect(await apply(reserved(id, second, 'stock', 1))).toBe('recorded');
    expect(await status(id)).toBe('WAITING_PARTS');
    // Request 1's backorder is fulfilled, nothing of the order is open: work resumes.
    expect(await apply(reserved(id, first, 'backorder-fulfilment', 0))).toBe('WAITING_PARTS -> APPROVED');
    expect(await h.prisma.repairOrder.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'APPROVED',
      partsStatus: 'reserved',
      partsRequestId: second,
    });
  });

  it("keeps waiting when one request's parts are issued while another's are backordered", async () => {
    const { id, requestId } = await approvedOrder();
    await apply(backordered(id, requestId));
    const issued = createEvent('parts.issued', {
      producer: 'parts',
      tenantId: 'tenant-a',
      subject: id,
      data: {
        repairOrderId: id,
        locationId: 'loc',
        issuedTo: 'tech-1',
        lines: [
          { partId: 'p', quantity: 1, lotNumber: null, unitCost: { amountMinor: 900, currency: 'EUR' } },
        ],
        totalCost: { amountMinor: 900, currency: 'EUR' },
        openBackorderLines: 1,
      },
    }) as EventOf<'parts.issued'>;
    expect(await apply(issued)).toBe('recorded');
    const order = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id } });
    expect(order).toMatchObject({ status: 'WAITING_PARTS', partsStatus: 'backordered' });
    expect(Number(order.partsCostMinor)).toBe(900);
  });

  it('goes on when a dropped part was the last thing it waited for', async () => {
    const { id, requestId } = await approvedOrder();
    await apply(backordered(id, requestId));
    const cancelled = (open: number) =>
      createEvent('parts.backorder-cancelled', {
        producer: 'parts',
        tenantId: 'tenant-a',
        subject: id,
        data: {
          repairOrderId: id,
          requestId,
          reservationId: 'r',
          locationId: 'loc',
          reason: 'not-needed',
          lines: [{ lineId: 'l', partId: 'p', quantity: 1, backorderId: 'b' }],
          openBackorderLines: open,
        },
      }) as EventOf<'parts.backorder-cancelled'>;
    expect(await apply(cancelled(1))).toBe('recorded');
    expect(await status(id)).toBe('WAITING_PARTS');
    expect(await apply(cancelled(0))).toBe('WAITING_PARTS -> APPROVED');
    expect(await h.prisma.repairOrder.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'APPROVED',
      partsStatus: 'reserved',
    });
  });
});
