// /v1/bookings: bookings against bay and technician capacity (a booking lasts its estimated
// labour), cancellation and no-show.
import { Router } from 'express';
import { identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { createBooking, endBooking, getBooking } from '../application/bookings';
import { bookingDto } from './dto';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { cancelBookingBody, createBookingBody, idParams, listBookingsQuery } from './schemas';
import { centresInScope, pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';
import { BookingView } from './views';

const ADVISOR: readonly Role[] = ['service-advisor'];

export function bookingsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/bookings',
    route(
      { body: createBookingBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/bookings', body, async (uow, ctx) => {
          const booking = await createBooking(uow, ctx.identity, body);
          return created(BookingView, bookingDto(booking), {
            version: booking.version,
            location: `/v1/bookings/${booking.id}`,
          });
        }),
      {
        summary:
          'Book a bay and technician hours for the labour (overflows to a partner workshop in emergency mode)',
        roles: ADVISOR,
        response: BookingView,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  r.get(
    '/v1/bookings',
    route(
      { query: listBookingsQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await centresInScope(deps.prisma, identity);
        if (query.centreId && scope && !scope.includes(query.centreId))
          return { items: [], nextCursor: null };
        const rows = await deps.prisma.booking.findMany({
          where: {
            tenantId: identity.tenantId,
            ...(query.centreId ? { centreId: query.centreId } : scope ? { centreId: { in: scope } } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(query.slotFrom || query.slotTo
              ? {
                  slotStart: {
                    ...(query.slotFrom ? { gte: new Date(query.slotFrom) } : {}),
                    ...(query.slotTo ? { lt: new Date(query.slotTo) } : {}),
                  },
                }
              : {}),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, bookingDto);
      },
      {
        summary: 'List bookings in scope (by centre, status, slot range)',
        roles: ANY_ROLE,
        response: pageSchema(BookingView),
      },
    ),
  );

  r.get(
    '/v1/bookings/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const b = await getBooking(deps.prisma, identityOf(req), params.id);
        setETag(res, b.version);
        return bookingDto(b);
      },
      { summary: 'Read a booking', roles: ANY_ROLE, response: BookingView },
    ),
  );

  const ended = { roles: ADVISOR, response: BookingView, problems: [409, 412, 422] };

  r.post(
    '/v1/bookings/:id/cancellation',
    route(
      { params: idParams, body: cancelBookingBody },
      async ({ params, body }, req, res) => {
        const ctx = contextOf(deps, req, 'optional');
        const b = await endBooking(deps, ctx, params.id, { kind: 'cancel', ...body });
        setETag(res, b.version);
        return bookingDto(b);
      },
      { summary: 'Cancel a booking', ...ended },
    ),
  );

  r.post(
    '/v1/bookings/:id/no-show',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const ctx = contextOf(deps, req, 'optional');
        const b = await endBooking(deps, ctx, params.id, { kind: 'no-show' });
        setETag(res, b.version);
        return bookingDto(b);
      },
      { summary: 'Mark a booking no-show (after its slot started)', ...ended },
    ),
  );
  return r;
}
