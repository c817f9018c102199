// /v1/vehicles: register (Idempotency-Key), list and search by VIN, read with mileage and
// ownership history, record mileage, change owner.
import { Router } from 'express';
import { z } from 'zod';
import {
  identityOf,
  type Identity,
  page,
  parseIfMatch,
  requireIfMatch,
  route,
  setETag,
  type Role,
  byCreation,
  pageSchema,
} from '@aftersales/service-kit';
import { notFound } from '../domain/errors';
import { type CustomerDeps } from '../application/deps';
import { vehicleScope } from '../application/scope';
import { changeOwnership, changeRegistration, recordMileage, registerVehicle } from '../application/vehicles';
import { type MileageReading, type Vehicle, type VehicleOwnership } from '../db/client';
import { idParams } from './customer-schemas';
import { createRequestOf, markCreated } from './http';
import {
  createVehicleSchema,
  listVehiclesSchema,
  mileageSchema,
  ownershipSchema,
  updateVehicleSchema,
} from './vehicle-schemas';

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const calendarDay = z.iso.date();

export const VehicleViewSchema = z.object({
  id: z.uuid(),
  vin: z.string(),
  make: z.string(),
  model: z.string(),
  modelYear: z.int(),
  ownerCustomerId: z.uuid().nullable(),
  mileageKm: z.int().min(0),
  purchaseDate: calendarDay.nullable(),
  warrantyEndsOn: calendarDay.nullable(),
  registrationNumber: z
    .string()
    .nullable()
    .describe('The plate as entered (upper case); null when not known'),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type VehicleView = z.infer<typeof VehicleViewSchema>;

export const VehicleDetailSchema = VehicleViewSchema.extend({
  mileageHistory: z.array(
    z.object({
      mileageKm: z.int().min(0),
      source: z.enum(['registration', 'manual', 'correction', 'repair-order']),
      correctionReason: z.string().nullable(),
      recordedBy: z.string(),
      recordedAt: z.iso.datetime(),
    }),
  ),
  ownershipHistory: z.array(
    z.object({
      customerId: z.uuid().nullable(),
      startedOn: calendarDay,
      endedOn: calendarDay.nullable(),
      reason: z.enum(['registration', 'sale', 'transfer', 'correction']),
    }),
  ),
});

export type VehicleDetail = z.infer<typeof VehicleDetailSchema>;

export function vehicleView(v: Vehicle): VehicleView {
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
    registrationNumber: v.registrationNumber,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

export function vehicleDetail(
  v: Vehicle & { mileageReadings: MileageReading[]; ownerships: VehicleOwnership[] },
): VehicleDetail {
  return {
    ...vehicleView(v),
    mileageHistory: v.mileageReadings.map((r) => ({
      mileageKm: r.mileageKm,
      source: r.source as VehicleDetail['mileageHistory'][number]['source'],
      correctionReason: r.correctionReason,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
    })),
    ownershipHistory: v.ownerships.map((o) => ({
      customerId: o.customerId,
      startedOn: dayOf(o.startedOn)!,
      endedOn: dayOf(o.endedOn),
      reason: o.reason as VehicleDetail['ownershipHistory'][number]['reason'],
    })),
  };
}

const WRITERS: Role[] = ['service-advisor', 'technician'];

export function vehiclesRouter(deps: CustomerDeps): Router {
  const router = Router();

  // 404 outside the caller's tenant and centre scope, as for an id that does not exist.
  const detail = async (me: Identity, id: string): Promise<VehicleDetail> => {
    const v = await deps.prisma.vehicle.findFirst({
      where: { id, tenantId: me.tenantId, AND: [vehicleScope(me)] },
      include: {
        mileageReadings: { orderBy: { recordedAt: 'asc' } },
        ownerships: { orderBy: [{ startedOn: 'asc' }, { recordedAt: 'asc' }] },
      },
    });
    if (!v) throw notFound();
    return vehicleDetail(v);
  };

  router.post(
    '/',
    route(
      {
        body: createVehicleSchema.meta({
          examples: [
            {
              vin: 'WVWZZZ1JZXW000001',
              make: 'Volkswagen',
              model: 'Golf',
              modelYear: 2021,
              ownerCustomerId: '3f1e6c2a-8d4b-4f7e-9a51-2c0d7b6e4a10',
              mileageKm: 30000,
              purchaseDate: '2021-03-01',
              warrantyEndsOn: '2024-03-01',
              registrationNumber: 'WOB-VW 210',
            },
          ],
        }),
      },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        const created = await registerVehicle(
          deps,
          me,
          createRequestOf(req, 'POST /v1/vehicles', body),
          body,
        );
        const view = await detail(me, created.resourceId);
        markCreated(res, created, `/v1/vehicles/${created.resourceId}`, view.version);
        return view;
      },
      {
        summary: 'Register a vehicle (Idempotency-Key); the VIN is unique per tenant',
        roles: ['service-advisor'],
        response: VehicleDetailSchema,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  router.get(
    '/',
    route(
      { query: listVehiclesSchema },
      async ({ query }, req) => {
        const me = identityOf(req);
        // A batch read by ids answers all of them (at most 100) on one page.
        const limit = query.ids ? Math.max(query.limit, query.ids.length) : query.limit;
        const rows = await deps.prisma.vehicle.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              vehicleScope(me),
              query.vin ? { vin: query.vin } : {},
              query.ownerCustomerId ? { ownerCustomerId: query.ownerCustomerId } : {},
              query.plate ? { registrationKey: query.plate } : {},
              query.ids ? { id: { in: query.ids } } : {},
              byCreation.where(query.cursor),
            ],
          },
          orderBy: byCreation.orderBy,
          take: limit + 1,
        });
        const p = page(rows, limit, byCreation.positionOf);
        return { items: p.items.map(vehicleView), nextCursor: p.nextCursor };
      },
      {
        summary: 'List vehicles, searched by VIN, plate or owner, or read by ids (up to 100)',
        response: pageSchema(VehicleViewSchema),
      },
    ),
  );

  router.get(
    '/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const body = await detail(identityOf(req), params.id);
        setETag(res, body.version);
        return body;
      },
      { summary: 'Read a vehicle with its mileage and ownership history', response: VehicleDetailSchema },
    ),
  );

  router.patch(
    '/:id',
    route(
      { params: idParams, body: updateVehicleSchema },
      async ({ params, body }, req, res) => {
        const me = identityOf(req);
        await changeRegistration(deps, me, params.id, requireIfMatch(req), body.registrationNumber);
        const view = await detail(me, params.id);
        setETag(res, view.version);
        return view;
      },
      {
        summary: 'Set or clear the registration number (If-Match required)',
        roles: ['service-advisor'],
        response: VehicleDetailSchema,
        problems: [412, 428],
      },
    ),
  );

  router.post(
    '/:id/mileage',
    route(
      { params: idParams, body: mileageSchema },
      async ({ params, body }, req, res) => {
        const me = identityOf(req);
        await recordMileage(deps, me, params.id, parseIfMatch(req), body);
        const view = await detail(me, params.id);
        setETag(res, view.version);
        return view;
      },
      {
        summary: 'Record a mileage reading (lowering it needs a correctionReason; If-Match optional)',
        roles: WRITERS,
        response: VehicleDetailSchema,
        status: 200,
        problems: [412, 422],
      },
    ),
  );

  router.post(
    '/:id/ownership',
    route(
      { params: idParams, body: ownershipSchema },
      async ({ params, body }, req, res) => {
        const me = identityOf(req);
        await changeOwnership(deps, me, params.id, parseIfMatch(req), body);
        const view = await detail(me, params.id);
        setETag(res, view.version);
        return view;
      },
      {
        summary: 'Change the owner from a day on, keeping the ownership history (If-Match optional)',
        roles: ['service-advisor'],
        response: VehicleDetailSchema,
        status: 200,
        problems: [412, 422],
      },
    ),
  );

  return router;
}
