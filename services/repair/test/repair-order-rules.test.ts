// The repair-order API's guarantees against a real database: optimistic concurrency, tenant and
// centre isolation, bad input refused with problem+json and no change, idempotent reception,
// authentication and roles, and the comeback rule.
import request from 'supertest';
import { issueToken, type Identity } from '@aftersales/service-kit';
import {
  AUTH,
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
  receptionBody,
  startHarness,
  type Harness,
} from './harness';

describe('repair-order API rules (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  let otherCentreId: string;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_rules');
    centreId = (await createCentre(h.app, admin())).id;
    otherCentreId = (await createCentre(h.app, admin(), { name: 'Potsdam' })).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const get = async (id: string, who = staff) => (await as(h.app, who).get(`/v1/repair-orders/${id}`)).body;
  const snapshot = async (id: string) => ({
    order: await get(id),
    outbox: (await outboxOf(h.prisma, id)).length,
  });

  async function quoted(): Promise<string> {
    const { id } = await receive(h.app, staff, centreId);
    expect(
      (await as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1))).status,
    ).toBe(200);
    expect(
      (await as(h.app, staff).post(`/v1/repair-orders/${id}/quotes`, quoteBody, ifMatch(2))).status,
    ).toBe(201);
    return id;
  }

  describe('concurrency', () => {
    it('lets one of two simultaneous commands win; the other gets 409 or 412 and the order stays consistent', async () => {
      const { id } = await receive(h.app, staff, centreId);
      const [a, b] = await Promise.all([
        as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1)),
        as(h.app, staff).post(
          `/v1/repair-orders/${id}/cancellation`,
          { cancelledBy: 'customer', reason: 'customer-request' },
          ifMatch(1),
        ),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses[0]).toBe(200);
      expect([409, 412]).toContain(statuses[1]);
      const loser = a.status === 200 ? b : a;
      expect(loser.headers['content-type']).toMatch(/application\/problem\+json/);
      const order = await get(id);
      expect(order.version).toBe(2);
      expect(['DIAGNOSED', 'CANCELLED']).toContain(order.status);
      const events = (await outboxOf(h.prisma, id)).map((e) => e.type);
      expect(events).toEqual(
        order.status === 'DIAGNOSED'
          ? ['repair.order.opened', 'repair.order.diagnosed', 'repair.order.status-changed']
          : ['repair.order.opened', 'repair.order.cancelled', 'repair.order.status-changed'],
      );
      expect(await h.prisma.repairOrderTransition.count({ where: { repairOrderId: id } })).toBe(2);
    });

    it('applies exactly one of many identical concurrent commands', async () => {
      const { id } = await receive(h.app, staff, centreId);
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1)),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.every((r) => [200, 409, 412].includes(r.status))).toBe(true);
      expect((await get(id)).version).toBe(2);
      expect((await outboxOf(h.prisma, id)).filter((e) => e.type === 'repair.order.diagnosed')).toHaveLength(
        1,
      );
    });
  });

  describe('tenant and centre isolation', () => {
    it("a second tenant can neither read nor change the first tenant's order (404)", async () => {
      const { id } = await receive(h.app, staff, centreId);
      const intruder = advisor('tenant-b');
      const read = await as(h.app, intruder).get(`/v1/repair-orders/${id}`);
      expect(read.status).toBe(404);
      expect(read.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(
        (await as(h.app, intruder).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1)))
          .status,
      ).toBe(404);
      expect(
        (
          await as(h.app, admin('tenant-b')).post(
            `/v1/repair-orders/${id}/cancellation`,
            { cancelledBy: 'staff', reason: 'other' },
            ifMatch(1),
          )
        ).status,
      ).toBe(404);
      expect((await as(h.app, intruder).get('/v1/repair-orders')).body.items).toEqual([]);
      expect((await as(h.app, intruder).get(`/v1/service-centres/${centreId}`)).status).toBe(404);
      // Nor use the first tenant's centre for a reception of its own.
      const reception = await as(h.app, intruder).post('/v1/repair-orders', receptionBody(centreId), key());
      expect(reception.status).toBe(422);
      expect(await get(id)).toMatchObject({ status: 'RECEIVED', version: 1 });
    });

    it('a user scoped to one centre cannot see orders of another centre', async () => {
      const { id } = await receive(h.app, staff, otherCentreId);
      const scoped = advisor('tenant-a', [centreId]);
      expect((await as(h.app, scoped).get(`/v1/repair-orders/${id}`)).status).toBe(404);
      const list = await as(h.app, scoped).get('/v1/repair-orders?limit=200');
      expect(list.body.items.every((o: { centreId: string }) => o.centreId === centreId)).toBe(true);
      expect((await as(h.app, scoped).get(`/v1/repair-orders?centreId=${otherCentreId}`)).body.items).toEqual(
        [],
      );
    });
  });

  describe('bad input: problem+json, state unchanged', () => {
    it('refuses a transition out of order with 409 naming the allowed commands', async () => {
      const { id } = await receive(h.app, staff, centreId);
      const before = await snapshot(id);
      const res = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/qc`,
        { inspectorId: 'i', checklist: [{ code: 'X', passed: true }] },
        ifMatch(1),
      );
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      // The one problem shape of every service: { type, title, status, detail, code, ...details }.
      expect(res.body).toEqual({
        type: 'urn:aftersales:problem:repair:invalid-transition',
        title: 'Command not allowed in the current state',
        status: 409,
        detail: 'Cannot pass-qc a repair order that is RECEIVED (allowed now: diagnose, cancel).',
        code: 'command-refused',
        aggregate: 'repair order',
        currentStatus: 'RECEIVED',
        command: 'pass-qc',
        allowedCommands: ['diagnose', 'cancel'],
        instance: `/v1/repair-orders/${id}/qc`,
        requestId: expect.any(String),
      });
      expect(await snapshot(id)).toEqual(before);
    });

    it('refuses a quote with a negative quantity (400 with the field path)', async () => {
      const { id } = await receive(h.app, staff, centreId);
      await as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1));
      const before = await snapshot(id);
      const res = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/quotes`,
        { lines: [{ kind: 'part', partId: 'p', quantity: -2, unitPriceMinor: 100 }] },
        ifMatch(2),
      );
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { path: 'body.lines[0].quantity', message: 'quantity must be positive' },
      ]);
      const rule = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/quotes`,
        { lines: [{ kind: 'fee', quantity: 1, unitPriceMinor: 100, discountMinor: 500 }] },
        ifMatch(2),
      );
      expect(rule.status).toBe(422);
      expect(rule.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:rule',
        title: 'Business rule violated',
        code: 'invalid-quote',
        path: 'lines[0]',
      });
      expect(rule.body.detail).toMatch(/discount 500 exceeds the line amount 100/);
      expect(await snapshot(id)).toEqual(before);
      expect(await h.prisma.repairQuote.count({ where: { repairOrderId: id } })).toBe(0);
    });

    it('refuses approval of a stale quote version (409) and of an unknown one (404)', async () => {
      const id = await quoted();
      expect(
        (
          await as(h.app, staff).post(
            `/v1/repair-orders/${id}/quotes`,
            { ...quoteBody, reason: 'revision' },
            ifMatch(3),
          )
        ).status,
      ).toBe(201);
      const before = await snapshot(id);
      const stale = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/quotes/1/approval`,
        { method: 'phone' },
        ifMatch(4),
      );
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:stale-quote',
        title: 'Conflict',
        code: 'stale-quote',
        detail: 'Quote version 1 is superseded; the current quote is version 2.',
        quoteVersion: 1,
        currentQuoteVersion: 2,
      });
      expect(
        (
          await as(h.app, staff).post(
            `/v1/repair-orders/${id}/quotes/9/approval`,
            { method: 'phone' },
            ifMatch(4),
          )
        ).status,
      ).toBe(404);
      expect(await snapshot(id)).toEqual(before);
      expect(
        (
          await as(h.app, staff).post(
            `/v1/repair-orders/${id}/quotes/2/approval`,
            { method: 'phone' },
            ifMatch(4),
          )
        ).status,
      ).toBe(200);
    });

    it('refuses an unknown centre (422)', async () => {
      const res = await as(h.app, staff).post(
        '/v1/repair-orders',
        receptionBody('00000000-0000-4000-8000-000000000000'),
        key(),
      );
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:rule',
        code: 'unknown-reference',
        field: 'centreId',
      });
      expect(res.body.detail).toMatch(/Unknown service centre/);
    });

    it('requires If-Match on commands (428) and refuses a stale version (412)', async () => {
      const { id } = await receive(h.app, staff, centreId);
      expect((await as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody)).status).toBe(
        428,
      );
      const stale = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/diagnosis`,
        diagnosisBody,
        ifMatch(7),
      );
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'stale-version', currentVersion: 1 });
      expect((await get(id)).version).toBe(1);
    });

    it('refuses a technician who does not work at the centre (422)', async () => {
      const { id } = await receive(h.app, staff, centreId);
      const res = await as(h.app, staff).post(
        `/v1/repair-orders/${id}/diagnosis`,
        { ...diagnosisBody, technicianId: 'ghost' },
        ifMatch(1),
      );
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'unknown-reference', field: 'technicianId' });
      expect((await get(id)).status).toBe('RECEIVED');
    });
  });

  describe('idempotent reception', () => {
    it('replays the same response for the same key and body, and refuses the key with another body', async () => {
      const k = key();
      const first = await as(h.app, staff).post(
        '/v1/repair-orders',
        receptionBody(centreId, { vehicleId: 'veh-idem' }),
        k,
      );
      const again = await as(h.app, staff).post(
        '/v1/repair-orders',
        receptionBody(centreId, { vehicleId: 'veh-idem' }),
        k,
      );
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const other = await as(h.app, staff).post(
        '/v1/repair-orders',
        receptionBody(centreId, { vehicleId: 'veh-other' }),
        k,
      );
      expect(other.status).toBe(422);
      expect(
        await h.prisma.repairOrder.count({ where: { vehicleId: { in: ['veh-idem', 'veh-other'] } } }),
      ).toBe(1);
      // Keys are per tenant: another tenant may use the same key.
      const otherCentre = await createCentre(h.app, admin('tenant-b'));
      expect(
        (await as(h.app, advisor('tenant-b')).post('/v1/repair-orders', receptionBody(otherCentre.id), k))
          .status,
      ).toBe(201);
    });

    it('creates one order for concurrent requests with one key', async () => {
      const k = key();
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          as(h.app, staff).post('/v1/repair-orders', receptionBody(centreId, { vehicleId: 'veh-race' }), k),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(await h.prisma.repairOrder.count({ where: { vehicleId: 'veh-race' } })).toBe(1);
    });

    it('requires an Idempotency-Key', async () => {
      expect((await as(h.app, staff).post('/v1/repair-orders', receptionBody(centreId))).status).toBe(400);
    });
  });

  describe('authentication and roles', () => {
    it('refuses requests without a valid signed identity (401) and callers without the role (403)', async () => {
      expect((await request(h.app).get('/v1/repair-orders')).status).toBe(401);
      const bearer = async (opts: Partial<typeof AUTH> & { ttlSeconds?: number }) =>
        `Bearer ${await issueToken({ secret: opts.hs256Secret ?? AUTH.hs256Secret, issuer: opts.issuer ?? AUTH.issuer, audience: opts.audience ?? AUTH.audience, ttlSeconds: opts.ttlSeconds }, staff)}`;
      for (const [authorization, reason] of [
        ['Basic abc', 'malformed_header'],
        ['Bearer e30.e30.forged', 'malformed'],
        [await bearer({ hs256Secret: 'another-secret-that-is-long-enough-000' }), 'bad_signature'],
        [await bearer({ issuer: 'https://evil.example' }), 'wrong_issuer'],
        [await bearer({ audience: 'other-api' }), 'wrong_audience'],
      ]) {
        const res = await request(h.app).get('/v1/repair-orders').set('Authorization', authorization!);
        expect(res.status).toBe(401);
        expect(res.body.reason).toBe(reason);
      }
      expect(
        (
          await request(h.app)
            .get('/v1/repair-orders')
            .set('Authorization', await bearer({}))
        ).status,
      ).toBe(200);
      const analyst: Identity = { ...staff, roles: ['analyst'] };
      expect(
        (await as(h.app, analyst).post('/v1/repair-orders', receptionBody(centreId), key())).status,
      ).toBe(403);
      expect((await as(h.app, staff).post('/v1/service-centres', {}, key())).status).toBe(403);
      expect((await request(h.app).get('/health/live')).status).toBe(200);
    });
  });

  describe('lists', () => {
    it('filters by centre and status with cursor pagination', async () => {
      const scopedCentre = await createCentre(h.app, admin(), { name: 'Paged' });
      for (let i = 0; i < 5; i++) await receive(h.app, staff, scopedCentre.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await as(h.app, staff).get(
          `/v1/repair-orders?centreId=${scopedCentre.id}&status=RECEIVED&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((o: { id: string }) => o.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      expect((await as(h.app, staff).get('/v1/repair-orders?cursor=!!')).status).toBe(400);
    });
  });

  describe('comeback rule', () => {
    async function completeOrder(vehicleId: string, faultCode: string): Promise<string> {
      const { id } = await receive(h.app, staff, centreId, { vehicleId });
      const steps: [string, object][] = [
        [
          'diagnosis',
          {
            ...diagnosisBody,
            faultCodes: [faultCode],
            findings: [{ system: 'engine', severity: 'required', faultCode }],
          },
        ],
        ['quotes', quoteBody],
        ['quotes/1/approval', { method: 'in-person' }],
        ['assignment', { technicianIds: ['tech-2'] }],
        ['progress', { note: 'done', workComplete: true }],
        ['qc', { inspectorId: 'i', checklist: [{ code: 'ROAD-TEST', passed: true }] }],
      ];
      for (const [i, [path, body]] of steps.entries()) {
        const res = await as(h.app, staff).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(i + 1));
        expect(res.status).toBeLessThan(300);
      }
      return id;
    }

    it('flags a repeat repair of the same fault on the same vehicle within 30 days of delivery', async () => {
      const first = await completeOrder('veh-comeback', 'P0301');
      // The warranty runs from delivery: the first car must have been handed back.
      const delivered = await as(h.app, staff).post(
        `/v1/repair-orders/${first}/delivery`,
        { mileageKm: 42_010, nextMaintenance: {} },
        ifMatch(7),
      );
      expect(delivered.status).toBe(200);
      const second = await completeOrder('veh-comeback', 'P0301');
      const other = await completeOrder('veh-fresh', 'P0301');
      const completedOf = async (id: string) =>
        (await outboxOf(h.prisma, id)).find((e) => e.type === 'repair.order.completed')!.data as {
          comeback: boolean;
          comebackOfRepairOrderId: string | null;
        };
      expect(await completedOf(first)).toMatchObject({ comeback: false, comebackOfRepairOrderId: null });
      expect(await completedOf(second)).toMatchObject({ comeback: true, comebackOfRepairOrderId: first });
      expect(await completedOf(other)).toMatchObject({ comeback: false });
      expect((await get(second)).comebackOfRepairOrderId).toBe(first);
    });
  });
});
