// Supplier returns and their claims: /v1/supplier-returns (create, list, read, ship, settle,
// reject). A return's scope is its location (the receipt's or the lot's): out of scope is a 404.
import { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import {
  hasRole,
  identityOf,
  page,
  pageSchema,
  parseIfMatch,
  route,
  safeIdSchema,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { NotAllowed } from '@aftersales/service-kit/domain';
import {
  createSupplierReturn,
  locationOfReturnSource,
  rejectSupplierReturn,
  settleSupplierReturn,
  shipSupplierReturn,
} from '../application/supplier-returns';
import { CLAIM_KINDS, RETURN_REASONS, RETURN_SOURCES, RETURN_STATUSES } from '../domain/supplier-return';
import { afterCursor, idParam, listQuery, LocationId, LotNumber, Money, Qty } from './schemas';
import { assertLocationAccess, assertRecordInScope, locationsInScope, locationWhere } from './scope';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';

const CREATE: Role[] = ['procurement-officer', 'parts-clerk'];
const OFFICER: Role[] = ['procurement-officer'];
const READ: Role[] = ['procurement-officer', 'parts-clerk', 'analyst'];
const TaxRate = z.int().min(0).max(10_000);

const createBody = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('inspection'), receiptId: z.uuid(), poLineId: z.uuid() }),
    z.object({
      kind: z.literal('stock'),
      lotId: z.uuid(),
      /** The comeback repair order (reason comeback): its vehicle must have got parts from the lot. */
      comebackRepairOrderId: safeIdSchema.nullable().default(null),
    }),
  ]),
  reason: z.enum(RETURN_REASONS),
  quantity: Qty,
  claim: z.enum(CLAIM_KINDS),
  note: z.string().trim().min(1).max(2000).nullable().default(null),
});

const settleBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('credit-note'),
    invoiceId: z.uuid(),
    creditNoteNumber: z.string().trim().min(1).max(64),
    /** Per rate; absent: the claim's value at the order line's rate. */
    taxes: z
      .array(
        z.object({
          rateBp: TaxRate,
          netMinor: z.int().positive(),
          taxMinor: z.int().nonnegative().optional(),
        }),
      )
      .min(1)
      .max(20)
      .optional(),
    total: Money.optional(),
  }),
  z.object({
    kind: z.literal('replacement'),
    lotNumber: LotNumber.nullable().default(null),
    /** The returned quantity (the default); anything else is a 422. */
    quantity: Qty.optional(),
  }),
]);

