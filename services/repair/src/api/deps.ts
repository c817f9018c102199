import { now as clockNow } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';

/** What the routers need; app.ts builds them from config (main.ts) or from a test's setup. */
export interface ApiDeps {
  prisma: PrismaClient;
  quoteValidDays: number;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
}

export const nowOf = (deps: ApiDeps) => (deps.now ?? clockNow)();
