// The success bodies of the /v1 routes as zod schemas: route() puts them in the OpenAPI document
// and checks every JSON answer against them while tests run. The functions that build the bodies
// return z.infer of their schema, so the compiler keeps the code and the document in step.
// Objects are strict: a field the code adds without documenting it fails the tests.
import { z } from 'zod';
import { eventSchemas } from '@aftersales/contracts';
import { type Granularity, type KpiSeriesPoint, type Scope } from '../application/kpi-query';
import { type Correlation } from '../application/correlations';
import { type PartsDemandForecast, type ServiceDemandForecast } from '../application/forecasts';
import { type CentreScorecard, type EmployeeScorecard } from '../domain/appraisal';
import { type KpiReport, type Period } from '../domain/kpis';
import { periodDays } from '../domain/periods';
import { SCORECARD_INDICATORS, type Scorecard, type ScorecardWeights } from '../domain/scorecard';
import {
  type CourseEffectiveness,
  type CourseStatistics,
  type CoverageOfCentre,
} from '../domain/training-effectiveness';

const Day = z.iso.date().describe('Calendar day in the reporting time zone, YYYY-MM-DD');
const Count = z.int().nonnegative();
const Measure = z.number().nullable();

/** The period's first and last (inclusive) calendar day. */
const PeriodDays = { from: Day, to: Day };

// ---------------------------------------------------------------------------------------------
// KPIs: counts and values are those analytics.kpi.snapshot publishes (contracts).

const snapshot = eventSchemas['analytics.kpi.snapshot'].shape;

export const KpiReportView = z
  .strictObject({
    scope: z.enum(['centre', 'region', 'tenant']),
    id: z.string().describe('The centre or region id; the tenant id for the tenant scope'),
    ...PeriodDays,
    counts: snapshot.counts,
    kpis: snapshot.kpis,
    stageDurations: z.array(
      z.strictObject({
        stage: z.string(),
        samples: Count,
        meanSeconds: z.number(),
        meanStandardSeconds: Measure,
        withinStandardRate: Measure,
      }),
    ),
    complaintsByCategory: z.array(z.strictObject({ category: z.string(), complaints: Count, rate: Measure })),
    granularity: z.enum(['day', 'week', 'month']).optional(),
    series: z
      .array(z.strictObject({ ...PeriodDays, counts: snapshot.counts, kpis: snapshot.kpis }))
      .optional()
      .describe('With a granularity: the KPIs of each day, week or month of the period'),
  })
  .describe('Every KPI of a scope and period');
export type KpiReportView = z.infer<typeof KpiReportView>;

