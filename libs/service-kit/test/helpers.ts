import { Pool } from 'pg';
import { type SqlDb } from '@aftersales/kafka';
import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '../src';

/** A logger whose JSON lines are kept in memory for assertions. */
export function memoryLogger(service = 'test-svc'): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  raw: () => string;
} {
  const chunks: string[] = [];
  const destination: DestinationStream = { write: (chunk: string) => void chunks.push(chunk) };
  const logger = createLogger({ service, level: 'debug', destination });
  return {
    logger,
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A Prisma-shaped client over a pg pool (what libs/kafka and startService need of one). */
export function pgDb(url: string): SqlDb & { $disconnect(): Promise<void> } {
  const pool = new Pool({ connectionString: url, max: 4 });
  const raw = (run: (q: string, v: unknown[]) => Promise<{ rows: unknown[]; rowCount: number | null }>) => ({
    $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await run(q, v)).rows as T,
    $executeRawUnsafe: async (q: string, ...v: unknown[]) => (await run(q, v)).rowCount ?? 0,
  });
  return {
    ...raw((q, v) => pool.query(q, v)),
    $transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(raw((q, v) => client.query(q, v)));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    $disconnect: () => pool.end(),
  };
}
