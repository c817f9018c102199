// Building blocks shared by every event schema. Events carry ids and facts, never PII:
// a consumer that needs a name or a phone number asks the owning service's API.
import { z } from 'zod';

/** An opaque aggregate or reference id (services choose the format, e.g. uuid or cuid). */
export const Id = z.string().min(1).max(128);

/** A user (staff) id from the identity provider; null where the system acted. */
export const UserId = z.string().min(1).max(128);

/** An instant: ISO-8601 in UTC with a `Z` suffix (offsets are refused so strings sort and compare). */
export const Timestamp = z.iso.datetime();

/** A calendar date without time zone (YYYY-MM-DD), e.g. a warranty end or a reporting period. */
export const CalendarDate = z.iso.date();

/** ISO 4217 alphabetic currency code. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like "EUR"');

/** Money as integer minor units (cents) so no consumer ever rounds floats. */
export const Money = z.object({
  amountMinor: z.int().nonnegative().describe('Amount in minor units of the currency (e.g. cents)'),
  currency: CurrencyCode,
});

/** Whole seconds of a duration. */
export const Seconds = z.int().nonnegative();

/** Quantity in the part's unit of measure; whole for parts counted in pieces. */
export const Quantity = z.number().positive();

/** A ratio from 0 to 1 (rates such as first-time-fix or on-time delivery). */
export const Ratio = z.number().min(0).max(1);

/** Hours of work, e.g. labour hours booked against an order. */
export const Hours = z.number().nonnegative();

/** A 1-5 satisfaction score. */
export const Score5 = z.int().min(1).max(5);

/** Net promoter answer 0-10. */
export const NpsAnswer = z.int().min(0).max(10);

/** Odometer reading in kilometres. */
export const MileageKm = z.int().nonnegative();

/** How a customer was contacted or contacted us. */
export const ContactChannel = z.enum(['phone', 'email', 'sms', 'web', 'app', 'walk-in', 'post']);

/** Kind of service centre: the dealer's own regional centre or a partner workshop (overflow). */
export const CentreType = z.enum(['regional-centre', 'partner-workshop']);
