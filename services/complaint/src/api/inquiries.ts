// /v1/inquiries: online consultation. Intake (idempotent) by advisors or complaint handlers,
// list and read, answer, and conversion into a complaint or a booking request.
import { Router, type Request } from 'express';
import {
  assertCentreAccess,
  identityOf,
  notFound,
  parseIfMatch,
  requireRole,
  route,
  setETag,
} from '@aftersales/service-kit';
import { type ComplaintContext } from '../application/context';
import {
  answerInquiry,
  canSeeInquiry,
  convertInquiry,
  INQUIRY_NOT_FOUND,
  receiveInquiry,
  type InquiryTarget,
} from '../application/inquiries';
import { INTAKE_ROLES } from './complaints';
import { idempotentCreate } from './idempotency';
import { listPage } from './listing';
import { domain, uuidOr404 } from './problems';
import { inquiryDto } from './quality-dto';
import { answerBody, conversionBody, inquiryBody, inquiryListQuery } from './quality-schemas';
import { idParams } from './schemas';

export function inquiriesRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  router.post(
    '/v1/inquiries',
    requireRole(...INTAKE_ROLES),
    route({ body: inquiryBody }, async ({ body }, req, res) => {
      const me = identityOf(req);
      if (body.centreId !== null) assertCentreAccess(me, body.centreId);
      await idempotentCreate(
        prisma,
        req,
        res,
        { tenantId: me.tenantId, scope: 'inquiry', body },
        async (tx) => {
          const inquiry = await receiveInquiry(
            tx,
            ctx,
            { tenantId: me.tenantId, ...body, createdBy: me.userId },
            ctx.now(),
          );
          return {
            status: 201,
            body: inquiryDto(inquiry),
            headers: { ETag: `"${inquiry.version}"`, Location: `/v1/inquiries/${inquiry.id}` },
          };
        },
      );
      ctx.onEvents?.();
    }),
  );

  router.get(
    '/v1/inquiries',
    requireRole(...INTAKE_ROLES),
    route({ query: inquiryListQuery }, async ({ query }, req) => {
      const filters = { status: query.status, centreId: query.centreId };
      return listPage((a) => prisma.inquiry.findMany(a), identityOf(req), query, filters, inquiryDto);
    }),
  );

  router.get(
    '/v1/inquiries/:id',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams }, async ({ params }, req, res) => {
      const me = identityOf(req);
      const i = await prisma.inquiry.findFirst({
        where: { id: uuidOr404(params.id, INQUIRY_NOT_FOUND), tenantId: me.tenantId },
      });
      if (!i || !canSeeInquiry(me, i)) throw notFound(INQUIRY_NOT_FOUND);
      setETag(res, i.version);
      return inquiryDto(i);
    }),
  );

  const targetOf = (req: Request, rawId: string): InquiryTarget => ({
    identity: identityOf(req),
    inquiryId: uuidOr404(rawId, INQUIRY_NOT_FOUND),
    expectedVersion: parseIfMatch(req),
  });

  router.post(
    '/v1/inquiries/:id/answer',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams, body: answerBody }, async ({ params, body }, req, res) => {
      const i = await domain(() => answerInquiry(ctx, targetOf(req, params.id), body));
      setETag(res, i.version);
      return inquiryDto(i);
    }),
  );

  router.post(
    '/v1/inquiries/:id/conversion',
    requireRole(...INTAKE_ROLES),
    route({ params: idParams, body: conversionBody }, async ({ params, body }, req, res) => {
      const i = await domain(() => convertInquiry(ctx, targetOf(req, params.id), body));
      setETag(res, i.version);
      if (i.complaintId) res.setHeader('Location', `/v1/complaints/${i.complaintId}`);
      return inquiryDto(i);
    }),
  );

  return router;
}
