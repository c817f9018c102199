// The complaint vocabulary, taken from the contracts so the API, the database and the events
// can never disagree about what a category or a severity is.
import { z } from 'zod';
import * as contracts from '@aftersales/contracts';

// Local constants (not a re-export): swc drops a value re-export that shares its name with a type.
export const ComplaintCategory = contracts.ComplaintCategory;
export const ComplaintSeverity = contracts.ComplaintSeverity;
export const ComplaintChannel = contracts.ComplaintChannel;
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;
export type ComplaintSeverity = z.infer<typeof ComplaintSeverity>;
export type ComplaintChannel = z.infer<typeof ComplaintChannel>;

export const ComplaintStatus = z.enum(['open', 'resolved', 'closed']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const Remedy = z.enum([
  'repair-redone',
  'parts-replaced',
  'refund',
  'goodwill',
  'apology',
  'explanation',
  'no-action',
  'other',
]);
export type Remedy = z.infer<typeof Remedy>;

export const NotificationChannel = z.enum(['phone', 'email', 'sms', 'letter', 'in-person']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

export const Verdict = z.enum(['accepted', 'rejected']);
export type Verdict = z.infer<typeof Verdict>;

export const Trigger = z.enum(['customer', 'low-survey-score', 'qc-failed', 'comeback']);
export type Trigger = z.infer<typeof Trigger>;
