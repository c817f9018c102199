// Stock: balances per part and location (derived from the ledger), the ledger itself, manual
// receipts and adjustments, reorder points, backorders.
import { type Express } from 'express';
import { z } from 'zod';
import { decodeCursor, identityOf, page, route, type Role, pageSchema } from '@aftersales/service-kit';
import { recordManualMovement } from '../application/adjustments';
import { recomputeReorderPoint, setReorderPoint } from '../application/analysis';
import { num } from '../application/context';
import { afterCursor, listQuery, LocationId, LotNumber, Money, PartRef } from './schemas';
import { assertLocationAccess, locationsInScope, locationWhere } from './scope';
import { plain, run, type ApiDeps } from './support';
import {
  BackorderView,
  BalanceChangeView,
  MovementKindView,
  MovementView,
  ReorderPointView,
  StockLineView,
} from './views';

const manualMovement = z
  .object({
    kind: z.enum(['receipt', 'adjustment']),
    partId: PartRef,
    locationId: LocationId,
    quantity: z.number().refine((n) => n !== 0 && Math.abs(n) <= 1e9, 'must be a non-zero quantity'),
    lotNumber: LotNumber.nullable().default(null),
    unitCost: Money.nullable().default(null),
    reason: z.string().trim().min(1).max(200),
  })
  .refine((m) => m.kind === 'adjustment' || m.quantity > 0, {
    path: ['quantity'],
    message: 'A receipt quantity must be positive',
  });

const reorderBody = z.object({
  partId: PartRef,
  locationId: LocationId,
  /** Omit to compute from demand, lead time, safety stock and seasonality. */
  manual: z
    .object({
      reorderPoint: z.number().min(0),
      safetyStock: z.number().min(0).default(0),
      orderUpTo: z.number().min(0).default(0),
    })
    .optional(),
  windowDays: z.int().min(7).max(730).default(90),
});

const READ: Role[] = ['parts-clerk', 'procurement-officer', 'service-advisor', 'technician', 'analyst'];

export function stockRoutes(app: Express, deps: ApiDeps): void {
  app.get(
    '/v1/stock',
    route(
      { query: listQuery.extend({ locationId: LocationId.optional(), partId: PartRef.optional() }) },
      async ({ query }, req) => {
        const after = query.cursor
          ? decodeCursor(query.cursor, z.object({ partId: z.string(), locationId: z.string() }))
          : undefined;
        const me = identityOf(req);
        const rows = await deps.prisma.stockBalance.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me), query.locationId),
            ...(query.partId ? { partId: query.partId } : {}),
            ...(after
              ? {
                  OR: [
                    { partId: { gt: after.partId } },
                    { partId: after.partId, locationId: { gt: after.locationId } },
                  ],
                }
              : {}),
          },
          orderBy: [{ partId: 'asc' }, { locationId: 'asc' }],
          take: query.limit + 1,
        });
        const withAvailable = rows.map((r) => ({
          ...(plain(r) as { partId: string; locationId: string }),
          available: num(r.onHand) - num(r.reserved),
        }));
        return page(withAvailable, query.limit, (r) => ({ partId: r.partId, locationId: r.locationId }));
      },
      {
        summary: 'Stock by part and location: on hand, reserved, available, reorder point',
        roles: READ,
        response: pageSchema(StockLineView),
      },
    ),
  );

  app.get(
    '/v1/stock/movements',
    route(
      {
        query: listQuery.extend({
          locationId: LocationId.optional(),
          partId: PartRef.optional(),
          kind: MovementKindView.optional(),
        }),
      },
      async ({ query }, req) => {
        const after = query.cursor
          ? BigInt(decodeCursor(query.cursor, z.object({ seq: z.string().regex(/^\d+$/) })).seq)
          : undefined;
        const me = identityOf(req);
        const rows = await deps.prisma.stockMovement.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me), query.locationId),
            ...(query.partId ? { partId: query.partId } : {}),
            ...(query.kind ? { kind: query.kind } : {}),
            ...(after !== undefined ? { seq: { gt: after } } : {}),
          },
          orderBy: { seq: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ seq: r.seq.toString() })));
      },
      {
        summary: 'The stock ledger: every movement in order',
        roles: READ,
        response: pageSchema(MovementView),
      },
    ),
  );

  app.post(
    '/v1/stock/movements',
    route(
      { body: manualMovement },
      async ({ body }, req) => {
        await assertLocationAccess(deps.prisma, identityOf(req), body.locationId);
        return run(deps, req, (ctx) =>
          recordManualMovement(ctx, { ...body, unitCostMinor: body.unitCost?.amountMinor ?? null }),
        );
      },
      {
        summary: 'Book a manual receipt or adjustment',
        roles: ['parts-clerk'],
        response: BalanceChangeView,
        status: 201,
        problems: [422],
      },
    ),
  );

  app.post(
    '/v1/reorder-points',
    route(
      { body: reorderBody },
      async ({ body }, req) => {
        await assertLocationAccess(deps.prisma, identityOf(req), body.locationId);
        return run(deps, req, async (ctx) =>
          body.manual
            ? setReorderPoint(
                ctx,
                body.partId,
                body.locationId,
                body.manual.reorderPoint,
                body.manual.safetyStock,
                body.manual.orderUpTo,
              )
            : recomputeReorderPoint(ctx, body.partId, body.locationId, body.windowDays),
        );
      },
      {
        summary:
          'Set a reorder point, or compute it from the forecast (or demand history), the chosen supplier lead time and seasonality',
        roles: ['parts-clerk', 'procurement-officer'],
        response: ReorderPointView,
        problems: [422],
      },
    ),
  );

  app.get(
    '/v1/backorders',
    route(
      {
        query: listQuery.extend({
          status: z.enum(['open', 'fulfilled', 'cancelled']).optional(),
          repairOrderId: z.string().optional(),
          partId: PartRef.optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.backorder.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me)),
            ...(query.status ? { status: query.status } : {}),
            ...(query.repairOrderId ? { repairOrderId: query.repairOrderId } : {}),
            ...(query.partId ? { partId: query.partId } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      {
        summary: 'Backorders (parts a repair order waits for)',
        roles: READ,
        response: pageSchema(BackorderView),
      },
    ),
  );
}
