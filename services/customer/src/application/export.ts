// The signed-in customer's data export (GDPR access and portability): everything this service
// holds about them, in clear for them. Reading it is a read of their PII like GET /v1/me (one
// audit row, written before anything is decrypted). Vehicles they sold show only the part of the
// history that was theirs: the next owner's readings and ownership are someone else's data.
import { z } from 'zod';
import { ContactChannel, FollowupKind } from '@aftersales/contracts';
import { type Identity } from '@aftersales/service-kit';
import { type MileageReading, type Vehicle, type VehicleOwnership } from '../db/client';
import { type Reader } from './audit';
import { customerFor } from './customers';
import { CustomerViewSchema, presentCustomers } from './customer-views';
import { nowOf, type CustomerDeps } from './deps';
import { ErasureRequestViewSchema, erasureRequestView } from './erasure-requests';
import { loadDataKey, openComment, openErasureReason } from './vault';

const instant = z.iso.datetime();
const day = z.iso.date();

const consent = z.object({ given: z.boolean(), changedAt: instant });

const ExportedVehicleSchema = z.object({
  id: z.uuid(),
  vin: z.string(),
  make: z.string(),
  model: z.string(),
  modelYear: z.int(),
  registrationNumber: z.string().nullable().describe('The plate as recorded now'),
  currentOwner: z.boolean().describe('false: a vehicle the customer owned before'),
  mileageKm: z.int().min(0).nullable().describe('The latest reading while it was theirs'),
  purchaseDate: day.nullable(),
  warrantyEndsOn: day.nullable(),
  mileageHistory: z.array(
    z.object({ mileageKm: z.int().min(0), source: z.string(), recordedBy: z.string(), recordedAt: instant }),
  ),
  ownershipHistory: z
    .array(z.object({ startedOn: day, endedOn: day.nullable(), reason: z.string() }))
    .describe("The customer's own ownership periods"),
});

export const CustomerExportSchema = z.object({
  service: z.literal('customer'),
  exportedAt: instant,
  customerId: z.uuid(),
  customer: CustomerViewSchema,
  consents: z.object({ marketing: consent, dataProcessing: consent }),
  centres: z
    .array(z.object({ centreId: z.string(), source: z.string(), firstSeenAt: instant }))
    .describe('The service centres that serve the customer, and why'),
  vehicles: z.array(ExportedVehicleSchema),
  surveys: z.array(
    z.object({
      id: z.uuid(),
      repairOrderId: z.string(),
      vehicleId: z.uuid(),
      centreId: z.string(),
      channel: ContactChannel,
      scores: z.object({ product: z.int(), service: z.int(), purchase: z.int() }),
      nps: z.int(),
      comment: z.string().nullable(),
      createdAt: instant,
    }),
  ),
  followUps: z.array(
    z.object({
      id: z.uuid(),
      kind: FollowupKind,
      repairOrderId: z.string().nullable(),
      vehicleId: z.string(),
      centreId: z.string(),
      channel: z.string(),
      dueAt: instant,
      status: z.enum(['scheduled', 'completed', 'cancelled']),
      outcome: z.string().nullable(),
      completedAt: instant.nullable(),
    }),
  ),
  surveyInvitations: z.array(
    z.object({
      id: z.uuid(),
      repairOrderId: z.string(),
      vehicleId: z.uuid(),
      centreId: z.string(),
      deliveredAt: instant,
      expiresAt: instant,
      answeredAt: instant.nullable(),
      surveyId: z.uuid().nullable(),
    }),
  ),
  erasureRequests: z.array(ErasureRequestViewSchema),
  signInChallenges: z.array(
    z.object({
      id: z.uuid(),
      channel: z.string(),
      attempts: z.int(),
      createdAt: instant,
      expiresAt: instant,
      verifiedAt: instant.nullable(),
    }),
  ),
  piiAccessLog: z
    .array(
      z.object({
        userId: z.string(),
        roles: z.array(z.string()),
        purpose: z.string(),
        requestId: z.string().nullable(),
        accessedAt: instant,
      }),
    )
    .describe('Who read their personal data, when and why'),
});

export type CustomerExport = z.infer<typeof CustomerExportSchema>;

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Whether a reading falls in one of the ownership periods (whole days, both ends included). */
const withinOwnership = (r: MileageReading, periods: VehicleOwnership[]) => {
  const on = dayOf(r.recordedAt)!;
  return periods.some((p) => dayOf(p.startedOn)! <= on && (p.endedOn === null || on <= dayOf(p.endedOn)!));
};

