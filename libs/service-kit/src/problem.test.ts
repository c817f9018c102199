import { z } from 'zod';
import {
  HttpProblem,
  ProblemTypes,
  badRequest,
  conflict,
  forbidden,
  formatIssuePath,
  notFound,
  preconditionFailed,
  preconditionRequired,
  toProblem,
  unauthorized,
  unprocessable,
} from './problem';

describe('HttpProblem', () => {
  it('defaults type to about:blank and title to the status phrase', () => {
    const problem = new HttpProblem(404);
    expect(problem.toJSON('/v1/x')).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      instance: '/v1/x',
    });
    expect(problem).toBeInstanceOf(Error);
  });

  it('carries detail, type and extension members, but extensions cannot overwrite core members', () => {
    const problem = new HttpProblem(409, {
      type: 'urn:aftersales:problem:slot-taken',
      title: 'Slot taken',
      detail: 'Bay 3 is booked at 10:00.',
      extra: { bayId: 'bay-3', status: 200, requestId: 'forged' },
    });
    expect(problem.toJSON()).toEqual({
      type: 'urn:aftersales:problem:slot-taken',
      title: 'Slot taken',
      status: 409,
      detail: 'Bay 3 is booked at 10:00.',
      bayId: 'bay-3',
    });
  });

  it.each([
    [badRequest, 400, 'Bad Request'],
    [unauthorized, 401, 'Unauthorized'],
    [forbidden, 403, 'Forbidden'],
    [notFound, 404, 'Not Found'],
    [conflict, 409, 'Conflict'],
    [preconditionFailed, 412, 'Precondition Failed'],
    [unprocessable, 422, 'Unprocessable Entity'],
    [preconditionRequired, 428, 'Precondition Required'],
  ])('%p builds a %i problem', (helper, status, title) => {
    const problem = helper('why', { hint: 1 });
    expect(problem.toJSON()).toEqual({ type: 'about:blank', title, status, detail: 'why', hint: 1 });
  });
});

describe('toProblem', () => {
  it('maps a ZodError to a 400 with errors[]', () => {
    const result = z.object({ qty: z.number().int().positive() }).safeParse({ qty: -1 });
    const problem = toProblem(result.error);
    expect(problem.status).toBe(400);
    expect(problem.type).toBe(ProblemTypes.validation);
    expect(problem.extra.errors).toEqual([{ path: 'qty', message: expect.any(String) }]);
  });

  it('maps a ZodError from another zod copy by shape', () => {
    const foreign = { name: 'ZodError', issues: [{ path: ['a'], message: 'bad', code: 'custom' }] };
    expect(toProblem(foreign).status).toBe(400);
  });

  it('hides the message of unknown errors, even ones with a 5xx status', () => {
    const unknown = toProblem(new Error('secret internal detail'));
    expect(unknown.status).toBe(500);
    expect(JSON.stringify(unknown.toJSON())).not.toContain('secret');
    const unavailable = toProblem(Object.assign(new Error('db at 10.0.0.5 down'), { status: 503 }));
    expect(unavailable.status).toBe(503);
    expect(JSON.stringify(unavailable.toJSON())).not.toContain('10.0.0.5');
  });

  it('keeps messages of client errors only when they are marked exposable', () => {
    expect(toProblem(Object.assign(new Error('nope'), { status: 405, expose: true })).detail).toBe('nope');
    expect(
      toProblem(Object.assign(new Error('internal'), { status: 400, expose: false })).detail,
    ).toBeUndefined();
  });

  it('maps a lost database to a retryable 503, whatever layer reports it', () => {
    // Shapes seen from Prisma 7 with @prisma/adapter-pg and from node-postgres.
    const prismaWrapped = Object.assign(new Error('Invalid `prisma.part.findMany()` invocation'), {
      code: 'P2039',
      meta: {
        driverAdapterError: Object.assign(new Error('[Redacted]'), {
          cause: {
            kind: 'postgres',
            code: '55000',
            originalCode: '55000',
            severity: 'FATAL',
            message: 'database "x" is not currently accepting connections',
          },
        }),
      },
    });
    const lost = [
      prismaWrapped,
      Object.assign(new Error("Can't reach database server"), { code: 'P1001' }),
      Object.assign(new Error('Timed out fetching a new connection from the connection pool'), {
        code: 'P2024',
      }),
      { meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable', host: '10.0.0.5' } } } },
      { meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } },
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
        severity: 'FATAL',
      }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03', severity: 'FATAL' }),
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' }),
      new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }),
    ];
    for (const err of lost) {
      const problem = toProblem(err);
      expect(problem.status).toBe(503);
      expect(problem.type).toBe(ProblemTypes.databaseUnavailable);
      expect(problem.headers['Retry-After']).toBe('2');
      expect(JSON.stringify(problem.toJSON())).not.toMatch(/10\.0\.0\.5|accepting|administrator/);
    }
  });

  it('maps a busy database (lock wait, transaction timeout, deadlock) to a retryable 503 of its own', () => {
    const busy = [
      Object.assign(new Error('deadlock detected'), { code: '40P01', severity: 'ERROR' }),
      Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
        code: 'P2028',
      }),
      { meta: { driverAdapterError: { cause: { kind: 'postgres', code: '55P03', originalCode: '55P03' } } } },
    ];
    for (const err of busy) {
      const problem = toProblem(err);
      expect(problem.status).toBe(503);
      expect(problem.type).toBe(ProblemTypes.databaseBusy);
      expect(problem.headers['Retry-After']).toBe('1');
    }
  });

  it('keeps other database errors (constraint violations, syntax) as they were', () => {
    const notLost = [
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }),
      { meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } },
      Object.assign(new Error('syntax error'), { code: '42601', severity: 'ERROR' }),
      new Error('connect ECONNREFUSED 10.0.0.5:5432'), // a message alone is not evidence
    ];
    for (const err of notLost) {
      expect(toProblem(err).status).toBe(500);
    }
    // A client error stays a client error even if a socket code rides along.
    expect(toProblem(Object.assign(new Error('aborted'), { status: 400, code: 'ECONNRESET' })).status).toBe(
      400,
    );
  });

  it('passes non-Error throwables to 500', () => {
    expect(toProblem('string thrown').status).toBe(500);
    expect(toProblem(undefined).status).toBe(500);
  });
});

describe('formatIssuePath', () => {
  it('renders nested paths with the location prefix', () => {
    expect(formatIssuePath(['items', 0, 'qty'], 'body')).toBe('body.items[0].qty');
    expect(formatIssuePath(['limit'])).toBe('limit');
    expect(formatIssuePath([], 'body')).toBe('body');
    expect(formatIssuePath([])).toBe('(root)');
  });
});
