// What kind of database failure an error is, read from Prisma's, the pg driver adapter's and
// node-postgres' errors (and anything they wrap). Used in two places: the HTTP error mapping
// (503 with Retry-After instead of a 500) and the Kafka consumers (pause and retry for as long as
// it takes instead of dead-lettering a valid event). No imports, so the api-gateway can use it
// without loading Prisma.

/**
 * - `unavailable`: no usable connection (server down, database closed, connection lost, pool empty).
 * - `timeout`: a transaction could not start in time or expired before it finished (Prisma P2028).
 * - `conflict`: serialization failure or deadlock; the same work succeeds when run again.
 * - `lock-timeout`: a statement waited too long for a lock or ran past `statement_timeout`.
 */
export type DatabaseFailure = 'unavailable' | 'timeout' | 'conflict' | 'lock-timeout';

// Prisma: can't reach the server, timed out reaching it, server closed the connection, timed out
// waiting for a pooled connection.
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
// Prisma's "Transaction API error": could not start in `maxWait`, expired after `timeout`, closed.
const PRISMA_TIMEOUT = new Set(['P2028']);
// Prisma's "write conflict or a deadlock".
const PRISMA_CONFLICT = new Set(['P2034']);
// @prisma/adapter-pg's mapped driver errors.
const ADAPTER_UNAVAILABLE = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const ADAPTER_CONFLICT = new Set(['TransactionWriteConflict']);
// Node socket errors (pg without Prisma).
const SOCKET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// SQLSTATEs: class 08 connection exceptions; admin/crash shutdown, cannot connect now; too many
// connections; idle-in-transaction session timeout.
const SQLSTATE_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300|25P03)$/;
// serialization_failure, deadlock_detected.
const SQLSTATE_CONFLICT = new Set(['40001', '40P01']);
// lock_not_available (lock_timeout, NOWAIT), query_canceled (statement_timeout).
const SQLSTATE_LOCK_TIMEOUT = new Set(['55P03', '57014']);

// node-postgres names a lost connection only in its message (no code).
const PG_CONNECTION_LOST =
  /^(Connection terminated (unexpectedly|due to connection timeout)|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/;

function classifyOne(o: Record<string, unknown>): DatabaseFailure | undefined {
  const code = typeof o.code === 'string' ? o.code : undefined;
  const originalCode = typeof o.originalCode === 'string' ? o.originalCode : undefined;
  if (code && (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code))) return 'unavailable';
  if (typeof o.kind === 'string' && ADAPTER_UNAVAILABLE.has(o.kind)) return 'unavailable';
  for (const c of [code, originalCode]) {
    if (!c) continue;
    if (SQLSTATE_UNAVAILABLE.test(c)) return 'unavailable';
    if (SQLSTATE_CONFLICT.has(c)) return 'conflict';
    if (SQLSTATE_LOCK_TIMEOUT.has(c)) return 'lock-timeout';
  }
  // A PostgreSQL error of severity FATAL always ends the session (e.g. 55000 "database is not
  // currently accepting connections").
  if (o.severity === 'FATAL' && (code ?? originalCode)) return 'unavailable';
  // node-postgres when the server or the network ends the socket mid-query, connecting timed out,
  // or a pooled client whose connection already broke is asked to query (what an in-flight
  // transaction gets when its backend is terminated; Prisma passes it up with no code).
  if (typeof o.message === 'string' && PG_CONNECTION_LOST.test(o.message)) return 'unavailable';
  if (code && PRISMA_TIMEOUT.has(code)) return 'timeout';
  // Prisma's transaction manager names the error only in its message when it wraps it.
  if (
    typeof o.message === 'string' &&
    /Unable to start a transaction in the given time|on an expired transaction|Transaction already closed/.test(
      o.message,
    )
  )
    return 'timeout';
  if (code && PRISMA_CONFLICT.has(code)) return 'conflict';
  if (typeof o.kind === 'string' && ADAPTER_CONFLICT.has(o.kind)) return 'conflict';
  return undefined;
}

/**
 * The database failure `err` (or any error it wraps: `cause`, Prisma's `meta.driverAdapterError`,
 * `originalError`) reports, or undefined when it is not one: a constraint violation, a bug or a
 * domain rule is not something waiting fixes. The innermost cause wins over Prisma's wrapper code.
 */
export function classifyDatabaseError(err: unknown): DatabaseFailure | undefined {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): DatabaseFailure | undefined => {
    if (typeof e !== 'object' || e === null || seen.has(e) || depth > 6) return undefined;
    seen.add(e);
    const o = e as Record<string, unknown>;
    const meta = o.meta as Record<string, unknown> | undefined;
    for (const next of [o.cause, meta?.driverAdapterError, o.originalError]) {
      const inner = visit(next, depth + 1);
      if (inner) return inner;
    }
    return classifyOne(o);
  };
  return visit(err, 0);
}

/** True when the database could not be reached or dropped the connection (a 503, not a 500). */
export function isDatabaseUnavailable(err: unknown): boolean {
  return classifyDatabaseError(err) === 'unavailable';
}

/** True for a unique-constraint violation (Prisma P2002). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}
