// Request schemas for vehicles. The VIN is normalised and its ISO 3779 check digit verified
// while validating, so a bad VIN is a 400 naming `body.vin`.
import { z } from 'zod';
import { CalendarDate, Id } from '@aftersales/contracts';
import { paginationQuerySchema } from '@aftersales/service-kit';
import { displayPlate, plateKey, plateProblem } from '../domain/plate';
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

/** A registration number: trimmed, upper case, at most 16 characters (shown as entered). */
export const plateSchema = z
  .string()
  .max(64)
  .transform((raw, ctx) => {
    const plate = displayPlate(raw);
    const problem = plateProblem(plate);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return plate;
  });

/** Comma-separated ids (at most 100), for batch reads. */
export const idListSchema = z
  .string()
  .transform((raw) => [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.uuid()).min(1).max(100));

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
    /** The registration number (plate), e.g. "K-AB 1234"; optional. */
    registrationNumber: plateSchema.nullish(),
  })
  .strict()
  .refine((v) => !v.purchaseDate || !v.warrantyEndsOn || v.warrantyEndsOn >= v.purchaseDate, {
    message: 'The warranty cannot end before the purchase date',
    path: ['warrantyEndsOn'],
  });

export const listVehiclesSchema = paginationQuerySchema.extend({
  vin: vinSchema.optional(),
  ownerCustomerId: z.uuid().optional(),
  /** A registration number, matched without spaces, dashes and dots ("kab1234" finds "K-AB 1234"). */
  plate: z
    .string()
    .max(64)
    .transform((raw) => plateKey(raw))
    .pipe(z.string().min(1, 'A plate needs a letter or digit'))
    .optional(),
  /** Up to 100 comma-separated vehicle ids (the board's batch read); the page holds them all. */
  ids: idListSchema.optional(),
});

export const updateVehicleSchema = z
  .object({
    /** The registration number, or null to clear it. */
    registrationNumber: plateSchema.nullable(),
  })
  .strict();

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
