// /v1/repair-orders/{id}/attachments: the photos and the signature taken at reception (the image
// itself is the request body, sent with its Content-Type; the gateway streams such bodies on
// unparsed and unbuffered), and the order's printed documents: the job card and the delivery
// summary as PDF. Scope as every repair-order route: an order outside the caller's centres is a 404.
import express, { Router } from 'express';
import { z } from 'zod';
import { identityOf, route, type Role } from '@aftersales/service-kit';
import {
  ATTACHMENT_KINDS,
  DEFAULT_ATTACHMENT_LIMITS,
  IMAGE_TYPES,
  addAttachment,
  checkImage,
  latestSignature,
  listAttachments,
  readAttachment,
  sha256Of,
  tooLarge,
} from '../application/repair-orders/attachments';
import {
  DEFAULT_CJK_FONT,
  DOCUMENT_LOCALES,
  documentLocale,
  renderDocument,
  type DocumentKind,
} from '../application/repair-orders/documents';
import { orderForIdentity } from '../application/repair-orders/lifecycle';
import { ANY_ROLE, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { orderDto } from './dto';
import { idParams } from './schemas';

const STAFF: readonly Role[] = ['service-advisor', 'technician'];

export const AttachmentView = z.object({
  id: z.uuid(),
  repairOrderId: z.uuid(),
  kind: z.enum(ATTACHMENT_KINDS),
  contentType: z.enum(IMAGE_TYPES),
  sizeBytes: z.int(),
  sha256: z.string().describe('SHA-256 (hex) of the bytes'),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

const attachmentDto = (a: {
  id: string;
  repairOrderId: string;
  kind: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: string;
  createdAt: Date;
}): AttachmentView => ({
  id: a.id,
  repairOrderId: a.repairOrderId,
  kind: a.kind as AttachmentView['kind'],
  contentType: a.contentType as AttachmentView['contentType'],
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  createdBy: a.createdBy,
  createdAt: a.createdAt.toISOString(),
});

const uploadQuery = z.object({ kind: z.enum(ATTACHMENT_KINDS).default('photo') });
const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const documentQuery = z.object({ locale: z.enum(DOCUMENT_LOCALES).default('en') });

export function attachmentsRouter(deps: ApiDeps): Router {
  const r = Router();
  const limits = { ...DEFAULT_ATTACHMENT_LIMITS, ...deps.attachments };
  // The image is the body (any type but JSON, which the app's parser has taken already); one
  // byte over the limit is enough to refuse it, so the parser stops reading there.
  const raw = express.raw({ type: () => true, limit: limits.maxBytes });
  const readBody: express.RequestHandler = (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limits.maxBytes) return next(tooLarge(limits.maxBytes));
    raw(req, res, (err?: unknown) => {
      if (err && (err as { type?: string }).type === 'entity.too.large')
        return next(tooLarge(limits.maxBytes));
      next(err);
    });
  };

  r.post(
    '/v1/repair-orders/:id/attachments',
    readBody,
    route(
      { params: idParams, query: uploadQuery },
      async ({ params, query }, req, res) => {
        const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const contentType = checkImage(data, req.headers['content-type'], limits);
        const sha256 = sha256Of(data);
        // The key's request hash covers what was sent: the order, the kind and the bytes' hash.
        const fingerprint = { orderId: params.id, kind: query.kind, contentType, sha256 };
        await createOnce(
          deps,
          req,
          res,
          'POST /v1/repair-orders/:id/attachments',
          fingerprint,
          async (uow, ctx) => {
            const row = await addAttachment(
              uow.tx,
              ctx.identity,
              params.id,
              { kind: query.kind, contentType, data, sha256 },
              limits,
              ctx.now,
            );
            return created(AttachmentView, attachmentDto(row), {
              location: `/v1/repair-orders/${params.id}/attachments/${row.id}`,
            });
          },
        );
      },
      {
        summary:
          'Attach a photo or the customer signature (body: the JPEG, PNG or WebP image with its Content-Type; ?kind=photo|signature)',
        roles: STAFF,
        response: AttachmentView,
        idempotencyKey: 'required',
        binaryRequest: IMAGE_TYPES,
        status: 201,
        problems: [413, 415, 422],
      },
    ),
  );

  r.get(
    '/v1/repair-orders/:id/attachments',
    route(
      { params: idParams },
      async ({ params }, req) => ({
        items: (await listAttachments(deps.prisma, identityOf(req), params.id)).map(attachmentDto),
      }),
      {
        summary: "List a repair order's attachments (metadata)",
        roles: ANY_ROLE,
        response: z.object({ items: z.array(AttachmentView) }),
      },
    ),
  );

  r.get(
    '/v1/repair-orders/:id/attachments/:attachmentId',
    route(
      { params: attachmentParams },
      async ({ params }, req, res) => {
        const a = await readAttachment(deps.prisma, identityOf(req), params.id, params.attachmentId);
        res
          .status(200)
          .set({
            'content-type': a.contentType,
            'content-length': String(a.data.length),
            'cache-control': 'private, no-store',
            'x-content-type-options': 'nosniff',
            'content-disposition': `inline; filename="${a.id}.${a.contentType.split('/')[1]}"`,
          })
          .end(Buffer.from(a.data));
      },
      {
        summary: 'Read an attachment (its bytes, with the stored content type)',
        roles: ANY_ROLE,
        binaryResponse: IMAGE_TYPES,
      },
    ),
  );

  const document = (kind: DocumentKind, summary: string) =>
    r.get(
      `/v1/repair-orders/:id/${kind}.pdf`,
      route(
        { params: idParams, query: documentQuery },
        async ({ params, query }, req, res) => {
          const identity = identityOf(req);
          const order = await orderForIdentity(deps.prisma, identity, params.id);
          const quotes = await deps.prisma.repairQuote.findMany({
            where: { repairOrderId: order.id },
            orderBy: { version: 'asc' },
          });
          const view = orderDto(order, quotes);
          const shown = order.approvedQuoteVersion ?? order.currentQuoteVersion;
          const quote = view.quotes?.find((q) => q.version === shown);
          const signature = await latestSignature(deps.prisma, order.id);
          const cjkFont = deps.cjkFont === undefined ? DEFAULT_CJK_FONT : deps.cjkFont;
          const locale = documentLocale(query.locale, cjkFont);
          const pdf = await renderDocument(
            {
              kind,
              order: view,
              quote,
              centre: order.centre,
              signature: signature
                ? { contentType: signature.contentType, data: Buffer.from(signature.data) }
                : null,
            },
            { locale, cjkFont, compress: deps.pdfCompress ?? true },
          );
          res
            .status(200)
            .set({
              'content-type': 'application/pdf',
              'content-length': String(pdf.length),
              // The language written: English when the requested Chinese had no font to print with.
              'content-language': locale,
              'cache-control': 'private, no-store',
              'content-disposition': `inline; filename="${order.orderNumber}-${kind}.pdf"`,
            })
            .end(pdf);
        },
        { summary, roles: ANY_ROLE, binaryResponse: ['application/pdf'] },
      ),
    );
  document('job-card', 'The job card of a repair order as PDF (?locale=en|de|zh-Hans|zh-Hant)');
  document(
    'delivery-summary',
    'The delivery summary of a repair order as PDF (?locale=en|de|zh-Hans|zh-Hant)',
  );
  return r;
}
