// Query schemas of the /v1 routes. Dates are calendar days in the reporting time zone
// (REPORTING_TIME_ZONE); `to` is inclusive.
import { z } from 'zod';
import { safeIdSchema } from '@aftersales/service-kit';
import { periodOfDates, QUARTER_PATTERN } from '../domain/periods';

const day = z.iso.date();
const MAX_DAYS = 800;
/** Ids are echoed into CSV exports (kpis' `id` column): a formula start is a 400. */
const ref = safeIdSchema;

const periodFields = {
  from: day.optional(),
  to: day.optional(),
};

/** Checks from <= to and the span; defaults are applied by `periodOf`. */
const checkPeriod = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to) {
    const span = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` must not be before `from`' });
    if (span > MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_DAYS} days` });
  }
};

const scopeFields = {
  scope: z.enum(['centre', 'region', 'tenant']).default('tenant'),
  id: ref.optional(),
};
const checkScope = (q: { scope: string; id?: string }, ctx: z.RefinementCtx) => {
  if (q.scope !== 'tenant' && !q.id)
    ctx.addIssue({ code: 'custom', path: ['id'], message: `id is required for scope ${q.scope}` });
};

export const kpiQuery = z
  .object({ ...scopeFields, ...periodFields, granularity: z.enum(['day', 'week', 'month']).optional() })
  .strict()
  .superRefine((q, ctx) => {
    checkScope(q, ctx);
    checkPeriod(q, ctx);
  });

export const correlationQuery = z
  .object({ ...scopeFields, ...periodFields })
  .strict()
  .superRefine((q, ctx) => {
    checkScope(q, ctx);
    checkPeriod(q, ctx);
  });

export const scorecardQuery = z
  .object({ quarter: z.string().regex(QUARTER_PATTERN, 'expected a quarter like 2026-Q3') })
  .strict();

export const serviceDemandQuery = z
  .object({
    centreId: ref.optional(),
    horizon: z.coerce.number().int().min(1).max(52).default(8),
    asOf: day.optional(),
  })
  .strict();

export const partsDemandQuery = z
  .object({
    partId: ref.optional(),
    locationId: ref.optional(),
    horizon: z.coerce.number().int().min(1).max(24).default(3),
    asOf: day.optional(),
  })
  .strict();

/**
 * [from 00:00, the day after `to` 00:00) in the reporting time zone; default the 30 days up to
 * today (the local date).
 */
export function periodOf(
  q: { from?: string; to?: string },
  now: Date,
  timeZone: string,
): { from: Date; to: Date } {
  return periodOfDates(q, now, timeZone);
}
