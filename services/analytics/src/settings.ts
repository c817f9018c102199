// Analysis settings from the validated config.
import { type AnalysisSettings } from './api/deps';
import { type AnalyticsConfig } from './config';

export function settingsOf(config: AnalyticsConfig): AnalysisSettings {
  return {
    timeZone: config.REPORTING_TIME_ZONE,
    weights: config.SCORECARD_WEIGHTS,
    targets: {
      responseTimeTargetSeconds: config.RESPONSE_TIME_TARGET_SECONDS,
      complaintRateCeiling: config.COMPLAINT_RATE_CEILING,
    },
    correlationMinSamples: config.CORRELATION_MIN_SAMPLES,
    serviceDemand: {
      seasonWeeks: config.SERVICE_DEMAND_SEASON_WEEKS,
      historyWeeks: config.SERVICE_DEMAND_HISTORY_WEEKS,
    },
    partsDemand: {
      seasonMonths: config.PARTS_DEMAND_SEASON_MONTHS,
      historyMonths: config.PARTS_DEMAND_HISTORY_MONTHS,
    },
  };
}
