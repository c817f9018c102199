// Tenant configuration: routing rules (/v1/routing-rules), time limits per severity
// (/v1/time-limits), the business calendar (/v1/business-calendar) and the rest of the
// complaint settings (/v1/complaint-settings: default team, escalation chain, proactive
// triggers, verdict timeout). Reading is for handlers, changing for admins. Changed limits
// apply to complaints classified or reopened afterwards; running deadlines are kept.
import { Router } from 'express';
import { identityOf, parseIfMatch, route, setETag } from '@aftersales/service-kit';
import { z } from 'zod';
import { type ComplaintContext } from '../application/context';
import {
  createRoutingRule,
  deleteRoutingRule,
  loadSettings,
  TenantSettingsSchema,
  updateSettings,
  type TenantSettings,
} from '../application/settings';
import { BusinessCalendar } from '../domain/calendar';
import { TimeLimits } from '../domain/time-limits';
import { HANDLER_ROLES } from './complaints';
import { listOf, routingRuleDto, RoutingRuleView } from './dto';
import { routingRuleBody } from './schemas';

const ADMIN = ['admin'] as const;

const PublicSettings = TenantSettingsSchema.pick({
  defaultTeamId: true,
  escalationChain: true,
  proactive: true,
  verdictTimeoutMinutes: true,
});
type PublicSettings = z.infer<typeof PublicSettings>;

const settingsPatch = PublicSettings.partial().strict();

const publicSettings = (s: TenantSettings): PublicSettings => ({
  defaultTeamId: s.defaultTeamId,
  escalationChain: s.escalationChain,
  proactive: s.proactive,
  verdictTimeoutMinutes: s.verdictTimeoutMinutes,
});

export function settingsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  const read = async (tenantId: string) => loadSettings(prisma, tenantId, ctx.defaults);

  /** One section of the settings: read by handlers, replaced by admins (If-Match: the settings version). */
  const section = <K extends 'timeLimits' | 'calendar'>(
    path: string,
    key: K,
    schema: z.ZodType<TenantSettings[K]>,
    what: string,
  ) => {
    router.get(
      path,
      route(
        {},
        async (_i, req, res) => {
          const s = await read(identityOf(req).tenantId);
          setETag(res, s.version);
          return s[key];
        },
        {
          summary: `Read the tenant's ${what} (ETag: the settings version)`,
          roles: HANDLER_ROLES,
          response: schema,
        },
      ),
    );
    router.put(
      path,
      route(
        { body: schema },
        async ({ body }, req, res) => {
          const s = await updateSettings(ctx, identityOf(req), parseIfMatch(req), (current) => ({
            ...current,
            [key]: body,
          }));
          setETag(res, s.version);
          return s[key];
        },
        { summary: `Replace the tenant's ${what}`, roles: ADMIN, response: schema, problems: [412] },
      ),
    );
  };
  section('/v1/time-limits', 'timeLimits', TimeLimits, 'time limits per severity (working minutes)');
  section('/v1/business-calendar', 'calendar', BusinessCalendar, 'business calendar');

  router.get(
    '/v1/complaint-settings',
    route(
      {},
      async (_i, req, res) => {
        const s = await read(identityOf(req).tenantId);
        setETag(res, s.version);
        return publicSettings(s);
      },
      {
        summary: "Read the tenant's complaint settings (ETag: the settings version)",
        roles: HANDLER_ROLES,
        response: PublicSettings,
      },
    ),
  );
  router.patch(
    '/v1/complaint-settings',
    route(
      { body: settingsPatch },
      async ({ body }, req, res) => {
        const s = await updateSettings(ctx, identityOf(req), parseIfMatch(req), (current) => ({
          ...current,
          ...body,
        }));
        setETag(res, s.version);
        return publicSettings(s);
      },
      {
        summary: 'Change default team, escalation chain, proactive triggers or verdict timeout',
        roles: ADMIN,
        response: PublicSettings,
        problems: [412],
      },
    ),
  );

  router.get(
    '/v1/routing-rules',
    route(
      {},
      async (_i, req) => {
        const rows = await prisma.routingRule.findMany({
          where: { tenantId: identityOf(req).tenantId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        return { items: rows.map(routingRuleDto) };
      },
      {
        summary: "List the tenant's routing rules, oldest first",
        roles: HANDLER_ROLES,
        response: listOf(RoutingRuleView),
      },
    ),
  );

  router.post(
    '/v1/routing-rules',
    route(
      { body: routingRuleBody },
      async ({ body }, req, res) => {
        const rule = await createRoutingRule(ctx, identityOf(req), body);
        res.setHeader('Location', `/v1/routing-rules/${rule.id}`);
        return routingRuleDto(rule);
      },
      {
        summary: 'Add a routing rule (category x severity x centre -> team; empty matches any)',
        roles: ADMIN,
        response: RoutingRuleView,
        status: 201,
        problems: [409],
      },
    ),
  );

  router.delete(
    '/v1/routing-rules/:id',
    route(
      { params: z.object({ id: z.string().max(64) }) },
      async ({ params }, req) => {
        await deleteRoutingRule(ctx, identityOf(req), params.id);
      },
      { summary: 'Delete a routing rule', roles: ADMIN, status: 204 },
    ),
  );

  return router;
}
