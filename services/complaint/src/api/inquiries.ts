// /v1/inquiries: online consultation. Intake (idempotent) by advisors or complaint handlers,
// list and read, answer, and conversion into a complaint or a booking request.
import { Router } from 'express';
import { assertCentreAccess, setETag } from '@aftersales/service-kit';
import { type ComplaintContext } from '../application/context';
import { answerInquiry, convertInquiry, inquiries, receiveInquiry } from '../application/inquiries';
import { INTAKE_ROLES } from './complaints';
import { inquiryDto, InquiryView } from './quality-dto';
import { answerBody, conversionBody, inquiryBody, inquiryListQuery } from './quality-schemas';
import { resource } from './resource';

export function inquiriesRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const inquiry = resource({
    ctx,
    router,
    path: '/v1/inquiries',
    aggregate: inquiries,
    roles: INTAKE_ROLES,
    view: InquiryView,
    dto: inquiryDto,
  });

  inquiry.create({
    summary: 'Take an inquiry in (Idempotency-Key required); routed, with an answer deadline',
    body: inquiryBody,
    scope: 'inquiry',
    authorize: (me, body) => {
      if (body.centreId !== null) assertCentreAccess(me, body.centreId);
    },
    run: (uow, body) => receiveInquiry(uow, ctx.defaults, { ...body, createdBy: uow.actor }),
  });

  inquiry.list({
    summary: "List inquiries of the caller's tenant and centres, newest first",
    query: inquiryListQuery,
    findMany: (a) => ctx.prisma.inquiry.findMany(a),
    filters: (q) => ({ status: q.status, centreId: q.centreId }),
    centreOptional: true,
  });

  inquiry.get('Read an inquiry (ETag: its version)');

  inquiry.command('answer', {
    summary: 'Answer an open inquiry',
    body: answerBody,
    run: (t, b) => answerInquiry(ctx, t, b),
  });

  inquiry.command('conversion', {
    summary: 'Convert an inquiry into a complaint (Location points at it) or a booking request',
    body: conversionBody,
    run: (t, b) => convertInquiry(ctx, t, b),
    reply: {
      response: InquiryView,
      render: (i, res) => {
        setETag(res, i.version);
        if (i.complaintId) res.setHeader('Location', `/v1/complaints/${i.complaintId}`);
        return inquiryDto(i);
      },
    },
  });

  return router;
}
