// One way to open a Prisma client for every service: Prisma 7's query compiler with the pg driver
// adapter, so no query-engine binary is needed (docs/environment.md).
import { PrismaPg } from '@prisma/adapter-pg';

export interface PrismaClientOptions {
  databaseUrl: string;
  /** Pool size; small by default because every service runs several replicas against one server. */
  maxConnections?: number;
  /**
   * Longest a statement waits for a row lock (PostgreSQL `lock_timeout`). Prisma's transaction
   * timeout does not cancel a statement already waiting, so without this a held lock keeps the
   * pooled connection (and the consumer behind it) stuck for as long as the holder likes. Default 10 s.
   */
  lockTimeoutMs?: number;
  /** Longest to wait for a new connection before failing (pg waits forever by default). Default 5 s. */
  connectionTimeoutMs?: number;
  /** Ends a session that sits idle inside a transaction (a crashed client holding locks). Default 60 s. */
  idleInTransactionTimeoutMs?: number;
}

/** Builds the adapter a generated `PrismaClient` takes: `new PrismaClient({ adapter: pgAdapter(opts) })`. */
export function pgAdapter(opts: PrismaClientOptions): PrismaPg {
  return new PrismaPg({
    connectionString: opts.databaseUrl,
    max: opts.maxConnections ?? 10,
    lock_timeout: opts.lockTimeoutMs ?? 10_000,
    connectionTimeoutMillis: opts.connectionTimeoutMs ?? 5_000,
    idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMs ?? 60_000,
  });
}

/** Opens a service's generated Prisma client over the pg adapter with these pool settings. */
export function openPrisma<T>(
  Client: new (options: { adapter: PrismaPg }) => T,
  opts: PrismaClientOptions,
): T {
  return new Client({ adapter: pgAdapter(opts) });
}

/** Replaces the database name in a PostgreSQL URL (test and demo databases share one server). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
