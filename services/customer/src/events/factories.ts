// Event factories: contract events built from rows (ids and facts, never PII). createEvent
// validates each one, so a bad event fails here rather than at a consumer. Events are stamped
// with the service clock (the demo's simulated time under `npm run dev`, real time otherwise).
import { createEvent, type AnyEvent, type EventData } from '@aftersales/contracts';
import { now } from '@aftersales/service-kit';
import { PRODUCER } from '../application/deps';
import { type Customer, type FollowUp, type Survey, type Vehicle } from '../db/client';

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type Cause = { correlationId?: string; causationId?: string | null };

const consentsOf = (c: Customer) => ({
  marketing: c.consentMarketing,
  dataProcessing: c.consentDataProcessing,
});

export function customerRegistered(c: Customer): AnyEvent {
  return createEvent('customer.registered', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: c.tenantId,
    subject: c.id,
    data: {
      customerId: c.id,
      kind: c.kind as 'person',
      dealerId: c.dealerId,
      preferredChannel: c.preferredChannel as 'phone',
      consents: consentsOf(c),
    },
  });
}

export function customerUpdated(
  c: Customer,
  changedFields: EventData<'customer.updated'>['changedFields'],
): AnyEvent {
  return createEvent('customer.updated', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: c.tenantId,
    subject: c.id,
    data: {
      customerId: c.id,
      revision: c.version,
      changedFields,
      kind: c.kind as 'person',
      dealerId: c.dealerId,
      preferredChannel: c.preferredChannel as 'phone',
      consents: consentsOf(c),
    },
  });
}

export function customerErased(c: Customer, vehicleIds: string[]): AnyEvent {
  return createEvent('customer.erased', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: c.tenantId,
    subject: c.id,
    data: { customerId: c.id, basis: c.erasureBasis as 'customer-request', vehicleIds },
  });
}

export function vehicleRegistered(v: Vehicle): AnyEvent {
  return createEvent('vehicle.registered', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: v.tenantId,
    subject: v.id,
    data: {
      vehicleId: v.id,
      vin: v.vin,
      make: v.make,
      model: v.model,
      modelYear: v.modelYear,
      ownerCustomerId: v.ownerCustomerId,
      mileageKm: v.mileageKm,
      purchaseDate: dateOnly(v.purchaseDate),
      warrantyEndsOn: dateOnly(v.warrantyEndsOn),
    },
  });
}

export function vehicleOwnershipChanged(
  v: Vehicle,
  previousOwnerCustomerId: string | null,
  effectiveOn: string,
  reason: 'sale' | 'transfer' | 'correction',
): AnyEvent {
  return createEvent('vehicle.ownership-changed', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: v.tenantId,
    subject: v.id,
    data: {
      vehicleId: v.id,
      previousOwnerCustomerId,
      newOwnerCustomerId: v.ownerCustomerId,
      effectiveOn,
      reason,
    },
  });
}

export function followupScheduled(f: FollowUp, cause: Cause = {}): AnyEvent {
  return createEvent('followup.scheduled', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: f.tenantId,
    subject: f.id,
    ...cause,
    data: {
      followUpId: f.id,
      kind: f.kind as 'post-delivery-call',
      repairOrderId: f.repairOrderId,
      customerId: f.customerId,
      vehicleId: f.vehicleId,
      centreId: f.centreId,
      channel: f.channel as 'phone',
      dueAt: f.dueAt.toISOString(),
    },
  });
}

export function followupCompleted(f: FollowUp): AnyEvent {
  return createEvent('followup.completed', {
    producer: PRODUCER,
    occurredAt: now(),
    tenantId: f.tenantId,
    subject: f.id,
    data: {
      followUpId: f.id,
      kind: f.kind as 'post-delivery-call',
      repairOrderId: f.repairOrderId,
      customerId: f.customerId,
      vehicleId: f.vehicleId,
      centreId: f.centreId,
      channel: f.channel as 'phone',
      outcome: f.outcome as 'satisfied',
      attempts: f.attempts,
      completedBy: f.completedBy,
      surveyId: f.surveyId,
    },
  });
}

/** `answeredAt`: the service's clock (the demo clock under `npm run dev`), so periods line up. */
export function surveyCompleted(s: Survey, answeredAt?: Date): AnyEvent {
  return createEvent('survey.completed', {
    producer: PRODUCER,
    occurredAt: answeredAt ?? now(),
    tenantId: s.tenantId,
    subject: s.id,
    data: {
      surveyId: s.id,
      repairOrderId: s.repairOrderId,
      customerId: s.customerId,
      vehicleId: s.vehicleId,
      centreId: s.centreId,
      channel: s.channel as 'phone',
      scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
      nps: s.nps,
      hasComment: s.commentCiphertext !== null,
    },
  });
}
