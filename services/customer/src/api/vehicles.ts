// /v1/vehicles: register (Idempotency-Key), list and search by VIN, read with mileage and
// ownership history, record mileage, change owner.
import { Router } from 'express';
import {
  identityOf,
  notFound,
  parseIfMatch,
  requireRole,
  route,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { type CustomerDeps } from '../application/deps';
import { idempotentCreate } from '../application/idempotency';
import { NOT_FOUND } from '../application/problems';
import { changeOwnership, duplicateVin, recordMileage, registerVehicle } from '../application/vehicles';
import { isUniqueViolation, type Vehicle } from '../db/client';
import { afterCursor, orderByCursor, pageOf } from './paging';
import { idParams } from './customer-schemas';
import { createVehicleSchema, listVehiclesSchema, mileageSchema, ownershipSchema } from './vehicle-schemas';

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function vehicleView(v: Vehicle) {
  return {
    id: v.id,
    vin: v.vin,
    make: v.make,
    model: v.model,
    modelYear: v.modelYear,
    ownerCustomerId: v.ownerCustomerId,
    mileageKm: v.mileageKm,
    purchaseDate: dayOf(v.purchaseDate),
    warrantyEndsOn: dayOf(v.warrantyEndsOn),
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

const WRITERS: Role[] = ['service-advisor', 'technician'];

export function vehiclesRouter(deps: CustomerDeps): Router {
  const router = Router();

  const detail = async (tenantId: string, id: string) => {
    const v = await deps.prisma.vehicle.findFirst({
      where: { id, tenantId },
      include: {
        mileageReadings: { orderBy: { recordedAt: 'asc' } },
        ownerships: { orderBy: [{ startedOn: 'asc' }, { recordedAt: 'asc' }] },
      },
    });
    if (!v) throw notFound(NOT_FOUND);
    return {
      ...vehicleView(v),
      mileageHistory: v.mileageReadings.map((r) => ({
        mileageKm: r.mileageKm,
        source: r.source,
        correctionReason: r.correctionReason,
        recordedBy: r.recordedBy,
        recordedAt: r.recordedAt.toISOString(),
      })),
      ownershipHistory: v.ownerships.map((o) => ({
        customerId: o.customerId,
        startedOn: dayOf(o.startedOn),
        endedOn: dayOf(o.endedOn),
        reason: o.reason,
      })),
    };
  };

  router.post(
    '/',
    requireRole('service-advisor'),
    route({ body: createVehicleSchema }, async ({ body }, req, res) => {
      const me = identityOf(req);
      try {
        await idempotentCreate(
          deps,
          req,
          res,
          { tenantId: me.tenantId, scope: 'POST /v1/vehicles', body },
          async (tx) => ({ resourceId: (await registerVehicle(deps, tx, me, body)).id }),
          async (id) => {
            const body = await detail(me.tenantId, id);
            return { body, headers: { ETag: `"${body.version}"`, Location: `/v1/vehicles/${id}` } };
          },
        );
      } catch (err) {
        // Two registrations of one VIN at once: the loser hits the unique index.
        if (isUniqueViolation(err)) throw duplicateVin(body.vin);
        throw err;
      }
    }),
  );

  router.get(
    '/',
    route({ query: listVehiclesSchema }, async ({ query }, req) => {
      const me = identityOf(req);
      const rows = await deps.prisma.vehicle.findMany({
        where: {
          AND: [
            { tenantId: me.tenantId },
            query.vin ? { vin: query.vin } : {},
            query.ownerCustomerId ? { ownerCustomerId: query.ownerCustomerId } : {},
            afterCursor(query.cursor),
          ],
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      const p = pageOf(rows, query.limit);
      return { items: p.items.map(vehicleView), nextCursor: p.nextCursor };
    }),
  );

  router.get(
    '/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const body = await detail(identityOf(req).tenantId, params.id);
      setETag(res, body.version);
      return body;
    }),
  );

  router.post(
    '/:id/mileage',
    requireRole(...WRITERS),
    route({ params: idParams, body: mileageSchema }, async ({ params, body }, req, res) => {
      const me = identityOf(req);
      const expected = parseIfMatch(req);
      await deps.prisma.$transaction((tx) => recordMileage(tx, me, params.id, expected, body));
      const view = await detail(me.tenantId, params.id);
      setETag(res, view.version);
      return view;
    }),
  );

  router.post(
    '/:id/ownership',
    requireRole('service-advisor'),
    route({ params: idParams, body: ownershipSchema }, async ({ params, body }, req, res) => {
      const me = identityOf(req);
      const expected = parseIfMatch(req);
      await deps.prisma.$transaction((tx) => changeOwnership(tx, me, params.id, expected, body));
      deps.onEvents?.();
      const view = await detail(me.tenantId, params.id);
      setETag(res, view.version);
      return view;
    }),
  );

  return router;
}
