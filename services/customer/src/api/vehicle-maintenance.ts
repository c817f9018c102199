// /v1/vehicles/{id}/maintenance: a vehicle's next service for staff, within their centre scope
// (404 outside it, as for GET /v1/vehicles/{id}). Mounted next to vehiclesRouter.
import { Router } from 'express';
import { identityOf, route } from '@aftersales/service-kit';
import { notFound } from '../domain/errors';
import { type CustomerDeps } from '../application/deps';
import { dueServiceOf, planRulesOf } from '../application/maintenance';
import { vehicleScope } from '../application/scope';
import { idParams } from './customer-schemas';
import { NextServiceViewSchema, nextServiceView } from './maintenance-schemas';

export function vehicleMaintenanceRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.get(
    '/:id/maintenance',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const me = identityOf(req);
        const vehicle = await deps.prisma.vehicle.findFirst({
          where: { id: params.id, tenantId: me.tenantId, AND: [vehicleScope(me)] },
        });
        if (!vehicle) throw notFound();
        const due = await dueServiceOf(
          deps,
          deps.prisma,
          vehicle,
          await planRulesOf(deps.prisma, me.tenantId),
        );
        return nextServiceView(vehicle, due);
      },
      {
        summary: "A vehicle's next service due (workshop advice or maintenance plan)",
        response: NextServiceViewSchema,
      },
    ),
  );

  return router;
}
