// Writes the demo dealer group through the gateway, idempotently: what exists (found by name, part
// number, VIN or stock balance) is reused, creates carry a deterministic Idempotency-Key, settings
// are only written when they differ. Re-running `npm run dev` on the same databases adds nothing.
import { type Api, type Body } from './api';
import { DEMO_TIME_ZONE, OPENING_HOURS, type DealerGroupPlan } from './data';
import { seedPartnerQualifications } from './quality';

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
 * SLA standard per repair-order stage (seconds a car should spend in it). The repair service
 * counts elapsed time, nights included, so stages a car often spends overnight in (reception at
 * the evening peak, multi-day work, QC late in the day) get a working day's slack.
 */
export const SLA_STANDARDS: Record<string, number> = {
  RECEIVED: 4 * 3_600,
  DIAGNOSED: 3 * 3_600,
  QUOTED: 8 * 3_600,
  APPROVED: 4 * 3_600,
  IN_PROGRESS: 24 * 3_600,
  WAITING_PARTS: 72 * 3_600,
  QC: 4 * 3_600,
  READY: 24 * 3_600,
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
  await each(Object.entries(SLA_STANDARDS), async ([stage, standardSeconds]) => {
    await api.put('admin', `/v1/sla-standards/${stage}`, { standardSeconds });
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
  log(
    `seed: ${plan.regions.length} regions, ${centreIds.filter(Boolean).length} centres (${created.centres} new, ${qualifiedPartners} qualified partner workshops), SLA standards, complaint time limits and routing`,
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
