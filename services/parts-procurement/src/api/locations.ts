// Stock locations: which service centre (and dealer) each serves. Registering one (admin) is
// how centre and dealer scope reaches stock, ledger, stocktakes, reservations and purchasing at
// it; repair's parts requests also teach the location of a centre (application/locations.ts).
import { type Express } from 'express';
import { z } from 'zod';
import {
  assertCentreAccess,
  decodeCursor,
  identityOf,
  page,
  pageSchema,
  parseIfMatch,
  route,
  safeIdSchema,
  setETag,
  versionMismatch,
  type Role,
} from '@aftersales/service-kit';
import { isUniqueViolation, type StockLocation } from '../db/client';
import { listQuery, LocationId } from './schemas';
import { canAccessLocation, locationsInScope } from './scope';
import { missing, type ApiDeps } from './support';

const ScopeId = safeIdSchema;

const body = z.object({
  centreId: ScopeId,
  dealerId: ScopeId.nullable().default(null),
  name: z.string().trim().min(1).max(200).nullable().default(null),
});

export const StockLocationView = z.object({
  id: z.string(),
  centreId: z.string(),
  dealerId: z.string().nullable(),
  name: z.string().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const view = (l: StockLocation) => ({
  id: l.id,
  centreId: l.centreId,
  dealerId: l.dealerId,
  name: l.name,
  version: l.version,
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
});

const READ: Role[] = ['parts-clerk', 'procurement-officer', 'service-advisor', 'technician', 'analyst'];

export function locationRoutes(app: Express, deps: ApiDeps): void {
  app.get(
    '/v1/stock-locations',
    route(
      { query: listQuery.extend({ centreId: ScopeId.optional() }) },
      async ({ query }, req) => {
        const me = identityOf(req);
        const scope = await locationsInScope(deps.prisma, me);
        const after = query.cursor ? decodeCursor(query.cursor, z.object({ id: z.string() })).id : undefined;
        const rows = await deps.prisma.stockLocation.findMany({
          where: {
            tenantId: me.tenantId,
            AND: [
              scope === null ? {} : { id: { in: scope } },
              after !== undefined ? { id: { gt: after } } : {},
            ],
            ...(query.centreId ? { centreId: query.centreId } : {}),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, (r) => ({ id: r.id }));
        return { items: p.items.map(view), nextCursor: p.nextCursor };
      },
      {
        summary: 'Stock locations in your scope, with the centre and dealer each serves',
        roles: READ,
        response: pageSchema(StockLocationView),
      },
    ),
  );

  app.get(
    '/v1/stock-locations/:id',
    route(
      { params: z.object({ id: LocationId }) },
      async ({ params }, req, res) => {
        const me = identityOf(req);
        const loc = await deps.prisma.stockLocation.findUnique({
          where: { tenantId_id: { tenantId: me.tenantId, id: params.id } },
        });
        if (!loc || !(await canAccessLocation(deps.prisma, me, loc.id))) throw missing('Stock location');
        setETag(res, loc.version);
        return view(loc);
      },
      { summary: 'Read a stock location', roles: READ, response: StockLocationView },
    ),
  );

  // Creates or moves a location. The caller must reach the centre it is placed at, and (when it
  // exists) the centre it served so far: nobody moves another centre's stock into their scope.
  app.put(
    '/v1/stock-locations/:id',
    route(
      { params: z.object({ id: LocationId }), body },
      async ({ params, body: b }, req, res) => {
        const me = identityOf(req);
        const expected = parseIfMatch(req);
        const key = { tenantId_id: { tenantId: me.tenantId, id: params.id } };
        const current = await deps.prisma.stockLocation.findUnique({ where: key });
        if (current && !(await canAccessLocation(deps.prisma, me, current.id)))
          throw missing('Stock location');
        assertCentreAccess(me, b.centreId, b.dealerId ?? undefined);
        if (!current) {
          if (expected !== undefined) throw missing('Stock location');
          try {
            const created = await deps.prisma.stockLocation.create({
              data: { tenantId: me.tenantId, id: params.id, ...b },
            });
            setETag(res, created.version);
            return view(created);
          } catch (err) {
            // Learnt from a parts request at the same moment: the caller retries with If-Match.
            if (isUniqueViolation(err)) throw versionMismatch(1);
            throw err;
          }
        }
        if (expected !== undefined && expected !== current.version) throw versionMismatch(current.version);
        const { count } = await deps.prisma.stockLocation.updateMany({
          where: { tenantId: me.tenantId, id: params.id, version: current.version },
          data: { ...b, version: { increment: 1 } },
        });
        if (count === 0) {
          const now = await deps.prisma.stockLocation.findUniqueOrThrow({ where: key });
          throw versionMismatch(now.version);
        }
        const saved = await deps.prisma.stockLocation.findUniqueOrThrow({ where: key });
        setETag(res, saved.version);
        return view(saved);
      },
      {
        summary: 'Register a stock location at a service centre (and dealer), or move it (If-Match optional)',
        roles: ['admin'],
        response: StockLocationView,
        problems: [412],
      },
    ),
  );
}
