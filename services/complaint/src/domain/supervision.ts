// Supervision reports: staff or customers report a service-quality problem, possibly
// anonymously; a quality manager investigates and resolves it with an outcome.
//   open --investigate--> investigating --resolve--> resolved;  open --resolve--> resolved
import { z } from 'zod';
import * as contracts from '@aftersales/contracts';
import { assertAllowed, type Transitions } from './state-machine';

export const SupervisionCategory = contracts.SupervisionCategory;
export type SupervisionCategory = z.infer<typeof SupervisionCategory>;

export const SupervisionOutcome = z.enum(['substantiated', 'not-substantiated', 'inconclusive']);
export type SupervisionOutcome = z.infer<typeof SupervisionOutcome>;

export const ReportStatus = z.enum(['open', 'investigating', 'resolved']);
export type ReportStatus = z.infer<typeof ReportStatus>;

export type ReportCommand = 'investigate' | 'resolve';

const TRANSITIONS: Transitions<ReportStatus, ReportCommand> = {
  open: ['investigate', 'resolve'],
  investigating: ['investigate', 'resolve'],
  resolved: [],
};

export function assertReportCan(status: ReportStatus, command: ReportCommand): void {
  assertAllowed('supervision report', TRANSITIONS, status, command);
}
