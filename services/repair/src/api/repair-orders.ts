// /v1/repair-orders: reception, reads, and the workflow's command sub-resources. Every command
// needs If-Match with the version from the ETag; the response is the updated order with its ETag.
import { Router, type Request, type Response } from 'express';
import { type z } from 'zod';
import { notFound, requestIdOf, requireIfMatch, route, setETag } from '@aftersales/service-kit';
import * as orders from '../application/repair-orders';
import { orderForIdentity } from '../application/lifecycle';
import { type Tx } from '../db/client';
import { orderDto, quoteDto } from './dto';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import {
  approvalBody,
  assignmentBody,
  cancellationBody,
  closureBody,
  declineBody,
  deliveryBody,
  diagnosisBody,
  idParams,
  listOrdersQuery,
  progressBody,
  qcBody,
  quoteBody,
  quoteVersionParams,
  receptionBody,
} from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

const STAFF = ['service-advisor', 'technician'] as const;

export function repairOrdersRouter(deps: ApiDeps): Router {
  const r = Router();
  const orderDeps = (): orders.OrderDeps => ({
    prisma: deps.prisma,
    quoteValidDays: deps.quoteValidDays,
    onEvents: deps.onEvents,
    now: deps.now,
  });

  async function respond(req: Request, res: Response, id: string, status = 200) {
    const order = await orderForIdentity(deps.prisma as unknown as Tx, identityOf(req), id);
    const quotes = await deps.prisma.repairQuote.findMany({
      where: { repairOrderId: id },
      orderBy: { version: 'asc' },
    });
    setETag(res, order.version);
    res.status(status).json(orderDto(order, quotes));
  }

  const ctx = (req: Request): orders.CommandContext => ({
    identity: identityOf(req),
    requestId: requestIdOf(req),
    expectedVersion: requireIfMatch(req),
  });

  r.post(
    '/v1/repair-orders',
    requireRole('service-advisor'),
    route({ body: receptionBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/repair-orders', body },
        async (tx) => {
          const { order } = await domain(() =>
            orders.receive(tx, identity, body, { now: nowOf(deps), requestId: requestIdOf(req) }),
          );
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(orderDto(order, []))),
            headers: { ETag: `"${order.version}"`, Location: `/v1/repair-orders/${order.id}` },
          };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/repair-orders',
    route({ query: listOrdersQuery }, async ({ query }, req) => {
      const identity = identityOf(req);
      const scope = await centresInScope(deps.prisma, identity);
      if (query.centreId && scope && !scope.includes(query.centreId)) return { items: [], nextCursor: null };
      const rows = await deps.prisma.repairOrder.findMany({
        where: {
          tenantId: identity.tenantId,
          ...(query.centreId ? { centreId: query.centreId } : scope ? { centreId: { in: scope } } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.vehicleId ? { vehicleId: query.vehicleId } : {}),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, (o) => orderDto(o));
    }),
  );

  r.get(
    '/v1/repair-orders/:id',
    route({ params: idParams }, async ({ params }, req, res) => respond(req, res, params.id)),
  );

  r.get(
    '/v1/repair-orders/:id/quotes/:version',
    route({ params: quoteVersionParams }, async ({ params }, req) => {
      await orderForIdentity(deps.prisma as unknown as Tx, identityOf(req), params.id);
      const q = await deps.prisma.repairQuote.findUnique({
        where: { repairOrderId_version: { repairOrderId: params.id, version: params.version } },
      });
      if (!q) throw notFound(`Quote version ${params.version} not found.`);
      return quoteDto(q);
    }),
  );

  // Commands: body -> application call; then the fresh order is returned with its ETag.
  function command<P extends z.ZodType<{ id: string }>, B extends z.ZodType>(
    path: string,
    roles: readonly (typeof STAFF)[number][],
    schemas: { params: P; body: B },
    run: (req: Request, params: z.output<P>, body: z.output<B>) => Promise<unknown>,
    status = 200,
  ) {
    r.post(
      path,
      requireRole(...roles),
      route(schemas, async ({ params, body }, req, res) => {
        const p = params as z.output<P>;
        await domain(() => run(req, p, body as z.output<B>));
        await respond(req, res, p.id, status);
      }),
    );
  }
  const byId = idParams;
  const byVersion = quoteVersionParams;

  command('/v1/repair-orders/:id/diagnosis', STAFF, { params: byId, body: diagnosisBody }, (req, p, body) =>
    orders.diagnose(orderDeps(), ctx(req), p.id, body),
  );
  command(
    '/v1/repair-orders/:id/quotes',
    ['service-advisor'],
    { params: byId, body: quoteBody },
    (req, p, body) => orders.issueQuote(orderDeps(), ctx(req), p.id, body),
    201,
  );
  command(
    '/v1/repair-orders/:id/quotes/:version/approval',
    ['service-advisor'],
    { params: byVersion, body: approvalBody },
    (req, p, body) => orders.approveQuote(orderDeps(), ctx(req), p.id, p.version, body),
  );
  command(
    '/v1/repair-orders/:id/quotes/:version/decline',
    ['service-advisor'],
    { params: byVersion, body: declineBody },
    (req, p, body) => orders.declineQuote(orderDeps(), ctx(req), p.id, p.version, body),
  );
  command(
    '/v1/repair-orders/:id/assignment',
    ['service-advisor'],
    { params: byId, body: assignmentBody },
    (req, p, body) => orders.assign(orderDeps(), ctx(req), p.id, body),
  );
  command('/v1/repair-orders/:id/progress', STAFF, { params: byId, body: progressBody }, (req, p, body) =>
    orders.recordProgress(orderDeps(), ctx(req), p.id, body),
  );
  command('/v1/repair-orders/:id/qc', STAFF, { params: byId, body: qcBody }, (req, p, body) =>
    orders.recordQc(orderDeps(), ctx(req), p.id, body),
  );
  command(
    '/v1/repair-orders/:id/delivery',
    ['service-advisor'],
    { params: byId, body: deliveryBody },
    (req, p, body) => orders.deliver(orderDeps(), ctx(req), p.id, body),
  );
  command(
    '/v1/repair-orders/:id/closure',
    ['service-advisor'],
    { params: byId, body: closureBody },
    (req, p, body) => orders.close(orderDeps(), ctx(req), p.id, body),
  );
  command(
    '/v1/repair-orders/:id/cancellation',
    ['service-advisor'],
    { params: byId, body: cancellationBody },
    (req, p, body) => orders.cancel(orderDeps(), ctx(req), p.id, body),
  );
  return r;
}
