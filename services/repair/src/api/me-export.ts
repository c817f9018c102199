// GET /v1/me/export: everything the repair service holds about the signed-in customer (GDPR access
// and portability), as one JSON document the gateway puts next to the other services' parts.
// Every table with a customer id column is read by (tenant, customer): bookings, repair orders and
// rescues; quotes, status history and deliveries hang off the customer's orders. Unlike the
// customer-facing views of /v1/me this is the full record, staff notes included (they are data
// about the customer's car and visit); staff appear by their ids only. Left out: SLA clocks
// (workshop performance, not about the person) and stored idempotent responses (copies of the
// bookings exported here). Each list keeps its newest EXPORT_CAP entries and says when cut.
import { Router } from 'express';
import { z } from 'zod';
import { customerIdOf, identityOf, route } from '@aftersales/service-kit';
import { type RepairOrderTransition, type RepairQuote } from '../db/client';
import { nowOf, type ApiDeps } from './deps';
import { bookingDto, orderDto, quoteDto, rescueDto } from './dto';
import { BookingView, OrderView, QuoteView, RescueView, Time } from './views';
import { RepairOrderStatus } from '@aftersales/contracts';

export const EXPORT_CAP = 1000;

const ExportQuote = QuoteView.extend({
  decisionEvidence: z
    .object({
      quoteHash: z.string().nullable().describe('SHA-256 of the version as you saw it when you decided'),
      clientAddress: z.string().nullable().describe('The address your decision came from'),
      userAgent: z.string().nullable().describe('Your browser as it named itself'),
    })
    .nullable()
    .describe('What a decision you made yourself (self-service) recorded; null for decisions staff recorded'),
});

const StatusChange = z.object({
  at: Time,
  from: RepairOrderStatus.nullable(),
  to: RepairOrderStatus,
  cause: z.string(),
  changedBy: z.string().nullable().describe('A staff user id, customer:<your id>, or null (the system)'),
});

const ExportOrder = OrderView.omit({ allowedCommands: true, sla: true, quotes: true }).extend({
  statusHistory: z.array(StatusChange).describe('Every status change, oldest first'),
  quotes: z.array(ExportQuote).describe('Every quote version, oldest first'),
});

export const RepairExportView = z.object({
  service: z.literal('repair'),
  exportedAt: Time,
  customerId: z.string(),
  bookings: z.array(BookingView).describe('Newest first'),
  repairOrders: z
    .array(ExportOrder)
    .describe('Newest first; `delivery` holds the mileage and next-maintenance advice at hand-over'),
  rescues: z.array(RescueView).describe('Roadside rescues requested for you, newest first'),
  truncated: z
    .object({ bookings: z.boolean(), repairOrders: z.boolean(), rescues: z.boolean() })
    .describe(`A list had more than ${EXPORT_CAP} entries: it holds the newest ${EXPORT_CAP}`),
});
export type RepairExportView = z.infer<typeof RepairExportView>;

const newest = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
const capped = <T>(rows: T[]) => ({ items: rows.slice(0, EXPORT_CAP), truncated: rows.length > EXPORT_CAP });

function exportQuote(q: RepairQuote): z.infer<typeof ExportQuote> {
  const selfService = q.decisionQuoteHash ?? q.decisionClientAddress ?? q.decisionUserAgent;
  return {
    ...quoteDto(q),
    decisionEvidence: selfService
      ? {
          quoteHash: q.decisionQuoteHash,
          clientAddress: q.decisionClientAddress,
          userAgent: q.decisionUserAgent,
        }
      : null,
  };
}

const statusChange = (t: RepairOrderTransition): z.infer<typeof StatusChange> => ({
  at: t.at.toISOString(),
  from: t.fromStatus,
  to: t.toStatus,
  cause: t.cause,
  changedBy: t.changedBy,
});

/** Rows by their order id, each group in the rows' order. */
function byOrder<T extends { repairOrderId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.repairOrderId);
    if (group) group.push(row);
    else groups.set(row.repairOrderId, [row]);
  }
  return groups;
}

export function meExportRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/me/export',
    route(
      {},
      async (_input, req, res): Promise<RepairExportView> => {
        const identity = identityOf(req);
        const mine = { tenantId: identity.tenantId, customerId: customerIdOf(identity) };
        const take = EXPORT_CAP + 1;
        const [bookings, orders, rescues] = await Promise.all([
          deps.prisma.booking.findMany({ where: mine, orderBy: newest, take }).then(capped),
          deps.prisma.repairOrder.findMany({ where: mine, orderBy: newest, take }).then(capped),
          deps.prisma.rescue.findMany({ where: mine, orderBy: newest, take }).then(capped),
        ]);
        const orderIds = orders.items.map((o) => o.id);
        const [quotes, transitions] = await Promise.all([
          deps.prisma.repairQuote.findMany({
            where: { repairOrderId: { in: orderIds } },
            orderBy: [{ repairOrderId: 'asc' }, { version: 'asc' }],
          }),
          deps.prisma.repairOrderTransition.findMany({
            where: { repairOrderId: { in: orderIds } },
            orderBy: { seq: 'asc' },
          }),
        ]);
        const quotesOf = byOrder(quotes);
        const historyOf = byOrder(transitions);
        res.set('Cache-Control', 'no-store');
        return {
          service: 'repair',
          exportedAt: nowOf(deps).toISOString(),
          customerId: mine.customerId,
          bookings: bookings.items.map(bookingDto),
          repairOrders: orders.items.map((o) => {
            const { allowedCommands: _commands, sla: _sla, quotes: _quotes, ...order } = orderDto(o);
            return {
              ...order,
              statusHistory: (historyOf.get(o.id) ?? []).map(statusChange),
              quotes: (quotesOf.get(o.id) ?? []).map(exportQuote),
            };
          }),
          rescues: rescues.items.map(rescueDto),
          truncated: {
            bookings: bookings.truncated,
            repairOrders: orders.truncated,
            rescues: rescues.truncated,
          },
        };
      },
      {
        summary: 'Export everything the workshop holds about you (bookings, orders, quotes, rescues)',
        roles: ['customer'],
        response: RepairExportView,
      },
    ),
  );
  return r;
}
