// Request schemas for vehicles. The VIN is normalised and its ISO 3779 check digit verified
// while validating, so a bad VIN is a 400 naming `body.vin`.
import { z } from 'zod';
import { CalendarDate, Id } from '@aftersales/contracts';
import { paginationQuerySchema } from '@aftersales/service-kit';
import { normaliseVin, vinProblem, vinProblemText } from '../domain/vin';

export const vinSchema = z
  .string()
  .max(40)
  .transform((raw, ctx) => {
    const vin = normaliseVin(raw);
    const problem = vinProblem(vin);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: vinProblemText[problem] });
      return z.NEVER;
    }
    return vin;
  });

const thisYear = new Date().getUTCFullYear();

export const createVehicleSchema = z
  .object({
    vin: vinSchema,
    make: z.string().trim().min(1).max(64),
    model: z.string().trim().min(1).max(64),
    modelYear: z
      .int()
      .min(1900)
      .max(thisYear + 2),
    ownerCustomerId: z.uuid().nullish(),
    /** The registering service centre; a centre-limited caller's only centre by default. */
    centreId: Id.optional(),
    mileageKm: z.int().min(0).max(5_000_000),
    purchaseDate: CalendarDate.nullish(),
    warrantyEndsOn: CalendarDate.nullish(),
  })
  .strict()
  .refine((v) => !v.purchaseDate || !v.warrantyEndsOn || v.warrantyEndsOn >= v.purchaseDate, {
    message: 'The warranty cannot end before the purchase date',
    path: ['warrantyEndsOn'],
  });

export const listVehiclesSchema = paginationQuerySchema.extend({
  vin: vinSchema.optional(),
  ownerCustomerId: z.uuid().optional(),
});

export const mileageSchema = z
  .object({
    mileageKm: z.int().min(0).max(5_000_000),
    /** Present only to lower a reading: why the earlier one was wrong. */
    correctionReason: z.string().trim().min(3).max(500).optional(),
  })
  .strict();

export const ownershipSchema = z
  .object({
    newOwnerCustomerId: z.uuid().nullable(),
    effectiveOn: CalendarDate,
    reason: z.enum(['sale', 'transfer', 'correction']),
  })
  .strict();
