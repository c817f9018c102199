// GET /v1/me/export: everything the complaint service holds about the signed-in customer (GDPR
// access and portability), as one JSON document the gateway puts next to the other services'
// parts. The tables with a customer id are complaints and inquiries; history and notes hang off
// the complaints. Unlike /v1/me/complaints this takes proactive complaints too (opened from the
// customer's low survey score, failed quality check or comeback): they are not the customer's
// filings, but they are data about them. Supervision reports are left out: they name the staff
// member who recorded them, never a customer. Staff appear by their ids only.
//
// Internal notes are included. A note sits on one complaint, so it is written about that
// customer's case: the desk's account of it, which is personal data of the customer as much as the
// resolution is. Withholding them would leave the export short of what Art. 15 grants; a note
// naming a third party is the desk's to word carefully, as it already is for any access request.
//
// Each list keeps its newest EXPORT_CAP entries and says when cut.
import { Router } from 'express';
import { z } from 'zod';
import { customerIdOf, identityOf, route } from '@aftersales/service-kit';
import { Timestamp } from '@aftersales/contracts';
import { type ComplaintContext } from '../application/context';
import { customerEventOf, type CustomerEvent } from '../application/self-service';
import { type ComplaintHistory, type ComplaintNote } from '../db/client';
import { complaintDto, ComplaintView, historyDto, HistoryEntryView, noteDto, NoteView } from './dto';
import { newestFirst } from './listing';
import { TimelineEntryView } from './me-dto';
import { CUSTOMER_ROLES } from './me';
import { inquiryDto, InquiryView } from './quality-dto';

export const EXPORT_CAP = 1000;

const ExportComplaint = ComplaintView.extend({
  timeline: z.array(TimelineEntryView).describe('Milestones as /v1/me/complaints shows them, oldest first'),
  history: z.array(HistoryEntryView).describe('Every recorded change, oldest first'),
  notes: z.array(NoteView).describe("The desk's notes on the complaint, oldest first"),
});

export const ComplaintExportView = z.strictObject({
  service: z.literal('complaint'),
  exportedAt: Timestamp,
  customerId: z.string(),
  complaints: z
    .array(ExportComplaint)
    .describe('Newest first: filed by you or for you, and proactive ones opened about you'),
  inquiries: z.array(InquiryView).describe('Newest first'),
  truncated: z
    .strictObject({ complaints: z.boolean(), inquiries: z.boolean() })
    .describe(`A list had more than ${EXPORT_CAP} entries: it holds the newest ${EXPORT_CAP}`),
});
export type ComplaintExportView = z.infer<typeof ComplaintExportView>;

const capped = <T>(rows: T[]) => ({ items: rows.slice(0, EXPORT_CAP), truncated: rows.length > EXPORT_CAP });

/** Rows by their complaint id, each group in the rows' order. */
function byComplaint<T extends { complaintId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.complaintId);
    if (group) group.push(row);
    else groups.set(row.complaintId, [row]);
  }
  return groups;
}

const timelineOf = (history: ComplaintHistory[]) =>
  history.flatMap((h) => {
    const event: CustomerEvent | null = customerEventOf(h.kind, h.data);
    return event ? [{ event, at: h.at.toISOString() }] : [];
  });

export function meExportRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;
  router.get(
    '/v1/me/export',
    route(
      {},
      async (_input, req, res): Promise<ComplaintExportView> => {
        const identity = identityOf(req);
        const mine = { tenantId: identity.tenantId, customerId: customerIdOf(identity) };
        const take = EXPORT_CAP + 1;
        const [complaints, inquiries] = await Promise.all([
          prisma.complaint.findMany({ where: mine, orderBy: newestFirst, take }).then(capped),
          prisma.inquiry.findMany({ where: mine, orderBy: newestFirst, take }).then(capped),
        ]);
        const ids = complaints.items.map((c) => c.id);
        const [history, notes] = await Promise.all([
          prisma.complaintHistory.findMany({ where: { complaintId: { in: ids } }, orderBy: { seq: 'asc' } }),
          prisma.complaintNote.findMany({
            where: { complaintId: { in: ids } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
        ]);
        const historyOf = byComplaint<ComplaintHistory>(history);
        const notesOf = byComplaint<ComplaintNote>(notes);
        res.set('Cache-Control', 'no-store');
        return {
          service: 'complaint',
          exportedAt: ctx.now().toISOString(),
          customerId: mine.customerId,
          complaints: complaints.items.map((c) => {
            const changes = historyOf.get(c.id) ?? [];
            return {
              ...complaintDto(c),
              timeline: timelineOf(changes),
              history: changes.map(historyDto),
              notes: (notesOf.get(c.id) ?? []).map(noteDto),
            };
          }),
          inquiries: inquiries.items.map(inquiryDto),
          truncated: { complaints: complaints.truncated, inquiries: inquiries.truncated },
        };
      },
      {
        roles: CUSTOMER_ROLES,
        summary: 'Export everything the complaint desk holds about you (complaints, inquiries)',
        response: ComplaintExportView,
      },
    ),
  );
  return router;
}
