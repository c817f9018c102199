import request from 'supertest';
import { z } from 'zod';
import {
  assertVersion,
  createApp,
  decodeCursor,
  idempotencyKeyOf,
  page,
  paginationQuerySchema,
  requireIfMatch,
  route,
  setETag,
  validate,
  validated,
} from '../src';
import { memoryLogger } from './helpers';

const createOrder = z.object({
  vehicleId: z.uuid(),
  lines: z.array(z.object({ partId: z.string().min(1), qty: z.number().int().positive() })).min(1),
});
const orderParams = z.object({ id: z.string().regex(/^ro-\d+$/) });
const listQuery = paginationQuerySchema.extend({ status: z.enum(['OPEN', 'CLOSED']).optional() });

// A tiny in-memory "repository" to exercise the conventions end to end.
function buildApp() {
  const rows = Array.from({ length: 5 }, (_, i) => ({ id: `ro-${i + 1}`, version: 1, status: 'OPEN' }));
  const seenKeys = new Map<string, unknown>();
  return createApp({
    service: 'repair',
    logger: memoryLogger().logger,
    configure: (app) => {
      // Middleware form: values on res.locals.validated, body also on req.body.
      app.post(
        '/v1/mw/:id',
        validate({ params: orderParams, body: createOrder, query: listQuery }),
        (req, res) => {
          const input = validated<{
            params: typeof orderParams;
            body: typeof createOrder;
            query: typeof listQuery;
          }>(res);
          res.json({ input, reqBody: req.body, rawQuery: req.query });
        },
      );

      // Typed route helper.
      app.get(
        '/v1/repair-orders',
        route({ query: listQuery }, ({ query }) => {
          const after = query.cursor
            ? decodeCursor(query.cursor, z.object({ id: z.string() })).id
            : undefined;
          const start = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
          const slice = rows
            .filter((r) => !query.status || r.status === query.status)
            .slice(start, start + query.limit + 1);
          return page(slice, query.limit, (r) => ({ id: r.id }));
        }),
      );
      app.post(
        '/v1/repair-orders',
        route(
          { body: createOrder },
          async ({ body }, req) => {
            const key = idempotencyKeyOf(req, { required: true });
            if (seenKeys.has(key)) return seenKeys.get(key);
            const created = { id: `ro-${rows.length + 1}`, ...body };
            seenKeys.set(key, created);
            return created;
          },
          { status: 201 },
        ),
      );
      app.patch(
        '/v1/repair-orders/:id',
        route(
          { params: orderParams, body: z.object({ status: z.enum(['OPEN', 'CLOSED']) }) },
          ({ params, body }, req, res) => {
            const row = rows.find((r) => r.id === params.id);
            if (!row) return undefined;
            assertVersion(requireIfMatch(req), row.version);
            row.status = body.status;
            row.version += 1;
            setETag(res, row.version);
            return row;
          },
        ),
      );
      app.delete(
        '/v1/repair-orders/:id',
        route({ params: orderParams }, async () => {
          await new Promise((resolve) => setImmediate(resolve));
          throw new Error('db exploded with secret');
        }),
      );
      app.get(
        '/v1/already-sent',
        route({}, (_input, _req, res) => {
          res.status(302).location('/elsewhere').end();
          return { ignored: true };
        }),
      );
    },
  });
}

const vehicleId = '0b6d1c2e-8f1a-4c3b-9d2e-1f2a3b4c5d6e';

