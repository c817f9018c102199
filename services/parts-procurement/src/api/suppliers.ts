// Suppliers, their quality reviews (customer feedback on parts) and ratings.
import { randomUUID } from 'node:crypto';
import { type Express } from 'express';
import { z } from 'zod';
import { identityOf, page, route, type Role, pageSchema } from '@aftersales/service-kit';
import { rerateSupplier } from '../application/suppliers';
import { afterCursor, idParam, listQuery, PartRef } from './schemas';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';
import { RatingView, SupplierView } from './views';

const READ: Role[] = ['procurement-officer', 'parts-clerk', 'analyst'];

export function supplierRoutes(app: Express, deps: ApiDeps): void {
  app.post(
    '/v1/suppliers',
    route(
      { body: z.object({ name: z.string().trim().min(1).max(200) }) },
      async ({ body }, req, res) => {
        await idempotentCreate(deps, req, res, 'suppliers', (ctx) =>
          ctx.tx.supplier.create({ data: { id: randomUUID(), tenantId: ctx.tenantId, name: body.name } }),
        );
      },
      {
        summary: 'Register a supplier',
        roles: ['procurement-officer'],
        response: SupplierView,
        idempotencyKey: 'optional',
        status: 201,
      },
    ),
  );

  app.get(
    '/v1/suppliers',
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
      {
        summary: 'List suppliers with their rating and grade',
        roles: READ,
        response: pageSchema(SupplierView),
      },
    ),
  );

  app.get(
    '/v1/suppliers/:id',
    route(
      { params: idParam },
      async ({ params }, req) => {
        const s = await deps.prisma.supplier.findFirst({
          where: { id: params.id, tenantId: identityOf(req).tenantId },
          include: { offers: true, reviews: { orderBy: { createdAt: 'desc' }, take: 50 } },
        });
        if (!s) throw missing('Supplier');
        return plain(s);
      },
      { summary: 'Read a supplier with its offers and latest reviews', roles: READ, response: SupplierView },
    ),
  );

  // Customer feedback on a supplier's part (1-5 stars); the rating is recomputed and supplier.rated emitted.
  app.post(
    '/v1/suppliers/:id/reviews',
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
      {
        summary: "Review a supplier's part (1-5 stars): the supplier is rated again",
        roles: ['procurement-officer', 'parts-clerk', 'service-advisor'],
        response: RatingView,
        status: 201,
      },
    ),
  );
}
