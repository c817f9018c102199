// Business workloads through the gateway (or straight at a service) shared by the fault tests.
import { randomUUID } from 'node:crypto';
import { idempotencyKey, type Client } from '../../e2e/src/platform';

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
