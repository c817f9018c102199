// /v1/complaints: intake (idempotent), list, read, history and notes, and the commands on a
// complaint as POST sub-resources (classification, assignment, acknowledgement, notes,
// resolution, notification, verdict, reopen, closure). Commands take an optional If-Match.
import { Router } from 'express';
import { assertCentreAccess, setETag, type Role } from '@aftersales/service-kit';
import {
  acknowledge,
  addNote,
  assign,
  classify,
  close,
  complaints,
  recordNotification,
  recordVerdict,
  reopen,
  resolve,
} from '../application/commands';
import { type ComplaintContext } from '../application/context';
import { registerComplaint } from '../application/register';
import {
  complaintDto,
  ComplaintView,
  historyDto,
  HistoryEntryView,
  listOf,
  NoteCreatedView,
  noteDto,
  NoteView,
} from './dto';
import { resource } from './resource';
import {
  assignmentBody,
  classificationBody,
  emptyBody,
  intakeBody,
  listQuery,
  notificationBody,
  noteBody,
  reopenBody,
  resolutionBody,
  verdictBody,
} from './schemas';

/** Who may take complaints in and read them; handling them is the complaint handlers' job. */
export const INTAKE_ROLES: Role[] = ['complaint-handler', 'service-advisor'];
export const HANDLER_ROLES: Role[] = ['complaint-handler'];

export function complaintsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;
  const complaint = resource({
    ctx,
    router,
    path: '/v1/complaints',
    aggregate: complaints,
    roles: INTAKE_ROLES,
    view: ComplaintView,
    dto: complaintDto,
  });

  complaint.create({
    summary: 'Take a complaint in (Idempotency-Key required); routed, and timed if classified',
    body: intakeBody.meta({
      examples: [
        {
          channel: 'phone',
          customerId: '3f1e6c2a-8d4b-4f7e-9a51-2c0d7b6e4a10',
          vehicleId: null,
          repairOrderId: null,
          centreId: '0b6f5c1e-2a4d-4c8e-9f13-7d2e6a5b4c30',
          description: 'The brakes squeal again two days after the repair.',
          category: 'repair-quality',
          severity: 'high',
        },
      ],
    }),
    scope: 'complaint',
    authorize: (me, body) => {
      if (body.centreId !== null) assertCentreAccess(me, body.centreId);
    },
    run: (uow, body) =>
      registerComplaint(uow, ctx.defaults, {
        ...body,
        trigger: 'customer',
        sourceEventId: null,
        createdBy: uow.actor,
      }),
  });

  complaint.list({
    summary: "List complaints of the caller's tenant and centres, newest first",
    query: listQuery,
    findMany: (a) => prisma.complaint.findMany(a),
    filters: (q) => ({
      status: q.status,
      teamId: q.teamId,
      category: q.category,
      severity: q.severity,
      centreId: q.centreId,
      customerId: q.customerId,
      repairOrderId: q.repairOrderId,
    }),
    centreOptional: true,
  });

  complaint.get('Read a complaint (ETag: its version)');

  complaint.read('history', {
    summary: 'Read the history of a complaint, oldest first',
    response: listOf(HistoryEntryView),
    render: async (c) => {
      const rows = await prisma.complaintHistory.findMany({
        where: { complaintId: c.id },
        orderBy: { seq: 'asc' },
      });
      return { items: rows.map(historyDto) };
    },
  });

  complaint.read('notes', {
    summary: 'Read the investigation notes of a complaint, oldest first',
    response: listOf(NoteView),
    render: async (c) => {
      const rows = await prisma.complaintNote.findMany({
        where: { complaintId: c.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return { items: rows.map(noteDto) };
    },
  });

  complaint.command('notes', {
    summary: 'Add an investigation note; the first one acknowledges the complaint',
    body: noteBody,
    run: (t, b) => addNote(ctx, t, b.text),
    reply: {
      response: NoteCreatedView,
      status: 201,
      render: ({ complaint: c, noteId }, res) => {
        setETag(res, c.version);
        res.setHeader('Location', `/v1/complaints/${c.id}/notes`);
        return { id: noteId, complaint: complaintDto(c) };
      },
    },
  });

  // Handling a complaint is the complaint handlers' job.
  const handle = { roles: HANDLER_ROLES };
  complaint.command('classification', {
    ...handle,
    summary: 'Classify a complaint (category and severity): sets its deadlines and routes it',
    body: classificationBody,
    run: (t, b) => classify(ctx, t, b),
  });
  complaint.command('assignment', {
    ...handle,
    summary: 'Reassign a classified complaint to a team (and assignee) with a reason',
    body: assignmentBody,
    run: (t, b) => assign(ctx, t, b),
  });
  complaint.command('acknowledgement', {
    ...handle,
    summary: 'Acknowledge an open complaint',
    body: emptyBody,
    run: (t) => acknowledge(ctx, t),
  });
  complaint.command('resolution', {
    ...handle,
    summary: 'Resolve a classified complaint with a remedy (and goodwill)',
    body: resolutionBody,
    run: (t, b) => resolve(ctx, t, b),
  });
  complaint.command('notification', {
    ...handle,
    summary: 'Record that the customer was told the resolution',
    body: notificationBody,
    run: (t, b) => recordNotification(ctx, t, b.via),
  });
  complaint.command('verdict', {
    ...handle,
    summary: "Record the customer's verdict on the resolution; a rejection reopens it",
    body: verdictBody,
    run: (t, b) => recordVerdict(ctx, t, b.verdict),
  });
  complaint.command('reopen', {
    ...handle,
    summary: 'Reopen a resolved or closed complaint (recurrence or new evidence)',
    body: reopenBody,
    run: (t, b) => reopen(ctx, t, b.reason),
  });
  complaint.command('closure', {
    ...handle,
    summary: 'Close a resolved complaint the customer accepted or left unanswered past the timeout',
    body: emptyBody,
    run: (t) => close(ctx, t),
  });

  return router;
}
