// /v1/me: a customer signed in to self-service reads their own record and vehicles, manages
// their consents, answers the surveys they were invited to, asks to be forgotten and downloads
// their data. The token's subject is the customer (customerIdOf: staff get 403); the scope
// rules (application/scope.ts) let such a token see its own customer and vehicles only.
import { Router } from 'express';
import { z } from 'zod';
import { checkResponse, customerIdOf, HttpProblem, identityOf, route } from '@aftersales/service-kit';
import { customerFor, updateCustomer } from '../application/customers';
import { CustomerViewSchema, presentCustomers } from '../application/customer-views';
import { type CustomerDeps } from '../application/deps';
import {
  ErasureRequestViewSchema,
  latestErasureRequestOf,
  presentErasureRequests,
  requestErasure,
} from '../application/erasure-requests';
import { CustomerExportSchema, exportCustomer } from '../application/export';
import { vehicleScope } from '../application/scope';
import { OpenInvitationSchema, answerInvitation, openInvitationsOf } from '../application/survey-invitations';
import { ProblemTypes } from '../domain/errors';
import { readerOf } from './http';
import { surveyAnswers } from './surveys';
import { VehicleViewSchema, vehicleView } from './vehicles';

const ConsentsChange = z
  .object({
    marketing: z.boolean().optional().describe('Offers and news (service messages do not depend on it)'),
    dataProcessing: z.boolean().optional(),
  })
  .refine((c) => c.marketing !== undefined || c.dataProcessing !== undefined, 'name at least one consent');

const invitationParams = z.object({ invitationId: z.uuid() });

const AnsweredSurveySchema = z.object({
  surveyId: z.uuid(),
  invitationId: z.uuid(),
  repairOrderId: z.string(),
  scores: z.object({ product: z.int(), service: z.int(), purchase: z.int() }),
  nps: z.int(),
  comment: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

const erasureRequestSchema = z.preprocess(
  (v) => v ?? {},
  z
    .object({
      reason: z
        .string()
        .trim()
        .max(1000)
        .optional()
        .describe('Why (optional); kept encrypted and erased with your data'),
    })
    .strict(),
);

const MyErasureRequestSchema = z.object({ erasureRequest: ErasureRequestViewSchema.nullable() });

export function meRouter(deps: CustomerDeps): Router {
  const router = Router();

  const self = async (req: Parameters<typeof readerOf>[0]) => {
    const me = identityOf(req);
    const row = await customerFor(deps, deps.prisma, me, customerIdOf(me));
    const [view] = await presentCustomers(deps, readerOf(req), [row]);
    return view!;
  };

  router.get(
    '/',
    route({}, (_input, req) => self(req), {
      summary: 'The signed-in customer: their contact data (decrypted for them, access audited) and consents',
      roles: ['customer'],
      response: CustomerViewSchema,
    }),
  );

  router.get(
    '/vehicles',
    route(
      {},
      async (_input, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        const rows = await deps.prisma.vehicle.findMany({
          where: { tenantId: me.tenantId, AND: [vehicleScope(me)] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take: 100,
        });
        return { items: rows.map(vehicleView) };
      },
      {
        summary: "The signed-in customer's vehicles",
        roles: ['customer'],
        response: z.object({ items: z.array(VehicleViewSchema) }),
      },
    ),
  );

  router.put(
    '/consents',
    route(
      { body: ConsentsChange },
      async ({ body }, req) => {
        const me = identityOf(req);
        const current = await customerFor(deps, deps.prisma, me, customerIdOf(me));
        await updateCustomer(deps, me, current.id, current.version, {
          consents: {
            marketing: body.marketing ?? current.consentMarketing,
            dataProcessing: body.dataProcessing ?? current.consentDataProcessing,
          },
        });
        return self(req);
      },
      {
        summary: 'Give or withdraw consents (emits customer.updated)',
        roles: ['customer'],
        response: CustomerViewSchema,
        problems: [409, 422],
      },
    ),
  );

  router.get(
    '/surveys',
    route(
      {},
      async (_input, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        return { items: await openInvitationsOf(deps, me) };
      },
      {
        summary: 'The surveys the signed-in customer is invited to answer (open: not answered, not expired)',
        roles: ['customer'],
        response: z.object({ items: z.array(OpenInvitationSchema) }),
      },
    ),
  );

  router.post(
    '/surveys/:invitationId',
    route(
      { params: invitationParams, body: z.object(surveyAnswers).strict() },
      async ({ params, body }, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        const comment = body.comment || undefined;
        const outcome = await answerInvitation(deps, me, params.invitationId, { ...body, comment });
        if (!outcome.ok)
          throw new HttpProblem(410, {
            type: ProblemTypes.surveyInvitationExpired,
            detail: 'This survey invitation has expired.',
            extra: { code: 'survey-invitation-expired', expiredAt: outcome.expiredAt.toISOString() },
          });
        const s = outcome.survey;
        return {
          surveyId: s.id,
          invitationId: params.invitationId,
          repairOrderId: s.repairOrderId,
          scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
          nps: s.nps,
          comment: comment ?? null,
          createdAt: s.createdAt.toISOString(),
        };
      },
      {
        summary: 'Answer a survey invitation, once (emits survey.completed)',
        roles: ['customer'],
        response: AnsweredSurveySchema,
        status: 201,
        problems: [409, 410, 422],
      },
    ),
  );

  router.get(
    '/erasure-request',
    route(
      {},
      async (_input, req) => {
        const me = identityOf(req);
        customerIdOf(me);
        const latest = await latestErasureRequestOf(deps, me);
        if (!latest) return { erasureRequest: null };
        const [view] = await presentErasureRequests(deps, readerOf(req), [latest]);
        return { erasureRequest: view! };
      },
      {
        summary: "The signed-in customer's latest erasure request and its status (null if none)",
        roles: ['customer'],
        response: MyErasureRequestSchema,
      },
    ),
  );

  router.post(
    '/erasure-request',
    route(
      { body: erasureRequestSchema },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        customerIdOf(me);
        const { request, created } = await requestErasure(deps, me, body.reason || undefined);
        const [view] = await presentErasureRequests(deps, readerOf(req), [request]);
        if (created) return view;
        // A request is pending already: that one, as it stands (200 rather than 202).
        checkResponse(req, res, view);
        res.status(200).json(view);
        return undefined;
      },
      {
        summary: 'Ask to be forgotten: 202 with the pending request (200 with it if one was pending)',
        roles: ['customer'],
        response: ErasureRequestViewSchema,
        status: 202,
        problems: [409],
      },
    ),
  );

  router.get(
    '/export',
    route(
      {},
      async (_input, req, res) => {
        customerIdOf(identityOf(req));
        res.setHeader('cache-control', 'no-store');
        return exportCustomer(deps, readerOf(req));
      },
      {
        summary: 'Everything this service holds about the signed-in customer (decrypted, access audited)',
        roles: ['customer'],
        response: CustomerExportSchema,
      },
    ),
  );

  return router;
}
