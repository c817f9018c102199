// Catalogue: parts with fitment, unit of measure, ABC class and supplier offers.
import { randomUUID } from 'node:crypto';
import { type Express } from 'express';
import { z } from 'zod';
import {
  identityOf,
  page,
  pageSchema,
  requireIfMatch,
  route,
  setETag,
  versionMismatch,
  type Role,
} from '@aftersales/service-kit';
import { recomputeAbc } from '../application/analysis';
import {
  checkUnitsChange,
  emitPartRegistered,
  emitPartUpdated,
  republishCatalogue,
} from '../application/catalogue';
import { rule } from '../domain/errors';
import { defaultDecimalsOf } from '../domain/quantity';
import { assertPartUnits } from '../domain/units';
import { Prisma, isUniqueViolation } from '../db/client';
import { afterCursor, idParam, listQuery, Money, UnitOfMeasure } from './schemas';
import { idempotentCreate, missing, plain, run, type ApiDeps } from './support';
import { AbcView, PartView, PublishedView, SupplierOfferView } from './views';

/** A pack name (box, drum, carton) or the stock unit itself: short lower-case text. */
const PurchaseUnit = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^\p{L}[\p{L}\p{N} -]{0,31}$/u,
    'letters, digits, spaces and hyphens, starting with a letter (at most 32)',
  );
/** Stock units in one purchase unit (box of 10: 10; drum of 208 l: 208), at most 3 decimals. */
const PurchaseUnitFactor = z.number().positive().max(1_000_000);

const createPart = z.object({
  partNumber: z.string().trim().min(1).max(64),
  description: z.string().trim().min(1).max(500),
  category: z.string().trim().min(1).max(64),
  unitOfMeasure: UnitOfMeasure,
  fitment: z
    .array(
      z.object({
        make: z.string().min(1).max(64),
        model: z.string().min(1).max(64),
        yearFrom: z.int().min(1900).max(2100).optional(),
        yearTo: z.int().min(1900).max(2100).optional(),
      }),
    )
    .max(500)
    .default([]),
  standardCost: Money,
  seasonality: z.array(z.number().positive().max(10)).length(12).nullable().default(null),
  /** VAT/GST in basis points (1900 = 19 %) for offers that name no rate of their own. */
  defaultTaxRateBp: z.int().min(0).max(10_000).nullable().default(null),
  /** Units (domain/units.ts): the pack suppliers sell (absent: the stock unit), stock units per pack, decimals. */
  purchaseUnit: PurchaseUnit.optional(),
  purchaseUnitFactor: PurchaseUnitFactor.optional(),
  quantityDecimals: z.int().min(0).max(3).optional(),
});

