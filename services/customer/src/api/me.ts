// /v1/me: a customer signed in to self-service reads their own record and vehicles and manages
// their consents. The token's subject is the customer (customerIdOf: staff get 403); the scope
// rules (application/scope.ts) let such a token see its own customer and vehicles only.
import { Router } from 'express';
import { z } from 'zod';
import { customerIdOf, identityOf, route } from '@aftersales/service-kit';
import { customerFor, updateCustomer } from '../application/customers';
import { CustomerViewSchema, presentCustomers } from '../application/customer-views';
import { type CustomerDeps } from '../application/deps';
import { vehicleScope } from '../application/scope';
import { readerOf } from './http';
import { VehicleViewSchema, vehicleView } from './vehicles';

const ConsentsChange = z
  .object({
    marketing: z.boolean().optional().describe('Offers and news (service messages do not depend on it)'),
    dataProcessing: z.boolean().optional(),
  })
  .refine((c) => c.marketing !== undefined || c.dataProcessing !== undefined, 'name at least one consent');

export function meRouter(deps: CustomerDeps): Router {
  const router = Router();

  const self = async (req: Parameters<typeof readerOf>[0]) => {
    const me = identityOf(req);
    const row = await customerFor(deps, deps.prisma, me, customerIdOf(me));
    const [view] = await presentCustomers(deps, readerOf(req), [row]);
    return view!;
  };

  router.get(
    '/',
    route({}, (_input, req) => self(req), {
      summary: 'The signed-in customer: their contact data (decrypted for them, access audited) and consents',
      roles: ['customer'],
      response: CustomerViewSchema,
    }),
  );

  router.get(
    '/vehicles',
    route(
      {},
      async (_input, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        const rows = await deps.prisma.vehicle.findMany({
          where: { tenantId: me.tenantId, AND: [vehicleScope(me)] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take: 100,
        });
        return { items: rows.map(vehicleView) };
      },
      {
        summary: "The signed-in customer's vehicles",
        roles: ['customer'],
        response: z.object({ items: z.array(VehicleViewSchema) }),
      },
    ),
  );

  router.put(
    '/consents',
    route(
      { body: ConsentsChange },
      async ({ body }, req) => {
        const me = identityOf(req);
        const current = await customerFor(deps, deps.prisma, me, customerIdOf(me));
        await updateCustomer(deps, me, current.id, current.version, {
          consents: {
            marketing: body.marketing ?? current.consentMarketing,
            dataProcessing: body.dataProcessing ?? current.consentDataProcessing,
          },
        });
        return self(req);
      },
      {
        summary: 'Give or withdraw consents (emits customer.updated)',
        roles: ['customer'],
        response: CustomerViewSchema,
        problems: [409, 422],
      },
    ),
  );

  return router;
}
