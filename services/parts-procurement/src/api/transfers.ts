// Stock transfers between locations (request, pick, ship, receive, cancel), what is in transit,
// and "transfer before purchase" suggestions. Scope: the source location's people pick and ship,
// the destination's receive; either side may request, cancel and read. A transfer neither side
// of which is in the caller's scope is a 404; one they see but may not act on here is a 403.
import { type Express, type Request } from 'express';
import { z } from 'zod';
import {
  decodeCursor,
  identityOf,
  page,
  pageSchema,
  parseIfMatch,
  route,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { NotAllowed } from '@aftersales/service-kit/domain';
import { type Ctx } from '../application/context';
import { transferSuggestions } from '../application/transfer-suggestions';
import {
  cancelTransfer,
  getTransfer,
  pickTransfer,
  receiveTransfer,
  requestTransfer,
  shipTransfer,
  transferView,
} from '../application/transfers';
import { TRANSFER_STATUSES } from '../domain/transfer';
import { afterCursor, idParam, listQuery, LocationId, PartRef, Qty } from './schemas';
import { assertLocationAccess, canAccessLocation, locationsInScope } from './scope';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';

const ROLES: Role[] = ['parts-clerk', 'procurement-officer'];

const Time = z.iso.datetime();
const LotView = z.object({
  sourceLotId: z.string(),
  lotNumber: z.string().nullable(),
  quantity: z.number(),
  unitCostMinor: z.int(),
  receiptId: z.string().nullable(),
  supplierId: z.string().nullable(),
});

export const TransferView = z.object({
  id: z.string(),
  transferNumber: z.string(),
  fromLocationId: z.string(),
  toLocationId: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  note: z.string().nullable(),
  lossReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  requestedBy: z.string(),
  pickedBy: z.string().nullable(),
  pickedAt: Time.nullable(),
  shippedBy: z.string().nullable(),
  shippedAt: Time.nullable(),
  receivedBy: z.string().nullable(),
  receivedAt: Time.nullable(),
  cancelledBy: z.string().nullable(),
  cancelledAt: Time.nullable(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
  lines: z.array(
    z.object({
      id: z.string(),
      partId: z.string(),
      requisitionId: z.string().nullable(),
      requested: z.number(),
      picked: z.number(),
      shipped: z.number(),
      received: z.number(),
      lost: z.number().describe('Shipped but never arrived: booked as a loss-in-transit adjustment'),
      inTransit: z.number().describe('Shipped and not yet received'),
      lots: z
        .array(LotView)
        .describe('The source lots shipped (number, cost, receipt, supplier travel along)'),
    }),
  ),
  allowedCommands: z.array(z.enum(['pick', 'ship', 'receive', 'cancel'])),
});

const InTransitView = z.object({
  partId: z.string(),
  fromLocationId: z.string(),
  toLocationId: z.string(),
  transferId: z.string(),
  transferNumber: z.string(),
  quantity: z.number(),
  shippedAt: Time.nullable(),
});

const SuggestionView = z.object({
  requisitionId: z.string(),
  partId: z.string(),
  locationId: z.string().describe('Where the part is needed (the requisition)'),
  quantity: z.number(),
  reason: z.string(),
  neededBy: Time,
  backorderId: z.string().nullable(),
  repairOrderId: z.string().nullable(),
  sources: z.array(
    z.object({
      locationId: z.string(),
      centreId: z.string().nullable(),
      dealerId: z.string().nullable(),
      free: z.number().describe('On hand less reserved, its reorder point and requested transfers'),
      covers: z.boolean(),
    }),
  ),
  suggestion: z.object({ fromLocationId: z.string(), quantity: z.number() }),
});

const lineBody = z.object({ partId: PartRef, quantity: Qty });
const countBody = z.object({ partId: PartRef, quantity: z.number().min(0).max(1e9) });

const requestBody = z.object({
  fromLocationId: LocationId,
  toLocationId: LocationId,
  lines: z
    .array(lineBody.extend({ requisitionId: z.uuid().nullable().optional() }))
    .min(1)
    .max(200),
  note: z.string().trim().min(1).max(500).nullable().optional(),
});

const render = (t: unknown) => plain(t);

type Transfer = NonNullable<Awaited<ReturnType<typeof getTransfer>>>;

export function transferRoutes(app: Express, deps: ApiDeps): void {
  /**
   * 404 unless the caller reaches either side of the transfer; 403 when they see it but the
   * command belongs to the other side (`side`). A transfer that does not exist is left to the use case.
   */
  const assertSide = async (req: Request, id: string, side: 'from' | 'to' | 'either') => {
    const me = identityOf(req);
    const t = await deps.prisma.stockTransfer.findFirst({
      where: { id, tenantId: me.tenantId },
      select: { fromLocationId: true, toLocationId: true },
    });
    if (!t) return;
    const from = await canAccessLocation(deps.prisma, me, t.fromLocationId);
    const to = await canAccessLocation(deps.prisma, me, t.toLocationId);
    if (!from && !to) throw missing('Stock transfer');
    if ((side === 'from' && !from) || (side === 'to' && !to))
      throw new NotAllowed(
        side === 'from'
          ? 'Only the source location picks and ships a transfer.'
          : 'Only the destination location receives a transfer.',
        { code: 'other-location' },
      );
  };

  app.post(
    '/v1/stock-transfers',
    route(
      { body: requestBody },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        // The requester is at either end: a centre asking another for stock, or sending it.
        if (!(await canAccessLocation(deps.prisma, me, body.fromLocationId)))
          await assertLocationAccess(deps.prisma, me, body.toLocationId);
        await idempotentCreate(deps, req, res, 'stock-transfers', (ctx) => requestTransfer(ctx, body));
      },
      {
        summary: 'Request a transfer of stock between two locations (optionally serving requisitions)',
        roles: ROLES,
        response: TransferView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [422],
      },
    ),
  );

  app.get(
    '/v1/stock-transfers',
    route(
      {
        query: listQuery.extend({
          status: z.enum(TRANSFER_STATUSES).optional(),
          locationId: LocationId.optional().describe('Either end'),
          partId: PartRef.optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const scope = await locationsInScope(deps.prisma, me);
        const ends = (ids: string[] | null) =>
          ids === null ? [] : [{ fromLocationId: { in: ids } }, { toLocationId: { in: ids } }];
        const wanted = query.locationId
          ? scope === null || scope.includes(query.locationId)
            ? [query.locationId]
            : []
          : scope;
        const rows = await deps.prisma.stockTransfer.findMany({
          where: {
            tenantId: me.tenantId,
            ...(wanted === null ? {} : { OR: ends(wanted) }),
            ...(query.status ? { status: query.status } : {}),
            ...(query.partId ? { lines: { some: { partId: query.partId } } } : {}),
            ...afterCursor(query.cursor),
          },
          include: { lines: { orderBy: { partId: 'asc' } } },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return render(page(rows.map(transferView), query.limit, (r) => ({ id: r.id })));
      },
      {
        summary: 'List stock transfers in your scope (either end)',
        roles: ROLES,
        response: pageSchema(TransferView),
      },
    ),
  );

  app.get(
    '/v1/stock-transfers/:id',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        await assertSide(req, params.id, 'either');
        const t = await getTransfer({ tx: deps.prisma, tenantId: identityOf(req).tenantId }, params.id);
        if (!t) throw missing('Stock transfer');
        setETag(res, t.version);
        return render(t);
      },
      { summary: 'Read a stock transfer (with what is in transit)', roles: ROLES, response: TransferView },
    ),
  );

  const command = <B extends z.ZodType<Record<string, unknown>>>(
    path: string,
    side: 'from' | 'to' | 'either',
    body: B,
    summary: string,
    fn: (ctx: Ctx, id: string, version: number | undefined, body: z.infer<B>) => Promise<Transfer | null>,
  ) =>
    app.post(
      `/v1/stock-transfers/:id/${path}`,
      route(
        { params: idParam, body },
        async ({ params, body: b }, req, res) => {
          const expected = parseIfMatch(req);
          await assertSide(req, params.id, side);
          const t = await run(deps, req, (ctx) => fn(ctx, params.id, expected, b as z.infer<B>));
          if (!t) throw missing('Stock transfer');
          setETag(res, t.version);
          return render(t);
        },
        { summary, roles: ROLES, response: TransferView, problems: [409, 412, 422] },
      ),
    );

  command(
    'pick',
    'from',
    z.object({ lines: z.array(countBody).max(200).optional() }),
    'Pick a transfer at the source: the quantities (all requested unless less was found) are reserved there',
    (ctx, id, v, b) => pickTransfer(ctx, id, v, b.lines),
  );
  command(
    'ship',
    'from',
    z.object({}),
    'Ship a picked transfer: the goods leave the source lot by lot and are in transit',
    (ctx, id, v) => shipTransfer(ctx, id, v),
  );
  command(
    'receive',
    'to',
    z.object({
      lines: z.array(countBody).max(200).optional(),
      lossReason: z.string().trim().min(1).max(500).nullable().optional(),
    }),
    'Receive a transfer at the destination (less than shipped: a loss in transit with its reason); backorders there are served',
    (ctx, id, v, b) => receiveTransfer(ctx, id, v, b),
  );
  command(
    'cancel',
    'either',
    z.object({ reason: z.string().trim().min(1).max(500).nullable().optional() }),
    'Cancel a transfer before it ships (picked goods go back to available)',
    (ctx, id, v, b) => cancelTransfer(ctx, id, v, b.reason ?? null),
  );

  app.get(
    '/v1/stock-in-transit',
    route(
      { query: z.object({ locationId: LocationId.optional(), partId: PartRef.optional() }) },
      async ({ query }, req) => {
        const me = identityOf(req);
        const scope = await locationsInScope(deps.prisma, me);
        const rows = await deps.prisma.stockTransfer.findMany({
          where: { tenantId: me.tenantId, status: 'in-transit' },
          include: { lines: true },
          orderBy: { shippedAt: 'asc' },
        });
        const visible = (l: string) => scope === null || scope.includes(l);
        const items = rows
          .filter((t) => visible(t.fromLocationId) || visible(t.toLocationId))
          .filter((t) => !query.locationId || [t.fromLocationId, t.toLocationId].includes(query.locationId))
          .flatMap((t) =>
            t.lines
              .filter((l) => Number(l.shipped) > 0 && (!query.partId || l.partId === query.partId))
              .map((l) => ({
                partId: l.partId,
                fromLocationId: t.fromLocationId,
                toLocationId: t.toLocationId,
                transferId: t.id,
                transferNumber: t.transferNumber,
                quantity: Number(l.shipped),
                shippedAt: t.shippedAt?.toISOString() ?? null,
              })),
          );
        return { items };
      },
      {
        summary: 'Stock in transit between locations (shipped, not yet received)',
        roles: ROLES,
        response: z.object({ items: z.array(InTransitView) }),
      },
    ),
  );

  app.get(
    '/v1/transfer-suggestions',
    route(
      { query: listQuery.extend({ locationId: LocationId.optional(), partId: PartRef.optional() }) },
      async ({ query }, req) => {
        const me = identityOf(req);
        const afterId = query.cursor ? decodeCursor(query.cursor, z.object({ id: z.uuid() })).id : undefined;
        const { requisitions, items } = await transferSuggestions(deps.prisma, {
          tenantId: me.tenantId,
          scope: await locationsInScope(deps.prisma, me),
          locationId: query.locationId,
          partId: query.partId,
          limit: query.limit,
          afterId,
        });
        return { items, nextCursor: page(requisitions, query.limit, (r) => ({ id: r.id })).nextCursor };
      },
      {
        summary:
          'Transfer before purchase: open requisitions in your scope that another location of the group could serve from free stock, best source first',
        roles: ROLES,
        response: pageSchema(SuggestionView),
      },
    ),
  );
}
