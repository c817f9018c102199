// All KPIs of one scope and period from its projected facts. The shape of `kpis` and `counts`
// is the one analytics.kpi.snapshot publishes; the report adds the breakdowns.
import { KPI_NAMES as contractKpiNames } from '@aftersales/contracts';
import * as c from './customers';
import * as o from './operations';
import * as ord from './orders';
import { round } from './stats';
import * as s from './supply';
import {
  type ComplaintFacts,
  type EmergencyFacts,
  type OrderFacts,
  type PartsRequestFacts,
  type Period,
  type ReceiptFacts,
  type RescueFacts,
  type SurveyFacts,
} from './types';

export * from './types';
export { type StageDurationKpi } from './orders';

export interface KpiInputs {
  orders: readonly OrderFacts[];
  surveys: readonly SurveyFacts[];
  complaints: readonly ComplaintFacts[];
  partsRequests: readonly PartsRequestFacts[];
  receipts: readonly ReceiptFacts[];
  rescues: readonly RescueFacts[];
  emergencies: readonly EmergencyFacts[];
}

export interface KpiValues {
  responseTimeSeconds: number | null;
  completionRate: number | null;
  firstTimeFixRate: number | null;
  comebackRate: number | null;
  slaBreachRate: number | null;
  complaintRate: number | null;
  complaintResolutionSeconds: number | null;
  csi: number | null;
  nps: number | null;
  partsFillRate: number | null;
  backorderAgeSeconds: number | null;
  supplierOnTimeRate: number | null;
  supplierQualityRate: number | null;
  rescueResponseSeconds: number | null;
  emergencyModeHours: number | null;
}

export interface KpiReport {
  counts: {
    ordersOpened: number;
    ordersCompleted: number;
    surveys: number;
    complaints: number;
    rescues: number;
  };
  kpis: KpiValues;
  stageDurations: ord.StageDurationKpi[];
  complaintsByCategory: { category: string; complaints: number; rate: number | null }[];
}

/** Every KPI of a report: the snapshot event's (contracts) KPI names, which KpiValues must match. */
export const KPI_NAMES: readonly (keyof KpiValues)[] = contractKpiNames;

export function computeKpis(input: KpiInputs, p: Period, now: Date = p.to): KpiReport {
  const completed = ord.ordersCompleted(input.orders, p);
  const kpis: KpiValues = {
    responseTimeSeconds: ord.responseTimeSeconds(input.orders, p),
    completionRate: ord.completionRate(input.orders, p),
    firstTimeFixRate: ord.firstTimeFixRate(input.orders, p),
    comebackRate: ord.comebackRate(input.orders, p),
    slaBreachRate: ord.slaBreachRate(input.orders, p),
    complaintRate: c.complaintRate(input.complaints, completed, p),
    complaintResolutionSeconds: c.complaintResolutionSeconds(input.complaints, p),
    csi: c.csi(input.surveys, p),
    nps: c.nps(input.surveys, p),
    partsFillRate: s.partsFillRate(input.partsRequests, p),
    backorderAgeSeconds: s.backorderAgeSeconds(input.partsRequests, p, now),
    supplierOnTimeRate: s.supplierOnTimeRate(input.receipts, p),
    supplierQualityRate: s.supplierQualityRate(input.receipts, p),
    rescueResponseSeconds: o.rescueResponseSeconds(input.rescues, p),
    emergencyModeHours: o.emergencyModeHours(input.emergencies, p, now),
  };
  // Rounded so that equal inputs give byte-equal reports whatever order the rows were loaded in.
  for (const k of KPI_NAMES) kpis[k] = round(kpis[k], 6);
  return {
    counts: {
      ordersOpened: ord.ordersOpened(input.orders, p),
      ordersCompleted: completed,
      surveys: c.surveysAnswered(input.surveys, p),
      complaints: c.complaintsRegistered(input.complaints, p),
      rescues: o.rescuesCompleted(input.rescues, p),
    },
    kpis,
    stageDurations: ord.stageDurations(input.orders, p).map((x) => ({
      ...x,
      meanSeconds: round(x.meanSeconds, 3) as number,
      meanStandardSeconds: round(x.meanStandardSeconds, 3),
      withinStandardRate: round(x.withinStandardRate, 6),
    })),
    complaintsByCategory: c.complaintRateByCategory(input.complaints, completed, p).map((x) => ({
      ...x,
      rate: round(x.rate, 6),
    })),
  };
}
