// /v1/queues/{team}: a team's open complaints (its own and those escalated to it), the one with
// the least time left to its next deadline first; overdue ones (negative time left) lead, and
// unclassified ones (no deadline yet) come last.
import { Router } from 'express';
import {
  decodeCursor,
  encodeCursor,
  identityOf,
  paginationQuerySchema,
  route,
} from '@aftersales/service-kit';
import { z } from 'zod';
import { type ComplaintContext } from '../application/context';
import { currentDeadline } from '../domain/escalation';
import { type ComplaintStatus } from '../domain/types';
import { INTAKE_ROLES } from './complaints';
import { complaintDto, QueueView } from './dto';
import { queueParams } from './schemas';

const cursorSchema = z.object({ d: z.string().min(1).max(40), i: z.uuid() });

export function queuesRouter(ctx: ComplaintContext): Router {
  const router = Router();
  router.get(
    '/v1/queues/:team',
    route(
      { params: queueParams, query: paginationQuerySchema },
      async ({ params, query }, req): Promise<QueueView> => {
        const me = identityOf(req);
        const now = ctx.now();
        const values: unknown[] = [me.tenantId, params.team];
        let filter = '';
        if (me.centreIds !== '*') {
          values.push(me.centreIds);
          filter += ` AND (centre_id IS NULL OR centre_id = ANY($${values.length}::text[]))`;
        }
        if (query.cursor) {
          const at = decodeCursor(query.cursor, cursorSchema);
          if (at.d !== 'infinity' && Number.isNaN(Date.parse(at.d))) decodeCursor('!'); // a forged position: 400
          values.push(at.d, at.i);
          filter += ` AND (COALESCE(due_at, 'infinity'::timestamptz), id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`;
        }
        values.push(query.limit + 1);
        const ids = await ctx.prisma.$queryRawUnsafe<{ id: string; due: string }[]>(
          `SELECT id::text, COALESCE(to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'infinity') AS due
         FROM complaint
        WHERE tenant_id = $1 AND status = 'open' AND (team_id = $2 OR escalated_to_team_id = $2)${filter}
        ORDER BY COALESCE(due_at, 'infinity'::timestamptz), id
        LIMIT $${values.length}`,
          ...values,
        );
        const hasMore = ids.length > query.limit;
        const pageIds = ids.slice(0, query.limit);
        const rows = await ctx.prisma.complaint.findMany({ where: { id: { in: pageIds.map((r) => r.id) } } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        const items = pageIds.map(({ id }) => {
          const c = byId.get(id)!;
          const deadline = currentDeadline({ ...c, status: c.status as ComplaintStatus });
          return {
            ...complaintDto(c),
            nextDeadline: deadline
              ? {
                  kind: deadline.kind,
                  dueAt: deadline.dueAt.toISOString(),
                  timeLeftSeconds: Math.floor((deadline.dueAt.getTime() - now.getTime()) / 1000),
                }
              : null,
          };
        });
        const last = pageIds[pageIds.length - 1];
        return {
          team: params.team,
          items,
          nextCursor: hasMore && last ? encodeCursor({ d: last.due, i: last.id }) : null,
        };
      },
      {
        summary: "A team's open complaints (its own and those escalated to it), least time left first",
        roles: INTAKE_ROLES,
        response: QueueView,
      },
    ),
  );
  return router;
}
