// Quarterly supplier ratings: GET /v1/suppliers/{id}/ratings (one quarter with ?period=2026-Q4,
// else the latest quarters) and POST /v1/suppliers/{id}/rating-reviews (close a quarter: its rating
// is frozen and grades the supplier). Quarters are local to REPORTING_TIME_ZONE (UTC by default).
import { type Express } from 'express';
import { z } from 'zod';
import { identityOf, route, type Role } from '@aftersales/service-kit';
import { closeQuarter, quarterRating, recentQuarterRatings } from '../application/supplier-ratings';
import { QUARTER_PATTERN } from '../domain/rating-period';
import { idParam } from './schemas';
import { idempotentCreate, missing, plain, type ApiDeps } from './support';

const READ: Role[] = ['procurement-officer', 'parts-clerk', 'analyst'];
const Period = z.string().regex(QUARTER_PATTERN, 'a quarter such as 2026-Q4');
const Grade = z.enum(['preferred', 'approved', 'conditional', 'blocked']);

export const QuarterRatingView = z.object({
  supplierId: z.string(),
  period: z.string(),
  /** First and last local day of the quarter. */
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  timeZone: z.string(),
  /** current: still running; open: over, not reviewed; closed: frozen by a review. */
  status: z.enum(['current', 'open', 'closed']),
  scores: z.object({ quality: z.number(), price: z.number(), leadTime: z.number(), onTime: z.number() }),
  overall: z.number(),
  grade: Grade,
  counts: z.object({
    receipts: z.int(),
    lateDeliveries: z.int(),
    returns: z.record(z.string(), z.int()),
    returnedQuantity: z.number(),
    comebacks: z.int(),
    feedback: z.int(),
  }),
  previousGrade: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
});

export function supplierRatingRoutes(app: Express, deps: ApiDeps): void {
  const zone = deps.reportingTimeZone ?? 'UTC';
  const now = () => (deps.now ? deps.now() : new Date());

  app.get(
    '/v1/suppliers/:id/ratings',
    route(
      {
        params: idParam,
        query: z.object({
          period: Period.optional(),
          quarters: z.coerce.number().int().min(1).max(20).default(4),
        }),
      },
      async ({ params, query }, req) => {
        const ctx = { tx: deps.prisma, tenantId: identityOf(req).tenantId, now: now() };
        const items = query.period
          ? await quarterRating(ctx, params.id, query.period, zone).then((r) => r && [r])
          : await recentQuarterRatings(ctx, params.id, query.quarters, zone);
        if (!items) throw missing('Supplier');
        return plain({ items });
      },
      {
        summary: "A supplier's quarterly ratings: one quarter (?period=2026-Q4) or the latest quarters",
        roles: READ,
        response: z.object({ items: z.array(QuarterRatingView) }),
        problems: [422],
      },
    ),
  );

  app.post(
    '/v1/suppliers/:id/rating-reviews',
    route(
      { params: idParam, body: z.object({ period: Period }) },
      async ({ params, body }, req, res) => {
        await idempotentCreate(deps, req, res, `rating-reviews:${params.id}`, async (ctx) => {
          const closed = await closeQuarter(ctx, params.id, body.period, zone);
          if (!closed) throw missing('Supplier');
          return closed;
        });
      },
      {
        summary:
          "Close a supplier's quarter: its rating is frozen and grades the supplier (409 if already closed)",
        roles: ['procurement-officer'],
        response: QuarterRatingView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );
}
