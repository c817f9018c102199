import { Router } from 'express';
import request from 'supertest';
import { z } from 'zod';
import {
  authenticate,
  createApp,
  issueToken,
  listRoutes,
  openApiSchema,
  route,
  validate,
  type Role,
} from '../src';
import { memoryLogger } from './helpers';

function appWithRoutes() {
  const things = Router();
  things.get(
    '/v1/things',
    route(
      {
        query: z.object({
          limit: z.coerce.number().int().max(50).optional(),
          status: z.enum(['open', 'closed']),
        }),
      },
      () => [],
    ),
  );
  things.post(
    '/v1/things',
    route({ body: z.object({ name: z.string().min(1), qty: z.int().positive() }) }, () => ({ id: 't-1' }), {
      status: 201,
      idempotencyKey: 'required',
    }),
  );
  things.post(
    '/v1/things/:id/approval',
    validate({ params: z.object({ id: z.string() }) }),
    (_req, res) => void res.status(204).end(),
  );
  const widgets = Router();
  widgets.get(
    '/',
    route({}, () => []),
  );
  widgets.patch(
    '/:widgetId',
    route(
      { params: z.object({ widgetId: z.string() }), body: z.object({ colour: z.string() }) },
      () => ({}),
      {
        problems: [412, 428],
      },
    ),
  );
  return createApp({
    service: 'things',
    logger: memoryLogger().logger,
    configure: (app) => {
      app.use(things);
      app.use('/v1/widgets', widgets);
      app.get('/v1/plain', (_req, res) => void res.json({}));
    },
  });
}

describe('generated OpenAPI document', () => {
  it('lists every /v1 route with its method', () => {
    const routes = listRoutes(appWithRoutes()).filter((r) => r.path.startsWith('/v1'));
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'get /v1/plain',
      'get /v1/things',
      'get /v1/widgets',
      'patch /v1/widgets/{widgetId}',
      'post /v1/things',
      'post /v1/things/{id}/approval',
    ]);
  });

  it('is served at /openapi.json with parameters and request bodies from the zod schemas', async () => {
    const res = await request(appWithRoutes()).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.title).toBe('things');
    const list = res.body.paths['/v1/things'].get;
    expect(list.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'status',
          in: 'query',
          required: true,
          schema: expect.objectContaining({ enum: ['open', 'closed'] }),
        }),
        expect.objectContaining({ name: 'limit', in: 'query', required: false }),
      ]),
    );
    const create = res.body.paths['/v1/things'].post;
    expect(create.responses['201']).toBeDefined();
    expect(create.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: ['name', 'qty'],
      properties: { name: { type: 'string', minLength: 1 }, qty: { type: 'integer', exclusiveMinimum: 0 } },
    });
    // The conventions' headers: a create's Idempotency-Key, a change's If-Match (required with 428).
    expect(create.parameters).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    ]);
    expect(res.body.paths['/v1/widgets/{widgetId}'].patch.parameters).toEqual([
      expect.objectContaining({ name: 'widgetId', in: 'path' }),
      expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
    ]);
    expect(list.parameters.map((p: { name: string }) => p.name)).not.toContain('If-Match');
    expect(res.body.paths['/v1/things/{id}/approval'].post.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
    expect(res.body.paths['/v1/plain'].get.responses['200']).toBeDefined();
    expect(res.body.paths['/health/live']).toBeUndefined();
  });
});

describe('declared operations: roles, summary, response schema, problems', () => {
  const AUTH = { hs256Secret: 'openapi-test-secret-0123456789abcdef', issuer: 'test', audience: 'test' };
  const as = async (roles: Role[]) =>
    `Bearer ${await issueToken(
      { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
      { userId: 'u', tenantId: 't', dealerIds: '*', centreIds: '*', roles },
    )}`;
  const Thing = z.object({ id: z.string(), name: z.string() });
  function declaredApp(answer: unknown) {
    return createApp({
      service: 'things',
      logger: memoryLogger().logger,
      configure: (app) => {
        app.use('/v1', authenticate(AUTH));
        app.get(
          '/v1/things/:id',
          route({ params: z.object({ id: z.string() }) }, () => answer, {
            summary: 'Read a thing',
            roles: ['service-advisor'],
            response: Thing,
            problems: [409],
          }),
        );
      },
    });
  }

  it('refuses callers without the roles before doing anything', async () => {
    const app = declaredApp({ id: 't-1', name: 'x' });
    const res = await request(app)
      .get('/v1/things/t-1')
      .set('Authorization', await as(['technician']));
    expect(res.status).toBe(403);
    expect(res.body.requiredRoles).toEqual(['service-advisor']);
    expect(
      (
        await request(app)
          .get('/v1/things/t-1')
          .set('Authorization', await as(['service-advisor']))
      ).status,
    ).toBe(200);
  });

  it('checks answers against the declared schema under tests, so the document cannot drift', async () => {
    const app = declaredApp({ id: 't-1' }); // name missing
    const res = await request(app)
      .get('/v1/things/t-1')
      .set('Authorization', await as(['service-advisor']));
    expect(res.status).toBe(500);
  });

  it('documents summary, roles, tag, security, the response schema and the problem statuses', async () => {
    const doc = (await request(declaredApp({ id: 't', name: 'n' })).get('/openapi.json')).body;
    const op = doc.paths['/v1/things/{id}'].get;
    expect(op).toMatchObject({
      summary: 'Read a thing',
      description: 'Roles: service-advisor.',
      tags: ['things'],
      security: [{ bearer: [] }],
    });
    expect(op.responses['200'].content['application/json'].schema).toMatchObject({
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' } },
      required: ['id', 'name'],
    });
    expect(Object.keys(op.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '503',
      'default',
    ]);
  });
});

describe('openApiSchema', () => {
  it('writes a record keyed by an enum as an object with one property per key', () => {
    const weights = z.record(z.enum(['csi', 'nps']), z.number());
    expect(openApiSchema(weights, 'output')).toEqual({
      type: 'object',
      properties: { csi: { type: 'number' }, nps: { type: 'number' } },
      required: ['csi', 'nps'],
      additionalProperties: false,
    });
    // A record keyed by any string stays a map.
    expect(openApiSchema(z.record(z.string(), z.number()))).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'number' },
    });
  });
});
