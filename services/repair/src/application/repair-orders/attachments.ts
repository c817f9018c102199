// Attachments of a repair order: the photos and the customer's signature taken at reception,
// stored in this service's database (bytea). Only JPEG, PNG and WebP are kept, recognised by
// their first bytes (the declared Content-Type must agree); each at most `maxBytes`, at most
// `perOrder` of them on one order; the sha256 of the bytes, who uploaded and when are kept with it.
import { createHash, randomUUID } from 'node:crypto';
import { HttpProblem, NotFound, type Identity } from '@aftersales/service-kit';
import { type Db, type RepairOrderAttachment } from '../../db/client';
import { ruleViolation } from '../../domain/errors';
import { orderForIdentity } from './lifecycle';

export const ATTACHMENT_KINDS = ['photo', 'signature'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface AttachmentLimits {
  /** Largest attachment in bytes (ATTACHMENT_MAX_BYTES, default 5 MB). */
  maxBytes: number;
  /** Most attachments on one order (ATTACHMENTS_PER_ORDER, default 20). */
  perOrder: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: 5 * 1024 * 1024, perOrder: 20 };

/** The image type the bytes are, by their magic number; undefined for anything else. */
export function imageTypeOf(data: Buffer): ImageType | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return undefined;
}

const unsupported = (detail: string) =>
  new HttpProblem(415, {
    detail,
    type: 'urn:aftersales:problem:repair:unsupported-attachment',
    extra: { accepted: IMAGE_TYPES },
  });

export const tooLarge = (maxBytes: number) =>
  new HttpProblem(413, {
    detail: `An attachment may have at most ${maxBytes} bytes.`,
    type: 'urn:aftersales:problem:repair:attachment-too-large',
    extra: { maxBytes },
  });

/** The checked image: its type from the bytes, which must match the declared media type. */
export function checkImage(
  data: Buffer,
  declaredType: string | undefined,
  limits: AttachmentLimits,
): ImageType {
  const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(IMAGE_TYPES as readonly string[]).includes(declared))
    throw unsupported(`Attachments are JPEG, PNG or WebP images; got ${declared || 'no Content-Type'}.`);
  if (data.length === 0) throw unsupported('The attachment is empty.');
  if (data.length > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const actual = imageTypeOf(data);
  if (!actual) throw unsupported('The attachment is not a JPEG, PNG or WebP image.');
  if (actual !== declared) throw unsupported(`The attachment is ${actual}, not ${declared} as declared.`);
  return actual;
}

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Stores a checked image on an order of the caller's scope (a closed or cancelled one takes none). */
export async function addAttachment(
  db: Db,
  identity: Identity,
  orderId: string,
  input: { kind: AttachmentKind; contentType: ImageType; data: Buffer; sha256: string },
  limits: AttachmentLimits,
  now: Date,
): Promise<Omit<RepairOrderAttachment, 'data'>> {
  const order = await orderForIdentity(db, identity, orderId);
  if (order.status === 'CLOSED' || order.status === 'CANCELLED')
    throw ruleViolation(
      `Repair order ${order.orderNumber} is ${order.status}; it takes no more attachments.`,
    );
  // Serialises concurrent uploads to one order so the count below holds.
  await db.$queryRaw`SELECT id FROM repair_order WHERE id = ${order.id}::uuid FOR UPDATE`;
  const count = await db.repairOrderAttachment.count({ where: { repairOrderId: order.id } });
  if (count >= limits.perOrder)
    throw ruleViolation(`A repair order takes at most ${limits.perOrder} attachments.`, {
      details: { maxAttachments: limits.perOrder },
    });
  return db.repairOrderAttachment.create({
    data: {
      id: randomUUID(),
      tenantId: order.tenantId,
      repairOrderId: order.id,
      kind: input.kind,
      contentType: input.contentType,
      sizeBytes: input.data.length,
      sha256: input.sha256,
      data: new Uint8Array(input.data),
      createdBy: identity.userId,
      createdAt: now,
    },
    omit: { data: true },
  });
}

/** The attachments' metadata of an order of the caller's scope, oldest first. */
export async function listAttachments(db: Db, identity: Identity, orderId: string) {
  const order = await orderForIdentity(db, identity, orderId);
  return db.repairOrderAttachment.findMany({
    where: { repairOrderId: order.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    omit: { data: true },
  });
}

/** One attachment with its bytes (404 when not of this order or out of scope). */
export async function readAttachment(db: Db, identity: Identity, orderId: string, attachmentId: string) {
  const order = await orderForIdentity(db, identity, orderId);
  const row = await db.repairOrderAttachment.findFirst({
    where: { id: attachmentId, repairOrderId: order.id },
  });
  if (!row) throw new NotFound(`Attachment ${attachmentId} not found.`);
  return row;
}

/** The newest signature of an order (for the job card), if any. */
export async function latestSignature(db: Db, orderId: string) {
  return db.repairOrderAttachment.findFirst({
    where: { repairOrderId: orderId, kind: 'signature' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}
