// Pseudonyms on the public service-outcome stream (PostgreSQL): stable per customer and vehicle
// within a tenant and a key, different across tenants and keys, destroyed by the customer's
// erasure (later outcomes carry none, the vehicle gets a new one); and the v1 migration window,
// in which every outcome also goes out as version 1 on the superseded topic, in the same transaction.
import { randomBytes } from 'node:crypto';
import { createEvent, Pseudonym, topicOf, type AnyEvent } from '@aftersales/contracts';
import { outcomePublishingFrom } from '../src/application/outcomes';
import * as ev from './events';
import { seed, startHarness, TEST_OUTCOMES, type Harness } from './harness';

interface OutcomeRow {
  topic: string;
  payload: { version: number; data: Record<string, unknown> & { repairOrderId: string } };
}

describe('pseudonyms on the service-outcome stream', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('analytics_pseudonyms');
  });
  afterAll(async () => {
    await h?.close();
  });

  const start = new Date('2026-10-01T08:00:00Z');
  const survey = { product: 5, service: 4, purchase: 5, nps: 9 };
  const story = (tenantId: string, orderId: string, customerId: string, vehicleId: string) =>
    ev.orderStory({ tenantId, orderId, centreId: 'c', regionId: 'r', start, customerId, vehicleId, survey })
      .events;
  const outcomes = async (): Promise<OutcomeRow[]> =>
    (await h.prisma.outboxMessage.findMany({ where: { eventType: 'analytics.service-outcome' } })).map(
      (r) => ({ topic: r.topic, payload: r.payload as unknown as OutcomeRow['payload'] }),
    );
  const v2Of = async (orderId: string) =>
    (await outcomes()).find((o) => o.payload.version === 2 && o.payload.data.repairOrderId === orderId)!
      .payload.data as unknown as {
      customerPseudonym: string | null;
      vehiclePseudonym: string;
      pseudonymKeyId: string;
      customerId?: string;
    };

  it('names one customer and vehicle alike across orders, others and other tenants differently, never by id', async () => {
    await seed(h.prisma, [
      ...story('t1', 'a-1', 'cust-anna', 'veh-golf'),
      ...story('t1', 'a-2', 'cust-anna', 'veh-golf'),
      ...story('t1', 'b-1', 'cust-ben', 'veh-polo'),
      ...story('t2', 'a-1', 'cust-anna', 'veh-golf'), // the same ids in another dealer group
    ]);
    const a1 = await v2Of('a-1');
    const a2 = await v2Of('a-2');
    const b1 = await v2Of('b-1');
    expect(Pseudonym.safeParse(a1.customerPseudonym).success).toBe(true);
    expect(Pseudonym.safeParse(a1.vehiclePseudonym).success).toBe(true);
    expect(a1).toMatchObject({ pseudonymKeyId: 'k1' });
    expect(a1).not.toHaveProperty('customerId');
    expect(a2.customerPseudonym).toBe(a1.customerPseudonym);
    expect(a2.vehiclePseudonym).toBe(a1.vehiclePseudonym);
    expect(b1.customerPseudonym).not.toBe(a1.customerPseudonym);
    expect(b1.vehiclePseudonym).not.toBe(a1.vehiclePseudonym);
    const otherTenant = (await outcomes()).find(
      (o) =>
        o.payload.data.repairOrderId === 'a-1' && o.payload.data.customerPseudonym !== a1.customerPseudonym,
    );
    expect(otherTenant).toBeDefined(); // t2's a-1: same customer id, another pseudonym
    for (const o of await outcomes()) {
      expect(o.topic).toBe(topicOf('analytics.service-outcome'));
      expect(JSON.stringify(o.payload)).not.toMatch(/cust-|veh-/);
    }
  });

  it('gives everyone new pseudonyms under a new key id (rotation)', async () => {
    const rotated = outcomePublishingFrom({
      ANALYTICS_PSEUDONYM_KEY: randomBytes(32).toString('base64'),
      ANALYTICS_PSEUDONYM_KEY_ID: 'k2',
      SERVICE_OUTCOME_V1_UNTIL: null,
    });
    await seed(h.prisma, story('t1', 'a-3', 'cust-anna', 'veh-golf'), start, h.timeZone, rotated);
    const a1 = await v2Of('a-1');
    const a3 = await v2Of('a-3');
    expect(a3.pseudonymKeyId).toBe('k2');
    expect(a3.customerPseudonym).not.toBe(a1.customerPseudonym);
    expect(a3.vehiclePseudonym).not.toBe(a1.vehiclePseudonym);
  });

  it("destroys a customer's pseudonym secrets with the erasure: none afterwards, and the vehicle is unlinkable", async () => {
    const before = await v2Of('a-1');
    const secrets = () =>
      h.prisma.pseudonymSecret.findMany({ where: { tenantId: 't1' }, orderBy: { subjectId: 'asc' } });
    expect((await secrets()).map((s) => `${s.subjectKind}:${s.subjectId}`)).toEqual([
      'customer:cust-anna',
      'customer:cust-ben',
      'vehicle:veh-golf',
      'vehicle:veh-polo',
    ]);
    // An order of Anna's still in the workshop when she is erased.
    const open = story('t1', 'a-4', 'cust-anna', 'veh-golf');
    const cut = open.findIndex((e) => e.type === 'repair.order.diagnosed') + 1;
    await seed(h.prisma, open.slice(0, cut));
    const erased = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: 't1',
      subject: 'cust-anna',
      data: { customerId: 'cust-anna', basis: 'customer-request', vehicleIds: ['veh-golf'] },
    }) as AnyEvent;
    await seed(h.prisma, [erased]);
    expect((await secrets()).map((s) => `${s.subjectKind}:${s.subjectId}`)).toEqual([
      'customer:cust-ben',
      'vehicle:veh-polo',
    ]);
    await seed(h.prisma, open.slice(cut));
    const after = await v2Of('a-4');
    expect(after.customerPseudonym).toBeNull();
    expect(Pseudonym.safeParse(after.vehiclePseudonym).success).toBe(true);
    expect(after.vehiclePseudonym).not.toBe(before.vehiclePseudonym);
    // Ben is untouched.
    const b2 = story('t1', 'b-2', 'cust-ben', 'veh-polo');
    await seed(h.prisma, b2);
    expect((await v2Of('b-2')).customerPseudonym).toBe((await v2Of('b-1')).customerPseudonym);
  });

  it('during the v1 window publishes each outcome on both topics in one transaction, after it on .v2 only', async () => {
    const windowEnd = new Date('2026-11-01T00:00:00Z');
    const sideBySide = { ...TEST_OUTCOMES, v1Until: windowEnd };
    await seed(
      h.prisma,
      story('t3', 'w-1', 'cust-carl', 'veh-up'),
      new Date('2026-10-15T00:00:00Z'),
      h.timeZone,
      sideBySide,
    );
    await seed(h.prisma, story('t3', 'w-2', 'cust-carl', 'veh-up'), windowEnd, h.timeZone, sideBySide);
    const rows = (await outcomes()).filter((o) => o.payload.data.repairOrderId.startsWith('w-'));
    const seen = rows.map((o) => `${o.payload.data.repairOrderId} v${o.payload.version} ${o.topic}`).sort();
    expect(seen).toEqual([
      'w-1 v1 aftersales.analytics.service-outcome.v1',
      'w-1 v2 aftersales.analytics.service-outcome.v2',
      'w-2 v2 aftersales.analytics.service-outcome.v2',
    ]);
    const v1 = rows.find((o) => o.payload.version === 1)!.payload;
    const v2 = rows.find((o) => o.payload.version === 2 && o.payload.data.repairOrderId === 'w-1')!.payload;
    expect(v1.data).toMatchObject({ customerId: 'cust-carl', vehicleId: 'veh-up' });
    expect(v1.data).not.toHaveProperty('customerPseudonym');
    // The same outcome apart from how it names the customer and the vehicle.
    const { customerId: _c, vehicleId: _v, ...v1Rest } = v1.data;
    const { customerPseudonym: _p, vehiclePseudonym: _q, pseudonymKeyId: _k, ...v2Rest } = v2.data;
    expect(v1Rest).toEqual(v2Rest);
  });
});
