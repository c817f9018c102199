// Writes the demo dealer group through the gateway, idempotently: what exists (found by name, part
// number, VIN or stock balance) is reused, creates carry a deterministic Idempotency-Key, settings
// are only written when they differ. Re-running `npm run dev` on the same databases adds nothing.
import { type Api, type Body } from './api';
import { DEMO_TIME_ZONE, OPENING_HOURS, type DealerGroupPlan } from './data';
import { seedPartnerQualifications } from './quality';
import { VAT_BP } from './invoice';

export interface SeededGroup {
  plan: DealerGroupPlan;
  /** Ids by plan index. */
  centreIds: string[];
  supplierIds: Map<string, string>;
  partIds: string[];
  customerIds: Map<string, string>;
  vehicleIds: string[];
  /** What this run created (0s when re-run on a seeded platform). */
  created: Record<'centres' | 'suppliers' | 'parts' | 'stockLines' | 'customers' | 'vehicles', number>;
}

const key = (what: string, id: string) => `demo-seed:${what}:${id}`;

/**
 * SLA standard per repair-order stage: how long a car should spend in it, and on which clock.
 * Workshop stages count the centre's working time (nights, weekends and closed days do not
 * count); stages that wait on the customer (QUOTED, READY) or on supply (WAITING_PARTS) count
 * elapsed time, and the workshop's own clock is paused meanwhile.
 */
export const SLA_STANDARDS: Record<string, { standardSeconds: number; timeBasis: 'working' | 'elapsed' }> = {
  RECEIVED: { standardSeconds: 2 * 3_600, timeBasis: 'working' },
  DIAGNOSED: { standardSeconds: 2 * 3_600, timeBasis: 'working' },
  QUOTED: { standardSeconds: 24 * 3_600, timeBasis: 'elapsed' },
  APPROVED: { standardSeconds: 4 * 3_600, timeBasis: 'working' },
  IN_PROGRESS: { standardSeconds: 16 * 3_600, timeBasis: 'working' },
  WAITING_PARTS: { standardSeconds: 72 * 3_600, timeBasis: 'elapsed' },
  QC: { standardSeconds: 2 * 3_600, timeBasis: 'working' },
  READY: { standardSeconds: 48 * 3_600, timeBasis: 'elapsed' },
};

// Complaint time limits: tighter than the defaults for high severity, so slow handling escalates.
const TIME_LIMITS = {
  low: { acknowledgeMinutes: 2 * 540, resolveMinutes: 15 * 540 },
  medium: { acknowledgeMinutes: 540, resolveMinutes: 10 * 540 },
  high: { acknowledgeMinutes: 120, resolveMinutes: 3 * 540 },
  critical: { acknowledgeMinutes: 60, resolveMinutes: 540 },
};

const ROUTING_RULES = [
  { category: 'parts', severity: null, centreId: null, teamId: 'parts-desk' },
  { category: 'billing', severity: null, centreId: null, teamId: 'accounts' },
  { category: null, severity: 'critical', centreId: null, teamId: 'customer-care-leads' },
];

const ALL_DAY = [
  { day: 'mon', from: '00:00', to: '24:00' },
  { day: 'tue', from: '00:00', to: '24:00' },
  { day: 'wed', from: '00:00', to: '24:00' },
  { day: 'thu', from: '00:00', to: '24:00' },
  { day: 'fri', from: '00:00', to: '24:00' },
  { day: 'sat', from: '00:00', to: '24:00' },
  { day: 'sun', from: '00:00', to: '24:00' },
];

/**
 * The 24 h rescue roster of each region: its first regional centre (its first technician) is on
 * call round the clock, so night and Sunday calls dispatch while every workshop is closed; the
 * regional duty manager is the escalation contact. Written only when it differs.
 */
async function seedRescueRosters(api: Api, plan: DealerGroupPlan, centreIds: string[]): Promise<number> {
  let rosters = 0;
  await each(plan.regions, async (region, r) => {
    const i = plan.centres.findIndex((c) => c.regionId === region.id && c.type === 'regional-centre');
    const centreId = centreIds[i];
    if (i < 0 || !centreId) return;
    const body = {
      escalation: { name: `${region.name} duty manager`, phone: `+49 800 555 01${r}0` },
      onCall: [
        { centreId, technicianId: plan.centres[i]!.technicians[0]?.id ?? null, weekly: ALL_DAY, dated: [] },
      ],
    };
    const path = `/v1/rescue-rosters/${region.id}`;
    const current = await api.get('admin', path, { expect: [404] });
    if (!current) return;
    const same =
      current.status === 200 &&
      JSON.stringify({ escalation: current.body.escalation, onCall: current.body.onCall }) ===
        JSON.stringify(body);
    if (!same)
      await api.put('admin', path, body, current.status === 200 ? { ifMatch: current.body.version } : {});
    rosters++;
  });
  return rosters;
}

/** Runs `fn` over items with the Api's own concurrency limit doing the throttling. */
async function each<T>(items: readonly T[], fn: (item: T, index: number) => Promise<void>): Promise<void> {
  await Promise.all(items.map((item, i) => fn(item, i)));
}

