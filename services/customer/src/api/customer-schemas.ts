// Request schemas for customers. Phone and e-mail are normalised while validating (E.164,
// lower case), so what is encrypted and indexed is always canonical.
import { z } from 'zod';
import { ContactChannel, CustomerKind, Id } from '@aftersales/contracts';
import { paginationQuerySchema } from '@aftersales/service-kit';
import { normaliseEmail, normalisePhone } from '../domain/contact';
import { nameTokens } from '../domain/name-tokens';
import { idListSchema } from './vehicle-schemas';

export function phoneSchema(region: string) {
  return z
    .string()
    .max(40)
    .transform((raw, ctx) => {
      const phone = normalisePhone(raw, region);
      if (!phone) {
        ctx.addIssue({ code: 'custom', message: 'Not a valid phone number (e.g. +4915112345678)' });
        return z.NEVER;
      }
      return phone;
    });
}

export const emailSchema = z
  .string()
  .max(254)
  .transform((raw, ctx) => {
    const email = normaliseEmail(raw);
    if (!email) {
      ctx.addIssue({ code: 'custom', message: 'Not a valid e-mail address' });
      return z.NEVER;
    }
    return email;
  });

const text = (max: number) => z.string().trim().min(1).max(max);

export const addressSchema = z.object({
  line1: text(200),
  line2: text(200).nullish(),
  postalCode: text(20),
  city: text(100),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 country code, e.g. "DE"'),
});

export const idNumberSchema = z.object({
  type: z.enum(['national-id', 'passport', 'driving-licence', 'company-registration', 'tax-id']),
  value: text(64),
});

export const consentsSchema = z.object({ marketing: z.boolean(), dataProcessing: z.boolean() });

export function customerSchemas(region: string) {
  const phone = phoneSchema(region);
  const create = z
    .object({
      kind: CustomerKind,
      dealerId: Id.nullish(),
      /** The registering service centre; a centre-limited caller's only centre by default. */
      centreId: Id.optional(),
      name: text(200),
      phone: phone.nullish(),
      email: emailSchema.nullish(),
      address: addressSchema.nullish(),
      idNumbers: z.array(idNumberSchema).max(10).default([]),
      preferredChannel: ContactChannel,
      consents: consentsSchema,
    })
    .strict();

  const update = z
    .object({
      kind: CustomerKind.optional(),
      dealerId: Id.nullable().optional(),
      name: text(200).optional(),
      phone: phone.nullable().optional(),
      email: emailSchema.nullable().optional(),
      address: addressSchema.nullable().optional(),
      idNumbers: z.array(idNumberSchema).max(10).optional(),
      preferredChannel: ContactChannel.optional(),
      consents: consentsSchema.optional(),
    })
    .strict()
    .refine((b) => Object.keys(b).length > 0, 'Send at least one field to change');

  const list = paginationQuerySchema.extend({
    phone: phone.optional(),
    email: emailSchema.optional(),
    dealerId: Id.optional(),
    status: z.enum(['active', 'erased']).optional(),
    /** Up to 100 comma-separated customer ids (the board's batch read); the page holds them all. */
    ids: idListSchema.optional(),
    /** Words of the name, each matched whole (blind index; case and accents ignored): "müller" finds "Jürgen Müller". */
    name: z
      .string()
      .max(200)
      .transform((raw) => nameTokens(raw))
      .pipe(z.array(z.string()).min(1, 'Give at least one word of the name').max(5))
      .optional(),
  });

  return { create, update, list };
}

// An empty POST is fine: the basis defaults to the customer's own request.
export const erasureSchema = z.preprocess(
  (v) => v ?? {},
  z
    .object({
      basis: z.enum(['customer-request', 'retention-expired', 'legal-order']).default('customer-request'),
    })
    .strict(),
);

export const idParams = z.object({ id: z.uuid() });
