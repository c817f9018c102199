// Self-service (/v1/me) on real PostgreSQL: a signed-in customer sees only their own orders and
// bookings (someone else's answers the same 404 as an unknown id), approves or declines a quote
// as it was shown (quoteHash; method customer-link, with where the decision came from), and books
// and cancels slots for vehicles the workshop knows as theirs. Staff tokens have no /v1/me and
// customer tokens nothing else.
import { type Identity } from '@aftersales/service-kit';
import { redactCustomer } from '../src/application/erasure';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  key,
  outboxOf,
  quoteBody,
  receive,
  startHarness,
  walk,
  type Harness,
} from './harness';

const customer = (customerId: string): Identity => ({
  userId: customerId,
  tenantId: 'tenant-a',
  dealerIds: [],
  centreIds: [],
  roles: ['customer'],
});

interface MyQuote {
  version: number;
  status: string;
  quoteHash: string;
  decidable: boolean;
  lines: Record<string, unknown>[];
  totals: Record<string, number>;
  decision: { outcome: string; method: string | null; declineReason: string | null } | null;
}
interface MyOrder {
  id: string;
  orderNumber: string;
  status: string;
  vehicle: { id: string };
  centre: { id: string; name: string };
  currentQuote: { version: number; status: string; grossMinor: number; currency: string } | null;
  awaitingDecision: boolean;
  timeline: { at: string; from: string | null; to: string }[];
  quotes: MyQuote[];
}

