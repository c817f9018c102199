// The public service outcome of one closed repair order (analytics.service-outcome), joined from
// the order's completion, its survey and its complaints. Pure: the caller decides when to emit.
// Version 2 (current) names customer and vehicle by pseudonym; version 1 (superseded, published
// only during a migration window) by id.
import { type EventData } from '@aftersales/contracts';
import { seconds } from './kpis/stats';

/** The customer id a v1 service outcome carries once its customer was erased (the link is cut). */
export const ERASED_CUSTOMER_ID = 'erased';

type Outcome = EventData<'analytics.service-outcome'>;

/** How the outcome names its customer and vehicle (domain/pseudonym.ts). */
export interface OutcomePseudonyms {
  /** Null when the customer was erased (the completion record no longer names them). */
  customerPseudonym: string | null;
  vehiclePseudonym: string;
  pseudonymKeyId: string;
}
type Completion = EventData<'repair.order.completed'>;

export interface OutcomeOrder {
  repairOrderId: string;
  openedAt: Date | null;
  diagnosedAt: Date | null;
  completedAt: Date | null;
  deliveredAt: Date | null;
  closedAt: Date | null;
  completion: Completion | null;
}

export interface OutcomeSurvey {
  surveyId: string;
  product: number;
  service: number;
  purchase: number;
  nps: number;
}

export interface OutcomeComplaint {
  complaintId: string;
  category: string | null;
  severity: string | null;
  status: string;
  resolutionSeconds: number | null;
}

/** True when the order can be published: closed and its completion (the outcome) known. */
export const isPublishable = (o: OutcomeOrder) =>
  o.closedAt !== null && o.completion !== null && o.completedAt !== null;

export function buildServiceOutcome(
  order: OutcomeOrder,
  survey: OutcomeSurvey | null,
  complaints: readonly OutcomeComplaint[],
  pseudonyms: OutcomePseudonyms,
): Outcome {
  const c = order.completion;
  if (!c || !order.closedAt || !order.completedAt)
    throw new Error(`order ${order.repairOrderId} is not closed and completed`);
  const receivedAt = order.openedAt ?? new Date(c.receivedAt);
  return {
    repairOrderId: order.repairOrderId,
    centreId: c.centreId,
    centreType: c.centreType,
    regionId: c.regionId,
    customerPseudonym: pseudonyms.customerPseudonym,
    vehiclePseudonym: pseudonyms.vehiclePseudonym,
    pseudonymKeyId: pseudonyms.pseudonymKeyId,
    serviceType: c.serviceType,
    completeness: survey ? 'complete' : 'grace-period-expired',
    receivedAt: receivedAt.toISOString(),
    completedAt: order.completedAt.toISOString(),
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    closedAt: order.closedAt.toISOString(),
    order: {
      responseSeconds: order.diagnosedAt ? seconds(receivedAt, order.diagnosedAt) : null,
      stageDurations: c.stageDurations,
      labourHours: c.labourHours,
      labourCost: c.labourCost,
      partsCost: c.partsCost,
      totalGross: c.totalGross,
      reworkCount: c.reworkCount,
      slaBreaches: c.slaBreaches,
      comeback: c.comeback,
      firstTimeFix: c.reworkCount === 0 && !c.comeback,
    },
    survey: survey
      ? {
          surveyId: survey.surveyId,
          product: survey.product,
          service: survey.service,
          purchase: survey.purchase,
          nps: survey.nps,
        }
      : null,
    complaints: [...complaints]
      .sort((a, b) => a.complaintId.localeCompare(b.complaintId))
      .map((k) => ({
        complaintId: k.complaintId,
        category: k.category as Outcome['complaints'][number]['category'],
        severity: k.severity as Outcome['complaints'][number]['severity'],
        status: k.status as 'open' | 'resolved' | 'closed',
        resolutionSeconds: k.resolutionSeconds,
      })),
  };
}

/** The same outcome as version 1 (the superseded topic): customer and vehicle by id. */
export function serviceOutcomeV1(outcome: Outcome, completion: Completion): Record<string, unknown> {
  const { customerPseudonym: _c, vehiclePseudonym: _v, pseudonymKeyId: _k, ...rest } = outcome;
  return {
    ...rest,
    // Gone from the completion record once the customer was erased (application/erasure.ts).
    customerId: completion.customerId ?? ERASED_CUSTOMER_ID,
    vehicleId: completion.vehicleId,
  };
}
