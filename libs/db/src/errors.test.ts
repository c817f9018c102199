import { classifyDatabaseError, isDatabaseUnavailable } from './errors';

// Shapes recorded from Prisma 7.10 with @prisma/adapter-pg and from node-postgres against
// PostgreSQL 15 (lock held by another session, pool exhausted, database closed, deadlock).
const prismaWrapped = (prismaCode: string, cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `tx.sampleCustomer.updateMany()` invocation'), {
    code: prismaCode,
    meta: { driverAdapterError: Object.assign(new Error('DriverAdapterError'), { cause }) },
  });
const postgres = (code: string, severity = 'ERROR') => ({
  kind: 'postgres',
  code,
  originalCode: code,
  severity,
});

describe('classifyDatabaseError', () => {
  it('finds a lost database whatever layer reports it', () => {
    const lost = [
      prismaWrapped('P2039', {
        ...postgres('55000', 'FATAL'),
        message: 'database "x" is not accepting connections',
      }),
      prismaWrapped('P2039', postgres('57P01', 'FATAL')),
      Object.assign(new Error("Can't reach database server"), { code: 'P1001' }),
      Object.assign(new Error('Timed out fetching a new connection from the connection pool'), {
        code: 'P2024',
      }),
      { meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable', host: '10.0.0.5' } } } },
      { meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } },
      Object.assign(new Error('the database system is starting up'), { code: '57P03', severity: 'FATAL' }),
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' }),
      new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }),
      new Error('timeout exceeded when trying to connect'),
      // Seen in the dev stack when parts-procurement's backends were terminated mid-transaction:
      // Prisma rethrows node-postgres' error with only its client version added.
      Object.assign(new Error('Client has encountered a connection error and is not queryable'), {
        clientVersion: '7.10.0',
      }),
      new Error('Client was closed and is not queryable'),
    ];
    for (const err of lost) {
      expect(classifyDatabaseError(err)).toBe('unavailable');
      expect(isDatabaseUnavailable(err)).toBe(true);
    }
  });

  it('tells transaction timeouts, conflicts and lock timeouts apart', () => {
    expect(
      classifyDatabaseError(
        Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
          code: 'P2028',
        }),
      ),
    ).toBe('timeout');
    expect(
      classifyDatabaseError(
        Object.assign(new Error('A commit cannot be executed on an expired transaction.'), { code: 'P2028' }),
      ),
    ).toBe('timeout');
    expect(
      classifyDatabaseError(
        new Error('Transaction API error: Unable to start a transaction in the given time.'),
      ),
    ).toBe('timeout');
    expect(classifyDatabaseError(prismaWrapped('P2010', postgres('55P03')))).toBe('lock-timeout');
    expect(classifyDatabaseError(prismaWrapped('P2039', postgres('57014')))).toBe('lock-timeout');
    expect(classifyDatabaseError(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(
      'conflict',
    );
    expect(
      classifyDatabaseError({
        meta: { driverAdapterError: { cause: { kind: 'TransactionWriteConflict' } } },
      }),
    ).toBe('conflict');
    expect(classifyDatabaseError(Object.assign(new Error('write conflict'), { code: 'P2034' }))).toBe(
      'conflict',
    );
    for (const err of [
      Object.assign(new Error('x'), { code: 'P2028' }),
      prismaWrapped('P2010', postgres('40001')),
    ])
      expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it('leaves constraint violations, syntax errors, bugs and bare messages unclassified', () => {
    const notDatabaseFailures = [
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }),
      { meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } },
      prismaWrapped('P2010', postgres('23505')),
      Object.assign(new Error('syntax error'), { code: '42601', severity: 'ERROR' }),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new Error('connect ECONNREFUSED 10.0.0.5:5432'), // a message alone is not evidence
      'a string',
      undefined,
    ];
    for (const err of notDatabaseFailures) expect(classifyDatabaseError(err)).toBeUndefined();
  });

  it('survives cycles in the cause chain', () => {
    const a: Record<string, unknown> = { message: 'a' };
    const b: Record<string, unknown> = { message: 'b', cause: a };
    a.cause = b;
    expect(classifyDatabaseError(a)).toBeUndefined();
  });
});
