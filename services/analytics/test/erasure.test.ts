// A customer's erasure in analytics (PostgreSQL): the link from facts and the order view to the
// customer id is cut; facts of that customer arriving later are stored without it; the service
// outcome of such an order carries no customer pseudonym (the secret behind it is destroyed);
// another customer keeps their link.
import { createEvent, Pseudonym, type AnyEvent } from '@aftersales/contracts';
import { findText } from '@aftersales/testing';
import { sweepOutcomes } from '../src/application/outcomes';
import * as ev from './events';
import { seed, startHarness, type Harness } from './harness';

describe('customer erasure in analytics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('analytics_erasure');
  });
  afterAll(async () => {
    await h?.close();
  });

  const start = new Date('2026-09-01T08:00:00Z');
  const erased = (customerId: string): AnyEvent =>
    createEvent('customer.erased', {
      producer: 'customer',
      tenantId: 't',
      subject: customerId,
      occurredAt: new Date('2026-09-02T08:00:00Z'),
      data: { customerId, basis: 'customer-request', vehicleIds: [] },
    }) as AnyEvent;

  it('cuts the link before and after the erasure, and publishes the outcome as erased', async () => {
    const done = ev.orderStory({
      tenantId: 't',
      orderId: 'gone-1',
      centreId: 'c',
      regionId: 'r',
      start,
      customerId: 'cust-gone',
    });
    // A second order of the same customer is still open when the erasure arrives.
    const open = ev.orderStory({
      tenantId: 't',
      orderId: 'gone-2',
      centreId: 'c',
      regionId: 'r',
      start,
      customerId: 'cust-gone',
      survey: null,
    });
    const other = ev.orderStory({
      tenantId: 't',
      orderId: 'kept-1',
      centreId: 'c',
      regionId: 'r',
      start,
      customerId: 'cust-kept',
    });
    const opened = open.events.findIndex((e) => e.type === 'repair.order.diagnosed');
    await seed(h.prisma, [...done.events, ...open.events.slice(0, opened + 1), ...other.events], start);
    expect((await findText(h.db.url, 'cust-gone')).length).toBeGreaterThan(0);

    await seed(h.prisma, [erased('cust-gone'), erased('cust-gone')], start); // twice: idempotent
    await seed(h.prisma, open.events.slice(opened + 1), start); // the rest of the open order, after the erasure

    // Only the erasure record itself still names the id (to strip facts that arrive later).
    expect(await findText(h.db.url, 'cust-gone')).toEqual([
      { table: 'erased_customer', column: 'customer_id', rows: 1 },
    ]);
    expect(
      (await h.prisma.orderView.findMany({ where: { customerId: 'cust-kept' } })).map((o) => o.repairOrderId),
    ).toEqual(['kept-1']);
    const gone = await h.prisma.orderView.findMany({
      where: { repairOrderId: { in: ['gone-1', 'gone-2'] } },
    });
    expect(gone.map((o) => o.customerId)).toEqual([null, null]);
    expect(gone.every((o) => o.closedAt !== null)).toBe(true); // the KPIs still count the orders

    await sweepOutcomes(h.prisma, 0, new Date('2026-12-01T00:00:00Z'), h.outcomes);
    const outcomes = (
      await h.prisma.outboxMessage.findMany({ where: { eventType: 'analytics.service-outcome' } })
    ).map(
      (r) => r.payload as unknown as { data: { repairOrderId: string; customerPseudonym: string | null } },
    );
    const byOrder = Object.fromEntries(outcomes.map((o) => [o.data.repairOrderId, o.data.customerPseudonym]));
    expect(byOrder).toEqual({ 'gone-1': null, 'gone-2': null, 'kept-1': expect.any(String) });
    expect(Pseudonym.safeParse(byOrder['kept-1']).success).toBe(true);
  });
});
