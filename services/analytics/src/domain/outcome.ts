// The public service outcome of one closed repair order (analytics.service-outcome), joined from
// the order's completion, its survey and its complaints. Pure: the caller decides when to emit.
import { type EventData } from '@aftersales/contracts';
import { seconds } from './kpis/stats';

/** The customer id a service outcome carries once its customer was erased (the link is cut). */
export const ERASED_CUSTOMER_ID = 'erased';

type Outcome = EventData<'analytics.service-outcome'>;
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
    // Gone from the completion record once the customer was erased (application/erasure.ts).
    customerId: c.customerId ?? ERASED_CUSTOMER_ID,
    vehicleId: c.vehicleId,
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