const Time = z.iso.datetime();
export const SupplierReturnView = z.object({
  id: z.string(),
  supplierId: z.string(),
  purchaseOrderId: z.string(),
  poLineId: z.string(),
  partId: z.string(),
  locationId: z.string(),
  source: z.enum(RETURN_SOURCES),
  receiptId: z.string(),
  lotId: z.string().nullable(),
  lotNumber: z.string().nullable(),
  comebackRepairOrderId: z.string().nullable(),
  reason: z.enum(RETURN_REASONS),
  note: z.string().nullable(),
  quantity: z.number(),
  unitPriceMinor: z.int(),
  taxRateBp: z.int(),
  /** Net: quantity x unitPriceMinor. */
  claimValueMinor: z.int(),
  currency: z.string(),
  claim: z.enum(CLAIM_KINDS),
  status: z.enum(RETURN_STATUSES),
  settlement: z.enum(['credited', 'replaced']).nullable(),
  shipmentRef: z.string().nullable(),
  invoiceId: z.string().nullable(),
  creditNoteId: z.string().nullable(),
  /** Gross of the credit note that settled the claim. */
  creditedMinor: z.int().nullable(),
  replacementReceiptId: z.string().nullable(),
  replacementLotId: z.string().nullable(),
  supplierRejectionReason: z.string().nullable(),
  createdBy: z.string(),
  shippedBy: z.string().nullable(),
  shippedAt: Time.nullable(),
  settledBy: z.string().nullable(),
  settledAt: Time.nullable(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
});

export function returnRoutes(app: Express, deps: ApiDeps): void {
  const inScope = async (req: Request, id: string) => {
    const me = identityOf(req);
    const ret = await deps.prisma.supplierReturn.findFirst({
      where: { id, tenantId: me.tenantId },
      select: { locationId: true },
    });
    await assertRecordInScope(deps.prisma, me, ret, 'Supplier return');
  };
  const answer = (res: Response, ret: { version: number } | null) => {
    if (!ret) throw missing('Supplier return');
    setETag(res, ret.version);
    return plain(ret);
  };

  app.post(
    '/v1/supplier-returns',
    route(
      { body: createBody },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        const what = body.source.kind === 'inspection' ? 'Goods receipt' : 'Lot';
        const locationId = await locationOfReturnSource(
          { tx: deps.prisma, tenantId: me.tenantId },
          body.source,
        );
        if (!locationId) throw missing(what);
        await assertLocationAccess(deps.prisma, me, locationId, what);
        await idempotentCreate(deps, req, res, 'supplier-returns', async (ctx) => {
          const ret = await createSupplierReturn(ctx, body);
          if (!ret) throw missing(what);
          return ret;
        });
      },
      {
        summary:
          'Return goods to their supplier (rejected at inspection, or from a lot in stock) with a claim',
        roles: CREATE,
        response: SupplierReturnView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  app.get(
    '/v1/supplier-returns',
    route(
      {
        query: listQuery.extend({
          status: z.enum(RETURN_STATUSES).optional(),
          supplierId: z.uuid().optional(),
          purchaseOrderId: z.uuid().optional(),
          locationId: LocationId.optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.supplierReturn.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me), query.locationId),
            ...(query.status ? { status: query.status } : {}),
            ...(query.supplierId ? { supplierId: query.supplierId } : {}),
            ...(query.purchaseOrderId ? { purchaseOrderId: query.purchaseOrderId } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      { summary: 'List supplier returns', roles: READ, response: pageSchema(SupplierReturnView) },
    ),
  );

  app.get(
    '/v1/supplier-returns/:id',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        await inScope(req, params.id);
        const ret = await deps.prisma.supplierReturn.findFirst({
          where: { id: params.id, tenantId: identityOf(req).tenantId },
        });
        return answer(res, ret);
      },
      { summary: 'Read a supplier return', roles: READ, response: SupplierReturnView },
    ),
  );

  app.post(
    '/v1/supplier-returns/:id/ship',
    route(
      {
        params: idParam,
        body: z.object({ shipmentRef: z.string().trim().min(1).max(128).nullable().default(null) }),
      },
      async ({ params, body }, req, res) => {
        const expected = parseIfMatch(req);
        await inScope(req, params.id);
        return answer(res, await run(deps, req, (ctx) => shipSupplierReturn(ctx, params.id, body, expected)));
      },
      {
        summary: 'Ship a supplier return (open -> shipped)',
        roles: CREATE,
        response: SupplierReturnView,
        problems: [409, 412],
      },
    ),
  );

  app.post(
    '/v1/supplier-returns/:id/settle',
    route(
      { params: idParam, body: settleBody },
      async ({ params, body }, req, res) => {
        const expected = parseIfMatch(req);
        // Money is the officer's: a credit note only they register; a replacement the clerk receives.
        if (body.kind === 'credit-note' && !hasRole(identityOf(req), 'procurement-officer'))
          throw new NotAllowed('Only a procurement officer registers a credit note.', {
            details: { requiredRoles: OFFICER },
          });
        await inScope(req, params.id);
        return answer(
          res,
          await run(deps, req, (ctx) => settleSupplierReturn(ctx, params.id, body, expected)),
        );
      },
      {
        summary:
          "Settle a shipped return's claim: the supplier's credit note on the order's invoice, or the replacement received into stock",
        roles: CREATE,
        response: SupplierReturnView,
        problems: [409, 412, 422],
      },
    ),
  );

  app.post(
    '/v1/supplier-returns/:id/reject',
    route(
      { params: idParam, body: z.object({ reason: z.string().trim().min(1).max(500) }) },
      async ({ params, body }, req, res) => {
        const expected = parseIfMatch(req);
        await inScope(req, params.id);
        return answer(
          res,
          await run(deps, req, (ctx) => rejectSupplierReturn(ctx, params.id, body, expected)),
        );
      },
      {
        summary: "Record that the supplier refused a shipped return's claim",
        roles: OFFICER,
        response: SupplierReturnView,
        problems: [409, 412],
      },
    ),
  );
}
