// /v1/bookings: bookings against bay capacity, cancellation and no-show.
import { Router } from 'express';
import { parseIfMatch, requestIdOf, route, setETag } from '@aftersales/service-kit';
import { createBooking, endBooking, getBooking } from '../application/bookings';
import { bookingDto } from './dto';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import { cancelBookingBody, createBookingBody, idParams, listBookingsQuery } from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

export function bookingsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/bookings',
    requireRole('service-advisor'),
    route({ body: createBookingBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/bookings', body },
        async (tx) => {
          const booking = await domain(() =>
            createBooking(tx, identity, body, { now: nowOf(deps), requestId: requestIdOf(req) }),
          );
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(bookingDto(booking))),
            headers: { ETag: `"${booking.version}"`, Location: `/v1/bookings/${booking.id}` },
          };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/bookings',
    route({ query: listBookingsQuery }, async ({ query }, req) => {
      const identity = identityOf(req);
      const scope = await centresInScope(deps.prisma, identity);
      if (query.centreId && scope && !scope.includes(query.centreId)) return { items: [], nextCursor: null };
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
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, bookingDto);
    }),
  );

  r.get(
    '/v1/bookings/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const b = await getBooking(deps.prisma, identityOf(req), params.id);
      setETag(res, b.version);
      return bookingDto(b);
    }),
  );

  r.post(
    '/v1/bookings/:id/cancellation',
    requireRole('service-advisor'),
    route({ params: idParams, body: cancelBookingBody }, async ({ params, body }, req, res) => {
      const b = await domain(() =>
        endBooking(
          deps.prisma,
          identityOf(req),
          params.id,
          parseIfMatch(req),
          { kind: 'cancel', ...body },
          nowOf(deps),
          requestIdOf(req),
        ),
      );
      deps.onEvents?.();
      setETag(res, b.version);
      return bookingDto(b);
    }),
  );

  r.post(
    '/v1/bookings/:id/no-show',
    requireRole('service-advisor'),
    route({ params: idParams }, async ({ params }, req, res) => {
      const b = await domain(() =>
        endBooking(
          deps.prisma,
          identityOf(req),
          params.id,
          parseIfMatch(req),
          { kind: 'no-show' },
          nowOf(deps),
          requestIdOf(req),
        ),
      );
      deps.onEvents?.();
      setETag(res, b.version);
      return bookingDto(b);
    }),
  );
  return r;
}
