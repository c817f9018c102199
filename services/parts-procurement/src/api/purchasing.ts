// Purchasing: requisitions, purchase orders (supplier selection, approval, goods receipts) and
// invoices (three-way match, payment).
import { type Express, type Request } from 'express';
import { z } from 'zod';
import {
  identityOf,
  page,
  parseIfMatch,
  route,
  setETag,
  type Role,
  pageSchema,
} from '@aftersales/service-kit';
import { registerCreditNote } from '../application/purchasing/credit-notes';
import { payInvoice, registerInvoice, withPayable } from '../application/purchasing/invoicing';
import {
  approvePurchaseOrder,
  createPurchaseOrder,
  getPurchaseOrder,
} from '../application/purchasing/purchase-orders';
import { receiveGoods } from '../application/purchasing/receiving';
import { createRequisition } from '../application/purchasing/requisitions';
import { afterCursor, idParam, listQuery, LocationId, LotNumber, Money, PartRef, Qty } from './schemas';
import {
  assertLocationAccess,
  assertRecordInScope,
  assertRequisitionsInScope,
  canAccessLocation,
  locationsInScope,
  locationWhere,
  purchaseOrderWhere,
} from './scope';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';
import { CreditNoteView, InvoiceView, PurchaseOrderView, ReceiptView, RequisitionView } from './views';

const receiptLine = z.object({
  poLineId: z.uuid(),
  receivedQuantity: Qty,
  acceptedQuantity: z.number().min(0),
  rejectedQuantity: z.number().min(0).default(0),
  rejectionReason: z.enum(['damaged', 'wrong-part', 'quality', 'excess']).nullable().default(null),
  lotNumber: LotNumber.nullable().default(null),
});

// VAT/GST in basis points (1900 = 19 %, China's 1300/900/600).
const TaxRate = z.int().min(0).max(10_000);

// Prices are net; tax fields are optional (an invoice without them bills no tax, as before).
const invoiceBody = z.object({
  purchaseOrderId: z.uuid(),
  invoiceNumber: z.string().trim().min(1).max(64),
  lines: z
    .array(
      z.object({
        poLineId: z.uuid(),
        quantity: Qty,
        unitPriceMinor: z.int().nonnegative(),
        taxRateBp: TaxRate.optional(),
        taxMinor: z.int().nonnegative().optional(),
      }),
    )
    .min(1)
    .max(500),
  net: Money.optional(),
  taxes: z
    .array(z.object({ rateBp: TaxRate, taxMinor: z.int().nonnegative() }))
    .max(20)
    .refine((t) => new Set(t.map((x) => x.rateBp)).size === t.length, 'each rate once')
    .optional(),
  /** Gross: net plus tax. */
  total: Money,
  dueAt: z.iso.datetime().nullable().default(null),
});

const creditNoteBody = z.object({
  creditNoteNumber: z.string().trim().min(1).max(64),
  taxes: z
    .array(
      z.object({ rateBp: TaxRate, netMinor: z.int().positive(), taxMinor: z.int().nonnegative().optional() }),
    )
    .min(1)
    .max(20),
  /** Gross credited: net plus tax. */
  total: Money,
  reason: z.string().trim().min(1).max(500).nullable().default(null),
  /** A shipped supplier return whose credit-note claim this credit note settles. */
  supplierReturnId: z.uuid().nullable().default(null),
});

const OFFICER: Role[] = ['procurement-officer'];
const READ: Role[] = ['procurement-officer', 'parts-clerk', 'analyst'];

