// zod request schemas of self-service (/v1/me). The customer never names themselves: the
// customer id is the token's subject. Unknown keys are stripped; query numbers are coerced.
import { z } from 'zod';
import { ServiceType } from '@aftersales/contracts';
import { paginationQuerySchema, safeIdSchema } from '@aftersales/service-kit';
import { declineBody, listBookingsQuery, listOrdersQuery } from './schemas';

const QuoteHash = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'expected the quoteHash of the quote version (64 hex digits)')
  .describe('The quoteHash of the version as the detail view showed it');
/** Quarter hours, so the labour a slot is for is exact in hours. */
const DurationMinutes = z.coerce
  .number()
  .int()
  .min(15)
  .max(8 * 60)
  .multipleOf(15)
  .default(60)
  .describe('The length of the slot (the work it is for), in quarter hours; default 60');

export const myOrdersQuery = paginationQuerySchema.extend({ status: listOrdersQuery.shape.status });
export const myApprovalBody = z.object({ quoteHash: QuoteHash });
export const myDeclineBody = z.object({ quoteHash: QuoteHash, reason: declineBody.shape.reason });

export const myBookingsQuery = paginationQuerySchema.extend({ status: listBookingsQuery.shape.status });
export const myBookingBody = z.object({
  centreId: z.uuid(),
  vehicleId: safeIdSchema,
  serviceType: ServiceType,
  slotStart: z.iso.datetime({ offset: true }),
  durationMinutes: DurationMinutes,
  notes: z.string().max(2000).nullish(),
});
export const myRescheduleBody = z.object({
  slotStart: z.iso.datetime({ offset: true }),
  centreId: z.uuid().optional().describe("Another centre of the dealer group; default the booking's own"),
});
export const myCancellationBody = z.object({
  reason: z.enum(['customer-request', 'rescheduled']).default('customer-request'),
});
export const myBookingSlotsQuery = z.object({
  centreId: z.uuid(),
  date: z.iso.date().describe("A local date of the centre's time zone"),
  durationMinutes: DurationMinutes,
});
