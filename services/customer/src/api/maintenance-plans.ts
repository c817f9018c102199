// /v1/maintenance-plans: the tenant's maintenance schedules per make and model. Administrators
// write them (create with Idempotency-Key, change with If-Match); service advisors read them.
import { Router } from 'express';
import {
  byCreation,
  identityOf,
  page,
  pageSchema,
  requireIfMatch,
  route,
  setETag,
  type Identity,
  type Role,
} from '@aftersales/service-kit';
import { notFound } from '../domain/errors';
import { type CustomerDeps } from '../application/deps';
import { createPlan, updatePlan } from '../application/maintenance-plans';
import { idParams } from './customer-schemas';
import { createRequestOf, markCreated } from './http';
import {
  MaintenancePlanViewSchema,
  createPlanSchema,
  listPlansSchema,
  planView,
  updatePlanSchema,
} from './maintenance-schemas';

const READERS: Role[] = ['admin', 'service-advisor'];

export function maintenancePlansRouter(deps: CustomerDeps): Router {
  const router = Router();

  const find = async (me: Identity, id: string) => {
    const plan = await deps.prisma.maintenancePlan.findFirst({ where: { id, tenantId: me.tenantId } });
    if (!plan) throw notFound();
    return plan;
  };

  router.post(
    '/',
    route(
      {
        body: createPlanSchema.meta({
          examples: [
            {
              make: 'Volkswagen',
              model: 'Golf',
              name: 'Golf annual service',
              intervalMonths: 12,
              intervalKm: 15000,
              services: ['Oil and filter change', 'Brake check'],
              reminderDaysBefore: 14,
            },
          ],
        }),
      },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        const created = await createPlan(
          deps,
          me,
          createRequestOf(req, 'POST /v1/maintenance-plans', body),
          body,
        );
        const plan = await find(me, created.resourceId);
        markCreated(res, created, `/v1/maintenance-plans/${plan.id}`, plan.version);
        return planView(plan);
      },
      {
        summary: 'Create a maintenance plan for a make or model (Idempotency-Key)',
        roles: ['admin'],
        response: MaintenancePlanViewSchema,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  router.get(
    '/',
    route(
      { query: listPlansSchema },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.maintenancePlan.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              query.make ? { make: { equals: query.make, mode: 'insensitive' } } : {},
              byCreation.where(query.cursor),
            ],
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, byCreation.positionOf);
        return { items: p.items.map(planView), nextCursor: p.nextCursor };
      },
      {
        summary: 'List the maintenance plans, optionally of one make',
        roles: READERS,
        response: pageSchema(MaintenancePlanViewSchema),
      },
    ),
  );

  router.get(
    '/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const plan = await find(identityOf(req), params.id);
        setETag(res, plan.version);
        return planView(plan);
      },
      { summary: 'Read a maintenance plan', roles: READERS, response: MaintenancePlanViewSchema },
    ),
  );

  router.patch(
    '/:id',
    route(
      { params: idParams, body: updatePlanSchema },
      async ({ params, body }, req, res) => {
        const expected = requireIfMatch(req);
        const plan = await updatePlan(deps, identityOf(req), params.id, expected, body);
        setETag(res, plan.version);
        return planView(plan);
      },
      {
        summary: 'Change a maintenance plan (If-Match required)',
        roles: ['admin'],
        response: MaintenancePlanViewSchema,
        problems: [409, 412, 422, 428],
      },
    ),
  );

  return router;
}
