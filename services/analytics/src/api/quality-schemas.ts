// Query schemas of the quality-management analyses (training effectiveness and statistics,
// appraisal scorecards). Same conventions as schemas.ts: calendar days, `to` inclusive.
import { z } from 'zod';
import { safeIdSchema } from '@aftersales/service-kit';

const day = z.iso.date();
const MAX_DAYS = 800;
const checkPeriod = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to) {
    const span = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` must not be before `from`' });
    if (span > MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_DAYS} days` });
  }
};
/** The same id rule as schemas.ts (safeIdSchema: no formula start, no control characters). */
const ref = safeIdSchema;

export const effectivenessQuery = z
  .object({
    courseId: ref.optional(),
    centreId: ref.optional(),
    windowDays: z.coerce.number().int().min(7).max(365).default(90),
  })
  .strict();

export const trainingStatisticsQuery = z
  .object({ from: day.optional(), to: day.optional(), centreId: ref.optional() })
  .strict()
  .superRefine(checkPeriod);

export const appraisalQuery = z
  .object({ from: day.optional(), to: day.optional(), centreId: ref.optional() })
  .strict()
  .superRefine(checkPeriod);
