// Issue 19: money columns are BIGINT (amounts above 2^31 round-trip; above Number.MAX_SAFE_INTEGER
// a 422 before the database), and comebacks follow the tenant's warranty rule (days and km)
// counted from delivery, configured through /v1/warranty-rules (If-Match, version).
import {
  admin,
  advisor,
  as,
  centreBody,
  createCentre,
  diagnosisBody,
  ifMatch,
  key,
  outboxOf,
  quoteBody,
  receive,
  startHarness,
  type Harness,
} from './harness';

const DAY = 86_400_000;

describe('money and warranty (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_money_warranty');
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    h.clock.now = null;
  });

  const version = async (id: string) => (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body.version;
  async function cmd(id: string, path: string, body: object) {
    const res = await as(h.app, staff).post(
      `/v1/repair-orders/${id}/${path}`,
      body,
      ifMatch(await version(id)),
    );
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  describe('money', () => {
    it('keeps amounts above 2^31 minor units exactly (BIGINT columns)', async () => {
      const rich = await createCentre(h.app, admin(), { labourRateMinor: 5_000_000_000 });
      const order = await receive(h.app, staff, rich.id, { vehicleId: 'veh-big' });
      await cmd(order.id, 'diagnosis', diagnosisBody);
      const quoted = await cmd(order.id, 'quotes', {
        lines: [
          { kind: 'labour', quantity: 1 },
          { kind: 'part', partId: 'p-gold', quantity: 2, unitPriceMinor: 3_000_000_000 },
        ],
      });
      // net 11e9; tax 19 % = 2.09e9; gross 13.09e9
      expect(quoted.quotes[0].totals).toEqual({
        netMinor: 11_000_000_000,
        discountMinor: 0,
        taxMinor: 2_090_000_000,
        grossMinor: 13_090_000_000,
      });
      const row = await h.prisma.repairQuote.findFirstOrThrow({ where: { repairOrderId: order.id } });
      expect(row.grossMinor).toBe(13_090_000_000n);
      expect((await as(h.app, staff).get(`/v1/service-centres/${rich.id}`)).body.labourRateMinor).toBe(
        5_000_000_000,
      );
      const events = await outboxOf(h.prisma, order.id);
      expect(events.find((e) => e.type === 'repair.order.quoted')!.data).toMatchObject({
        totals: { gross: { amountMinor: 13_090_000_000, currency: 'EUR' } },
      });
    });

    it('refuses a quote whose total would overflow with 422 amount-too-large, writing nothing', async () => {
      const order = await receive(h.app, staff, centreId, { vehicleId: 'veh-overflow' });
      await cmd(order.id, 'diagnosis', diagnosisBody);
      const before = await version(order.id);
      for (const lines of [
        // each line fits; together they do not
        [
          { kind: 'part', partId: 'p-1', quantity: 1, unitPriceMinor: 2 ** 52 },
          { kind: 'part', partId: 'p-2', quantity: 1, unitPriceMinor: 2 ** 52 },
        ],
        // the net fits; with 19 % tax the gross does not
        [{ kind: 'fee', quantity: 1, unitPriceMinor: Number.MAX_SAFE_INTEGER - 100 }],
        // one price above the limit
        [{ kind: 'fee', quantity: 1, unitPriceMinor: 1e17 }],
      ]) {
        const res = await as(h.app, staff).post(
          `/v1/repair-orders/${order.id}/quotes`,
          { lines },
          ifMatch(before),
        );
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({ code: 'amount-too-large', maxMinor: Number.MAX_SAFE_INTEGER });
      }
      expect(await version(order.id)).toBe(before);
      expect(await h.prisma.repairQuote.count({ where: { repairOrderId: order.id } })).toBe(0);
      // and a labour rate above the limit is a 422 too (not a 400)
      const centre = await as(h.app, admin()).post(
        '/v1/service-centres',
        centreBody({ labourRateMinor: 1e16 }),
        key(),
      );
      expect(centre.status).toBe(422);
      expect(centre.body.code).toBe('amount-too-large');
    });
  });

  describe('warranty rules and comebacks', () => {
    it('configures a rule per service type with If-Match and versions', async () => {
      const manager = as(h.app, admin());
      const empty = await manager.get('/v1/warranty-rules');
      expect(empty.body).toEqual({ items: [], builtInDefault: { days: 30, km: 2_000 } });
      expect((await manager.get('/v1/warranty-rules/tyres')).status).toBe(404);
      const created = await manager.put('/v1/warranty-rules/tyres', { days: 14, km: 1_000 });
      expect(created.status).toBe(200);
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({ serviceType: 'tyres', days: 14, km: 1_000, version: 1 });
      expect((await manager.put('/v1/warranty-rules/tyres', { days: 7 }, ifMatch(3))).status).toBe(412);
      const changed = await manager.put('/v1/warranty-rules/tyres', { days: 7 }, ifMatch(1));
      expect(changed.body).toMatchObject({ days: 7, km: null, version: 2 });
      expect((await manager.put('/v1/warranty-rules/bogus', { days: 7 })).status).toBe(400);
      expect((await as(h.app, staff).put('/v1/warranty-rules/tyres', { days: 1 })).status).toBe(403);
      expect((await as(h.app, admin('tenant-b')).get('/v1/warranty-rules')).body.items).toEqual([]);
      expect((await manager.delete('/v1/warranty-rules/tyres')).status).toBe(204);
      expect((await manager.get('/v1/warranty-rules/tyres')).status).toBe(404);
    });

    /** Received at `receivedAt` with `mileageKm`, through QC with fault P0420 (engine). */
    async function repaired(vehicleId: string, receivedAt: Date, mileageKm: number): Promise<string> {
      h.clock.now = receivedAt;
      const { id } = await receive(h.app, staff, centreId, { vehicleId, mileageKm });
      await cmd(id, 'diagnosis', {
        ...diagnosisBody,
        faultCodes: ['P0420'],
        findings: [{ system: 'engine', severity: 'required', faultCode: 'P0420' }],
      });
      await cmd(id, 'quotes', quoteBody);
      await cmd(id, 'quotes/1/approval', { method: 'in-person' });
      await cmd(id, 'assignment', { technicianIds: ['tech-1'] });
      await cmd(id, 'progress', { note: 'done', workComplete: true });
      await cmd(id, 'qc', { inspectorId: 'insp-9', checklist: [{ code: 'ROAD-TEST', passed: true }] });
      return id;
    }
    async function deliver(id: string, at: Date, mileageKm: number) {
      h.clock.now = at;
      await cmd(id, 'delivery', { mileageKm, nextMaintenance: {} });
    }
    const comebackOf = async (id: string) =>
      (await outboxOf(h.prisma, id)).find((e) => e.type === 'repair.order.completed')!.data as {
        comeback: boolean;
        comebackOfRepairOrderId: string | null;
      };

    it('counts a comeback from delivery with the configured days and km', async () => {
      expect((await as(h.app, admin()).put('/v1/warranty-rules/repair', { days: 10, km: 500 })).status).toBe(
        200,
      );
      const t0 = Date.now() - 60 * DAY;
      const at = (days: number) => new Date(t0 + days * DAY);
      // Each first repair passes QC on day 0 and is delivered on day 20 at 10,100 km.
      const cases = [
        { vehicle: 'veh-w-in', back: 29, km: 10_400, comeback: true }, // 9 days, 300 km after delivery
        { vehicle: 'veh-w-late', back: 31, km: 10_200, comeback: false }, // 11 days after delivery
        { vehicle: 'veh-w-far', back: 25, km: 10_700, comeback: false }, // 600 km after delivery
      ];
      for (const c of cases) {
        const first = await repaired(c.vehicle, at(0), 10_000);
        await deliver(first, at(20), 10_100);
        const second = await repaired(c.vehicle, at(c.back), c.km);
        expect(await comebackOf(second)).toMatchObject({
          comeback: c.comeback,
          comebackOfRepairOrderId: c.comeback ? first : null,
        });
        const order = (await as(h.app, staff).get(`/v1/repair-orders/${second}`)).body;
        expect(order.comebackOfRepairOrderId).toBe(c.comeback ? first : null);
      }
      // Not delivered: no warranty runs yet, however close the QC was.
      const undelivered = await repaired('veh-w-kept', at(40), 10_000);
      const again = await repaired('veh-w-kept', at(41), 10_010);
      expect((await comebackOf(again)).comeback).toBe(false);
      expect(undelivered).not.toBe(again);
    });

    it('falls back to the tenant default, then the built-in 30 days / 2,000 km', async () => {
      await as(h.app, admin()).delete('/v1/warranty-rules/repair');
      const t0 = Date.now() - 200 * DAY;
      const at = (days: number) => new Date(t0 + days * DAY);
      // built-in: 25 days after delivery is inside 30 days
      const a = await repaired('veh-d-1', at(0), 1_000);
      await deliver(a, at(1), 1_000);
      expect((await comebackOf(await repaired('veh-d-1', at(26), 1_500))).comebackOfRepairOrderId).toBe(a);
      // tenant default of 20 days: 25 days after delivery is outside
      expect(
        (await as(h.app, admin()).put('/v1/warranty-rules/default', { days: 20, km: null })).status,
      ).toBe(200);
      const b = await repaired('veh-d-2', at(50), 1_000);
      await deliver(b, at(51), 1_000);
      expect((await comebackOf(await repaired('veh-d-2', at(76), 1_500))).comeback).toBe(false);
    });
  });
});
