// /v1/improvement-actions (quality managers): open one by hand (a KPI breach, a supervision
// report), list and read with history, and the CAPA steps as POST sub-resources: analysis,
// implementation, verification (after the set period), closure (only once verified).
import { Router } from 'express';
import { assertCentreAccess } from '@aftersales/service-kit';
import { analyse, close, implement, improvementActions, openAction, verify } from '../application/actions';
import { type ComplaintContext } from '../application/context';
import { QUALITY_ROLES } from './audits';
import { historyDto, HistoryEntryView, listOf } from './dto';
import { actionDto, ActionView } from './quality-dto';
import {
  actionBody,
  actionListQuery,
  analysisBody,
  implementationBody,
  verificationBody,
} from './quality-schemas';
import { resource } from './resource';
import { emptyBody } from './schemas';

export function actionsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;
  const action = resource({
    ctx,
    router,
    path: '/v1/improvement-actions',
    aggregate: improvementActions,
    roles: QUALITY_ROLES,
    view: ActionView,
    dto: actionDto,
  });

  action.create({
    summary: 'Open an improvement action by hand: a KPI breach or a supervision report (Idempotency-Key)',
    body: actionBody,
    scope: 'action',
    authorize: (me, body) => assertCentreAccess(me, body.centreId),
    run: (uow, body) => openAction(uow, { ...body, createdBy: uow.actor }),
  });

  action.list({
    summary: "List improvement actions of the caller's centres, newest first",
    query: actionListQuery,
    findMany: (a) => prisma.improvementAction.findMany(a),
    filters: (q) => ({ status: q.status, centreId: q.centreId, source: q.source }),
    centreOptional: false,
  });

  action.get('Read an improvement action (ETag: its version)');

  action.read('history', {
    summary: 'Read the history of an improvement action, oldest first',
    response: listOf(HistoryEntryView),
    render: async (a) => {
      const rows = await prisma.improvementActionHistory.findMany({
        where: { actionId: a.id },
        orderBy: { seq: 'asc' },
      });
      return { items: rows.map(historyDto) };
    },
  });

  action.command('analysis', {
    summary: 'Record the root cause and plan (owner and due date may change)',
    body: analysisBody,
    run: (t, b) => analyse(ctx, t, b),
  });
  action.command('implementation', {
    summary: 'Record that the plan was carried out; verification is due after the set period',
    body: implementationBody,
    run: (t, b) => implement(ctx, t, b),
  });
  action.command('verification', {
    summary: 'Verify the effect: effective verifies the action, not effective reopens it',
    body: verificationBody,
    run: (t, b) => verify(ctx, t, b),
  });
  action.command('closure', {
    summary: 'Close a verified improvement action',
    body: emptyBody,
    run: (t) => close(ctx, t),
  });

  return router;
}