describe('customer self-service (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  const alice = customer('cust-alice');
  const bob = customer('cust-bob');
  let aliceOrder: string;
  let bobOrder: string;
  const unknownId = '00000000-0000-4000-8000-000000000000';

  /** An order received for `customerId` and walked to QUOTED (diagnosis, quote 1). */
  async function quotedOrder(customerId: string, vehicleId: string) {
    const order = await receive(h.app, staff, centreId, { customerId, vehicleId });
    await walk(h.app, staff, order.id, [
      ['diagnosis', diagnosisBody],
      ['quotes', quoteBody],
    ]);
    return order.id;
  }

  const detail = async (who: Identity, id: string) => {
    const res = await as(h.app, who).get(`/v1/me/repair-orders/${id}`);
    expect(res.status).toBe(200);
    return res.body as MyOrder;
  };

  beforeAll(async () => {
    h = await startHarness('repair_self_service');
    centreId = (await createCentre(h.app, admin(), { name: 'Berlin Nord' })).id;
    aliceOrder = await quotedOrder('cust-alice', 'veh-alice');
    bobOrder = await quotedOrder('cust-bob', 'veh-bob');
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('who reaches what', () => {
    it('lists only the customer’s own orders, with the current quote summary', async () => {
      const res = await as(h.app, alice).get('/v1/me/repair-orders');
      expect(res.status).toBe(200);
      expect(res.body.items.map((o: MyOrder) => o.id)).toEqual([aliceOrder]);
      expect(res.body.items[0]).toMatchObject({
        status: 'QUOTED',
        vehicle: { id: 'veh-alice' },
        centre: { id: centreId, name: 'Berlin Nord' },
        currentQuote: { version: 1, status: 'ISSUED', grossMinor: 27_549, currency: 'EUR' },
        awaitingDecision: true,
        readyAt: null,
        deliveredAt: null,
      });
      const bobs = await as(h.app, bob).get('/v1/me/repair-orders');
      expect(bobs.body.items.map((o: MyOrder) => o.id)).toEqual([bobOrder]);
    });

    it('lists newest first, a page at a time', async () => {
      const later = await receive(h.app, staff, centreId, { customerId: 'cust-carol', vehicleId: 'veh-c1' });
      const latest = await receive(h.app, staff, centreId, { customerId: 'cust-carol', vehicleId: 'veh-c2' });
      const carol = as(h.app, customer('cust-carol'));
      const first = await carol.get('/v1/me/repair-orders?limit=1');
      expect(first.body.items.map((o: MyOrder) => o.id)).toEqual([latest.id]);
      expect(first.body.items[0].currentQuote).toBeNull();
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await carol.get(`/v1/me/repair-orders?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((o: MyOrder) => o.id)).toEqual([later.id]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('shows the detail customer-facing: status timeline and priced quote lines, no staff notes or ids', async () => {
      const res = await as(h.app, alice).get(`/v1/me/repair-orders/${aliceOrder}`);
      expect(res.status).toBe(200);
      const order = res.body as MyOrder;
      expect(order.timeline.map((t) => [t.from, t.to])).toEqual([
        [null, 'RECEIVED'],
        ['RECEIVED', 'DIAGNOSED'],
        ['DIAGNOSED', 'QUOTED'],
      ]);
      expect(order.quotes).toHaveLength(1);
      expect(order.quotes[0]).toMatchObject({
        version: 1,
        status: 'ISSUED',
        decidable: true,
        decision: null,
        totals: { netMinor: 23_150, discountMinor: 0, taxMinor: 4_399, grossMinor: 27_549 },
        lines: [
          { lineNo: 1, kind: 'labour', quantity: 1.5, unitPriceMinor: 9_500, netMinor: 14_250 },
          { lineNo: 2, kind: 'part', quantity: 1, unitPriceMinor: 8_900, taxRateBasisPoints: 1_900 },
        ],
      });
      expect(order.quotes[0]!.quoteHash).toMatch(/^[0-9a-f]{64}$/);
      const text = JSON.stringify(order);
      for (const internal of ['tech-1', 'advisor@', 'Front pads worn', 'Scratch', 'part-pad-front', '"bay"'])
        expect(text).not.toContain(internal);
    });

    it("answers another customer's order exactly like an unknown one: 404, nothing changes", async () => {
      const before = await detail(bob, bobOrder);
      const hash = before.quotes[0]!.quoteHash;
      const me = as(h.app, alice);
      const attempts = async (id: string) => [
        await me.get(`/v1/me/repair-orders/${id}`),
        await me.post(`/v1/me/repair-orders/${id}/quotes/1/approval`, { quoteHash: hash }),
        await me.post(`/v1/me/repair-orders/${id}/quotes/1/decline`, { quoteHash: hash, reason: 'price' }),
      ];
      const foreign = await attempts(bobOrder);
      const unknown = await attempts(unknownId);
      for (const [i, res] of foreign.entries()) {
        expect(res.status).toBe(404);
        const strip = ({ detail, instance, requestId, ...rest }: Record<string, string>) => ({
          ...rest,
          detail: detail!.replace(/[0-9a-f-]{36}/, 'ID'),
          instance: instance!.replace(/[0-9a-f-]{36}/, 'ID'),
          requestId: typeof requestId,
        });
        expect(strip(res.body)).toEqual(strip(unknown[i]!.body));
      }
      expect(await detail(bob, bobOrder)).toEqual(before);
    });

    it('refuses staff (admin included) on /v1/me and customers everywhere else: 403', async () => {
      for (const who of [staff, admin()]) {
        const res = await as(h.app, who).get('/v1/me/repair-orders');
        expect(res.status).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const me = as(h.app, alice);
      expect((await me.get('/v1/repair-orders')).status).toBe(403);
      expect((await me.get(`/v1/repair-orders/${aliceOrder}`)).status).toBe(403);
      expect(
        (await me.post(`/v1/repair-orders/${aliceOrder}/quotes/1/approval`, { method: 'online' }, ifMatch(3)))
          .status,
      ).toBe(403);
      expect((await me.get('/v1/bookings')).status).toBe(403);
    });
  });

  describe('deciding on a quote', () => {
    it('refuses a hash that is not the stored version’s (409) and changes nothing', async () => {
      const before = await detail(alice, aliceOrder);
      const wrong = before.quotes[0]!.quoteHash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
      const res = await as(h.app, alice).post(`/v1/me/repair-orders/${aliceOrder}/quotes/1/approval`, {
        quoteHash: wrong,
      });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'quote-changed',
        type: 'urn:aftersales:problem:repair:quote-changed',
      });
      expect(await detail(alice, aliceOrder)).toEqual(before);
      const quote = await h.prisma.repairQuote.findFirstOrThrow({ where: { repairOrderId: aliceOrder } });
      expect(quote).toMatchObject({ status: 'ISSUED', decidedAt: null, decisionQuoteHash: null });
      const types = (await outboxOf(h.prisma, aliceOrder)).map((e) => e.type);
      expect(types).not.toContain('repair.order.approved');
      // A malformed hash is a 400 before anything is looked up.
      const bad = await as(h.app, alice).post(`/v1/me/repair-orders/${aliceOrder}/quotes/1/approval`, {
        quoteHash: 'abc',
      });
      expect(bad.status).toBe(400);
    });

    it('approves with the right hash like staff do (parts requested), recording customer-link and its origin', async () => {
      const shown = (await detail(alice, aliceOrder)).quotes[0]!;
      const userAgent = `Mozilla/5.0 ${'x'.repeat(600)}`;
      const res = await as(h.app, alice).post(
        `/v1/me/repair-orders/${aliceOrder}/quotes/1/approval`,
        { quoteHash: shown.quoteHash.toUpperCase() },
        // What the browser claimed first, then the address the gateway appended.
        { 'X-Forwarded-For': '198.51.100.66, 203.0.113.9', 'User-Agent': userAgent },
      );
      expect(res.status).toBe(200);
      const order = res.body as MyOrder;
      expect(order).toMatchObject({ status: 'APPROVED', awaitingDecision: false });
      expect(order.quotes[0]).toMatchObject({
        status: 'APPROVED',
        decidable: false,
        decision: { outcome: 'approved', method: 'customer-link', declineReason: null },
      });
      expect(order.timeline.at(-1)).toMatchObject({ from: 'QUOTED', to: 'APPROVED' });

      const quote = await h.prisma.repairQuote.findFirstOrThrow({ where: { repairOrderId: aliceOrder } });
      expect(quote).toMatchObject({
        status: 'APPROVED',
        decisionMethod: 'customer-link',
        approvedByCustomerId: 'cust-alice',
        decidedBy: 'customer:cust-alice',
        decisionClientAddress: '203.0.113.9',
        decisionUserAgent: userAgent.slice(0, 512),
        decisionQuoteHash: shown.quoteHash,
      });
      const row = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id: aliceOrder } });
      expect(row).toMatchObject({ status: 'APPROVED', approvedQuoteVersion: 1, partsStatus: 'requested' });

      const events = await outboxOf(h.prisma, aliceOrder);
      const approved = events.find((e) => e.type === 'repair.order.approved');
      expect(approved?.data).toMatchObject({
        quoteVersion: 1,
        method: 'customer-link',
        approvedByCustomerId: 'cust-alice',
        recordedBy: 'customer:cust-alice',
        approvedTotal: { amountMinor: 27_549, currency: 'EUR' },
      });
      expect(events.find((e) => e.type === 'repair.parts.requested')?.data).toMatchObject({
        quoteVersion: 1,
        lines: [expect.objectContaining({ partId: 'part-pad-front', quantity: 1 })],
      });
      expect(
        events.find((e) => e.type === 'repair.order.status-changed' && e.data.to === 'APPROVED'),
      ).toMatchObject({
        data: { from: 'QUOTED', changedBy: 'customer:cust-alice' },
      });

      // Staff see the customer's decision on the order.
      const staffView = await as(h.app, staff).get(`/v1/repair-orders/${aliceOrder}`);
      expect(staffView.body.quotes[0].decision).toMatchObject({
        method: 'customer-link',
        approvedByCustomerId: 'cust-alice',
        recordedBy: 'customer:cust-alice',
      });
    });

    it('answers a repeated approval like the staff endpoint does: 409, nothing recorded twice', async () => {
      const shown = (await detail(alice, aliceOrder)).quotes[0]!;
      const before = (await outboxOf(h.prisma, aliceOrder)).length;
      const res = await as(h.app, alice).post(`/v1/me/repair-orders/${aliceOrder}/quotes/1/approval`, {
        quoteHash: shown.quoteHash,
      });
      expect(res.status).toBe(409);
      expect(res.body.type).toBe('urn:aftersales:problem:repair:invalid-transition');
      expect((await outboxOf(h.prisma, aliceOrder)).length).toBe(before);
    });

    it('declines with the right hash and a reason', async () => {
      const shown = (await detail(bob, bobOrder)).quotes[0]!;
      const res = await as(h.app, bob).post(
        `/v1/me/repair-orders/${bobOrder}/quotes/1/decline`,
        { quoteHash: shown.quoteHash, reason: 'second-opinion' },
        { 'User-Agent': 'TestBrowser/1.0' },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'DECLINED',
        quotes: [
          {
            status: 'DECLINED',
            decision: { outcome: 'declined', method: 'customer-link', declineReason: 'second-opinion' },
          },
        ],
      });
      const quote = await h.prisma.repairQuote.findFirstOrThrow({ where: { repairOrderId: bobOrder } });
      expect(quote).toMatchObject({
        decidedBy: 'customer:cust-bob',
        decisionQuoteHash: shown.quoteHash,
        decisionUserAgent: 'TestBrowser/1.0',
        decisionClientAddress: expect.any(String),
      });
      const declined = (await outboxOf(h.prisma, bobOrder)).find((e) => e.type === 'repair.order.declined');
      expect(declined?.data).toMatchObject({
        method: 'customer-link',
        reason: 'second-opinion',
        recordedBy: 'customer:cust-bob',
      });
    });

    it('forgets where a decision came from when the customer is erased, keeping the quote hash', async () => {
      await h.prisma.$transaction((tx) => redactCustomer(tx, 'tenant-a', 'cust-bob'));
      const quote = await h.prisma.repairQuote.findFirstOrThrow({ where: { repairOrderId: bobOrder } });
      expect(quote).toMatchObject({
        decisionClientAddress: null,
        decisionUserAgent: null,
        decisionMethod: 'customer-link',
        decisionQuoteHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('refuses a superseded version (409 stale-quote) even with its own hash', async () => {
      const id = await quotedOrder('cust-alice', 'veh-alice-2');
      const v1 = (await detail(alice, id)).quotes[0]!;
      const requote = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/quotes`,
        { reason: 'revision', lines: [{ kind: 'labour', quantity: 2 }] },
        ifMatch(3),
      );
      expect(requote.status).toBe(201);
      const res = await as(h.app, alice).post(`/v1/me/repair-orders/${id}/quotes/1/approval`, {
        quoteHash: v1.quoteHash,
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('stale-quote');
      const now = await detail(alice, id);
      expect(now.quotes.map((q) => [q.version, q.status, q.decidable])).toEqual([
        [1, 'SUPERSEDED', false],
        [2, 'ISSUED', true],
      ]);
      expect(now.quotes[1]!.quoteHash).not.toBe(v1.quoteHash);
    });
  });

  describe('bookings', () => {
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const at = (hhmm: string) => `${day}T${hhmm}:00.000Z`;
    const body = (over: Record<string, unknown> = {}) => ({
      centreId,
      vehicleId: 'veh-alice',
      serviceType: 'maintenance',
      slotStart: at('10:00'),
      durationMinutes: 60,
      ...over,
    });
    let aliceBooking: string;

    it('lists the centres and a centre’s free slots of a day', async () => {
      const centres = await as(h.app, alice).get('/v1/me/service-centres');
      expect(centres.status).toBe(200);
      expect(centres.body.items).toEqual([
        expect.objectContaining({ id: centreId, name: 'Berlin Nord', timeZone: 'UTC' }),
      ]);
      const res = await as(h.app, alice).get(`/v1/me/booking-slots?centreId=${centreId}&date=${day}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ centreId, date: day, durationMinutes: 60 });
      expect(res.body.slots).toContainEqual({ start: at('10:00'), end: at('11:00') });
      const unknown = await as(h.app, alice).get(`/v1/me/booking-slots?centreId=${unknownId}&date=${day}`);
      expect(unknown.status).toBe(404);
    });

    it('books a vehicle of the customer’s against live capacity', async () => {
      const res = await as(h.app, alice).post('/v1/me/bookings', body({ notes: 'Brakes squeal' }), key());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        customerId: 'cust-alice',
        centre: { id: centreId, name: 'Berlin Nord' },
        vehicle: { id: 'veh-alice' },
        slotStart: at('10:00'),
        slotEnd: at('11:00'),
        status: 'BOOKED',
        cancellable: true,
      });
      aliceBooking = res.body.id;
      const row = await h.prisma.booking.findUniqueOrThrow({ where: { id: aliceBooking } });
      expect(row).toMatchObject({
        channel: 'online',
        createdBy: 'customer:cust-alice',
        estimatedLabourHours: 1,
      });
      const [created] = await outboxOf(h.prisma, aliceBooking);
      expect(created).toMatchObject({
        type: 'repair.booking.created',
        data: { customerId: 'cust-alice', channel: 'online' },
      });

      // The centre has 2 bays: staff take the other one, and the slot is no longer offered.
      const other = await as(h.app, staff).post(
        '/v1/bookings',
        {
          centreId,
          customerId: 'walk-in',
          vehicleId: 'veh-w',
          channel: 'phone',
          serviceType: 'repair',
          slotStart: at('10:00'),
          estimatedLabourHours: 1,
        },
        key(),
      );
      expect(other.status).toBe(201);
      const slots = await as(h.app, alice).get(`/v1/me/booking-slots?centreId=${centreId}&date=${day}`);
      expect(slots.body.slots).not.toContainEqual({ start: at('10:00'), end: at('11:00') });
      const full = await as(h.app, bob).post('/v1/me/bookings', body({ vehicleId: 'veh-bob' }), key());
      expect(full.status).toBe(409);
      expect(full.body.code).toBe('no-capacity');
    });

    it('refuses a vehicle not known as the customer’s (422), and one a later owner brought in', async () => {
      for (const vehicleId of ['veh-bob', 'veh-nobody']) {
        const res = await as(h.app, alice).post(
          '/v1/me/bookings',
          body({ vehicleId, slotStart: at('14:00') }),
          key(),
        );
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({ code: 'unknown-reference', field: 'vehicleId' });
      }
      // Carol bought Alice's second car and brought it in: it is Carol's now.
      await receive(h.app, staff, centreId, { customerId: 'cust-carol', vehicleId: 'veh-alice-2' });
      const sold = await as(h.app, alice).post(
        '/v1/me/bookings',
        body({ vehicleId: 'veh-alice-2', slotStart: at('14:00') }),
        key(),
      );
      expect(sold.status).toBe(422);
      const carol = await as(h.app, customer('cust-carol')).post(
        '/v1/me/bookings',
        body({ vehicleId: 'veh-alice-2', slotStart: at('14:00') }),
        key(),
      );
      expect(carol.status).toBe(201);
      const noKey = await as(h.app, alice).post('/v1/me/bookings', body({ slotStart: at('15:00') }));
      expect(noKey.status).toBe(400);
    });

    it('lists and reads only the customer’s own bookings; another’s is a 404', async () => {
      const mine = await as(h.app, alice).get('/v1/me/bookings');
      expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([aliceBooking]);
      expect((await as(h.app, bob).get('/v1/me/bookings')).body.items).toEqual([]);
      expect((await as(h.app, alice).get(`/v1/me/bookings/${aliceBooking}`)).status).toBe(200);
      const foreign = await as(h.app, bob).get(`/v1/me/bookings/${aliceBooking}`);
      expect(foreign.status).toBe(404);
      const cancel = await as(h.app, bob).post(`/v1/me/bookings/${aliceBooking}/cancellation`, {});
      expect(cancel.status).toBe(404);
      expect((await h.prisma.booking.findUniqueOrThrow({ where: { id: aliceBooking } })).status).toBe(
        'BOOKED',
      );
    });

    it('cancels the customer’s own booking once', async () => {
      const res = await as(h.app, alice).post(`/v1/me/bookings/${aliceBooking}/cancellation`, {});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'CANCELLED', cancelledBy: 'customer', cancellable: false });
      const events = await outboxOf(h.prisma, aliceBooking);
      expect(events.at(-1)).toMatchObject({
        type: 'repair.booking.cancelled',
        data: { cancelledBy: 'customer', reason: 'customer-request' },
      });
      const again = await as(h.app, alice).post(`/v1/me/bookings/${aliceBooking}/cancellation`, {});
      expect(again.status).toBe(409);
      // The bay is free again for the customer.
      const slots = await as(h.app, alice).get(`/v1/me/booking-slots?centreId=${centreId}&date=${day}`);
      expect(slots.body.slots).toContainEqual({ start: at('10:00'), end: at('11:00') });
    });

    it('moves a booking to another slot in one step; a full slot leaves it as it was', async () => {
      const first = await as(h.app, alice).post('/v1/me/bookings', body({ slotStart: at('08:00') }), key());
      expect(first.status).toBe(201);
      const moved = await as(h.app, alice).post(
        `/v1/me/bookings/${first.body.id}/reschedule`,
        { slotStart: at('09:00') },
        key(),
      );
      expect(moved.status).toBe(201);
      expect(moved.headers.location).toBe(`/v1/me/bookings/${moved.body.id}`);
      expect(moved.body).toMatchObject({
        vehicle: { id: 'veh-alice' },
        serviceType: 'maintenance',
        slotStart: at('09:00'),
        slotEnd: at('10:00'),
        status: 'BOOKED',
      });
      expect(await h.prisma.booking.findUniqueOrThrow({ where: { id: first.body.id } })).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'rescheduled',
        cancelledBy: 'customer',
      });
      // Someone else's booking, or one no longer booked, cannot be moved.
      const foreign = await as(h.app, bob).post(
        `/v1/me/bookings/${moved.body.id}/reschedule`,
        { slotStart: at('13:00') },
        key(),
      );
      expect(foreign.status).toBe(404);
      const gone = await as(h.app, alice).post(
        `/v1/me/bookings/${first.body.id}/reschedule`,
        { slotStart: at('13:00') },
        key(),
      );
      expect(gone.status).toBe(409);
      // Both bays at 16:00 taken by staff: the move is refused and the 09:00 booking stays.
      for (const vehicleId of ['veh-x1', 'veh-x2']) {
        const taken = await as(h.app, staff).post(
          '/v1/bookings',
          {
            centreId,
            customerId: 'walk-in',
            vehicleId,
            channel: 'phone',
            serviceType: 'repair',
            slotStart: at('16:00'),
            estimatedLabourHours: 1,
          },
          key(),
        );
        expect(taken.status).toBe(201);
      }
      const full = await as(h.app, alice).post(
        `/v1/me/bookings/${moved.body.id}/reschedule`,
        { slotStart: at('16:00') },
        key(),
      );
      expect(full.status).toBe(409);
      expect((await h.prisma.booking.findUniqueOrThrow({ where: { id: moved.body.id } })).status).toBe(
        'BOOKED',
      );
    });
  });
});