export function kpiReportView(
  head: { scope: Scope; id: string; period: Period },
  report: KpiReport,
  series: { granularity: Granularity; points: KpiSeriesPoint[] } | undefined,
  timeZone: string,
): KpiReportView {
  return {
    scope: head.scope,
    id: head.id,
    ...periodDays(head.period, timeZone),
    ...report,
    ...(series ? { granularity: series.granularity, series: series.points } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Scorecards

const Indicator = z.enum(SCORECARD_INDICATORS);

export const ScorecardsView = z
  .strictObject({
    quarter: z.string().describe('YYYY-Qn'),
    weights: z.record(Indicator, z.number()),
    items: z.array(
      z.strictObject({
        centreId: z.string(),
        regionId: z.string().nullable(),
        score: Measure.describe('0-100, 100 best; null without data'),
        rankInRegion: z.int().positive().nullable(),
        centresInRegion: Count,
        previousScore: Measure,
        change: Measure,
        indicators: z.array(
          z.strictObject({ indicator: Indicator, value: Measure, score: Measure, weight: z.number() }),
        ),
        worstIndicators: z.array(Indicator),
      }),
    ),
  })
  .describe('Quarterly service-quality scorecards of the centres in scope');
export type ScorecardsView = z.infer<typeof ScorecardsView>;

export const scorecardsView = (
  quarter: string,
  weights: ScorecardWeights,
  items: Scorecard[],
): ScorecardsView => ({ quarter, weights, items });

// ---------------------------------------------------------------------------------------------
// Correlations

export const CorrelationsView = z
  .strictObject({
    scope: z.enum(['centre', 'region', 'tenant']),
    id: z.string(),
    ...PeriodDays,
    items: z.array(
      z.strictObject({
        name: z.string(),
        x: z.string().describe('The first measure'),
        y: z.string().describe('The second measure'),
        result: z.discriminatedUnion('status', [
          z.strictObject({
            status: z.literal('ok'),
            n: Count,
            pearson: z.number(),
            spearman: z.number(),
            strength: z.enum(['none', 'weak', 'moderate', 'strong']),
          }),
          z.strictObject({
            status: z.literal('insufficient-data'),
            n: Count,
            minSamples: Count,
            reason: z.string(),
          }),
        ]),
      }),
    ),
  })
  .describe('Per-order correlations of a scope and period, with sample sizes');
export type CorrelationsView = z.infer<typeof CorrelationsView>;

export const correlationsView = (
  head: { scope: Scope; id: string; period: Period },
  items: Correlation[],
  timeZone: string,
): CorrelationsView => ({ scope: head.scope, id: head.id, ...periodDays(head.period, timeZone), items });

// ---------------------------------------------------------------------------------------------
// Forecasts

const Series = {
  history: z.array(z.strictObject({ periodStart: Day, value: z.number() })),
  forecast: z.strictObject({
    method: z.enum(['holt-winters-additive', 'holt-linear', 'mean']),
    seasonLength: z.int().positive(),
    params: z.strictObject({ alpha: z.number(), beta: z.number(), gamma: z.number() }).nullable(),
    points: z.array(
      z.strictObject({
        step: z.int().positive(),
        value: z.number(),
        lower: z.number(),
        upper: z.number(),
        periodStart: Day,
      }),
    ),
    mape: Measure.describe('Back-tested mean absolute percentage error (0.08 = 8 %)'),
    backtestHorizon: z.int(),
  }),
};

export const ServiceDemandForecastsView = z
  .strictObject({
    granularity: z.literal('week'),
    items: z.array(z.strictObject({ centreId: z.string(), regionId: z.string(), ...Series })),
  })
  .describe('Weekly service demand (orders received) per centre: history and forecast');
export type ServiceDemandForecastsView = z.infer<typeof ServiceDemandForecastsView>;

export const serviceDemandForecastsView = (items: ServiceDemandForecast[]): ServiceDemandForecastsView => ({
  granularity: 'week',
  items,
});

export const PartsDemandForecastsView = z
  .strictObject({
    granularity: z.literal('month'),
    items: z.array(z.strictObject({ partId: z.string(), locationId: z.string(), ...Series })),
  })
  .describe('Monthly parts demand per part and stock location: history and forecast');
export type PartsDemandForecastsView = z.infer<typeof PartsDemandForecastsView>;

export const partsDemandForecastsView = (items: PartsDemandForecast[]): PartsDemandForecastsView => ({
  granularity: 'month',
  items,
});

export const DemandEmissionView = z
  .strictObject({
    emitted: Count.describe('Forecast demands published now (new, or changed quantity)'),
    heldBack: Count.describe('Parts whose catalogue entry has not arrived yet'),
  })
  .describe('What one emission of forecast parts demand published');
export type DemandEmissionView = z.infer<typeof DemandEmissionView>;

export const demandEmissionView = (r: { emitted: number; heldBack: number }): DemandEmissionView => ({
  emitted: r.emitted,
  heldBack: r.heldBack,
});

// ---------------------------------------------------------------------------------------------
// Training effectiveness and statistics

const OutcomeRates = z.strictObject({
  orders: Count.describe('Orders in the window (the sample size of both rates)'),
  comebacks: Count,
  firstTimeFixes: Count,
  comebackRate: Measure,
  firstTimeFixRate: Measure,
});

export const TrainingEffectivenessView = z
  .strictObject({
    windowDays: z.int().positive(),
    items: z.array(
      z.strictObject({
        courseId: z.string(),
        courseCode: z.string(),
        technicians: Count,
        before: OutcomeRates,
        after: OutcomeRates,
        change: z.strictObject({ comebackRate: Measure, firstTimeFixRate: Measure }),
        byTechnician: z.array(
          z.strictObject({
            technicianId: z.string(),
            trainedAt: z.iso.datetime(),
            before: OutcomeRates,
            after: OutcomeRates,
          }),
        ),
      }),
    ),
  })
  .describe("Per course: its trained technicians' order outcomes before vs after the session");
export type TrainingEffectivenessView = z.infer<typeof TrainingEffectivenessView>;

export const trainingEffectivenessView = (
  windowDays: number,
  items: CourseEffectiveness[],
): TrainingEffectivenessView => ({ windowDays, items });

export const TrainingStatisticsView = z
  .strictObject({
    ...PeriodDays,
    courses: z.array(
      z.strictObject({
        courseId: z.string(),
        courseCode: z.string(),
        results: Count,
        attended: Count,
        examsTaken: Count,
        passed: Count,
        passRate: Measure,
        meanExamScore: Measure,
      }),
    ),
    coverage: z.array(
      z.strictObject({ centreId: z.string(), technicians: Count, trained: Count, coverage: Measure }),
    ),
  })
  .describe('Exam pass rates per course and training coverage per centre in a period');
export type TrainingStatisticsView = z.infer<typeof TrainingStatisticsView>;

export const trainingStatisticsView = (
  period: Period,
  stats: { courses: CourseStatistics[]; coverage: CoverageOfCentre[] },
  timeZone: string,
): TrainingStatisticsView => ({
  ...periodDays(period, timeZone),
  courses: stats.courses,
  coverage: stats.coverage,
});

// ---------------------------------------------------------------------------------------------
// Appraisals

const AppraisalFigures = {
  audits: Count,
  meanAuditScore: Measure,
  auditFindings: Count,
  ordersCompleted: Count,
  comebacks: Count,
  comebackRate: Measure,
  firstTimeFixRate: Measure,
  complaints: Count,
  complaintRate: Measure,
  surveys: Count,
  csi: Measure,
};

export const EmployeeAppraisalsView = z
  .strictObject({
    ...PeriodDays,
    items: z.array(
      z.strictObject({ employeeId: z.string(), centreIds: z.array(z.string()), ...AppraisalFigures }),
    ),
  })
  .describe('Appraisal inputs per employee in a period, each with its sample size');
export type EmployeeAppraisalsView = z.infer<typeof EmployeeAppraisalsView>;

export const employeeAppraisalsView = (
  period: Period,
  items: EmployeeScorecard[],
  timeZone: string,
): EmployeeAppraisalsView => ({
  ...periodDays(period, timeZone),
  items,
});

export const CentreAppraisalsView = z
  .strictObject({
    ...PeriodDays,
    items: z.array(z.strictObject({ centreId: z.string(), ...AppraisalFigures, safetyHazards: Count })),
  })
  .describe('Appraisal inputs per centre in a period, with safety hazards found');
export type CentreAppraisalsView = z.infer<typeof CentreAppraisalsView>;

export const centreAppraisalsView = (
  period: Period,
  items: CentreScorecard[],
  timeZone: string,
): CentreAppraisalsView => ({
  ...periodDays(period, timeZone),
  items,
});
