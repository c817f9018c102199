// Request bodies and queries of the complaint API (zod). Categories, severities and channels
// come from the contracts, so an unknown category is a 400 before anything is stored.
import { z } from 'zod';
import { Money } from '@aftersales/contracts';
import { paginationQuerySchema, safeIdSchema } from '@aftersales/service-kit';
import {
  ComplaintCategory,
  ComplaintSeverity,
  ComplaintStatus,
  NotificationChannel,
  Remedy,
  Verdict,
} from '../domain/types';

const Team = z.string().min(1).max(128);
// Centre ids reach analytics' CSV exports: no formula start, no control characters.
const Id = safeIdSchema;

export const intakeBody = z
  .strictObject({
    // 'system' is reserved for complaints the service opens itself.
    channel: z.enum(['phone', 'email', 'web', 'walk-in', 'survey']),
    customerId: Id.nullable().default(null),
    vehicleId: Id.nullable().default(null),
    repairOrderId: Id.nullable().default(null),
    centreId: Id.nullable().default(null),
    description: z.string().trim().min(1).max(10_000),
    category: ComplaintCategory.nullable().default(null),
    severity: ComplaintSeverity.nullable().default(null),
  })
  .refine((b) => (b.category === null) === (b.severity === null), {
    message: 'classify with both category and severity, or neither',
    path: ['severity'],
  });

export const listQuery = paginationQuerySchema.extend({
  status: ComplaintStatus.optional(),
  teamId: Team.optional(),
  category: ComplaintCategory.optional(),
  severity: ComplaintSeverity.optional(),
  centreId: Id.optional(),
  customerId: Id.optional(),
  repairOrderId: Id.optional(),
});

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const classificationBody = z.strictObject({
  category: ComplaintCategory,
  severity: ComplaintSeverity,
});

export const assignmentBody = z.strictObject({
  teamId: Team,
  assigneeId: z.string().min(1).max(128).nullable().default(null),
  /** Why it moves; kept in the history, never in events. */
  reason: z.string().trim().min(1).max(1_000),
});

export const noteBody = z.strictObject({ text: z.string().trim().min(1).max(10_000) });

export const resolutionBody = z.strictObject({
  remedy: Remedy,
  summary: z.string().trim().min(1).max(10_000),
  goodwill: Money.nullable().default(null),
  /** Set when the customer was told the result together with the resolution. */
  notifiedVia: NotificationChannel.nullable().default(null),
});

export const notificationBody = z.strictObject({ via: NotificationChannel });

export const verdictBody = z.strictObject({ verdict: Verdict });

export const reopenBody = z.strictObject({ reason: z.enum(['recurrence', 'new-evidence']) });

export const emptyBody = z.strictObject({}).optional();

export const queueParams = z.object({ team: Team });

export const routingRuleBody = z.strictObject({
  category: ComplaintCategory.nullable().default(null),
  severity: ComplaintSeverity.nullable().default(null),
  centreId: Id.nullable().default(null),
  teamId: Team,
});
