// /v1/warranty-rules: the tenant's comeback warranty per service type (days and km from delivery)
// and its tenant-wide "default"; the list also shows the built-in rule that applies without one.
import { Router } from 'express';
import { z } from 'zod';
import { NotFound, identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { deleteWarrantyRule, putWarrantyRule } from '../application/warranty-rules';
import { DEFAULT_WARRANTY } from '../domain/comeback';
import { warrantyRuleDto } from './dto';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { warrantyRuleBody, warrantyRuleParams } from './schemas';
import { WarrantyRuleView } from './views';

const MANAGERS: readonly Role[] = ['admin', 'quality-manager'];

export function warrantyRulesRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/warranty-rules',
    route(
      {},
      async (_input, req) => {
        const rows = await deps.prisma.warrantyRule.findMany({
          where: { tenantId: identityOf(req).tenantId },
          orderBy: { serviceType: 'asc' },
        });
        return { items: rows.map(warrantyRuleDto), builtInDefault: DEFAULT_WARRANTY };
      },
      {
        summary: "The tenant's warranty rules (all of them) and the built-in default",
        roles: ANY_ROLE,
        response: z.object({
          items: z.array(WarrantyRuleView),
          builtInDefault: z
            .object({ days: z.int(), km: z.int().nullable() })
            .describe('Applies to a service type without its own rule when the tenant has no "default"'),
        }),
      },
    ),
  );

  r.get(
    '/v1/warranty-rules/:serviceType',
    route(
      { params: warrantyRuleParams },
      async ({ params }, req, res) => {
        const rule = await deps.prisma.warrantyRule.findUnique({
          where: {
            tenantId_serviceType: { tenantId: identityOf(req).tenantId, serviceType: params.serviceType },
          },
        });
        if (!rule) throw new NotFound(`No warranty rule for ${params.serviceType}.`);
        setETag(res, rule.version);
        return warrantyRuleDto(rule);
      },
      { summary: 'Read the warranty rule of one service type', roles: ANY_ROLE, response: WarrantyRuleView },
    ),
  );

  r.put(
    '/v1/warranty-rules/:serviceType',
    route(
      { params: warrantyRuleParams, body: warrantyRuleBody },
      async ({ params, body }, req, res) => {
        const rule = await putWarrantyRule(deps, contextOf(deps, req, 'optional'), params.serviceType, {
          days: body.days,
          km: body.km ?? null,
        });
        setETag(res, rule.version);
        return warrantyRuleDto(rule);
      },
      {
        summary: 'Create or replace the warranty rule of a service type (If-Match checked when sent)',
        roles: MANAGERS,
        response: WarrantyRuleView,
        problems: [409, 412],
      },
    ),
  );

  r.delete(
    '/v1/warranty-rules/:serviceType',
    route(
      { params: warrantyRuleParams },
      async ({ params }, req) =>
        deleteWarrantyRule(deps, contextOf(deps, req, 'optional'), params.serviceType),
      {
        summary: 'Remove the warranty rule of a service type (the default applies again)',
        roles: MANAGERS,
        status: 204,
        problems: [412],
      },
    ),
  );
  return r;
}
