// The API document (GET /openapi.json) describes every /v1 operation: a one-line summary, the
// roles that may call it, and a JSON schema for every success body (204s have none). Counted
// from the document the app serves, so a route added without them fails here.
import request from 'supertest';
import { authConfigFromEnv, createLogger, listRoutes } from '@aftersales/service-kit';
import { buildApp } from '../src/app';
import { loadComplaintConfig } from '../src/config';
import { defaultsFromConfig } from '../src/context-from-config';
import { type PrismaClient } from '../src/db/client';
import { AUTH_ENV } from './harness';

interface Operation {
  summary?: string;
  description?: string;
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

describe('OpenAPI document', () => {
  // Serving the document touches neither the database nor Kafka.
  const config = loadComplaintConfig({
    DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
    LOG_LEVEL: 'silent',
    ...AUTH_ENV,
  });
  const app = buildApp({
    ctx: { prisma: {} as PrismaClient, defaults: defaultsFromConfig(config), now: () => new Date() },
    logger: createLogger({ service: 'complaint', level: 'silent' }),
    auth: authConfigFromEnv(config),
  });

  it('gives every operation a summary and every success body a JSON schema', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );

    // Every /v1 route of the app is in the document.
    const routes = listRoutes(app).filter((r) => r.path.startsWith('/v1'));
    expect(operations).toHaveLength(routes.length);

    const withoutSummary = operations.filter(({ op }) => !op.summary?.trim() || /\n/.test(op.summary));
    expect(withoutSummary.map((o) => o.name)).toEqual([]);

    let bodies = 0;
    let noContent = 0;
    const withoutSchema: string[] = [];
    for (const { name, op } of operations) {
      const [status, success] = Object.entries(op.responses).find(([s]) => /^2\d\d$/.test(s)) ?? [];
      if (!status || !success) {
        withoutSchema.push(`${name} (no success response)`);
        continue;
      }
      if (status === '204') {
        noContent += 1;
        continue;
      }
      const schema = success.content?.['application/json']?.schema;
      if (schema && Object.keys(schema).length > 0) bodies += 1;
      else withoutSchema.push(`${name} ${status}`);
    }
    expect(withoutSchema).toEqual([]);

    // Commands (POST sub-resources of one aggregate) answer 200 with the changed view; only a
    // new note is created (201).
    const created = operations.filter(
      ({ name, op }) => /^POST .*\{id\}\//.test(name) && !('200' in op.responses),
    );
    expect(created.map((o) => o.name)).toEqual(['POST /v1/complaints/{id}/notes']);

    // Roles are declared on every operation: staff ones name staff roles, /v1/me the customer.
    const withoutRoles = operations.filter(({ op }) => !op.description?.startsWith('Roles: '));
    expect(withoutRoles.map((o) => o.name)).toEqual([]);
    const customerOnly = operations.filter(({ op }) => op.description === 'Roles: customer.');
    expect(customerOnly.map((o) => o.name).sort()).toEqual([
      'GET /v1/me/complaints',
      'GET /v1/me/complaints/{id}',
      'GET /v1/me/export',
      'GET /v1/me/inquiries',
      'GET /v1/me/inquiries/{id}',
      'POST /v1/me/complaints',
      'POST /v1/me/inquiries',
    ]);

    console.log(
      `complaint OpenAPI: ${operations.length} operations, all with a summary; ` +
        `${bodies} success bodies with a JSON schema, ${noContent} without a body (204)`,
    );
  });
});
