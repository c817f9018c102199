// The service's generated Prisma client and its types; libs/db opens it (openPrisma, pool settings).
import { openPrisma, type PrismaClientOptions } from '@aftersales/db';
import { PrismaClient, type Prisma } from './generated/client';

export { PrismaClient, Prisma } from './generated/client';
export type * from './generated/client';
export { isUniqueViolation } from '@aftersales/db';

export const createPrisma = (opts: PrismaClientOptions) => openPrisma(PrismaClient, opts);

/** The interactive-transaction client handed to `$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/**
 * Options for interactive transactions: intake queues on the tenant's reference counter row, so
 * under a burst a transaction may wait for a pooled connection longer than Prisma's 2 s default.
 */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
