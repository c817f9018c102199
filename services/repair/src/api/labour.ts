// Labour time: a technician clocks on and off an order assigned to them (one running clock per
// technician), the order's labour against its quote, and the technician's own queue. Clock-on and
// clock-off change the caller's own clock, not the order: no If-Match (the running clock is the
// guard: a repeated clock-on is a 409 naming it), no Idempotency-Key.
import { Router } from 'express';
import { z } from 'zod';
import { identityOf, route, type Role } from '@aftersales/service-kit';
import {
  QUEUE_STATUSES,
  clockOff,
  clockOn,
  labourOf,
  labourOfOrders,
  runningClockOf,
  type OrderLabour,
} from '../application/labour-time';
import { WITH_RUNNING_CLOCKS, slaReadings } from '../application/repair-orders/sla-reading';
import { minutesOf } from '../domain/labour';
import { orderDto } from './dto';
import { contextOf, nowOf, type ApiDeps } from './deps';
import { idParams } from './schemas';
import { centresInScope } from './scope';
import { OrderView, Time } from './views';

const STAFF: readonly Role[] = ['service-advisor', 'technician'];

export const LabourEntryView = z.object({
  id: z.uuid(),
  technicianId: z.string(),
  startedAt: Time,
  endedAt: Time.nullable().describe('null while the clock runs'),
  minutes: z.int().describe('Whole minutes, a running clock up to now'),
});
export const LabourView = z.object({
  repairOrderId: z.uuid(),
  entries: z.array(LabourEntryView),
  totalMinutes: z.int(),
  quotedLabourHours: z.number().nullable().describe('Labour hours of the approved (else current) quote'),
  quotedMinutes: z.int().nullable(),
  varianceMinutes: z.int().nullable().describe('Clocked minus quoted minutes (positive: over the quote)'),
});
export type LabourView = z.infer<typeof LabourView>;

export const RunningClockView = z.object({
  repairOrderId: z.uuid(),
  startedAt: Time,
  minutes: z.int(),
});
export const TechnicianQueueView = z.object({
  technicianId: z.string(),
  runningClock: RunningClockView.nullable().describe("The caller's running clock (on any order)"),
  items: z.array(
    z.object({
      order: OrderView,
      labour: LabourView,
      clockedOn: z.boolean().describe("The caller's clock runs on this order"),
    }),
  ),
});

function labourDto(l: OrderLabour, now: Date): LabourView {
  return {
    repairOrderId: l.repairOrderId,
    entries: l.entries.map((e) => ({
      id: e.id,
      technicianId: e.technicianId,
      startedAt: e.startedAt.toISOString(),
      endedAt: e.endedAt?.toISOString() ?? null,
      minutes: minutesOf(e, now),
    })),
    totalMinutes: l.totalMinutes,
    quotedLabourHours: l.quotedLabourHours,
    quotedMinutes: l.quotedMinutes,
    varianceMinutes: l.varianceMinutes,
  };
}

export function labourRouter(deps: ApiDeps): Router {
  const r = Router();

  const clock = (path: string, run: typeof clockOn, summary: string) =>
    r.post(
      path,
      route(
        { params: idParams },
        async ({ params }, req) => {
          const ctx = contextOf(deps, req, 'none');
          await run(deps, ctx, params.id);
          return labourDto(await labourOf(deps.prisma, ctx.identity, params.id, nowOf(deps)), nowOf(deps));
        },
        { summary, roles: STAFF, response: LabourView, problems: [409, 422] },
      ),
    );
  clock(
    '/v1/repair-orders/:id/clock-on',
    clockOn,
    'Clock the calling technician on an order assigned to them (one running clock per technician)',
  );
  clock('/v1/repair-orders/:id/clock-off', clockOff, 'Clock the calling technician off the order');

  r.get(
    '/v1/repair-orders/:id/labour',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const now = nowOf(deps);
        return labourDto(await labourOf(deps.prisma, identityOf(req), params.id, now), now);
      },
      { summary: "An order's clocked labour time against its quote", roles: STAFF, response: LabourView },
    ),
  );

  r.get(
    '/v1/technicians/me/queue',
    route(
      {},
      async (_input, req) => {
        const identity = identityOf(req);
        const now = nowOf(deps);
        const scope = await centresInScope(deps.prisma, identity);
        const rows = await deps.prisma.repairOrder.findMany({
          where: {
            tenantId: identity.tenantId,
            technicianIds: { has: identity.userId },
            status: { in: [...QUEUE_STATUSES] },
            ...(scope ? { centreId: { in: scope } } : {}),
          },
          orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
          take: 200,
          include: WITH_RUNNING_CLOCKS,
        });
        const [sla, labour, running] = await Promise.all([
          slaReadings(deps.prisma, identity.tenantId, rows, now),
          labourOfOrders(deps.prisma, rows, now),
          runningClockOf(deps.prisma, identity),
        ]);
        return {
          technicianId: identity.userId,
          runningClock: running
            ? {
                repairOrderId: running.repairOrderId,
                startedAt: running.startedAt.toISOString(),
                minutes: minutesOf(running, now),
              }
            : null,
          items: rows.map((o) => ({
            order: orderDto(o, undefined, sla.get(o.id)),
            labour: labourDto(labour.get(o.id)!, now),
            clockedOn: running?.repairOrderId === o.id,
          })),
        };
      },
      {
        summary: "The calling technician's queue: open orders assigned to them, with their clock",
        roles: STAFF,
        response: TechnicianQueueView,
      },
    ),
  );
  return r;
}
