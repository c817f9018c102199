// /v1/service-centres: the service network (admin creates; staff read within their scope) and
// availability per day (bays x opening hours, minus bookings; extended in emergency mode).
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { notFound, route } from '@aftersales/service-kit';
import { activeEmergency } from '../application/emergency-mode';
import { type Tx } from '../db/client';
import { availability, validateHours, type HoursException, type OpeningHours } from '../domain/capacity';
import { centreDto } from './dto';
import { type ApiDeps } from './deps';
import { assertCentreAccess, identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import { availabilityQuery, createCentreBody, idParams, listCentresQuery } from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

export function serviceCentresRouter(deps: ApiDeps): Router {
  const r = Router();

  async function centreInScope(req: Parameters<typeof identityOf>[0], id: string) {
    const identity = identityOf(req);
    const centre = await deps.prisma.serviceCentre.findFirst({ where: { id, tenantId: identity.tenantId } });
    if (!centre) throw notFound(`Service centre ${id} not found.`);
    assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
    return centre;
  }

  r.post(
    '/v1/service-centres',
    requireRole('admin'),
    route({ body: createCentreBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await domain(async () => {
        for (const [day, hours] of Object.entries(body.openingHours))
          validateHours(hours ?? [], `openingHours.${day}`);
        for (const [i, e] of body.hoursExceptions.entries())
          validateHours(e.hours ?? [], `hoursExceptions[${i}]`);
      });
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/service-centres', body },
        async (tx: Tx) => {
          const centre = await tx.serviceCentre.create({
            data: {
              id: randomUUID(),
              tenantId: identity.tenantId,
              dealerId: body.dealerId ?? null,
              name: body.name,
              type: body.type,
              regionId: body.regionId,
              address: body.address,
              latitude: body.location?.latitude ?? null,
              longitude: body.location?.longitude ?? null,
              openingHours: body.openingHours,
              hoursExceptions: body.hoursExceptions,
              bays: body.bays,
              technicians: body.technicians,
              labourRateMinor: body.labourRateMinor,
              currency: body.currency,
              taxRateBasisPoints: body.taxRateBasisPoints,
              stockLocationId: body.stockLocationId,
            },
          });
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(centreDto(centre))),
            headers: { ETag: `"${centre.version}"`, Location: `/v1/service-centres/${centre.id}` },
          };
        },
      );
    }),
  );

  r.get(
    '/v1/service-centres',
    route({ query: listCentresQuery }, async ({ query }, req) => {
      const identity = identityOf(req);
      const scope = await centresInScope(deps.prisma, identity);
      const rows = await deps.prisma.serviceCentre.findMany({
        where: {
          tenantId: identity.tenantId,
          ...(scope ? { id: { in: scope } } : {}),
          ...(query.regionId ? { regionId: query.regionId } : {}),
          ...(query.type ? { type: query.type } : {}),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, centreDto);
    }),
  );

  r.get(
    '/v1/service-centres/:id',
    route({ params: idParams }, async ({ params }, req) => centreDto(await centreInScope(req, params.id))),
  );

  r.get(
    '/v1/service-centres/:id/availability',
    route({ params: idParams, query: availabilityQuery }, async ({ params, query }, req) => {
      const centre = await centreInScope(req, params.id);
      const emergency = await activeEmergency(deps.prisma as unknown as Tx, centre.tenantId, centre.regionId);
      const dayStart = new Date(`${query.date}T00:00:00Z`);
      const dayEnd = new Date(dayStart.getTime() + 86_400_000);
      const booked = await deps.prisma.booking.findMany({
        where: {
          centreId: centre.id,
          status: { in: ['BOOKED', 'CHECKED_IN'] },
          slotStart: { lt: dayEnd },
          slotEnd: { gt: dayStart },
        },
        select: { bay: true, slotStart: true, slotEnd: true },
      });
      const slots = availability({
        date: query.date,
        hours: centre.openingHours as OpeningHours,
        exceptions: centre.hoursExceptions as unknown as HoursException[],
        bays: centre.bays,
        booked: booked.map((b) => ({ bay: b.bay, start: b.slotStart, end: b.slotEnd })),
        durationMinutes: query.durationMinutes,
        stepMinutes: query.stepMinutes,
        extraHours: emergency?.extraHours ?? 0,
      });
      return {
        centreId: centre.id,
        date: query.date,
        durationMinutes: query.durationMinutes,
        bays: centre.bays,
        emergencyMode: emergency !== null,
        slots: slots.map((s) => ({
          start: s.start.toISOString(),
          end: s.end.toISOString(),
          freeBays: s.freeBays,
        })),
      };
    }),
  );
  return r;
}
