// /v1/me: self-service of a signed-in customer (role `customer`, the token's subject is the
// customer id; service-kit confines such tokens to /v1/me, and staff, admin included, get 403
// here). Every query filters by that customer id, so another customer's order or booking answers
// the same 404 as an unknown id. Commands run the staff use cases as the customer (actor
// `customer:<id>`, method customer-link) and need no If-Match: a quote decision names the
// version and the quoteHash the customer saw, which guard it instead.
import { isIP } from 'node:net';
import { Router, type Request } from 'express';
import { type z } from 'zod';
import {
  byCreation,
  customerIdOf,
  identityOf,
  pageSchema,
  paginationQuerySchema,
  route,
  type Identity,
  type Role,
} from '@aftersales/service-kit';
import { getBooking } from '../application/bookings';
import { orderForIdentity } from '../application/repair-orders/lifecycle';
import {
  approveAsCustomer,
  bookAsCustomer,
  cancelAsCustomer,
  rescheduleAsCustomer,
  declineAsCustomer,
  type DecisionOrigin,
} from '../application/self-service';
import { availabilityOf } from '../application/service-centres';
import { type Booking, type RepairQuote } from '../db/client';
import { type CommandContext } from '../application/unit-of-work';
import { createOnce, created } from './created';
import { contextOf, nowOf, type ApiDeps } from './deps';
import { myBookingDto, myCentreDto, myOrderDto, myOrderSummaryDto } from './me-dto';
import {
  myApprovalBody,
  myBookingBody,
  myBookingSlotsQuery,
  myBookingsQuery,
  myCancellationBody,
  myRescheduleBody,
  myDeclineBody,
  myOrdersQuery,
} from './me-schemas';
import { MyBookingSlotsView, MyBookingView, MyCentreView, MyOrderSummaryView, MyOrderView } from './me-views';
import { idParams, quoteVersionParams } from './schemas';
import { newestFirst, pageOf } from './scope';

const CUSTOMER: readonly Role[] = ['customer'];
const USER_AGENT_MAX = 512;

/** The signed-in customer (403 for staff tokens, admin included). */
const customerOf = (req: Request): { identity: Identity; customerId: string } => {
  const identity = identityOf(req);
  return { identity, customerId: customerIdOf(identity) };
};

/**
 * Where a decision came from. The gateway appends the address it saw to X-Forwarded-For, after
 * whatever the browser sent: the last entry is the one the gateway vouches for (earlier ones are
 * the client's own claim). Without the header (a direct call): the peer address.
 */
export function decisionOriginOf(req: Request): DecisionOrigin {
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const forwarded = chain.at(-1);
  const address = forwarded && isIP(forwarded) ? forwarded : (req.ip ?? req.socket.remoteAddress ?? null);
  const userAgent = req.get('user-agent');
  return { clientAddress: address || null, userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null };
}

