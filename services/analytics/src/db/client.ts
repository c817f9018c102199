// One Prisma client per process, over the pg driver adapter (no engine binary needed).
import { pgAdapter } from '@aftersales/db';
import { PrismaClient, type Prisma } from './generated/client';

export { PrismaClient, Prisma } from './generated/client';
export type * from './generated/client';

export function createPrisma(databaseUrl: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({ adapter: pgAdapter({ databaseUrl, maxConnections }) });
}

/** The interactive-transaction client handed to `$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/** True for a unique-constraint violation (P2002), optionally on a given table. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}
