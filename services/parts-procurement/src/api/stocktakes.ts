// Stocktakes (count sheets per location, counts, variances, approval) and lot traces.
import { type Express, type Request } from 'express';
import { z } from 'zod';
import { identityOf, page, pageSchema, parseIfMatch, route, setETag } from '@aftersales/service-kit';
import { traceLot } from '../application/lots';
import { approveStocktake, openStocktake, recordCounts } from '../application/stocktakes';
import { variancesOf, type CountLine } from '../domain/stocktake';
import { afterCursor, idParam, listQuery, LocationId, LotNumber, PartRef } from './schemas';
import {
  assertLocationAccess,
  assertRecordInScope,
  canAccessLocation,
  locationsInScope,
  locationWhere,
} from './scope';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';
import { ApprovedStocktakeView, LotTraceView, StocktakeView } from './views';

const view = (st: { lines: unknown; version: number }) => ({
  ...(plain(st) as object),
  ...variancesOf(st.lines as CountLine[]),
});

export function stocktakeRoutes(app: Express, deps: ApiDeps): void {
  const stocktakeInScope = async (req: Request, id: string) => {
    const me = identityOf(req);
    const st = await deps.prisma.stocktake.findFirst({
      where: { id, tenantId: me.tenantId },
      select: { locationId: true },
    });
    await assertRecordInScope(deps.prisma, me, st, 'Stocktake');
  };

  app.post(
    '/v1/stocktakes',
    route(
      { body: z.object({ locationId: LocationId, partIds: z.array(PartRef).min(1).max(2000).optional() }) },
      async ({ body }, req, res) => {
        await assertLocationAccess(deps.prisma, identityOf(req), body.locationId);
        await idempotentCreate(deps, req, res, 'stocktakes', async (ctx) =>
          view(await openStocktake(ctx, body.locationId, body.partIds)),
        );
      },
      {
        summary: "Open a stocktake: a count sheet of a location's parts",
        roles: ['parts-clerk'],
        response: StocktakeView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [422],
      },
    ),
  );

  // The sheets in scope (e.g. those counted and waiting for an approver), by id.
  app.get(
    '/v1/stocktakes',
    route(
      {
        query: listQuery.extend({
          status: z.enum(['counting', 'awaiting-second-approval', 'approved']).optional(),
          locationId: LocationId.optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.stocktake.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me), query.locationId),
            ...(query.status ? { status: query.status } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, (r) => ({ id: r.id }));
        return { ...p, items: p.items.map(view) };
      },
      {
        summary: 'List stocktakes in your scope (by status, location) with their variances',
        roles: ['parts-clerk', 'procurement-officer'],
        response: pageSchema(StocktakeView),
      },
    ),
  );

  app.get(
    '/v1/stocktakes/:id',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        const me = identityOf(req);
        const st = await deps.prisma.stocktake.findFirst({ where: { id: params.id, tenantId: me.tenantId } });
        if (!st || !(await canAccessLocation(deps.prisma, me, st.locationId))) throw missing('Stocktake');
        setETag(res, st.version);
        return view(st);
      },
      {
        summary: 'Read a stocktake with its variances',
        roles: ['parts-clerk', 'procurement-officer'],
        response: StocktakeView,
      },
    ),
  );

  app.post(
    '/v1/stocktakes/:id/counts',
    route(
      {
        params: idParam,
        body: z.object({
          counts: z
            .array(
              z.object({
                partId: PartRef,
                countedQuantity: z.number().min(0),
                /** When the shelf was counted, if earlier than now (between the opening and now). */
                countedAt: z.iso.datetime().optional(),
              }),
            )
            .min(1)
            .max(2000),
        }),
      },
      async ({ params, body }, req, res) => {
        await stocktakeInScope(req, params.id);
        const counts = body.counts.map((c) => ({
          ...c,
          countedAt: c.countedAt ? new Date(c.countedAt) : undefined,
        }));
        const st = await run(deps, req, (ctx) => recordCounts(ctx, params.id, counts));
        if (!st) throw missing('Stocktake');
        setETag(res, st.version);
        return view(st);
      },
      {
        summary:
          "Record counted quantities on a stocktake (each compared with the ledger's on-hand as of its count)",
        roles: ['parts-clerk'],
        response: StocktakeView,
        problems: [409, 422],
      },
    ),
  );

  // Approval books the variances as STOCKTAKE movements; a procurement officer who counted none of
  // it approves (four eyes). Above the tenant's variance-value threshold the first approval only
  // holds the stocktake (awaiting-second-approval); a second, different officer books it.
  app.post(
    '/v1/stocktakes/:id/approval',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        const expected = parseIfMatch(req);
        await stocktakeInScope(req, params.id);
        const out = await run(deps, req, (ctx) => approveStocktake(ctx, params.id, expected));
        if (!out) throw missing('Stocktake');
        setETag(res, out.stocktake.version);
        return { ...view(out.stocktake), booked: out.variances };
      },
      {
        summary:
          'Approve a counted stocktake (not by a counter): its variances are booked, above the value threshold after a second approval',
        roles: ['procurement-officer'],
        response: ApprovedStocktakeView,
        problems: [409, 412, 422],
      },
    ),
  );

  app.get(
    '/v1/lots/:lot/trace',
    route(
      { params: z.object({ lot: LotNumber }) },
      async ({ params }, req) => {
        const me = identityOf(req);
        return traceLot(deps.prisma, me.tenantId, params.lot, await locationsInScope(deps.prisma, me));
      },
      {
        summary: 'Trace a lot: where it was received and which repair orders and vehicles got it (recalls)',
        roles: ['parts-clerk', 'procurement-officer', 'service-advisor', 'analyst'],
        response: LotTraceView,
      },
    ),
  );
}
