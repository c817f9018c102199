// /v1/service-centres: the service network (admin creates; staff read within their scope) and
// availability per day (bays x opening hours, minus bookings; extended in emergency mode).
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import {
  HttpProblem,
  assertVersion,
  notFound,
  requireIfMatch,
  route,
  setETag,
} from '@aftersales/service-kit';
import { activeEmergency } from '../application/emergency-mode';
import { type Tx } from '../db/client';
import {
  availability,
  localDay,
  validateHours,
  type HoursException,
  type OpeningHours,
} from '../domain/capacity';
import { centreDto } from './dto';
import { type ApiDeps } from './deps';
import { assertCentreAccess, identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import { availabilityQuery, createCentreBody, idParams, listCentresQuery, updateCentreBody } from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

/** Overlapping or inverted intervals are a 422 before anything is written. */
async function validateCalendar(body: {
  openingHours?: Partial<Record<string, { open: string; close: string }[]>>;
  hoursExceptions?: { hours?: { open: string; close: string }[] }[];
}): Promise<void> {
  await domain(async () => {
    for (const [day, hours] of Object.entries(body.openingHours ?? {}))
      validateHours(hours ?? [], `openingHours.${day}`);
    for (const [i, e] of (body.hoursExceptions ?? []).entries())
      validateHours(e.hours ?? [], `hoursExceptions[${i}]`);
  });
}

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
      await validateCalendar(body);
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
              timeZone: body.timeZone,
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

  // Name and calendar only: bays, rates and location ids stay as created (bookings depend on them).
  r.patch(
    '/v1/service-centres/:id',
    requireRole('admin'),
    route({ params: idParams, body: updateCentreBody }, async ({ params, body }, req, res) => {
      const expected = requireIfMatch(req);
      await validateCalendar(body);
      const centre = await centreInScope(req, params.id);
      assertVersion(expected, centre.version);
      const { count } = await deps.prisma.serviceCentre.updateMany({
        where: { id: centre.id, version: centre.version },
        data: { ...body, version: { increment: 1 } },
      });
      if (count === 0) throw new HttpProblem(409, { detail: 'The centre changed concurrently; retry.' });
      const updated = await centreInScope(req, params.id);
      setETag(res, updated.version);
      return centreDto(updated);
    }),
  );

  r.get(
    '/v1/service-centres/:id/availability',
    route({ params: idParams, query: availabilityQuery }, async ({ params, query }, req) => {
      const centre = await centreInScope(req, params.id);
      const emergency = await activeEmergency(deps.prisma as unknown as Tx, centre.tenantId, centre.regionId);
      // `date` is a local date of the centre: its day runs from local midnight to local midnight.
      const { start: dayStart, end: dayEnd } = localDay(query.date, centre.timeZone);
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
        timeZone: centre.timeZone,
      });
      return {
        centreId: centre.id,
        date: query.date,
        timeZone: centre.timeZone,
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