async function seedCentres(
  api: Api,
  plan: DealerGroupPlan,
  created: SeededGroup['created'],
): Promise<string[]> {
  const existing = new Map<string, Body>(
    ((await api.all('admin', '/v1/service-centres')) ?? []).map((c: Body) => [c.name, c]),
  );
  const ids: string[] = [];
  await each(plan.centres, async (c, i) => {
    const found = existing.get(c.name);
    if (found) {
      ids[i] = found.id;
      // Centres seeded before centres had time zones kept UTC hours: move them to local time.
      if (found.timeZone !== DEMO_TIME_ZONE)
        await api.request(
          'admin',
          'PATCH',
          `/v1/service-centres/${found.id}`,
          { timeZone: DEMO_TIME_ZONE, openingHours: OPENING_HOURS },
          { ifMatch: found.version },
        );
      return;
    }
    const res = await api.post(
      'admin',
      '/v1/service-centres',
      {
        name: c.name,
        type: c.type,
        regionId: c.regionId,
        address: c.address,
        location: c.location,
        timeZone: DEMO_TIME_ZONE,
        openingHours: OPENING_HOURS,
        hoursExceptions: [],
        bays: c.bays,
        technicians: c.technicians,
        labourRateMinor: c.labourRateMinor,
        currency: 'EUR',
        taxRateBasisPoints: 1_900,
        stockLocationId: c.stockLocationId,
      },
      { idempotencyKey: key('centre', c.key) },
    );
    if (res) {
      ids[i] = res.body.id;
      if (res.status === 201) created.centres++;
    }
  });
  return ids;
}

async function seedSettings(api: Api): Promise<void> {
  await each(Object.entries(SLA_STANDARDS), async ([stage, standard]) => {
    await api.put('admin', `/v1/sla-standards/${stage}`, standard);
  });
  const limits = await api.get('admin', '/v1/time-limits');
  if (limits && JSON.stringify(limits.body) !== JSON.stringify(TIME_LIMITS))
    await api.put('admin', '/v1/time-limits', TIME_LIMITS, { ifMatch: limits.headers.get('etag') ?? '' });
  const rules = await api.get('admin', '/v1/routing-rules');
  const have: Body[] = Array.isArray(rules?.body) ? rules.body : (rules?.body?.items ?? []);
  for (const rule of ROUTING_RULES) {
    const exists = have.some(
      (r) => r.teamId === rule.teamId && r.category === rule.category && r.severity === rule.severity,
    );
    if (!exists) await api.post('admin', '/v1/routing-rules', rule);
  }
}

async function seedSuppliers(
  api: Api,
  plan: DealerGroupPlan,
  created: SeededGroup['created'],
): Promise<Map<string, string>> {
  const existing = new Map(
    ((await api.all('admin', '/v1/suppliers')) ?? []).map((s: Body) => [s.name, s.id]),
  );
  const ids = new Map<string, string>();
  await each(plan.suppliers, async (s) => {
    if (existing.has(s.name)) return void ids.set(s.key, existing.get(s.name));
    const res = await api.post(
      'admin',
      '/v1/suppliers',
      { name: s.name },
      { idempotencyKey: key('supplier', s.key) },
    );
    if (res) {
      ids.set(s.key, res.body.id);
      if (res.status === 201) created.suppliers++;
    }
  });
  return ids;
}

async function seedParts(
  api: Api,
  plan: DealerGroupPlan,
  supplierIds: Map<string, string>,
  created: SeededGroup['created'],
): Promise<string[]> {
  const existing = new Map(
    ((await api.all('admin', '/v1/parts')) ?? []).map((p: Body) => [p.partNumber, p.id]),
  );
  const ids: string[] = [];
  await each(plan.parts, async (p, i) => {
    if (existing.has(p.partNumber)) ids[i] = existing.get(p.partNumber);
    else {
      const res = await api.post(
        'admin',
        '/v1/parts',
        {
          partNumber: p.partNumber,
          description: p.description,
          category: p.category,
          unitOfMeasure: 'piece',
          fitment: p.fitment,
          standardCost: { amountMinor: p.standardCostMinor, currency: 'EUR' },
        },
        { idempotencyKey: key('part', p.partNumber) },
      );
      if (!res) return;
      ids[i] = res.body.id;
      if (res.status === 201) created.parts++;
    }
    // Offers from the category's suppliers (an upsert, so re-runs repair what an earlier run
    // missed): the first is cheaper, the second dearer.
    for (const [n, supplierKey] of p.supplierKeys.entries()) {
      const supplierId = supplierIds.get(supplierKey);
      const supplier = plan.suppliers.find((s) => s.key === supplierKey)!;
      if (!supplierId) continue;
      await api.post('admin', `/v1/parts/${ids[i]}/suppliers`, {
        supplierId,
        unitPrice: {
          amountMinor: Math.round(p.standardCostMinor * (n === 0 ? 0.96 : 1.04)),
          currency: 'EUR',
        },
        leadTimeDays: supplier.leadTimeDays,
        taxRateBp: VAT_BP, // the price is net; German VAT on top
      });
    }
  });
  return ids;
}

