// The API document (GET /openapi.json) describes every /v1 operation with a one-line summary,
// its roles and a JSON schema for its success body, so a route added without them fails here.
import request from 'supertest';
import { authConfigFromEnv, createLogger, listRoutes } from '@aftersales/service-kit';
import { buildApp } from '../src/app';
import { loadNotificationConfig } from '../src/config';
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
  const config = loadNotificationConfig({
    DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
    LOG_LEVEL: 'silent',
    ...AUTH_ENV,
  });
  const app = buildApp({
    prisma: {} as PrismaClient,
    defaults: defaultsFromConfig(config),
    logger: createLogger({ service: 'notification', level: 'silent' }),
    auth: authConfigFromEnv(config),
  });

  it('gives every operation a summary, its roles and a success schema', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.map((o) => o.name).sort()).toEqual([
      'DELETE /v1/notifications/templates/{key}/{locale}',
      'GET /v1/me/export',
      'GET /v1/notifications',
      'GET /v1/notifications/dead-letters',
      'GET /v1/notifications/preferences/{customerId}',
      'GET /v1/notifications/templates/{key}/{locale}',
      'POST /v1/notifications/dead-letters/{id}/resend',
      'PUT /v1/notifications/preferences/{customerId}',
      'PUT /v1/notifications/templates/{key}/{locale}',
    ]);
    expect(listRoutes(app).filter((r) => r.path.startsWith('/v1'))).toHaveLength(operations.length);
    for (const { name, op } of operations) {
      expect({ name, summary: !!op.summary?.trim() }).toEqual({ name, summary: true });
      expect({ name, roles: op.description?.startsWith('Roles: ') }).toEqual({ name, roles: true });
      expect(op.responses['200']?.content?.['application/json']?.schema).toBeDefined();
    }
  });
});
