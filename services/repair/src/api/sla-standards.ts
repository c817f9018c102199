// /v1/sla-standards: the tenant's service-time standard per stage (status). Clocks started after
// a change use the new standard; running clocks keep the one they started with.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { notFound, parseIfMatch, assertVersion, route, setETag } from '@aftersales/service-kit';
import { slaStandardDto } from './dto';
import { type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { slaStandardBody, stageParams } from './schemas';

export function slaStandardsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/sla-standards',
    route({}, async (_input, req) => {
      const rows = await deps.prisma.slaStandard.findMany({
        where: { tenantId: identityOf(req).tenantId },
        orderBy: { stage: 'asc' },
      });
      return { items: rows.map(slaStandardDto) };
    }),
  );

  r.get(
    '/v1/sla-standards/:stage',
    route({ params: stageParams }, async ({ params }, req, res) => {
      const s = await deps.prisma.slaStandard.findUnique({
        where: { tenantId_stage: { tenantId: identityOf(req).tenantId, stage: params.stage } },
      });
      if (!s) throw notFound(`No standard for stage ${params.stage}.`);
      setETag(res, s.version);
      return slaStandardDto(s);
    }),
  );

  /** Creates or replaces the standard of a stage (If-Match optional; checked when given). */
  r.put(
    '/v1/sla-standards/:stage',
    requireRole('admin'),
    route({ params: stageParams, body: slaStandardBody }, async ({ params, body }, req, res) => {
      const identity = identityOf(req);
      const expected = parseIfMatch(req);
      const s = await deps.prisma.$transaction(async (tx) => {
        const current = await tx.slaStandard.findUnique({
          where: { tenantId_stage: { tenantId: identity.tenantId, stage: params.stage } },
        });
        if (current) {
          assertVersion(expected, current.version);
          return tx.slaStandard.update({
            where: { id: current.id },
            data: {
              standardSeconds: body.standardSeconds,
              updatedBy: identity.userId,
              version: { increment: 1 },
            },
          });
        }
        return tx.slaStandard.create({
          data: {
            id: randomUUID(),
            tenantId: identity.tenantId,
            stage: params.stage,
            standardSeconds: body.standardSeconds,
            updatedBy: identity.userId,
          },
        });
      });
      setETag(res, s.version);
      return slaStandardDto(s);
    }),
  );

  r.delete(
    '/v1/sla-standards/:stage',
    requireRole('admin'),
    route({ params: stageParams }, async ({ params }, req) => {
      const { count } = await deps.prisma.slaStandard.deleteMany({
        where: { tenantId: identityOf(req).tenantId, stage: params.stage },
      });
      if (count === 0) throw notFound(`No standard for stage ${params.stage}.`);
      return undefined;
    }),
  );
  return r;
}