async function seedStock(
  api: Api,
  plan: DealerGroupPlan,
  partIds: string[],
  created: SeededGroup['created'],
): Promise<void> {
  await each(plan.centres, async (c) => {
    const balances = await api.all('admin', `/v1/stock?locationId=${encodeURIComponent(c.stockLocationId)}`);
    if (!balances) return;
    const stocked = new Set(balances.map((b: Body) => b.partId));
    const partner = c.type === 'partner-workshop';
    await each(plan.parts, async (p, i) => {
      // Partner workshops keep only the fast movers, and fewer of them.
      const quantity = partner ? (p.profile === 'fast' ? Math.ceil(p.onHand / 3) : 0) : p.onHand;
      if (quantity <= 0 || !partIds[i] || stocked.has(partIds[i])) return;
      const res = await api.post('admin', '/v1/stock/movements', {
        kind: 'receipt',
        partId: partIds[i],
        locationId: c.stockLocationId,
        quantity,
        lotNumber: null,
        unitCost: { amountMinor: p.standardCostMinor, currency: 'EUR' },
        reason: 'Opening stock (demo seed)',
      });
      if (res) created.stockLines++;
    });
  });
}

async function seedCustomers(
  api: Api,
  plan: DealerGroupPlan,
  created: SeededGroup['created'],
): Promise<{ customerIds: Map<string, string>; vehicleIds: string[] }> {
  const existing = new Map(((await api.all('admin', '/v1/vehicles')) ?? []).map((v: Body) => [v.vin, v]));
  const customerIds = new Map<string, string>();
  for (const v of plan.vehicles) {
    const found = existing.get(v.vin);
    if (found?.ownerCustomerId) customerIds.set(v.customerKey, found.ownerCustomerId);
  }
  await each(plan.customers, async (c) => {
    if (customerIds.has(c.key)) return;
    const res = await api.post(
      'admin',
      '/v1/customers',
      {
        kind: c.kind,
        name: c.name,
        phone: c.phone,
        email: c.email,
        address: c.address,
        preferredChannel: c.preferredChannel,
        consents: { marketing: c.key.endsWith('3') || c.key.endsWith('7'), dataProcessing: true },
      },
      { idempotencyKey: key('customer', c.key) },
    );
    if (res) {
      customerIds.set(c.key, res.body.id);
      if (res.status === 201) created.customers++;
    }
  });
  const vehicleIds: string[] = [];
  await each(plan.vehicles, async (v, i) => {
    const found = existing.get(v.vin);
    if (found) return void (vehicleIds[i] = found.id);
    const owner = customerIds.get(v.customerKey);
    if (!owner) return;
    const res = await api.post(
      'admin',
      '/v1/vehicles',
      {
        vin: v.vin,
        registrationNumber: v.registrationNumber,
        make: v.make,
        model: v.model,
        modelYear: v.modelYear,
        ownerCustomerId: owner,
        mileageKm: v.mileageKm,
        purchaseDate: v.purchaseDate,
        warrantyEndsOn: v.warrantyEndsOn,
      },
      { idempotencyKey: key('vehicle', v.vin) },
    );
    if (res) {
      vehicleIds[i] = res.body.id;
      if (res.status === 201) created.vehicles++;
    }
  });
  return { customerIds, vehicleIds };
}

/** Seeds (or finds) the whole dealer group; logs one line per step through `log`. */
export async function seedDealerGroup(
  api: Api,
  plan: DealerGroupPlan,
  log: (line: string) => void,
): Promise<SeededGroup> {
  const created: SeededGroup['created'] = {
    centres: 0,
    suppliers: 0,
    parts: 0,
    stockLines: 0,
    customers: 0,
    vehicles: 0,
  };
  const centreIds = await seedCentres(api, plan, created);
  await seedSettings(api);
  const qualifiedPartners = await seedPartnerQualifications(api, plan, centreIds);
  const rosters = await seedRescueRosters(api, plan, centreIds);
  log(
    `seed: ${plan.regions.length} regions, ${centreIds.filter(Boolean).length} centres (${created.centres} new, ${qualifiedPartners} qualified partner workshops), ${rosters} rescue rosters, SLA standards, complaint time limits and routing`,
  );
  const supplierIds = await seedSuppliers(api, plan, created);
  const partIds = await seedParts(api, plan, supplierIds, created);
  log(
    `seed: ${supplierIds.size} suppliers (${created.suppliers} new), ${partIds.filter(Boolean).length} parts (${created.parts} new)`,
  );
  await seedStock(api, plan, partIds, created);
  log(`seed: opening stock, ${created.stockLines} stock lines received now`);
  const { customerIds, vehicleIds } = await seedCustomers(api, plan, created);
  log(
    `seed: ${customerIds.size} customers (${created.customers} new), ${vehicleIds.filter(Boolean).length} vehicles (${created.vehicles} new)`,
  );
  return { plan, centreIds, supplierIds, partIds, customerIds, vehicleIds, created };
}
