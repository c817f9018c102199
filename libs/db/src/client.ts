// One way to open a Prisma client for every service: Prisma 7's query compiler with the pg driver
// adapter, so no query-engine binary is needed (docs/environment.md).
import { PrismaPg } from '@prisma/adapter-pg';

export interface PrismaClientOptions {
  databaseUrl: string;
  /** Pool size; small by default because every service runs several replicas against one server. */
  maxConnections?: number;
}

/** Builds the adapter a generated `PrismaClient` takes: `new PrismaClient({ adapter: pgAdapter(opts) })`. */
export function pgAdapter(opts: PrismaClientOptions): PrismaPg {
  return new PrismaPg({ connectionString: opts.databaseUrl, max: opts.maxConnections ?? 10 });
}

/** Replaces the database name in a PostgreSQL URL (test and demo databases share one server). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
