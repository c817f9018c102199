// /v1/customers: register, read (decrypted, masked or erased by role and state), search by
// exact phone/e-mail through the blind indexes, change with If-Match, erase.
import { Router } from 'express';
import { z } from 'zod';
import {
  decodeCursor,
  identityOf,
  page,
  paginationQuerySchema,
  parseIfMatch,
  requireIfMatch,
  requireRole,
  route,
  setETag,
} from '@aftersales/service-kit';
import { PII_ROLES } from '../domain/pii';
import {
  customerFor,
  dealerScope,
  eraseCustomer,
  presentCustomers,
  registerCustomer,
  updateCustomer,
  type CustomerInput,
} from '../application/customers';
import { type CustomerDeps } from '../application/deps';
import { idempotentCreate } from '../application/idempotency';
import { afterCursor, orderByCursor, pageOf } from './paging';
import { customerSchemas, erasureSchema, idParams } from './customer-schemas';

export function customersRouter(deps: CustomerDeps): Router {
  const router = Router();
  const schemas = customerSchemas(deps.phoneRegion);
  const piiRoles = requireRole(...PII_ROLES);

  const render = async (req: Parameters<typeof presentCustomers>[1], id: string) => {
    const row = await customerFor(deps, deps.prisma, identityOf(req), id);
    const [view] = await presentCustomers(deps, req, [row]);
    return { body: view!, headers: { ETag: `"${row.version}"`, Location: `/v1/customers/${id}` } };
  };

  router.post(
    '/',
    piiRoles,
    route({ body: schemas.create }, async ({ body }, req, res) => {
      const me = identityOf(req);
      await idempotentCreate(
        deps,
        req,
        res,
        { tenantId: me.tenantId, scope: 'POST /v1/customers', body },
        async (tx) => ({
          resourceId: (
            await registerCustomer(deps, tx, me, {
              ...body,
              dealerId: body.dealerId ?? null,
            } as CustomerInput)
          ).id,
        }),
        (id) => render(req, id),
      );
    }),
  );

  router.get(
    '/',
    route({ query: schemas.list }, async ({ query }, req) => {
      const me = identityOf(req);
      const rows = await deps.prisma.customer.findMany({
        where: {
          AND: [
            { tenantId: me.tenantId },
            dealerScope(me),
            query.phone ? { phoneIndex: deps.indexer.of('phone', me.tenantId, query.phone) } : {},
            query.email ? { emailIndex: deps.indexer.of('email', me.tenantId, query.email) } : {},
            query.dealerId ? { dealerId: query.dealerId } : {},
            query.status
              ? { status: query.status === 'erased' ? ('ERASED' as const) : ('ACTIVE' as const) }
              : {},
            afterCursor(query.cursor),
          ],
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      const p = pageOf(rows, query.limit);
      return { items: await presentCustomers(deps, req, p.items), nextCursor: p.nextCursor };
    }),
  );

  router.get(
    '/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const view = await render(req, params.id);
      setETag(res, view.body.version);
      return view.body;
    }),
  );

  router.patch(
    '/:id',
    piiRoles,
    route({ params: idParams, body: schemas.update }, async ({ params, body }, req, res) => {
      const me = identityOf(req);
      const expected = requireIfMatch(req);
      await deps.prisma.$transaction((tx) =>
        updateCustomer(deps, tx, me, params.id, expected, body as Partial<CustomerInput>),
      );
      deps.onEvents?.();
      const view = await render(req, params.id);
      setETag(res, view.body.version);
      return view.body;
    }),
  );

  router.post(
    '/:id/erasure',
    requireRole('admin'),
    route({ params: idParams, body: erasureSchema }, async ({ params, body }, req, res) => {
      const me = identityOf(req);
      const expected = parseIfMatch(req);
      const erased = await deps.prisma.$transaction((tx) =>
        eraseCustomer(deps, tx, me, params.id, expected, body.basis),
      );
      deps.onEvents?.();
      const [view] = await presentCustomers(deps, req, [erased]);
      setETag(res, erased.version);
      return view;
    }),
  );

  // Who read this customer's PII, when and why (newest first): for the data-protection officer.
  router.get(
    '/:id/access-log',
    requireRole('admin'),
    route({ params: idParams, query: paginationQuerySchema }, async ({ params, query }, req) => {
      const me = identityOf(req);
      await customerFor(deps, deps.prisma, me, params.id);
      const before = query.cursor
        ? BigInt(decodeCursor(query.cursor, z.object({ id: z.string().regex(/^\d+$/) })).id)
        : undefined;
      const rows = await deps.prisma.piiAccessLog.findMany({
        where: {
          tenantId: me.tenantId,
          customerId: params.id,
          ...(before !== undefined ? { id: { lt: before } } : {}),
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
      });
      const p = page(rows, query.limit, (r) => ({ id: r.id.toString() }));
      return {
        items: p.items.map((r) => ({
          userId: r.userId,
          roles: r.roles,
          purpose: r.purpose,
          requestId: r.requestId,
          accessedAt: r.accessedAt.toISOString(),
        })),
        nextCursor: p.nextCursor,
      };
    }),
  );

  return router;
}
