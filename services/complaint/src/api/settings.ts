// Tenant configuration: routing rules (/v1/routing-rules), time limits per severity
// (/v1/time-limits), the business calendar (/v1/business-calendar) and the rest of the
// complaint settings (/v1/complaint-settings: default team, escalation chain, proactive
// triggers, verdict timeout). Reading is for handlers, changing for admins. Changed limits
// apply to complaints classified or reopened afterwards; running deadlines are kept.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import {
  assertVersion,
  HttpProblem,
  identityOf,
  notFound,
  parseIfMatch,
  requireRole,
  route,
  setETag,
} from '@aftersales/service-kit';
import { z } from 'zod';
import { type ComplaintContext } from '../application/context';
import {
  loadSettings,
  saveSettings,
  TenantSettingsSchema,
  type TenantSettings,
} from '../application/settings';
import { BusinessCalendar } from '../domain/calendar';
import { TimeLimits } from '../domain/time-limits';
import { HANDLER_ROLES } from './complaints';
import { ComplaintProblemTypes } from './problems';
import { routingRuleBody } from './schemas';

const settingsPatch = TenantSettingsSchema.pick({
  defaultTeamId: true,
  escalationChain: true,
  proactive: true,
  verdictTimeoutMinutes: true,
})
  .partial()
  .strict();

export function settingsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  const read = async (tenantId: string) => loadSettings(prisma, tenantId, ctx.defaults);

  /** Read-modify-write under a row lock, with the settings version as the ETag. */
  const update = async (
    req: Parameters<typeof identityOf>[0],
    change: (s: TenantSettings) => TenantSettings,
  ) => {
    const me = identityOf(req);
    const expected = parseIfMatch(req);
    return prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        'SELECT 1 FROM complaint_settings WHERE tenant_id = $1 FOR UPDATE',
        me.tenantId,
      );
      const current = await loadSettings(tx, me.tenantId, ctx.defaults);
      assertVersion(expected, current.version);
      return saveSettings(tx, me.tenantId, change(current));
    });
  };

  const section = <K extends keyof TenantSettings, S extends z.ZodType>(path: string, key: K, schema: S) => {
    router.get(
      path,
      requireRole(...HANDLER_ROLES),
      route({}, async (_i, req, res) => {
        const s = await read(identityOf(req).tenantId);
        setETag(res, s.version);
        return s[key];
      }),
    );
    router.put(
      path,
      requireRole('admin'),
      route({ body: schema }, async ({ body }, req, res) => {
        const s = await update(req, (current) => ({ ...current, [key]: body }));
        setETag(res, s.version);
        return s[key];
      }),
    );
  };
  section('/v1/time-limits', 'timeLimits', TimeLimits);
  section('/v1/business-calendar', 'calendar', BusinessCalendar);

  const publicSettings = (s: TenantSettings) => ({
    defaultTeamId: s.defaultTeamId,
    escalationChain: s.escalationChain,
    proactive: s.proactive,
    verdictTimeoutMinutes: s.verdictTimeoutMinutes,
  });
  router.get(
    '/v1/complaint-settings',
    requireRole(...HANDLER_ROLES),
    route({}, async (_i, req, res) => {
      const s = await read(identityOf(req).tenantId);
      setETag(res, s.version);
      return publicSettings(s);
    }),
  );
  router.patch(
    '/v1/complaint-settings',
    requireRole('admin'),
    route({ body: settingsPatch }, async ({ body }, req, res) => {
      const s = await update(req, (current) => ({ ...current, ...body }));
      setETag(res, s.version);
      return publicSettings(s);
    }),
  );

  const ruleDto = (r: {
    id: string;
    category: string | null;
    severity: string | null;
    centreId: string | null;
    teamId: string;
    createdAt: Date;
  }) => ({
    id: r.id,
    category: r.category,
    severity: r.severity,
    centreId: r.centreId,
    teamId: r.teamId,
    createdAt: r.createdAt.toISOString(),
  });

  router.get(
    '/v1/routing-rules',
    requireRole(...HANDLER_ROLES),
    route({}, async (_i, req) => {
      const rows = await prisma.routingRule.findMany({
        where: { tenantId: identityOf(req).tenantId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return { items: rows.map(ruleDto) };
    }),
  );

  router.post(
    '/v1/routing-rules',
    requireRole('admin'),
    route(
      { body: routingRuleBody },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        const rule = await prisma.$transaction(async (tx) => {
          // One rule per combination: serialise rule writes of the tenant, then check.
          await tx.$executeRawUnsafe(
            'SELECT pg_advisory_xact_lock(hashtext($1))',
            `routing-rule:${me.tenantId}`,
          );
          const same = await tx.routingRule.findFirst({
            where: {
              tenantId: me.tenantId,
              category: body.category,
              severity: body.severity,
              centreId: body.centreId,
            },
          });
          if (same) {
            throw new HttpProblem(409, {
              type: ComplaintProblemTypes.duplicateRule,
              title: 'Routing rule exists',
              detail:
                'A rule for this category, severity and centre exists; delete it first to change its team.',
              extra: { ruleId: same.id },
            });
          }
          return tx.routingRule.create({
            data: { id: randomUUID(), tenantId: me.tenantId, ...body, createdBy: me.userId },
          });
        });
        res.setHeader('Location', `/v1/routing-rules/${rule.id}`);
        return ruleDto(rule);
      },
      { status: 201 },
    ),
  );

  router.delete(
    '/v1/routing-rules/:id',
    requireRole('admin'),
    route({ params: z.object({ id: z.string().max(64) }) }, async ({ params }, req) => {
      const ok = z.uuid().safeParse(params.id).success;
      const deleted = ok
        ? await prisma.routingRule.deleteMany({
            where: { id: params.id, tenantId: identityOf(req).tenantId },
          })
        : { count: 0 };
      if (deleted.count === 0) throw notFound('Routing rule not found.');
    }),
  );

  return router;
}