function exportedVehicle(
  v: Vehicle & { mileageReadings: MileageReading[]; ownerships: VehicleOwnership[] },
  customerId: string,
): CustomerExport['vehicles'][number] {
  const currentOwner = v.ownerCustomerId === customerId;
  const periods = v.ownerships.filter((o) => o.customerId === customerId);
  const readings =
    currentOwner && periods.length === 0
      ? v.mileageReadings
      : v.mileageReadings.filter((r) => withinOwnership(r, periods));
  return {
    id: v.id,
    vin: v.vin,
    make: v.make,
    model: v.model,
    modelYear: v.modelYear,
    registrationNumber: v.registrationNumber,
    currentOwner,
    mileageKm: currentOwner ? v.mileageKm : (readings.at(-1)?.mileageKm ?? null),
    purchaseDate: dayOf(v.purchaseDate),
    warrantyEndsOn: dayOf(v.warrantyEndsOn),
    mileageHistory: readings.map((r) => ({
      mileageKm: r.mileageKm,
      source: r.source,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
    })),
    ownershipHistory: periods.map((o) => ({
      startedOn: dayOf(o.startedOn)!,
      endedOn: dayOf(o.endedOn),
      reason: o.reason,
    })),
  };
}

/** Everything about the signed-in customer (`me` is their own token: customerIdOf checked it). */
export async function exportCustomer(deps: CustomerDeps, reader: Reader): Promise<CustomerExport> {
  const me: Identity = reader.identity;
  const tenantId = me.tenantId;
  const customerId = me.userId;
  const db = deps.prisma;
  const row = await customerFor(deps, db, me, customerId);
  // Audits the read (before decrypting) and opens the record; the same key opens the comments.
  const [customer] = await presentCustomers(deps, reader, [row]);
  const dataKey = row.status === 'ACTIVE' ? await loadDataKey(deps, db, tenantId, customerId) : null;

  const [centres, vehicles, surveys, followUps, invitations, requests, challenges, accessLog] =
    await Promise.all([
      db.customerCentre.findMany({ where: { tenantId, customerId }, orderBy: { firstSeenAt: 'asc' } }),
      db.vehicle.findMany({
        where: {
          tenantId,
          OR: [{ ownerCustomerId: customerId }, { ownerships: { some: { customerId } } }],
        },
        include: {
          mileageReadings: { orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] },
          ownerships: { orderBy: [{ startedOn: 'asc' }, { recordedAt: 'asc' }] },
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      db.survey.findMany({ where: { tenantId, customerId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      db.followUp.findMany({
        where: { tenantId, customerId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      db.surveyInvitation.findMany({
        where: { tenantId, customerId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      db.erasureRequest.findMany({
        where: { tenantId, customerId },
        orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
      }),
      db.signInChallenge.findMany({
        where: { tenantId, customerId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      db.piiAccessLog.findMany({
        where: { tenantId, customerId },
        orderBy: [{ accessedAt: 'asc' }, { id: 'asc' }],
      }),
    ]);

  return {
    service: 'customer',
    exportedAt: nowOf(deps).toISOString(),
    customerId,
    customer: customer!,
    consents: {
      marketing: { given: row.consentMarketing, changedAt: row.consentMarketingAt.toISOString() },
      dataProcessing: {
        given: row.consentDataProcessing,
        changedAt: row.consentDataProcessingAt.toISOString(),
      },
    },
    centres: centres.map((c) => ({
      centreId: c.centreId,
      source: c.source,
      firstSeenAt: c.firstSeenAt.toISOString(),
    })),
    vehicles: vehicles.map((v) => exportedVehicle(v, customerId)),
    surveys: surveys.map((s) => ({
      id: s.id,
      repairOrderId: s.repairOrderId,
      vehicleId: s.vehicleId,
      centreId: s.centreId,
      channel: s.channel as CustomerExport['surveys'][number]['channel'],
      scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
      nps: s.nps,
      comment: s.commentCiphertext && dataKey ? openComment(deps, dataKey, s.id, s.commentCiphertext) : null,
      createdAt: s.createdAt.toISOString(),
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      kind: f.kind as CustomerExport['followUps'][number]['kind'],
      repairOrderId: f.repairOrderId,
      vehicleId: f.vehicleId,
      centreId: f.centreId,
      channel: f.channel,
      dueAt: f.dueAt.toISOString(),
      status: f.status.toLowerCase() as CustomerExport['followUps'][number]['status'],
      outcome: f.outcome,
      completedAt: f.completedAt?.toISOString() ?? null,
    })),
    surveyInvitations: invitations.map((i) => ({
      id: i.id,
      repairOrderId: i.repairOrderId,
      vehicleId: i.vehicleId,
      centreId: i.centreId,
      deliveredAt: i.deliveredAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      answeredAt: i.answeredAt?.toISOString() ?? null,
      surveyId: i.surveyId,
    })),
    erasureRequests: requests.map((r) =>
      erasureRequestView(
        r,
        r.reasonCiphertext && dataKey ? openErasureReason(deps, dataKey, r.id, r.reasonCiphertext) : null,
      ),
    ),
    signInChallenges: challenges.map((c) => ({
      id: c.id,
      channel: c.channel,
      attempts: c.attempts,
      createdAt: c.createdAt.toISOString(),
      expiresAt: c.expiresAt.toISOString(),
      verifiedAt: c.verifiedAt?.toISOString() ?? null,
    })),
    piiAccessLog: accessLog.map((a) => ({
      userId: a.userId,
      roles: a.roles,
      purpose: a.purpose,
      requestId: a.requestId,
      accessedAt: a.accessedAt.toISOString(),
    })),
  };
}