export function meRouter(deps: ApiDeps): Router {
  const r = Router();

  /** The customer's order with its timeline and every quote version; 404 unless theirs. */
  async function myOrderView(identity: Identity, id: string) {
    const order = await orderForIdentity(deps.prisma, identity, id);
    const [quotes, transitions] = await Promise.all([
      deps.prisma.repairQuote.findMany({ where: { repairOrderId: id }, orderBy: { version: 'asc' } }),
      deps.prisma.repairOrderTransition.findMany({ where: { repairOrderId: id }, orderBy: { seq: 'asc' } }),
    ]);
    return myOrderDto(order, quotes, transitions, nowOf(deps));
  }

  r.get(
    '/v1/me/repair-orders',
    route(
      { query: myOrdersQuery },
      async ({ query }, req) => {
        const { identity, customerId } = customerOf(req);
        const rows = await deps.prisma.repairOrder.findMany({
          where: {
            tenantId: identity.tenantId,
            customerId,
            ...(query.status ? { status: query.status } : {}),
            ...newestFirst.where(query.cursor),
          },
          orderBy: newestFirst.orderBy,
          take: query.limit + 1,
          include: { centre: { select: { id: true, name: true } } },
        });
        const current = await currentQuotes(rows);
        const now = nowOf(deps);
        return pageOf(rows, query.limit, (o) =>
          myOrderSummaryDto(o, current.get(`${o.id}:${o.currentQuoteVersion}`), now),
        );
      },
      {
        summary: 'List your repair orders, newest first',
        roles: CUSTOMER,
        response: pageSchema(MyOrderSummaryView),
      },
    ),
  );

  /** The current quote version of each order, by "orderId:version". */
  async function currentQuotes(orders: { id: string; currentQuoteVersion: number }[]) {
    const wanted = orders.filter((o) => o.currentQuoteVersion > 0);
    const quotes: RepairQuote[] = wanted.length
      ? await deps.prisma.repairQuote.findMany({
          where: { OR: wanted.map((o) => ({ repairOrderId: o.id, version: o.currentQuoteVersion })) },
        })
      : [];
    return new Map(quotes.map((q) => [`${q.repairOrderId}:${q.version}`, q]));
  }

  r.get(
    '/v1/me/repair-orders/:id',
    route({ params: idParams }, async ({ params }, req) => myOrderView(customerOf(req).identity, params.id), {
      summary: 'Read one of your repair orders: its status timeline and quotes',
      roles: CUSTOMER,
      response: MyOrderView,
    }),
  );

  /** A decision on a quote version: runs the use case as the customer, answers the fresh order. */
  function decision<B extends z.ZodType>(
    path: string,
    body: B,
    run: (
      ctx: CommandContext,
      p: z.output<typeof quoteVersionParams>,
      b: z.output<B>,
      o: DecisionOrigin,
    ) => Promise<void>,
    summary: string,
  ) {
    r.post(
      path,
      route(
        { params: quoteVersionParams, body },
        async ({ params, body: input }, req) => {
          const { identity } = customerOf(req);
          await run(contextOf(deps, req, 'none'), params, input as z.output<B>, decisionOriginOf(req));
          return myOrderView(identity, params.id);
        },
        { summary, roles: CUSTOMER, response: MyOrderView, problems: [409, 422] },
      ),
    );
  }

  decision(
    '/v1/me/repair-orders/:id/quotes/:version/approval',
    myApprovalBody,
    (ctx, p, body, origin) => approveAsCustomer(deps, ctx, p.id, p.version, body, origin),
    'Approve a quote of your order as shown (its quoteHash); the work can start',
  );
  decision(
    '/v1/me/repair-orders/:id/quotes/:version/decline',
    myDeclineBody,
    (ctx, p, body, origin) => declineAsCustomer(deps, ctx, p.id, p.version, body, origin),
    'Decline a quote of your order as shown (its quoteHash)',
  );

  /** Centre names of the bookings (and the centres emergency mode moved them from). */
  async function centreNames(bookings: Booking[]) {
    const ids = [...new Set(bookings.flatMap((b) => [b.centreId, b.overflowFromCentreId ?? []].flat()))];
    const centres = await deps.prisma.serviceCentre.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(centres.map((c) => [c.id, c]));
  }
  const myBookingView = async (b: Booking) => myBookingDto(b, await centreNames([b]));

  r.get(
    '/v1/me/bookings',
    route(
      { query: myBookingsQuery },
      async ({ query }, req) => {
        const { identity, customerId } = customerOf(req);
        const rows = await deps.prisma.booking.findMany({
          where: {
            tenantId: identity.tenantId,
            customerId,
            ...(query.status ? { status: query.status } : {}),
            ...newestFirst.where(query.cursor),
          },
          orderBy: newestFirst.orderBy,
          take: query.limit + 1,
        });
        const names = await centreNames(rows);
        return pageOf(rows, query.limit, (b) => myBookingDto(b, names));
      },
      { summary: 'List your bookings, newest first', roles: CUSTOMER, response: pageSchema(MyBookingView) },
    ),
  );

  /** A booking the customer made (booked or moved): 201 with its view, once per Idempotency-Key. */
  const bookingCreate = {
    roles: CUSTOMER,
    response: MyBookingView,
    idempotencyKey: 'required',
    status: 201,
    problems: [409, 422],
  } as const;
  const bookingCreated = async (booking: Booking) =>
    created(MyBookingView, await myBookingView(booking), { location: `/v1/me/bookings/${booking.id}` });

  r.post(
    '/v1/me/bookings',
    route(
      { body: myBookingBody },
      async ({ body }, req, res) => {
        customerOf(req);
        await createOnce(deps, req, res, 'POST /v1/me/bookings', body, async (uow, ctx) =>
          bookingCreated(await bookAsCustomer(uow, ctx, body)),
        );
      },
      {
        summary: 'Book a slot at a centre for a vehicle of yours (live bay and technician capacity)',
        ...bookingCreate,
      },
    ),
  );

  r.get(
    '/v1/me/bookings/:id',
    route(
      { params: idParams },
      async ({ params }, req) =>
        myBookingView(await getBooking(deps.prisma, customerOf(req).identity, params.id)),
      { summary: 'Read one of your bookings', roles: CUSTOMER, response: MyBookingView },
    ),
  );

  r.post(
    '/v1/me/bookings/:id/cancellation',
    route(
      { params: idParams, body: myCancellationBody },
      async ({ params, body }, req) => {
        customerOf(req);
        const booking = await cancelAsCustomer(deps, contextOf(deps, req, 'none'), params.id, body.reason);
        return myBookingView(booking);
      },
      { summary: 'Cancel a booking of yours', roles: CUSTOMER, response: MyBookingView, problems: [409] },
    ),
  );

  r.post(
    '/v1/me/bookings/:id/reschedule',
    route(
      { params: idParams, body: myRescheduleBody },
      async ({ params, body }, req, res) => {
        customerOf(req);
        await createOnce(
          deps,
          req,
          res,
          `POST /v1/me/bookings/${params.id}/reschedule`,
          body,
          async (uow, ctx) => bookingCreated((await rescheduleAsCustomer(uow, ctx, params.id, body)).booking),
        );
      },
      {
        summary: 'Move a booking of yours to another slot (the old one cancelled, in one step)',
        ...bookingCreate,
      },
    ),
  );

  r.get(
    '/v1/me/service-centres',
    route(
      { query: paginationQuerySchema },
      async ({ query }, req) => {
        const { identity } = customerOf(req);
        const rows = await deps.prisma.serviceCentre.findMany({
          where: { tenantId: identity.tenantId, ...byCreation.where(query.cursor) },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, myCentreDto);
      },
      {
        summary: 'List the service centres you can book',
        roles: CUSTOMER,
        response: pageSchema(MyCentreView),
      },
    ),
  );

  r.get(
    '/v1/me/booking-slots',
    route(
      { query: myBookingSlotsQuery },
      async ({ query }, req) => {
        const { identity } = customerOf(req);
        const day = await availabilityOf(
          deps.prisma,
          identity,
          query.centreId,
          { date: query.date, durationMinutes: query.durationMinutes, stepMinutes: 30 },
          nowOf(deps),
        );
        const now = nowOf(deps).getTime();
        return {
          centreId: day.centreId,
          date: day.date,
          timeZone: day.timeZone,
          durationMinutes: day.durationMinutes,
          slots: day.slots
            .filter((s) => s.available && new Date(s.start).getTime() >= now)
            .map((s) => ({ start: s.start, end: s.end })),
        };
      },
      {
        summary: "Free slots of a centre on one of its local days, for the work's duration",
        roles: CUSTOMER,
        response: MyBookingSlotsView,
      },
    ),
  );
  return r;
}
