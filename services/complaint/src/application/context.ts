// What every use case needs: the database, the service defaults, a clock (tests move it) and a
// nudge for the outbox relay after a commit.
import { type PrismaClient } from '../db/client';
import { type ServiceDefaults } from './settings';

export interface ComplaintContext {
  prisma: PrismaClient;
  defaults: ServiceDefaults;
  now: () => Date;
  /** Called after a transaction that enqueued events (wakes the outbox relay). */
  onEvents?: () => void;
}