describe('validate()', () => {
  it('attaches parsed params, query and body; body replaces req.body; req.query stays raw', async () => {
    const res = await request(buildApp())
      .post('/v1/mw/ro-7?limit=10&extra=1')
      .send({ vehicleId, lines: [{ partId: 'p1', qty: 2 }], unknown: 'stripped' });
    expect(res.status).toBe(200);
    expect(res.body.input).toEqual({
      params: { id: 'ro-7' },
      query: { limit: 10 },
      body: { vehicleId, lines: [{ partId: 'p1', qty: 2 }] },
    });
    expect(res.body.reqBody).toEqual(res.body.input.body);
    expect(res.body.rawQuery).toEqual({ limit: '10', extra: '1' });
  });

  it('reports every problem across params, query and body in one 400', async () => {
    const res = await request(buildApp())
      .post('/v1/mw/nope?limit=500')
      .send({ vehicleId: 'not-a-uuid', lines: [{ partId: '', qty: 0 }] });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:aftersales:problem:validation');
    const paths = (res.body.errors as { path: string; message: string }[]).map((e) => e.path);
    expect(paths).toEqual([
      'params.id',
      'query.limit',
      'body.vehicleId',
      'body.lines[0].partId',
      'body.lines[0].qty',
    ]);
    for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  });

  it('treats a missing body as invalid, not as a crash', async () => {
    const res = await request(buildApp()).post('/v1/mw/ro-1');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('body');
  });
});

describe('route()', () => {
  it('returns the handler result as JSON with the given status', async () => {
    const res = await request(buildApp())
      .post('/v1/repair-orders')
      .set('Idempotency-Key', 'k-1')
      .send({ vehicleId, lines: [{ partId: 'p1', qty: 1 }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'ro-6', vehicleId });
  });

  it('forwards async errors to the error handler as a generic 500', async () => {
    const res = await request(buildApp()).delete('/v1/repair-orders/ro-1');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret');
  });

  it('sends 204 when the handler returns undefined', async () => {
    const res = await request(buildApp())
      .patch('/v1/repair-orders/ro-99')
      .set('If-Match', '"1"')
      .send({ status: 'CLOSED' });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it('leaves a response the handler already sent alone', async () => {
    const res = await request(buildApp()).get('/v1/already-sent').redirects(0);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/elsewhere');
  });
});

describe('conventions end to end', () => {
  it('pages with limit and an opaque cursor', async () => {
    const app = buildApp();
    const first = await request(app).get('/v1/repair-orders?limit=2');
    expect(first.body.items.map((r: { id: string }) => r.id)).toEqual(['ro-1', 'ro-2']);
    const second = await request(app).get(`/v1/repair-orders?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual(['ro-3', 'ro-4']);
    const last = await request(app).get(`/v1/repair-orders?limit=2&cursor=${second.body.nextCursor}`);
    expect(last.body).toEqual({ items: [{ id: 'ro-5', version: 1, status: 'OPEN' }], nextCursor: null });
    const defaults = await request(app).get('/v1/repair-orders');
    expect(defaults.body.items).toHaveLength(5);
  });

  it('400s a tampered cursor', async () => {
    const res = await request(buildApp()).get('/v1/repair-orders?cursor=bm90LWpzb24');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'query.cursor', message: 'Invalid cursor' }]);
  });

  it('requires If-Match (428), rejects stale versions (412) and returns the new ETag', async () => {
    const app = buildApp();
    const missing = await request(app).patch('/v1/repair-orders/ro-1').send({ status: 'CLOSED' });
    expect(missing.status).toBe(428);
    const ok = await request(app)
      .patch('/v1/repair-orders/ro-1')
      .set('If-Match', '"1"')
      .send({ status: 'CLOSED' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await request(app)
      .patch('/v1/repair-orders/ro-1')
      .set('If-Match', '"1"')
      .send({ status: 'OPEN' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });
  });

  it('does not add express body-hash ETags', async () => {
    const res = await request(buildApp()).get('/v1/repair-orders');
    expect(res.headers.etag).toBeUndefined();
  });

  it('requires a valid Idempotency-Key and replays by it', async () => {
    const app = buildApp();
    const body = { vehicleId, lines: [{ partId: 'p1', qty: 1 }] };
    expect((await request(app).post('/v1/repair-orders').send(body)).status).toBe(400);
    expect(
      (await request(app).post('/v1/repair-orders').set('Idempotency-Key', 'a b').send(body)).status,
    ).toBe(400);
    const a = await request(app).post('/v1/repair-orders').set('Idempotency-Key', 'same').send(body);
    const b = await request(app).post('/v1/repair-orders').set('Idempotency-Key', 'same').send(body);
    expect(b.body).toEqual(a.body);
  });
});
