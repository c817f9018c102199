// Reservations made for repair orders (from repair.parts.requested) and issuing them to the workshop.
import { type Express } from 'express';
import { z } from 'zod';
import { identityOf, page, route, type Role, pageSchema } from '@aftersales/service-kit';
import { issueReservation } from '../application/reservations';
import { afterCursor, idParam, listQuery } from './schemas';
import { assertRecordInScope, canAccessLocation, locationsInScope, locationWhere } from './scope';
import { missing, plain, run, type ApiDeps } from './support';
import { IssueView, ReservationView } from './views';

const READ: Role[] = ['parts-clerk', 'procurement-officer', 'service-advisor', 'technician'];

export function reservationRoutes(app: Express, deps: ApiDeps): void {
  app.get(
    '/v1/reservations',
    route(
      {
        query: listQuery.extend({
          repairOrderId: z.string().min(1).max(128).optional(),
          status: z.enum(['active', 'issued', 'released']).optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.reservation.findMany({
          where: {
            tenantId: me.tenantId,
            ...locationWhere(await locationsInScope(deps.prisma, me)),
            ...(query.repairOrderId ? { repairOrderId: query.repairOrderId } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...afterCursor(query.cursor),
          },
          include: { lines: { orderBy: { lineId: 'asc' } } },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      { summary: 'Reservations made for repair orders', roles: READ, response: pageSchema(ReservationView) },
    ),
  );

  app.get(
    '/v1/reservations/:id',
    route(
      { params: idParam },
      async ({ params }, req) => {
        const me = identityOf(req);
        const r = await deps.prisma.reservation.findFirst({
          where: { id: params.id, tenantId: me.tenantId },
          include: { lines: { orderBy: { lineId: 'asc' } } },
        });
        if (!r || !(await canAccessLocation(deps.prisma, me, r.locationId))) throw missing('Reservation');
        return plain(r);
      },
      { summary: 'Read a reservation with its lines', roles: READ, response: ReservationView },
    ),
  );

  // The workshop takes the reserved parts: issue them (lots FIFO), emitting parts.issued.
  app.post(
    '/v1/reservations/:id/issue',
    route(
      { params: idParam, body: z.object({ issuedTo: z.string().min(1).max(128).nullable().default(null) }) },
      async ({ params, body }, req) => {
        const me = identityOf(req);
        const held = await deps.prisma.reservation.findFirst({
          where: { id: params.id, tenantId: me.tenantId },
          select: { locationId: true },
        });
        await assertRecordInScope(deps.prisma, me, held, 'Reservation');
        const out = await run(deps, req, (ctx) => issueReservation(ctx, params.id, body.issuedTo));
        if (!out) throw missing('Reservation');
        return out;
      },
      {
        summary: 'Issue the reserved parts to the workshop (lots first in, first out)',
        roles: ['parts-clerk'],
        response: IssueView,
        problems: [409],
      },
    ),
  );
}
