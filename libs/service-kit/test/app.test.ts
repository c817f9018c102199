import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import {
  HttpProblem,
  PROBLEM_CONTENT_TYPE,
  conflict,
  createApp,
  markShuttingDown,
  type CreateAppOptions,
} from '../src';
import { memoryLogger } from './helpers';

function build(overrides: Partial<CreateAppOptions> = {}) {
  const logs = memoryLogger('repair');
  const app = createApp({
    service: 'repair',
    logger: logs.logger,
    configure: (a) => {
      a.post('/v1/echo', (req, res) => {
        res.status(201).json({ received: req.body, requestId: req.id });
      });
      a.get('/v1/orders/:id', (req, res) => {
        res.json({ id: req.params.id });
      });
      a.get('/v1/conflict', () => {
        throw conflict('Bay 3 is taken.', { bayId: 'bay-3' });
      });
      a.get('/v1/custom', () => {
        throw new HttpProblem(422, { type: 'urn:aftersales:problem:quote-expired', title: 'Quote expired' });
      });
      a.get('/v1/zod', () => {
        z.object({ vin: z.string().length(17) }).parse({ vin: 'short' });
      });
      a.get('/v1/boom', () => {
        throw new Error('secret internal detail');
      });
      a.get('/v1/boom-async', async () => {
        await Promise.resolve();
        throw new Error('secret async detail at postgres://admin:pw@db');
      });
      const v1 = express.Router();
      v1.get('/parts/:partId', (req, res) => {
        res.json({ partId: req.params.partId });
      });
      a.use('/v1', v1);
    },
    ...overrides,
  });
  return { app, ...logs };
}

