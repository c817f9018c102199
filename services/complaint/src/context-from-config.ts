// The service defaults a tenant without its own settings runs on, from the environment.
import { type ServiceDefaults } from './application/settings';
import { type ComplaintConfig } from './config';

export function defaultsFromConfig(config: ComplaintConfig): ServiceDefaults {
  return {
    defaultTeamId: config.COMPLAINT_DEFAULT_TEAM,
    verdictTimeoutMinutes: config.COMPLAINT_VERDICT_TIMEOUT_MINUTES,
    proactive: {
      survey: {
        enabled: config.COMPLAINT_ON_SURVEY,
        npsAtMost: config.COMPLAINT_SURVEY_NPS_AT_MOST,
        scoreAtMost: config.COMPLAINT_SURVEY_SCORE_AT_MOST,
      },
      qcFailed: { enabled: config.COMPLAINT_ON_QC_FAILED },
      comeback: { enabled: config.COMPLAINT_ON_COMEBACK },
    },
    quality: {
      inquiryAnswerMinutes: config.INQUIRY_ANSWER_MINUTES,
      actionOwnerId: config.QUALITY_ACTION_OWNER,
      actionDueDays: config.QUALITY_ACTION_DUE_DAYS,
      verifyAfterDays: config.QUALITY_VERIFY_AFTER_DAYS,
      pattern: {
        threshold: config.QUALITY_PATTERN_THRESHOLD,
        windowDays: config.QUALITY_PATTERN_WINDOW_DAYS,
      },
      kpiLimits: config.QUALITY_KPI_LIMITS,
    },
  };
}
