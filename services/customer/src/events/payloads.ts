// Event payloads built from rows (ids and facts, never PII). The use cases hand them to
// emitEvent, which validates each event against its contract and stamps it with the unit of
// work's clock, tenant and causation, so a bad payload fails the command, not a consumer.
import { type EventData } from '@aftersales/contracts';
import { type Customer, type FollowUp, type Survey, type SurveyInvitation, type Vehicle } from '../db/client';

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const consentsOf = (c: Customer) => ({
  marketing: c.consentMarketing,
  dataProcessing: c.consentDataProcessing,
});

export function customerRegistered(c: Customer): EventData<'customer.registered'> {
  return {
    customerId: c.id,
    kind: c.kind as 'person',
    dealerId: c.dealerId,
    preferredChannel: c.preferredChannel as 'phone',
    consents: consentsOf(c),
  };
}

export function customerUpdated(
  c: Customer,
  changedFields: EventData<'customer.updated'>['changedFields'],
): EventData<'customer.updated'> {
  return {
    customerId: c.id,
    revision: c.version,
    changedFields,
    kind: c.kind as 'person',
    dealerId: c.dealerId,
    preferredChannel: c.preferredChannel as 'phone',
    consents: consentsOf(c),
  };
}

export function customerErased(c: Customer, vehicleIds: string[]): EventData<'customer.erased'> {
  return { customerId: c.id, basis: c.erasureBasis as 'customer-request', vehicleIds };
}

export function vehicleRegistered(v: Vehicle): EventData<'vehicle.registered'> {
  return {
    vehicleId: v.id,
    vin: v.vin,
    make: v.make,
    model: v.model,
    modelYear: v.modelYear,
    ownerCustomerId: v.ownerCustomerId,
    mileageKm: v.mileageKm,
    purchaseDate: dateOnly(v.purchaseDate),
    warrantyEndsOn: dateOnly(v.warrantyEndsOn),
    registrationNumber: v.registrationNumber,
  };
}

export function vehicleOwnershipChanged(
  v: Vehicle,
  previousOwnerCustomerId: string | null,
  effectiveOn: string,
  reason: 'sale' | 'transfer' | 'correction',
): EventData<'vehicle.ownership-changed'> {
  return {
    vehicleId: v.id,
    previousOwnerCustomerId,
    newOwnerCustomerId: v.ownerCustomerId,
    effectiveOn,
    reason,
  };
}

export function followupScheduled(f: FollowUp): EventData<'followup.scheduled'> {
  return {
    followUpId: f.id,
    kind: f.kind as 'post-delivery-call',
    repairOrderId: f.repairOrderId,
    customerId: f.customerId,
    vehicleId: f.vehicleId,
    centreId: f.centreId,
    channel: f.channel as 'phone',
    dueAt: f.dueAt.toISOString(),
  };
}

export function followupCompleted(f: FollowUp): EventData<'followup.completed'> {
  return {
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
  };
}

export function surveyCompleted(s: Survey): EventData<'survey.completed'> {
  return {
    surveyId: s.id,
    repairOrderId: s.repairOrderId,
    customerId: s.customerId,
    vehicleId: s.vehicleId,
    centreId: s.centreId,
    channel: s.channel as 'phone',
    scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
    nps: s.nps,
    hasComment: s.commentCiphertext !== null,
  };
}

export function surveyInvited(i: SurveyInvitation): EventData<'survey.invited'> {
  return {
    invitationId: i.id,
    repairOrderId: i.repairOrderId,
    customerId: i.customerId,
    vehicleId: i.vehicleId,
    centreId: i.centreId,
    expiresAt: i.expiresAt.toISOString(),
  };
}