export function purchasingRoutes(app: Express, deps: ApiDeps): void {
  // A purchase order delivers to one location: its scope is that location's.
  const purchaseOrderInScope = async (req: Request, id: string, what = 'Purchase order') => {
    const me = identityOf(req);
    const po = await deps.prisma.purchaseOrder.findFirst({
      where: { id, tenantId: me.tenantId },
      select: { locationId: true },
    });
    await assertRecordInScope(deps.prisma, me, po, what);
  };

  app.post(
    '/v1/requisitions',
    route(
      {
        body: z.object({
          partId: PartRef,
          locationId: LocationId,
          quantity: Qty,
          neededBy: z.iso.datetime(),
        }),
      },
      async ({ body }, req, res) => {
        await assertLocationAccess(deps.prisma, identityOf(req), body.locationId);
        await idempotentCreate(deps, req, res, 'requisitions', (ctx) =>
          createRequisition(ctx, { ...body, neededBy: new Date(body.neededBy) }),
        );
      },
      {
        summary: 'Raise a requisition for a part at a location',
        roles: ['parts-clerk', 'procurement-officer'],
        response: RequisitionView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [422],
      },
    ),
  );

  app.get(
    '/v1/requisitions',
    route(
      {
        query: listQuery.extend({
          status: z.enum(['open', 'ordered', 'cancelled', 'transferring', 'transferred']).optional(),
          reason: z.enum(['backorder', 'reorder', 'manual']).optional(),
          partId: PartRef.optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.requisition.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me)),
            ...(query.status ? { status: query.status } : {}),
            ...(query.reason ? { reason: query.reason } : {}),
            ...(query.partId ? { partId: query.partId } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      { summary: 'List requisitions', roles: READ, response: pageSchema(RequisitionView) },
    ),
  );

  app.post(
    '/v1/purchase-orders',
    route(
      {
        body: z.object({
          requisitionIds: z.array(z.uuid()).min(1).max(200),
          supplierId: z.uuid().optional(),
        }),
      },
      async ({ body }, req, res) => {
        await assertRequisitionsInScope(deps.prisma, identityOf(req), [...new Set(body.requisitionIds)]);
        await idempotentCreate(deps, req, res, 'purchase-orders', (ctx) => createPurchaseOrder(ctx, body));
      },
      {
        summary: 'Order requisitioned parts from the best-scoring (or a chosen) supplier',
        roles: OFFICER,
        response: PurchaseOrderView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  app.get(
    '/v1/purchase-orders',
    route(
      {
        query: listQuery.extend({
          status: z.enum(['pending-approval', 'ordered', 'partially-received', 'received']).optional(),
          supplierId: z.uuid().optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.purchaseOrder.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me)),
            ...(query.status ? { status: query.status } : {}),
            ...(query.supplierId ? { supplierId: query.supplierId } : {}),
            ...afterCursor(query.cursor),
          },
          include: { lines: true },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      { summary: 'List purchase orders', roles: READ, response: pageSchema(PurchaseOrderView) },
    ),
  );

  app.get(
    '/v1/purchase-orders/:id',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        const me = identityOf(req);
        const po = await getPurchaseOrder({ tx: deps.prisma, tenantId: me.tenantId }, params.id);
        if (!po || !(await canAccessLocation(deps.prisma, me, po.locationId)))
          throw missing('Purchase order');
        setETag(res, po.version);
        return plain(po);
      },
      { summary: 'Read a purchase order with its lines', roles: READ, response: PurchaseOrderView },
    ),
  );

  app.post(
    '/v1/purchase-orders/:id/approval',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        const expected = parseIfMatch(req);
        await purchaseOrderInScope(req, params.id);
        const po = await run(deps, req, (ctx) => approvePurchaseOrder(ctx, params.id, expected));
        if (!po) throw missing('Purchase order');
        setETag(res, po.version);
        return plain(po);
      },
      {
        summary: 'Approve a purchase order above the approval threshold (not by its creator: four eyes)',
        roles: OFFICER,
        response: PurchaseOrderView,
        problems: [409, 412, 422],
      },
    ),
  );

  app.post(
    '/v1/purchase-orders/:id/receipts',
    route(
      { params: idParam, body: z.object({ lines: z.array(receiptLine).min(1).max(500) }) },
      async ({ params, body }, req, res) => {
        await purchaseOrderInScope(req, params.id);
        await idempotentCreate(deps, req, res, `receipts:${params.id}`, async (ctx) => {
          const out = await receiveGoods(ctx, params.id, body);
          if (!out) throw missing('Purchase order');
          return out;
        });
      },
      {
        summary: 'Receive goods against a purchase order, with inspection (accepted and rejected)',
        roles: ['parts-clerk', 'procurement-officer'],
        response: ReceiptView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  app.post(
    '/v1/invoices',
    route(
      { body: invoiceBody },
      async ({ body }, req, res) => {
        await purchaseOrderInScope(req, body.purchaseOrderId);
        await idempotentCreate(deps, req, res, 'invoices', async (ctx) => {
          const inv = await registerInvoice(ctx, {
            ...body,
            dueAt: body.dueAt ? new Date(body.dueAt) : null,
          });
          if (!inv) throw missing('Purchase order');
          return inv;
        });
      },
      {
        summary: "Register a supplier's invoice: matched against the order and the goods received",
        roles: OFFICER,
        response: InvoiceView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  app.get(
    '/v1/invoices',
    route(
      {
        query: listQuery.extend({
          purchaseOrderId: z.uuid().optional(),
          status: z.enum(['matched', 'paid']).optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.invoice.findMany({
          where: {
            tenantId: me.tenantId,
            AND: [await purchaseOrderWhere(deps.prisma, me, await locationsInScope(deps.prisma, me))],
            ...(query.purchaseOrderId ? { purchaseOrderId: query.purchaseOrderId } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows.map(withPayable), query.limit, (r) => ({ id: r.id })));
      },
      { summary: 'List invoices', roles: READ, response: pageSchema(InvoiceView) },
    ),
  );

  app.post(
    '/v1/invoices/:id/payment',
    route(
      { params: idParam, body: z.object({ paymentRef: z.string().trim().min(1).max(128) }) },
      async ({ params, body }, req) => {
        const me = identityOf(req);
        const billed = await deps.prisma.invoice.findFirst({
          where: { id: params.id, tenantId: me.tenantId },
          select: { purchaseOrderId: true },
        });
        if (billed) await purchaseOrderInScope(req, billed.purchaseOrderId, 'Invoice');
        const inv = await run(deps, req, (ctx) => payInvoice(ctx, params.id, body.paymentRef));
        if (!inv) throw missing('Invoice');
        return plain(withPayable(inv));
      },
      {
        summary: 'Record the payment of a matched invoice',
        roles: OFFICER,
        response: InvoiceView,
        problems: [409],
      },
    ),
  );
  app.post(
    '/v1/invoices/:id/credit-notes',
    route(
      { params: idParam, body: creditNoteBody },
      async ({ params, body }, req, res) => {
        const me = identityOf(req);
        const billed = await deps.prisma.invoice.findFirst({
          where: { id: params.id, tenantId: me.tenantId },
          select: { purchaseOrderId: true },
        });
        if (billed) await purchaseOrderInScope(req, billed.purchaseOrderId, 'Invoice');
        await idempotentCreate(deps, req, res, `credit-notes:${params.id}`, async (ctx) => {
          const note = await registerCreditNote(ctx, params.id, body);
          if (!note) throw missing('Invoice');
          return note;
        });
      },
      {
        summary: "Register a supplier's credit note against an unpaid invoice (net and tax per rate)",
        roles: OFFICER,
        response: CreditNoteView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  app.get(
    '/v1/invoices/:id/credit-notes',
    route(
      { params: idParam },
      async ({ params }, req) => {
        const me = identityOf(req);
        const billed = await deps.prisma.invoice.findFirst({
          where: { id: params.id, tenantId: me.tenantId },
          select: { purchaseOrderId: true },
        });
        if (!billed) throw missing('Invoice');
        await purchaseOrderInScope(req, billed.purchaseOrderId, 'Invoice');
        const items = await deps.prisma.creditNote.findMany({
          where: { tenantId: me.tenantId, invoiceId: params.id },
          orderBy: { createdAt: 'asc' },
        });
        return plain({ items });
      },
      {
        summary: 'List the credit notes against an invoice',
        roles: READ,
        response: z.object({ items: z.array(CreditNoteView.omit({ invoice: true })) }),
      },
    ),
  );
}
