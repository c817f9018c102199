// /v1/me/maintenance: the signed-in customer's vehicles, each with its next service (dueOn null
// when neither the workshop's advice nor a plan gives a date). The token's subject is the
// customer; vehicleScope limits it to their own vehicles.
import { Router } from 'express';
import { z } from 'zod';
import { customerIdOf, identityOf, route } from '@aftersales/service-kit';
import { type CustomerDeps } from '../application/deps';
import { dueServiceOf, planRulesOf } from '../application/maintenance';
import { vehicleScope } from '../application/scope';
import { NextServiceViewSchema, nextServiceView } from './maintenance-schemas';

export function meMaintenanceRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.get(
    '/',
    route(
      {},
      async (_input, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        const vehicles = await deps.prisma.vehicle.findMany({
          where: { tenantId: me.tenantId, AND: [vehicleScope(me)] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take: 100,
        });
        const plans = await planRulesOf(deps.prisma, me.tenantId);
        const items = await Promise.all(
          vehicles.map(async (v) => nextServiceView(v, await dueServiceOf(deps, deps.prisma, v, plans))),
        );
        return { items };
      },
      {
        summary: "The next service due for each of the signed-in customer's vehicles",
        roles: ['customer'],
        response: z.object({ items: z.array(NextServiceViewSchema) }),
      },
    ),
  );

  return router;
}
