// Analytics events. analytics.service-outcome is a public stream for BI teams (one per
// closed repair order, joining order outcome, survey and complaints); analytics.kpi.snapshot
// publishes periodic KPI values per scope. Version 2 of the service outcome carries pseudonyms
// instead of customer and vehicle ids; version 1 stays defined while it may still be published.
import { z } from 'zod';
import {
  CalendarDate,
  CentreType,
  Hours,
  Id,
  Money,
  NpsAnswer,
  Ratio,
  Score5,
  Seconds,
  Timestamp,
} from '../primitives';
import { ComplaintCategory, ComplaintSeverity } from './complaint';
import { ServiceType, SlaBreach, StageDuration } from './repair';

/** Version 1 (topic .v1): named the customer and the vehicle by id. Unchanged: it is an API. */
export const ServiceOutcomeV1 = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    centreType: CentreType,
    regionId: Id,
    customerId: Id,
    vehicleId: Id,
    serviceType: ServiceType,
    completeness: z
      .enum(['complete', 'grace-period-expired'])
      .describe('complete: survey answered; otherwise emitted after the grace period without it'),
    receivedAt: Timestamp,
    completedAt: Timestamp,
    deliveredAt: Timestamp.nullable(),
    closedAt: Timestamp,
    order: z.object({
      responseSeconds: Seconds.nullable().describe('Reception to diagnosis'),
      stageDurations: z.array(StageDuration),
      labourHours: Hours,
      labourCost: Money,
      partsCost: Money,
      totalGross: Money,
      reworkCount: z.int().nonnegative(),
      slaBreaches: z.array(SlaBreach),
      comeback: z.boolean(),
      firstTimeFix: z.boolean().describe('No rework and not a comeback'),
    }),
    survey: z
      .object({
        surveyId: Id,
        product: Score5,
        service: Score5,
        purchase: Score5,
        nps: NpsAnswer,
      })
      .nullable(),
    complaints: z.array(
      z.object({
        complaintId: Id,
        category: ComplaintCategory.nullable(),
        severity: ComplaintSeverity.nullable(),
        status: z.enum(['open', 'resolved', 'closed']),
        resolutionSeconds: Seconds.nullable(),
      }),
    ),
  })
  .describe('Public: the joined outcome of one closed repair order (order, survey, complaints) for BI.');

/**
 * A per-tenant pseudonym: HMAC-SHA256 under the tenant's pseudonym key over a secret drawn per
 * customer or vehicle, 128 bits in base64url. Stable for one customer or vehicle while the key id
 * stays the same; the customer's erasure destroys the secret, so no one can link it again.
 */
export const Pseudonym = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, 'expected 22 base64url characters')
  .describe('Per-tenant pseudonym (128-bit keyed HMAC, base64url)');

/** Version 2 (topic .v2): no direct identifiers on the public stream, only pseudonyms. */
export const ServiceOutcome = ServiceOutcomeV1.omit({ customerId: true, vehicleId: true })
  .extend({
    customerPseudonym: Pseudonym.nullable().describe(
      "The customer's pseudonym; null once the customer was erased",
    ),
    vehiclePseudonym: Pseudonym.describe("The vehicle's pseudonym (a new one after its owner's erasure)"),
    pseudonymKeyId: z
      .string()
      .min(1)
      .max(64)
      .describe(
        'Id of the tenant key the pseudonyms were made with: compare pseudonyms only within one key id',
      ),
  })
  .describe(
    'Public: the joined outcome of one closed repair order (order, survey, complaints) for BI, ' +
      'with pseudonyms instead of customer and vehicle ids.',
  );

const Rate = Ratio.nullable();
const Mean = z.number().nonnegative().nullable();

const KpiValues = z.object({
  responseTimeSeconds: Mean,
  completionRate: Rate,
  firstTimeFixRate: Rate,
  comebackRate: Rate,
  slaBreachRate: Rate,
  complaintRate: z
    .number()
    .min(0)
    .nullable()
    .describe('Complaints per completed order (can exceed 1 on a quiet day)'),
  complaintResolutionSeconds: Mean,
  csi: z.number().min(1).max(5).nullable().describe('Mean of survey scores'),
  nps: z.number().min(-100).max(100).nullable(),
  partsFillRate: Rate,
  backorderAgeSeconds: Mean,
  supplierOnTimeRate: Rate,
  supplierQualityRate: Rate,
  rescueResponseSeconds: Mean,
  emergencyModeHours: Mean,
});

/** A KPI of a snapshot by name; its options are in report order (limits and dashboards key on them). */
export const KpiName = KpiValues.keyof();
export type KpiName = z.infer<typeof KpiName>;
export const KPI_NAMES = KpiName.options;

export const KpiSnapshot = z
  .object({
    snapshotId: Id,
    scope: z.enum(['tenant', 'region', 'centre']),
    scopeId: Id,
    granularity: z.enum(['day', 'week', 'month', 'quarter']),
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
    counts: z.object({
      ordersOpened: z.int().nonnegative(),
      ordersCompleted: z.int().nonnegative(),
      surveys: z.int().nonnegative(),
      complaints: z.int().nonnegative(),
      rescues: z.int().nonnegative(),
    }),
    kpis: KpiValues.describe('Null where the period had no samples'),
  })
  .describe('KPI values of one scope (tenant, region or centre) for one period.');

export const analyticsEvents = {
  'analytics.service-outcome': ServiceOutcome,
  'analytics.kpi.snapshot': KpiSnapshot,
} as const;
