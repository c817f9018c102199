import { now as clockNow } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';
import { type ScorecardWeights, type ScoringTargets } from '../domain/scorecard';

/** Settings of the analyses the API runs (from config in main.ts, or a test). */
export interface AnalysisSettings {
  /** The reporting time zone (REPORTING_TIME_ZONE): every calendar period is local to it. */
  timeZone: string;
  weights: ScorecardWeights;
  targets: ScoringTargets;
  correlationMinSamples: number;
  serviceDemand: { seasonWeeks: number; historyWeeks: number };
  partsDemand: { seasonMonths: number; historyMonths: number };
}

export interface ApiDeps {
  prisma: PrismaClient;
  settings: AnalysisSettings;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
}

export const nowOf = (deps: ApiDeps) => (deps.now ?? clockNow)();
