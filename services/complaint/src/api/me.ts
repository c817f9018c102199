// /v1/me: customer self-service. A customer signed in at the gateway (role customer, subject =
// customer id) files complaints and inquiries (Idempotency-Key required, as at the staff intake)
// and reads their own, newest first. The customer id always comes from the token, never from the
// body or the path; staff tokens, admin included, are refused (403).
import { type Request, Router } from 'express';
import {
  customerIdOf,
  identityOf,
  paginationQuerySchema,
  route,
  safeIdSchema,
  type Role,
} from '@aftersales/service-kit';
import { z } from 'zod';
import { complaints } from '../application/commands';
import { type ComplaintContext } from '../application/context';
import { inquiries } from '../application/inquiries';
import {
  customerTimeline,
  fileComplaint,
  fileInquiry,
  findOwnComplaint,
  findOwnInquiry,
  ownComplaints,
  ownInquiries,
  type Customer,
} from '../application/self-service';
import { pageOf as pageView } from './dto';
import { createIdempotently } from './idempotency';
import { afterCursor, newestFirst, pageOf, type Where } from './listing';
import {
  myComplaintDetailDto,
  MyComplaintDetailView,
  myComplaintDto,
  MyComplaintView,
  myInquiryDto,
  MyInquiryView,
} from './me-dto';
import { idOr404 } from './resource';
import { idParams } from './schemas';

/** Admin passes a role check, so the handlers also ask customerIdOf (which refuses admin). */
export const CUSTOMER_ROLES: Role[] = ['customer'];

const Text = z.string().trim().min(1).max(10_000);
// Ids reach events and analytics' CSV exports: no formula start, no control characters.
const Id = safeIdSchema;

export const myComplaintBody = z.strictObject({
  description: Text,
  vehicleId: Id.nullable().default(null),
  repairOrderId: Id.nullable().default(null),
});

export const myInquiryBody = z.strictObject({
  question: Text,
  vehicleId: Id.nullable().default(null),
});

/** The signed-in customer (403 for any other token). */
function customerOf(req: Request): Customer {
  const identity = identityOf(req);
  return { tenantId: identity.tenantId, customerId: customerIdOf(identity) };
}

/** Where clause of one newest-first page of the customer's own rows. */
const ownPage = (own: Where, query: { cursor?: string | undefined; limit: number }) => ({
  where: { ...own, AND: query.cursor ? [afterCursor(query.cursor)] : [] },
  orderBy: newestFirst,
  take: query.limit + 1,
});

const created = (path: string, id: string) => ({ status: 201, headers: { Location: `${path}/${id}` } });

export function meRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;
  const asCustomer = { roles: CUSTOMER_ROLES };

  router.post(
    '/v1/me/complaints',
    route(
      { body: myComplaintBody },
      async ({ body }, req, res) => {
        const me = customerOf(req);
        await createIdempotently(ctx, req, res, { scope: 'me-complaint', body }, async (uow) => {
          const c = await fileComplaint(uow, ctx.defaults, me, body);
          const timeline = await customerTimeline(uow.tx, c.id);
          return { ...created('/v1/me/complaints', c.id), body: myComplaintDetailDto(c, timeline) };
        });
      },
      {
        ...asCustomer,
        summary: 'File a complaint as the signed-in customer (Idempotency-Key required)',
        response: MyComplaintDetailView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  router.get(
    '/v1/me/complaints',
    route(
      { query: paginationQuerySchema },
      async ({ query }, req) => {
        const rows = await prisma.complaint.findMany(ownPage(ownComplaints(customerOf(req)), query));
        return pageOf(rows, query.limit, myComplaintDto);
      },
      {
        ...asCustomer,
        summary: "The signed-in customer's complaints, newest first",
        response: pageView(MyComplaintView),
      },
    ),
  );

  router.get(
    '/v1/me/complaints/:id',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const me = customerOf(req);
        const c = await findOwnComplaint(prisma, me, idOr404(params.id, complaints));
        return myComplaintDetailDto(c, await customerTimeline(prisma, c.id));
      },
      {
        ...asCustomer,
        summary: "One of the signed-in customer's complaints, with its timeline",
        response: MyComplaintDetailView,
      },
    ),
  );

  router.post(
    '/v1/me/inquiries',
    route(
      { body: myInquiryBody },
      async ({ body }, req, res) => {
        const me = customerOf(req);
        await createIdempotently(ctx, req, res, { scope: 'me-inquiry', body }, async (uow) => {
          const i = await fileInquiry(uow, ctx.defaults, me, body);
          return { ...created('/v1/me/inquiries', i.id), body: myInquiryDto(i) };
        });
      },
      {
        ...asCustomer,
        summary: 'Ask a question as the signed-in customer (Idempotency-Key required)',
        response: MyInquiryView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  router.get(
    '/v1/me/inquiries',
    route(
      { query: paginationQuerySchema },
      async ({ query }, req) => {
        const rows = await prisma.inquiry.findMany(ownPage(ownInquiries(customerOf(req)), query));
        return pageOf(rows, query.limit, myInquiryDto);
      },
      {
        ...asCustomer,
        summary: "The signed-in customer's inquiries, newest first",
        response: pageView(MyInquiryView),
      },
    ),
  );

  router.get(
    '/v1/me/inquiries/:id',
    route(
      { params: idParams },
      async ({ params }, req) =>
        myInquiryDto(await findOwnInquiry(prisma, customerOf(req), idOr404(params.id, inquiries))),
      { ...asCustomer, summary: "One of the signed-in customer's inquiries", response: MyInquiryView },
    ),
  );

  return router;
}
