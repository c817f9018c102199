// /v1/customers: register, read (decrypted, masked or erased by role and state), search by
// exact phone/e-mail through the blind indexes, change with If-Match, erase.
import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  decodeCursor,
  identityOf,
  page,
  paginationQuerySchema,
  parseIfMatch,
  requireIfMatch,
  route,
  setETag,
  byCreation,
  pageSchema,
} from '@aftersales/service-kit';
import { PII_ROLES } from '../domain/pii';
import {
  customerFor,
  eraseCustomer,
  registerCustomer,
  updateCustomer,
  type CustomerChange,
  type CustomerInput,
} from '../application/customers';
import { CustomerViewSchema, presentCustomers, type CustomerView } from '../application/customer-views';
import { type CustomerDeps } from '../application/deps';
import { customerScope } from '../application/scope';
import { customerSchemas, erasureSchema, idParams } from './customer-schemas';
import { createRequestOf, markCreated, readerOf } from './http';

export const AccessLogEntrySchema = z.object({
  userId: z.string(),
  roles: z.array(z.string()),
  purpose: z.string().describe('The route that showed the data, e.g. "GET /v1/customers/:id"'),
  requestId: z.string().nullable(),
  accessedAt: z.iso.datetime(),
});

export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

function accessLogEntry(r: {
  userId: string;
  roles: string[];
  purpose: string;
  requestId: string | null;
  accessedAt: Date;
}): AccessLogEntry {
  return {
    userId: r.userId,
    roles: r.roles,
    purpose: r.purpose,
    requestId: r.requestId,
    accessedAt: r.accessedAt.toISOString(),
  };
}

export function customersRouter(deps: CustomerDeps): Router {
  const router = Router();
  const schemas = customerSchemas(deps.phoneRegion);

  /** One customer as the caller may see it (404 outside the caller's tenant and dealer scope). */
  const show = async (req: Request, id: string): Promise<CustomerView> => {
    const row = await customerFor(deps, deps.prisma, identityOf(req), id);
    const [view] = await presentCustomers(deps, readerOf(req), [row]);
    return view!;
  };

  router.post(
    '/',
    route(
      {
        // An example for the API document (checked against the schema by the document's linter).
        body: schemas.create.meta({
          examples: [
            {
              kind: 'person',
              name: 'Jonas Weber',
              phone: '+49 151 2000 1000',
              email: 'jonas.weber@example.de',
              preferredChannel: 'phone',
              consents: { marketing: false, dataProcessing: true },
            },
          ],
        }),
      },
      async ({ body }, req, res) => {
        const created = await registerCustomer(
          deps,
          identityOf(req),
          createRequestOf(req, 'POST /v1/customers', body),
          { ...body, dealerId: body.dealerId ?? null } as CustomerInput,
        );
        const view = await show(req, created.resourceId);
        markCreated(res, created, `/v1/customers/${created.resourceId}`, view.version);
        return view;
      },
      {
        summary: 'Register a customer (Idempotency-Key); the PII is stored encrypted',
        roles: PII_ROLES,
        response: CustomerViewSchema,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  router.get(
    '/',
    route(
      { query: schemas.list },
      async ({ query }, req) => {
        const me = identityOf(req);
        // A batch read by ids answers all of them (at most 100) on one page.
        const limit = query.ids ? Math.max(query.limit, query.ids.length) : query.limit;
        const nameWords = (query.name ?? []).map((token) => ({
          nameTokens: { some: { digest: deps.indexer.of('name-token', me.tenantId, token) } },
        }));
        const rows = await deps.prisma.customer.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              customerScope(me),
              query.phone ? { phoneIndex: deps.indexer.of('phone', me.tenantId, query.phone) } : {},
              query.email ? { emailIndex: deps.indexer.of('email', me.tenantId, query.email) } : {},
              query.dealerId ? { dealerId: query.dealerId } : {},
              query.status
                ? { status: query.status === 'erased' ? ('ERASED' as const) : ('ACTIVE' as const) }
                : {},
              query.ids ? { id: { in: query.ids } } : {},
              ...nameWords,
              byCreation.where(query.cursor),
            ],
          },
          orderBy: byCreation.orderBy,
          take: limit + 1,
        });
        const p = page(rows, limit, byCreation.positionOf);
        return { items: await presentCustomers(deps, readerOf(req), p.items), nextCursor: p.nextCursor };
      },
      {
        // Every authenticated caller: roles without PII access get masked values.
        summary:
          'List customers, searched by exact phone or e-mail or a word of the name (blind indexes), dealer or status, or read by ids (up to 100)',
        response: pageSchema(CustomerViewSchema),
      },
    ),
  );

  router.get(
    '/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const view = await show(req, params.id);
        setETag(res, view.version);
        return view;
      },
      {
        summary: 'Read a customer (PII decrypted, masked or erased by role and state)',
        response: CustomerViewSchema,
      },
    ),
  );

  router.patch(
    '/:id',
    route(
      { params: idParams, body: schemas.update },
      async ({ params, body }, req, res) => {
        const expected = requireIfMatch(req);
        await updateCustomer(deps, identityOf(req), params.id, expected, body as CustomerChange);
        const view = await show(req, params.id);
        setETag(res, view.version);
        return view;
      },
      {
        summary: 'Change a customer (If-Match required)',
        roles: PII_ROLES,
        response: CustomerViewSchema,
        problems: [409, 412, 422, 428],
      },
    ),
  );

  router.post(
    '/:id/erasure',
    route(
      { params: idParams, body: erasureSchema },
      async ({ params, body }, req, res) => {
        const erased = await eraseCustomer(deps, identityOf(req), params.id, parseIfMatch(req), body.basis);
        const [view] = await presentCustomers(deps, readerOf(req), [erased]);
        setETag(res, erased.version);
        return view;
      },
      {
        summary: "Erase a customer's personal data (destroys the data key; If-Match optional)",
        roles: ['admin'],
        response: CustomerViewSchema,
        status: 200,
        problems: [409, 412],
      },
    ),
  );

  // Who read this customer's PII, when and why (newest first): for the data-protection officer.
  router.get(
    '/:id/access-log',
    route(
      { params: idParams, query: paginationQuerySchema },
      async ({ params, query }, req) => {
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
        return { items: p.items.map(accessLogEntry), nextCursor: p.nextCursor };
      },
      {
        summary: "Who read the customer's personal data, when and why (newest first)",
        roles: ['admin'],
        response: pageSchema(AccessLogEntrySchema),
      },
    ),
  );

  return router;
}