// Part number and unit of measure are identity: stock and orders are kept in that unit, so they never change.
const updatePart = z
  .object({
    description: createPart.shape.description,
    category: createPart.shape.category,
    fitment: createPart.shape.fitment.unwrap(),
    standardCost: Money,
    seasonality: z.array(z.number().positive().max(10)).length(12).nullable(),
    defaultTaxRateBp: z.int().min(0).max(10_000).nullable(),
    // Order lines keep the purchase unit and factor they were ordered in; offers are per purchase unit.
    purchaseUnit: PurchaseUnit,
    purchaseUnitFactor: PurchaseUnitFactor,
    quantityDecimals: z.int().min(0).max(3),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to update');

// The unit price is net; taxRateBp (VAT/GST, basis points) absent: the part's default rate.
const offer = z.object({
  supplierId: z.uuid(),
  unitPrice: Money,
  leadTimeDays: z.int().min(0).max(365),
  taxRateBp: z.int().min(0).max(10_000).nullable().default(null),
});

const WRITE: Role[] = ['parts-clerk', 'procurement-officer'];
const READ: Role[] = ['parts-clerk', 'procurement-officer', 'service-advisor', 'technician', 'analyst'];

export function partsRoutes(app: Express, deps: ApiDeps): void {
  app.post(
    '/v1/parts',
    route(
      {
        body: createPart.meta({
          examples: [
            {
              partNumber: 'OIL-FLT-0451',
              description: 'Oil filter',
              category: 'filters',
              unitOfMeasure: 'piece',
              purchaseUnit: 'box',
              purchaseUnitFactor: 10,
              fitment: [{ make: 'Volkswagen', model: 'Golf' }],
              standardCost: { amountMinor: 450, currency: 'EUR' },
            },
          ],
        }),
      },
      async ({ body }, req, res) => {
        await idempotentCreate(deps, req, res, 'parts', async (ctx) => {
          const units = {
            stockUnit: body.unitOfMeasure,
            purchaseUnit: body.purchaseUnit ?? body.unitOfMeasure,
            purchaseUnitFactor: body.purchaseUnitFactor ?? 1,
            quantityDecimals: body.quantityDecimals ?? defaultDecimalsOf(body.unitOfMeasure),
          };
          assertPartUnits(units);
          try {
            const part = await ctx.tx.part.create({
              data: {
                id: randomUUID(),
                tenantId: ctx.tenantId,
                partNumber: body.partNumber,
                description: body.description,
                category: body.category,
                unitOfMeasure: body.unitOfMeasure,
                fitment: body.fitment,
                standardCostMinor: body.standardCost.amountMinor,
                currency: body.standardCost.currency,
                defaultTaxRateBp: body.defaultTaxRateBp,
                purchaseUnit: units.purchaseUnit,
                purchaseUnitFactor: units.purchaseUnitFactor,
                quantityDecimals: units.quantityDecimals,
                ...(body.seasonality ? { seasonality: body.seasonality } : {}),
              },
            });
            emitPartRegistered(ctx, part);
            return part;
          } catch (err) {
            if (isUniqueViolation(err))
              throw rule('duplicate-part-number', `Part number ${body.partNumber} already exists.`);
            throw err;
          }
        });
      },
      {
        summary: 'Register a part in the catalogue',
        roles: WRITE,
        response: PartView,
        idempotencyKey: 'optional',
        status: 201,
        problems: [422],
      },
    ),
  );

  app.get(
    '/v1/parts',
    route(
      {
        query: listQuery.extend({
          category: z.string().optional(),
          partNumber: z.string().optional(),
          make: z.string().optional(),
        }),
      },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.part.findMany({
          where: {
            tenantId: me.tenantId,
            ...(query.category ? { category: query.category } : {}),
            ...(query.partNumber ? { partNumber: query.partNumber } : {}),
            ...(query.make ? { fitment: { array_contains: [{ make: query.make }] } } : {}),
            ...afterCursor(query.cursor),
          },
          orderBy: { id: 'asc' },
          take: query.limit + 1,
        });
        return plain(page(rows, query.limit, (r) => ({ id: r.id })));
      },
      {
        summary: 'List parts (by category, part number or fitting make)',
        roles: READ,
        response: pageSchema(PartView),
      },
    ),
  );

  app.get(
    '/v1/parts/:id',
    route(
      { params: idParam },
      async ({ params }, req, res) => {
        const part = await deps.prisma.part.findFirst({
          where: { id: params.id, tenantId: identityOf(req).tenantId },
          include: { offers: true },
        });
        if (!part) throw missing('Part');
        setETag(res, part.version);
        return plain(part);
      },
      { summary: 'Read a part with its supplier offers', roles: READ, response: PartView },
    ),
  );

  app.patch(
    '/v1/parts/:id',
    route(
      { params: idParam, body: updatePart },
      async ({ params, body }, req, res) => {
        const expected = requireIfMatch(req);
        const { standardCost, seasonality, ...rest } = body;
        // The version-guarded update locks the row, so catalogue events leave in commit order.
        const part = await run(deps, req, async (ctx) => {
          await checkUnitsChange(ctx, params.id, rest);
          const updated = await ctx.tx.part.updateMany({
            where: { id: params.id, tenantId: ctx.tenantId, version: expected },
            data: {
              ...rest,
              ...(standardCost
                ? { standardCostMinor: standardCost.amountMinor, currency: standardCost.currency }
                : {}),
              ...(seasonality !== undefined ? { seasonality: seasonality ?? Prisma.DbNull } : {}),
              version: { increment: 1 },
            },
          });
          const current = await ctx.tx.part.findFirst({ where: { id: params.id, tenantId: ctx.tenantId } });
          if (!current) throw missing('Part');
          if (updated.count === 0) throw versionMismatch(current.version);
          emitPartUpdated(ctx, current);
          return current;
        });
        setETag(res, part.version);
        return plain(part);
      },
      {
        summary: 'Change a part (If-Match required)',
        roles: WRITE,
        response: PartView,
        problems: [409, 412, 422, 428],
      },
    ),
  );

  app.post(
    '/v1/parts/:id/suppliers',
    route(
      { params: idParam, body: offer },
      async ({ params, body }, req) =>
        run(deps, req, async (ctx) => {
          const part = await ctx.tx.part.findFirst({ where: { id: params.id, tenantId: ctx.tenantId } });
          const supplier = await ctx.tx.supplier.findFirst({
            where: { id: body.supplierId, tenantId: ctx.tenantId },
          });
          if (!part) throw missing('Part');
          if (!supplier) throw missing('Supplier');
          const data = {
            tenantId: ctx.tenantId,
            unitPriceMinor: body.unitPrice.amountMinor,
            currency: body.unitPrice.currency,
            leadTimeDays: body.leadTimeDays,
            taxRateBp: body.taxRateBp,
          };
          return plain(
            await ctx.tx.supplierPart.upsert({
              where: { supplierId_partId: { supplierId: supplier.id, partId: part.id } },
              create: { supplierId: supplier.id, partId: part.id, ...data },
              update: data,
            }),
          );
        }),
      {
        summary: "Set a supplier's offer for a part (price, lead time)",
        roles: ['procurement-officer'],
        response: SupplierOfferView,
      },
    ),
  );

  // Backfill for parts created before catalogue events existed (or for a new consumer).
  app.post(
    '/v1/parts/catalogue-publication',
    route({}, async (_input, req) => run(deps, req, (ctx) => republishCatalogue(ctx)), {
      summary: 'Publish every catalogue entry again (for a new consumer)',
      roles: ['admin'],
      response: PublishedView,
      status: 200,
    }),
  );

  app.post(
    '/v1/parts/abc-classification',
    route({}, async (_input, req) => run(deps, req, (ctx) => recomputeAbc(ctx)), {
      summary: 'Recompute the ABC classes from a year of consumption value',
      roles: ['procurement-officer'],
      response: AbcView,
      status: 200,
    }),
  );
}
