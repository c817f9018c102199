// /v1/complaints: intake (idempotent), list, read, history and notes, and the commands on a
// complaint as POST sub-resources (classification, assignment, acknowledgement, notes,
// resolution, notification, verdict, reopen, closure). Commands take an optional If-Match.
import { Router, type Request, type Response } from 'express';
import {
  assertCentreAccess,
  decodeCursor,
  identityOf,
  notFound,
  page,
  parseIfMatch,
  requireRole,
  route,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { z } from 'zod';
import { type Prisma } from '../db/client';
import {
  acknowledge,
  addNote,
  assign,
  canSee,
  classify,
  close,
  COMPLAINT_NOT_FOUND,
  recordNotification,
  recordVerdict,
  reopen,
  resolve,
  type CommandTarget,
} from '../application/commands';
import { type ComplaintContext } from '../application/context';
import { registerComplaint } from '../application/register';
import { complaintDto } from './dto';
import { idempotentCreate } from './idempotency';
import { complaintIdOf, domain } from './problems';
import {
  assignmentBody,
  classificationBody,
  emptyBody,
  idParams,
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

const cursorSchema = z.object({ c: z.iso.datetime(), i: z.uuid() });

export function complaintsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  router.post(
    '/v1/complaints',
    requireRole(...INTAKE_ROLES),
    route({ body: intakeBody }, async ({ body }, req, res) => {
      const me = identityOf(req);
      if (body.centreId !== null) assertCentreAccess(me, body.centreId);
      await idempotentCreate(
        prisma,
        req,
        res,
        { tenantId: me.tenantId, scope: 'complaint', body },
        async (tx) => {
          const { complaint } = await registerComplaint(
            tx,
            ctx.defaults,
            {
              tenantId: me.tenantId,
              ...body,
              trigger: 'customer',
              sourceEventId: null,
              createdBy: me.userId,
            },
            ctx.now(),
          );
          return {
            status: 201,
            body: complaintDto(complaint),
            headers: { ETag: `"${complaint.version}"`, Location: `/v1/complaints/${complaint.id}` },
          };
        },
      );
      ctx.onEvents?.();
    }),
  );

  router.get(
    '/v1/complaints',
    requireRole(...INTAKE_ROLES),
    route({ query: listQuery }, async ({ query }, req) => {
      const me = identityOf(req);
      const where: Prisma.ComplaintWhereInput = {
        tenantId: me.tenantId,
        status: query.status,
        teamId: query.teamId,
        category: query.category,
        severity: query.severity,
        centreId: query.centreId,
        customerId: query.customerId,
        repairOrderId: query.repairOrderId,
      };
      const and: Prisma.ComplaintWhereInput[] = [];
      if (me.centreIds !== '*') and.push({ OR: [{ centreId: null }, { centreId: { in: me.centreIds } }] });
      if (query.cursor) {
        const at = decodeCursor(query.cursor, cursorSchema);
        const c = new Date(at.c);
        and.push({ OR: [{ createdAt: { lt: c } }, { createdAt: c, id: { lt: at.i } }] });
      }
      const rows = await prisma.complaint.findMany({
        where: { ...where, AND: and },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const result = page(rows, query.limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
      return { items: result.items.map(complaintDto), nextCursor: result.nextCursor };
    }),
  );

  const findVisible = async (req: Request, rawId: string) => {
    const me = identityOf(req);
    const c = await prisma.complaint.findFirst({
      where: { id: complaintIdOf(rawId), tenantId: me.tenantId },
    });
    if (!c || !canSee(me, c)) throw notFound(COMPLAINT_NOT_FOUND);
    return c;
  };

  router.get(
    '/v1/complaints/:id',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams }, async ({ params }, req, res) => {
      const c = await findVisible(req, params.id);
      setETag(res, c.version);
      return complaintDto(c);
    }),
  );

  router.get(
    '/v1/complaints/:id/history',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams }, async ({ params }, req) => {
      const c = await findVisible(req, params.id);
      const rows = await prisma.complaintHistory.findMany({
        where: { complaintId: c.id },
        orderBy: { seq: 'asc' },
      });
      return {
        items: rows.map((h) => ({ kind: h.kind, data: h.data, actorId: h.actorId, at: h.at.toISOString() })),
      };
    }),
  );

  router.get(
    '/v1/complaints/:id/notes',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams }, async ({ params }, req) => {
      const c = await findVisible(req, params.id);
      const rows = await prisma.complaintNote.findMany({
        where: { complaintId: c.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return {
        items: rows.map((n) => ({
          id: n.id,
          authorId: n.authorId,
          text: n.text,
          createdAt: n.createdAt.toISOString(),
        })),
      };
    }),
  );

  const targetOf = (req: Request, rawId: string): CommandTarget => ({
    identity: identityOf(req),
    complaintId: complaintIdOf(rawId),
    expectedVersion: parseIfMatch(req),
  });
  const reply = (res: Response, c: Parameters<typeof complaintDto>[0]) => {
    setETag(res, c.version);
    return complaintDto(c);
  };

  router.post(
    '/v1/complaints/:id/notes',
    requireRole(...INTAKE_ROLES),
    route(
      { params: idParams, body: noteBody },
      async ({ params, body }, req, res) => {
        const { complaint, noteId } = await domain(() => addNote(ctx, targetOf(req, params.id), body.text));
        setETag(res, complaint.version);
        res.setHeader('Location', `/v1/complaints/${complaint.id}/notes`);
        return { id: noteId, complaint: complaintDto(complaint) };
      },
      { status: 201 },
    ),
  );

  const command = <S extends z.ZodType>(
    path: string,
    body: S,
    run: (target: CommandTarget, input: z.output<S>) => Promise<Parameters<typeof complaintDto>[0]>,
  ) =>
    router.post(
      `/v1/complaints/:id/${path}`,
      requireRole(...HANDLER_ROLES),
      route({ params: idParams, body }, async ({ params, body: input }, req, res) => {
        const c = await domain(() => run(targetOf(req, params.id), input as z.output<S>));
        return reply(res, c);
      }),
    );

  command('classification', classificationBody, (t, b) => classify(ctx, t, b));
  command('assignment', assignmentBody, (t, b) => assign(ctx, t, b));
  command('acknowledgement', emptyBody, (t) => acknowledge(ctx, t));
  command('resolution', resolutionBody, (t, b) => resolve(ctx, t, b));
  command('notification', notificationBody, (t, b) => recordNotification(ctx, t, b.via));
  command('verdict', verdictBody, (t, b) => recordVerdict(ctx, t, b.verdict));
  command('reopen', reopenBody, (t, b) => reopen(ctx, t, b.reason));
  command('closure', emptyBody, (t) => close(ctx, t));

  return router;
}