const problemType = new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`);

describe('request id', () => {
  it('takes a sane x-request-id, echoes it, exposes it on req and logs it', async () => {
    const { app, lines } = build();
    const res = await request(app).post('/v1/echo').set('X-Request-Id', 'gw-abc.123').send({ a: 1 });
    expect(res.status).toBe(201);
    expect(res.headers['x-request-id']).toBe('gw-abc.123');
    expect(res.body.requestId).toBe('gw-abc.123');
    const completed = lines().find((l) => l.msg === 'request completed');
    expect(completed).toMatchObject({ requestId: 'gw-abc.123', service: 'repair' });
  });

  it.each(['has spaces', 'x'.repeat(129), '"quoted"', 'semi;colon', ''])(
    'replaces an insane id %p with a uuid',
    async (id) => {
      const { app } = build();
      const res = await request(app).get('/health/live').set('X-Request-Id', id);
      expect(res.headers['x-request-id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    },
  );

  it('generates a different uuid per request when none is given', async () => {
    const { app } = build();
    const a = await request(app).get('/health/live');
    const b = await request(app).get('/health/live');
    expect(a.headers['x-request-id']).toBeTruthy();
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('logging', () => {
  it('logs requests without headers and with sensitive query values redacted', async () => {
    const { app, raw, lines } = build();
    await request(app)
      .get('/v1/orders/ro-1?email=ada@example.com&phone=123456&limit=5')
      .set('Authorization', 'Bearer top-secret-jwt');
    const output = raw();
    expect(output).not.toContain('top-secret-jwt');
    expect(output).not.toContain('ada@example.com');
    expect(output).not.toContain('123456');
    const completed = lines().find((l) => l.msg === 'request completed') as { req: { url: string } };
    expect(completed.req.url).toBe('/v1/orders/ro-1?email=%5BRedacted%5D&phone=%5BRedacted%5D&limit=5');
  });

  it('at level warn writes no line for a success but one for a client error, with its request id', async () => {
    const { app, logger, lines } = build();
    logger.level = 'warn';
    await request(app).get('/v1/orders/ro-1').set('X-Request-Id', 'ok-1').expect(200);
    await request(app).get('/v1/conflict').set('X-Request-Id', 'conflict-1').expect(409);
    expect(lines().map((l) => l.requestId)).toEqual(['conflict-1']);
    expect(lines()[0]).toMatchObject({ level: 'warn', msg: 'request completed', res: { statusCode: 409 } });
  });

  it('gives handlers a req.log that carries the request id', async () => {
    const { app, lines } = build({
      configure: (a) => a.get('/v1/log', (req, res) => void (req.log.info('handled'), res.json({}))),
    });
    await request(app).get('/v1/log').set('X-Request-Id', 'log-1').expect(200);
    expect(lines().find((l) => l.msg === 'handled')).toMatchObject({ requestId: 'log-1', service: 'repair' });
  });

  it('does not log health and metrics probes', async () => {
    const { app, lines } = build();
    await request(app).get('/health/live');
    await request(app).get('/metrics');
    expect(lines().filter((l) => l.msg === 'request completed')).toHaveLength(0);
  });
});

describe('security headers and body parsing', () => {
  it('sets helmet headers and hides x-powered-by', async () => {
    const { app } = build();
    const res = await request(app).get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('parses application/json and +json media types (merge-patch)', async () => {
    const { app } = build();
    const res = await request(app)
      .post('/v1/echo')
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ mileage: 42 }));
    expect(res.body.received).toEqual({ mileage: 42 });
  });

  it('answers a too-large body with 413 problem+json', async () => {
    const { app } = build({ bodyLimit: '1kb' });
    const res = await request(app)
      .post('/v1/echo')
      .send({ blob: 'x'.repeat(2048) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.body).toMatchObject({ status: 413, title: 'Payload Too Large', instance: '/v1/echo' });
  });

  it('leaves a body unread where parseJsonBody says no (the gateway streams those on)', async () => {
    const { app } = build({
      bodyLimit: '1kb',
      parseJsonBody: (req) => !req.url?.startsWith('/v1/raw'),
      configure: (a) => {
        a.post('/v1/raw', async (req, res) => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          res.json({ parsed: req.body !== undefined, bytes: Buffer.concat(chunks).length });
        });
        a.post('/v1/echo', (req, res) => {
          res.status(201).json({ received: req.body });
        });
      },
    });
    const body = JSON.stringify({ blob: 'x'.repeat(2048) });
    const raw = await request(app).post('/v1/raw').set('content-type', 'application/json').send(body);
    expect(raw.body).toEqual({ parsed: false, bytes: body.length });
    // Everything else is parsed, and limited, as before.
    expect((await request(app).post('/v1/echo').send({ a: 1 })).body.received).toEqual({ a: 1 });
    expect(
      (await request(app).post('/v1/echo').send(body).set('content-type', 'application/json')).status,
    ).toBe(413);
  });

  it('defaults the body limit to 256kb', async () => {
    const { app } = build();
    const ok = await request(app)
      .post('/v1/echo')
      .send({ blob: 'x'.repeat(200 * 1024) });
    expect(ok.status).toBe(201);
    const tooLarge = await request(app)
      .post('/v1/echo')
      .send({ blob: 'x'.repeat(300 * 1024) });
    expect(tooLarge.status).toBe(413);
  });

  it('answers malformed JSON with 400 problem+json without quoting the body', async () => {
    const { app } = build();
    const res = await request(app)
      .post('/v1/echo')
      .set('Content-Type', 'application/json')
      .send('{"email": "ada@example.com", oops');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.body).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
    expect(JSON.stringify(res.body)).not.toContain('ada@example.com');
  });
});

describe('health', () => {
  it('is live', async () => {
    const { app } = build();
    const res = await request(app).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'live' });
  });

  it('is ready when every check passes', async () => {
    const { app } = build({ readiness: { db: async () => undefined, kafka: async () => undefined } });
    const res = await request(app).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { db: 'ok', kafka: 'ok' } });
  });

  it('is 503 problem+json listing failing and timed-out checks, without their error messages', async () => {
    const { app, lines } = build({
      readinessTimeoutMs: 50,
      readiness: {
        db: async () => undefined,
        kafka: async () => {
          throw new Error('connect ECONNREFUSED 10.1.2.3:9092');
        },
        slow: () => new Promise<void>(() => undefined),
      },
    });
    const res = await request(app).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.body).toMatchObject({
      status: 503,
      checks: { db: 'ok', kafka: 'failed', slow: 'timeout' },
      failing: ['kafka', 'slow'],
    });
    expect(JSON.stringify(res.body)).not.toContain('10.1.2.3');
    expect(lines().some((l) => l.msg === 'readiness check failed' && l.check === 'kafka')).toBe(true);
  });

  it('is 503 once shutdown has started, without running checks', async () => {
    const check = jest.fn(async () => undefined);
    const { app } = build({ readiness: { db: check } });
    markShuttingDown(app);
    const res = await request(app).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.detail).toBe('The service is shutting down.');
    expect(check).not.toHaveBeenCalled();
    expect((await request(app).get('/health/live')).status).toBe(200);
  });
});

describe('metrics', () => {
  it('exposes default process metrics and a duration histogram labelled by route pattern', async () => {
    const { app } = build();
    await request(app).get('/v1/orders/ro-123');
    await request(app).get('/v1/parts/p-9');
    await request(app).get('/v1/nope/ro-123');
    const res = await request(app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toMatch(
      /http_request_duration_seconds_count\{service="repair",method="GET",route="\/v1\/orders\/:id",status="200"\} 1/,
    );
    expect(res.text).toMatch(/route="\/v1\/parts\/:partId",status="200"/);
    expect(res.text).toMatch(/route="unmatched",status="404"/);
    expect(res.text).not.toContain('ro-123');
  });

  it('gives each app its own registry', () => {
    expect(() => {
      build();
      build();
    }).not.toThrow();
  });
});

describe('problem+json errors', () => {
  it('404s unknown routes', async () => {
    const { app } = build();
    const res = await request(app).get('/v1/unknown?email=ada@example.com').set('X-Request-Id', 'rid-404');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.body).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No route for GET /v1/unknown.',
      instance: '/v1/unknown',
      requestId: 'rid-404',
    });
  });

  it('renders an HttpProblem with its detail and extension members', async () => {
    const { app } = build();
    const res = await request(app).get('/v1/conflict').set('X-Request-Id', 'rid-1');
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Bay 3 is taken.',
      instance: '/v1/conflict',
      requestId: 'rid-1',
      bayId: 'bay-3',
    });
  });

  it('renders a custom problem type and title', async () => {
    const { app } = build();
    const res = await request(app).get('/v1/custom');
    expect(res.body).toMatchObject({
      type: 'urn:aftersales:problem:quote-expired',
      title: 'Quote expired',
      status: 422,
    });
  });

  it('renders a ZodError as 400 with errors[]', async () => {
    const { app } = build();
    const res = await request(app).get('/v1/zod');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.body).toMatchObject({ status: 400, type: 'urn:aftersales:problem:validation' });
    expect(res.body.errors).toEqual([{ path: 'vin', message: expect.stringContaining('17') }]);
  });

  it.each(['/v1/boom', '/v1/boom-async'])(
    'renders %s as a generic 500 and logs the real error',
    async (path) => {
      const { app, lines } = build();
      const res = await request(app).get(path).set('X-Request-Id', 'rid-500');
      expect(res.status).toBe(500);
      expect(res.headers['content-type']).toMatch(problemType);
      expect(res.body).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'An unexpected error occurred.',
        instance: path,
        requestId: 'rid-500',
      });
      expect(res.text).not.toMatch(/secret|stack|at .*\.ts|postgres/);
      const logged = lines().find((l) => l.msg === 'request failed') as {
        err: { message: string; stack: string };
        requestId: string;
      };
      expect(logged.err.message).toMatch(/secret/);
      expect(logged.err.stack).toContain('app.test.ts');
      expect(logged.requestId).toBe('rid-500');
    },
  );
});
