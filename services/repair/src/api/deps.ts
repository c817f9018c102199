// What the routers need (app.ts builds it from config or from a test's setup), and the command
// context of a request: who acts, when, for which request, and the version the client saw.
import { type Request } from 'express';
import {
  STAFF_ROLES,
  now as clockNow,
  identityOf,
  parseIfMatch,
  requestIdOf,
  requireIfMatch,
} from '@aftersales/service-kit';
import { type AttachmentLimits } from '../application/repair-orders/attachments';
import { type CjkFont } from '../application/repair-orders/documents';
import { type CommandContext } from '../application/unit-of-work';
import { type PrismaClient } from '../db/client';

export interface ApiDeps {
  prisma: PrismaClient;
  quoteValidDays: number;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
  /** Size and count limits of reception photos and signatures (defaults: 5 MB, 20 per order). */
  attachments?: Partial<AttachmentLimits>;
  /** The CJK font of Chinese PDFs; null: none (Chinese falls back to English); default WenQuanYi Micro Hei. */
  cjkFont?: CjkFont | null;
  /** false: PDFs with uncompressed content streams (tests read their text). */
  pdfCompress?: boolean;
}

export const nowOf = (deps: ApiDeps) => (deps.now ?? clockNow)();

/** Reads are open to every role of the tenant (scope still filters what each one sees). */
export const ANY_ROLE = STAFF_ROLES;

/**
 * The command context of a request. `ifMatch`: 'required' (commands: 428 without it), 'optional'
 * (checked when sent) or 'none' (creates).
 */
export function contextOf(
  deps: ApiDeps,
  req: Request,
  ifMatch: 'required' | 'optional' | 'none' = 'required',
): CommandContext {
  const expectedVersion =
    ifMatch === 'required' ? requireIfMatch(req) : ifMatch === 'optional' ? parseIfMatch(req) : undefined;
  return { identity: identityOf(req), now: nowOf(deps), requestId: requestIdOf(req), expectedVersion };
}
