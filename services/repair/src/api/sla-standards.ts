// /v1/sla-standards: the tenant's service-time standard per stage (status). Clocks started after
// a change use the new standard; running clocks keep the one they started with.
import { Router } from 'express';
import { z } from 'zod';
import { NotFound, identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { deleteStandard, putStandard } from '../application/sla-standards';
import { slaStandardDto } from './dto';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { slaStandardBody, stageParams } from './schemas';
import { SlaStandardView } from './views';

const ADMIN: readonly Role[] = ['admin'];

export function slaStandardsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/sla-standards',
    route(
      {},
      async (_input, req) => {
        const rows = await deps.prisma.slaStandard.findMany({
          where: { tenantId: identityOf(req).tenantId },
          orderBy: { stage: 'asc' },
        });
        return { items: rows.map(slaStandardDto) };
      },
      {
        summary: "The tenant's standard per stage (all of them, no paging)",
        roles: ANY_ROLE,
        response: z.object({ items: z.array(SlaStandardView) }),
      },
    ),
  );

  r.get(
    '/v1/sla-standards/:stage',
    route(
      { params: stageParams },
      async ({ params }, req, res) => {
        const s = await deps.prisma.slaStandard.findUnique({
          where: { tenantId_stage: { tenantId: identityOf(req).tenantId, stage: params.stage } },
        });
        if (!s) throw new NotFound(`No standard for stage ${params.stage}.`);
        setETag(res, s.version);
        return slaStandardDto(s);
      },
      { summary: 'Read the standard of one stage', roles: ANY_ROLE, response: SlaStandardView },
    ),
  );

  r.put(
    '/v1/sla-standards/:stage',
    route(
      { params: stageParams, body: slaStandardBody },
      async ({ params, body }, req, res) => {
        const ctx = contextOf(deps, req, 'optional');
        const s = await putStandard(deps, ctx, params.stage, body);
        setETag(res, s.version);
        return slaStandardDto(s);
      },
      {
        summary: 'Create or replace the standard of a stage (If-Match checked when sent)',
        roles: ADMIN,
        response: SlaStandardView,
        problems: [412],
      },
    ),
  );

  r.delete(
    '/v1/sla-standards/:stage',
    route(
      { params: stageParams },
      async ({ params }, req) => deleteStandard(deps, contextOf(deps, req, 'none'), params.stage),
      { summary: 'Remove the standard of a stage (its clocks stop starting)', roles: ADMIN, status: 204 },
    ),
  );
  return r;
}
