// /v1/repair-orders: reception, reads, and the workflow's command sub-resources. Every command
// needs If-Match with the version from the ETag; the response is the updated order with its ETag.
import { Router, type Response } from 'express';
import { type z } from 'zod';
import { NotFound, identityOf, route, setETag, type Identity, type Role } from '@aftersales/service-kit';
import { cancel, close, deliver } from '../application/repair-orders/hand-over';
import { diagnose } from '../application/repair-orders/diagnosis';
import { orderForIdentity } from '../application/repair-orders/lifecycle';
import { approveQuote, declineQuote, issueQuote } from '../application/repair-orders/quotes';
import { receive } from '../application/repair-orders/reception';
import { WITH_RUNNING_CLOCKS, slaReadings } from '../application/repair-orders/sla-reading';
import { assign, recordProgress, recordQc } from '../application/repair-orders/workshop';
import { type CommandContext } from '../application/unit-of-work';
import { orderDto, quoteDto } from './dto';
import { ANY_ROLE, contextOf, nowOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
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
import { centresInScope, pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';
import { OrderView, QuoteView } from './views';

const ADVISOR: readonly Role[] = ['service-advisor'];
const STAFF: readonly Role[] = ['service-advisor', 'technician'];
/** What a command on an order may answer besides 400/401/403/404/503. */
const COMMAND_PROBLEMS = [409, 412, 428];

export function repairOrdersRouter(deps: ApiDeps): Router {
  const r = Router();

  /** The order with every quote version, its ETag set. */
  async function orderView(identity: Identity, res: Response, id: string): Promise<OrderView> {
    await orderForIdentity(deps.prisma, identity, id);
    const order = await deps.prisma.repairOrder.findUniqueOrThrow({
      where: { id },
      include: WITH_RUNNING_CLOCKS,
    });
    const quotes = await deps.prisma.repairQuote.findMany({
      where: { repairOrderId: id },
      orderBy: { version: 'asc' },
    });
    const sla = await slaReadings(deps.prisma, identity.tenantId, [order], nowOf(deps));
    setETag(res, order.version);
    return orderDto(order, quotes, sla.get(order.id));
  }

  r.post(
    '/v1/repair-orders',
    route(
      {
        body: receptionBody.meta({
          examples: [
            {
              centreId: '0b6f5c1e-2a4d-4c8e-9f13-7d2e6a5b4c30',
              bookingId: null,
              customerId: '3f1e6c2a-8d4b-4f7e-9a51-2c0d7b6e4a10',
              vehicleId: '9c2d4e6f-1a3b-4c5d-8e7f-0a1b2c3d4e5f',
              serviceType: 'repair',
              mileageKm: 31200,
              fuelLevelPercent: 50,
              symptoms: 'Squeal when braking',
              symptomSystems: ['brakes'],
              damageNotes: '',
            },
          ],
        }),
      },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/repair-orders', body, async (uow, ctx) => {
          const order = await receive(uow, ctx.identity, body);
          return created(OrderView, orderDto(order, []), {
            version: order.version,
            location: `/v1/repair-orders/${order.id}`,
          });
        }),
      {
        summary: 'Receive a vehicle: open a repair order (checks a booking in)',
        roles: ADVISOR,
        response: OrderView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/repair-orders',
    route(
      { query: listOrdersQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await centresInScope(deps.prisma, identity);
        if (query.centreId && scope && !scope.includes(query.centreId))
          return { items: [], nextCursor: null };
        const rows = await deps.prisma.repairOrder.findMany({
          where: {
            tenantId: identity.tenantId,
            ...(query.centreId ? { centreId: query.centreId } : scope ? { centreId: { in: scope } } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(query.vehicleId ? { vehicleId: query.vehicleId } : {}),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
          include: WITH_RUNNING_CLOCKS,
        });
        const sla = await slaReadings(deps.prisma, identity.tenantId, rows, nowOf(deps));
        return pageOf(rows, query.limit, (o) => orderDto(o, undefined, sla.get(o.id)));
      },
      { summary: 'List repair orders in scope', roles: ANY_ROLE, response: pageSchema(OrderView) },
    ),
  );

  r.get(
    '/v1/repair-orders/:id',
    route({ params: idParams }, async ({ params }, req, res) => orderView(identityOf(req), res, params.id), {
      summary: 'Read a repair order with its quotes',
      roles: ANY_ROLE,
      response: OrderView,
    }),
  );

  r.get(
    '/v1/repair-orders/:id/quotes/:version',
    route(
      { params: quoteVersionParams },
      async ({ params }, req) => {
        await orderForIdentity(deps.prisma, identityOf(req), params.id);
        const q = await deps.prisma.repairQuote.findUnique({
          where: { repairOrderId_version: { repairOrderId: params.id, version: params.version } },
        });
        if (!q) throw new NotFound(`Quote version ${params.version} not found.`);
        return quoteDto(q);
      },
      { summary: 'Read one quote version of a repair order', roles: ANY_ROLE, response: QuoteView },
    ),
  );

  /** A command sub-resource: runs the use case, then answers the fresh order with its ETag. */
  function command<P extends z.ZodType<{ id: string }>, B extends z.ZodType>(
    path: string,
    schemas: { params: P; body: B },
    run: (ctx: CommandContext, params: z.output<P>, body: z.output<B>) => Promise<void>,
    options: { summary: string; roles: readonly Role[]; status?: number; problems?: number[] },
  ) {
    r.post(
      path,
      route(
        schemas,
        async ({ params, body }, req, res) => {
          const ctx = contextOf(deps, req);
          const p = params as z.output<P>;
          await run(ctx, p, body as z.output<B>);
          return orderView(ctx.identity, res, p.id);
        },
        {
          summary: options.summary,
          roles: options.roles,
          response: OrderView,
          status: options.status ?? 200,
          problems: options.problems ?? COMMAND_PROBLEMS,
        },
      ),
    );
  }
  const byId = idParams;
  const byVersion = quoteVersionParams;

  command(
    '/v1/repair-orders/:id/diagnosis',
    { params: byId, body: diagnosisBody },
    (ctx, p, body) => diagnose(deps, ctx, p.id, body),
    { summary: 'Record the diagnosis (RECEIVED -> DIAGNOSED)', roles: STAFF, problems: [409, 412, 422, 428] },
  );
  command(
    '/v1/repair-orders/:id/quotes',
    { params: byId, body: quoteBody },
    (ctx, p, body) => issueQuote(deps, ctx, p.id, body),
    {
      summary: 'Issue a quote version (initial, extra findings or revision)',
      roles: ADVISOR,
      status: 201,
      problems: [409, 412, 422, 428],
    },
  );
  command(
    '/v1/repair-orders/:id/quotes/:version/approval',
    { params: byVersion, body: approvalBody },
    (ctx, p, body) => approveQuote(deps, ctx, p.id, p.version, body),
    {
      summary: "Record the customer's approval of the current quote (requests the parts)",
      roles: ADVISOR,
      problems: [409, 412, 422, 428],
    },
  );
  command(
    '/v1/repair-orders/:id/quotes/:version/decline',
    { params: byVersion, body: declineBody },
    (ctx, p, body) => declineQuote(deps, ctx, p.id, p.version, body),
    { summary: "Record the customer's decline of the current quote", roles: ADVISOR },
  );
  command(
    '/v1/repair-orders/:id/assignment',
    { params: byId, body: assignmentBody },
    (ctx, p, body) => assign(deps, ctx, p.id, body),
    {
      summary: 'Assign certified technicians of the centre (starts the work)',
      roles: ADVISOR,
      problems: [409, 412, 422, 428],
    },
  );
  command(
    '/v1/repair-orders/:id/progress',
    { params: byId, body: progressBody },
    (ctx, p, body) => recordProgress(deps, ctx, p.id, body),
    { summary: 'Note progress; workComplete sends the order to QC', roles: STAFF },
  );
  command(
    '/v1/repair-orders/:id/qc',
    { params: byId, body: qcBody },
    (ctx, p, body) => recordQc(deps, ctx, p.id, body),
    { summary: 'Record a QC checklist: all passed -> READY, any failed -> rework', roles: STAFF },
  );
  command(
    '/v1/repair-orders/:id/delivery',
    { params: byId, body: deliveryBody },
    (ctx, p, body) => deliver(deps, ctx, p.id, body),
    { summary: 'Hand the vehicle over to the customer', roles: ADVISOR, problems: [409, 412, 422, 428] },
  );
  command(
    '/v1/repair-orders/:id/closure',
    { params: byId, body: closureBody },
    (ctx, p, body) => close(deps, ctx, p.id, body),
    { summary: 'Close the order with its invoice total and payer', roles: ADVISOR },
  );
  command(
    '/v1/repair-orders/:id/cancellation',
    { params: byId, body: cancellationBody },
    (ctx, p, body) => cancel(deps, ctx, p.id, body),
    { summary: 'Cancel the order before delivery', roles: ADVISOR },
  );
  return r;
}
