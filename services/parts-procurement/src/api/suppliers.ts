// Suppliers, their quality reviews (customer feedback on parts) and ratings.
import { randomUUID } from 'node:crypto';
import { type Express } from 'express';
import { z } from 'zod';
import { identityOf, page, requireRole, route } from '@aftersales/service-kit';
import { rerateSupplier } from '../application/suppliers';
import { afterCursor, idParam, listQuery, PartRef } from './schemas';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';

export function supplierRoutes(app: Express, deps: ApiDeps): void {
  const read = requireRole('procurement-officer', 'parts-clerk', 'analyst');

  app.post(
    '/v1/suppliers',
    requireRole('procurement-officer'),
    route({ body: z.object({ name: z.string().trim().min(1).max(200) }) }, async ({ body }, req, res) => {
      await idempotentCreate(deps, req, res, 'suppliers', (ctx) =>
        ctx.tx.supplier.create({ data: { id: randomUUID(), tenantId: ctx.tenantId, name: body.name } }),
      );
    }),
  );

  app.get(
    '/v1/suppliers',
    read,
    route(
      {
        query: listQuery.extend({
          grade: z.enum(['preferred', 'approved', 'conditional', 'blocked']).optional(),
        }),
      },
      async ({ query }, req) => {
        const rows = await deps.prisma.supplier.findMany({
          where: {
            tenantId: identityOf(req).tenantId,
            ...(query.grade ? { grade: query.grade } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
    ),
  );

  app.get(
    '/v1/suppliers/:id',
    read,
    route({ params: idParam }, async ({ params }, req) => {
      const s = await deps.prisma.supplier.findFirst({
        where: { id: params.id, tenantId: identityOf(req).tenantId },
        include: { offers: true, reviews: { orderBy: { createdAt: 'desc' }, take: 50 } },
      });
      if (!s) throw missing('Supplier');
      return plain(s);
    }),
  );

  // Customer feedback on a supplier's part (1-5 stars); the rating is recomputed and supplier.rated emitted.
  app.post(
    '/v1/suppliers/:id/reviews',
    requireRole('procurement-officer', 'parts-clerk', 'service-advisor'),
    route(
      {
        params: idParam,
        body: z.object({
          stars: z.int().min(1).max(5),
          partId: PartRef.nullable().default(null),
          repairOrderId: z.string().min(1).max(128).nullable().default(null),
          comment: z.string().max(2000).nullable().default(null),
        }),
      },
      async ({ params, body }, req) => {
        return run(deps, req, async (ctx) => {
          const s = await ctx.tx.supplier.findFirst({ where: { id: params.id, tenantId: ctx.tenantId } });
          if (!s) throw missing('Supplier');
          await ctx.tx.supplierReview.create({
            data: {
              id: randomUUID(),
              tenantId: ctx.tenantId,
              supplierId: s.id,
              kind: 'feedback',
              ...body,
              createdBy: ctx.actor,
              createdAt: ctx.now,
            },
          });
          return { supplierId: s.id, rating: await rerateSupplier(ctx, s.id) };
        });
      },
      { status: 201 },
    ),
  );
}
