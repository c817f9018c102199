// Business workloads through the gateway (or straight at a service) shared by the fault tests.
import { randomUUID } from 'node:crypto';
import { idempotencyKey, ifMatch, type Client, type Platform, type Response } from '../../e2e/src/platform';
import { centreBody } from '../../e2e/src/fixtures';

export const TENANT = 'dg-e2e'; // the tenant of the platform's tokens

/** One customer and one vehicle, the references every survey needs. */
export async function customerWithVehicle(
  advisor: Client,
): Promise<{ customerId: string; vehicleId: string }> {
  const customer = await advisor.post(
    '/v1/customers',
    {
      kind: 'person',
      name: 'Lena Fischer',
      phone: '+49 151 2000 2000',
      email: 'lena.fischer@example.de',
      preferredChannel: 'phone',
      consents: { marketing: false, dataProcessing: true },
    },
    idempotencyKey(),
  );
  if (customer.status !== 201)
    throw new Error(`customer: ${customer.status} ${JSON.stringify(customer.body)}`);
  const vin = `WVWZZZ1JZXW${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const vehicle = await advisor.post(
    '/v1/vehicles',
    {
      vin,
      make: 'Volkswagen',
      model: 'Golf',
      modelYear: 2021,
      ownerCustomerId: customer.body.id,
      mileageKm: 30_000,
      purchaseDate: '2021-03-01',
      warrantyEndsOn: '2024-03-01',
    },
    idempotencyKey(),
  );
  if (vehicle.status !== 201) throw new Error(`vehicle: ${vehicle.status} ${JSON.stringify(vehicle.body)}`);
  return { customerId: customer.body.id, vehicleId: vehicle.body.id };
}

/** A low survey (opens a complaint by the default proactive rule) for a fresh repair order id. */
export function lowSurvey(ref: { customerId: string; vehicleId: string }, repairOrderId = randomUUID()) {
  return {
    repairOrderId,
    customerId: ref.customerId,
    vehicleId: ref.vehicleId,
    centreId: 'centre-faults',
    channel: 'phone',
    scores: { product: 2, service: 1, purchase: 3 },
    nps: 2,
  };
}

/** repair.order.delivered data: the customer service schedules a call and a maintenance reminder. */
export function deliveredData(repairOrderId = randomUUID()) {
  return {
    repairOrderId,
    centreId: 'centre-faults',
    customerId: randomUUID(),
    vehicleId: randomUUID(),
    mileageKm: 42_000,
    nextMaintenance: { dueMileageKm: 60_000, dueOn: '2027-06-01' },
    deliveredBy: 'advisor-faults',
  };
}

/** survey.completed data as the customer service would emit it (low scores). */
export function surveyData(surveyId = randomUUID()) {
  return {
    surveyId,
    repairOrderId: randomUUID(),
    customerId: randomUUID(),
    vehicleId: randomUUID(),
    centreId: 'centre-faults',
    channel: 'phone' as const,
    scores: { product: 2, service: 1, purchase: 3 },
    nps: 2,
    hasComment: false,
  };
}

/** A centre with a stock location, one part in stock there, and a customer with a vehicle. */
export interface Workshop {
  centreId: string;
  locationId: string;
  partId: string;
  customerId: string;
  vehicleId: string;
}

/**
 * What the repair -> parts scenario needs, created through the gateway as the journey does: a part
 * with `stock` pieces received at the centre's location (so every request is reserved from stock,
 * none backordered), the centre (repair service) and a customer with a vehicle (customer service).
 */
export async function partsWorkshop(p: Platform, stock: number): Promise<Workshop> {
  const clerk = p.as(['parts-clerk']);
  const admin = p.as(['admin']);
  const suffix = randomUUID().slice(0, 8);
  const locationId = `loc-faults-${suffix}`;
  const part = await clerk.post('/v1/parts', {
    partNumber: `FLT-${suffix}`.toUpperCase(),
    description: 'Oil filter',
    category: 'filters',
    unitOfMeasure: 'piece',
    fitment: [{ make: 'Volkswagen', model: 'Golf' }],
    standardCost: { amountMinor: 900, currency: 'EUR' },
  });
  if (part.status !== 201) throw new Error(`part: ${part.status} ${JSON.stringify(part.body)}`);
  const receipt = await clerk.post('/v1/stock/movements', {
    kind: 'receipt',
    partId: part.body.id,
    locationId,
    quantity: stock,
    reason: 'opening stock',
  });
  if (receipt.status !== 201) throw new Error(`receipt: ${receipt.status} ${JSON.stringify(receipt.body)}`);
  const centre = await admin.post(
    '/v1/service-centres',
    centreBody({ name: `Faults ${suffix}`, bays: 8, skills: ['engine'], stockLocationId: locationId }),
    idempotencyKey(),
  );
  if (centre.status !== 201) throw new Error(`centre: ${centre.status} ${JSON.stringify(centre.body)}`);
  const ref = await customerWithVehicle(p.as(['service-advisor']));
  return { centreId: centre.body.id, locationId, partId: part.body.id, ...ref };
}

/** The HTTP statuses of one order's way to approval, and the order's id. */
export interface ApprovedOrder {
  id: string;
  statuses: number[];
}

/**
 * Opens a repair order at the workshop and takes it through diagnosis and a quote with one part
 * line to the customer's approval, through the gateway. The approval makes the repair service emit
 * repair.parts.requested (through its outbox), which parts-procurement reserves from stock.
 */
export async function approvedOrder(p: Platform, w: Workshop, partQuantity = 1): Promise<ApprovedOrder> {
  const advisor = p.as(['service-advisor']);
  const technician = p.as(['technician']);
  const statuses: number[] = [];
  const expect = (what: string, res: Response, status: number) => {
    statuses.push(res.status);
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const opened = expect(
    'open order',
    await advisor.post(
      '/v1/repair-orders',
      {
        centreId: w.centreId,
        customerId: w.customerId,
        vehicleId: w.vehicleId,
        serviceType: 'repair',
        mileageKm: 31_200,
        fuelLevelPercent: 50,
        symptoms: 'Oil warning light',
        symptomSystems: ['engine'],
        damageNotes: '',
      },
      idempotencyKey(),
    ),
    201,
  );
  const id = opened.id as string;
  const command = async (client: Client, path: string, body: object, status: number, version: number) =>
    expect(path, await client.post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version)), status);
  const diagnosed = await command(
    technician,
    'diagnosis',
    {
      technicianId: 'tech-1',
      faultCodes: ['P0520'],
      findings: [
        { system: 'engine', severity: 'required', faultCode: 'P0520', description: 'Filter clogged' },
      ],
      estimatedLabourHours: 1,
      partsRequired: true,
    },
    200,
    opened.version,
  );
  const quoted = await command(
    advisor,
    'quotes',
    {
      lines: [
        { kind: 'labour', operationCode: 'OIL-FLT', quantity: 1 },
        { kind: 'part', partId: w.partId, quantity: partQuantity, unitPriceMinor: 1_900 },
      ],
    },
    201,
    diagnosed.version,
  );
  const approved = await command(
    advisor,
    'quotes/1/approval',
    { method: 'phone', approvedByCustomerId: w.customerId },
    200,
    quoted.version,
  );
  if (approved.parts?.status !== 'requested')
    throw new Error(`approval did not request parts: ${JSON.stringify(approved.parts)}`);
  return { id, statuses };
}
