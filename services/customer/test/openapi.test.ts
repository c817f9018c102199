// The API document of the customer service: every operation says what it does (summary) and
// what it answers (a JSON schema for every success with a body), so the document the gateway
// merges is complete. The schemas themselves are checked against every answer the other suites
// get (route() validates responses under NODE_ENV=test).
import request from 'supertest';
import { authConfigFromEnv, createLogger } from '@aftersales/service-kit';
import { buildApp } from '../src/app';
import { depsFromConfig } from '../src/application/deps';
import { loadCustomerConfig } from '../src/config';
import { type PrismaClient } from '../src/db/client';
import { AUTH_ENV, newKey } from './harness';

interface Operation {
  summary?: string;
  description?: string;
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

describe('OpenAPI document', () => {
  // Serving the document touches neither the database nor the broker.
  const config = loadCustomerConfig({
    DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
    CUSTOMER_MASTER_KEYS: `k1:${newKey()}`,
    CUSTOMER_ACTIVE_KEY_ID: 'k1',
    CUSTOMER_BLIND_INDEX_KEY: newKey(),
    LOG_LEVEL: 'silent',
    ...AUTH_ENV,
  });
  const app = buildApp({
    deps: depsFromConfig(config, {} as PrismaClient),
    auth: authConfigFromEnv(config),
    logger: createLogger({ service: 'customer', level: 'silent' }),
  });

  it('gives every operation a one-line summary and every success with a body a JSON schema', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, Operation>>;

    const operations: string[] = [];
    const missing: string[] = [];
    let summaries = 0;
    let schemas = 0;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`;
        operations.push(name);
        if (op.summary?.trim() && !op.summary.includes('\n')) summaries++;
        else missing.push(`${name}: no one-line summary`);
        const successes = Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status));
        if (successes.length !== 1) missing.push(`${name}: ${successes.length} success responses`);
        for (const status of successes) {
          if (status === '204') continue;
          if (op.responses[status]!.content?.['application/json']?.schema) schemas++;
          else missing.push(`${name}: ${status} without a JSON schema`);
        }
      }
    }
    console.log(
      `customer OpenAPI: ${operations.length} operations, ${summaries} with a summary, ` +
        `${schemas} success responses with a JSON schema`,
    );
    expect(missing).toEqual([]);
    expect(operations.every((o) => o.includes(' /v1/'))).toBe(true);
    // + 6: maintenance plans (4), GET /v1/me/maintenance, GET /v1/vehicles/{id}/maintenance.
    // + 8: /v1/me surveys (2), erasure-request (2), export; /v1/erasure-requests (3).
    // + 1: PATCH /v1/vehicles/{id} (the registration number).
    expect(operations).toHaveLength(23 + 6 + 8 + 1);
  });

  it('documents the roles of restricted operations and the statuses their commands answer', async () => {
    const paths = (await request(app).get('/openapi.json')).body.paths as Record<
      string,
      Record<string, Operation>
    >;
    expect(paths['/v1/customers/{id}/erasure']!.post!.description).toBe('Roles: admin.');
    expect(Object.keys(paths['/v1/customers/{id}']!.patch!.responses)).toEqual(
      expect.arrayContaining(['200', '409', '412', '422', '428']),
    );
    // Commands on an aggregate answer 200 with the aggregate; creating POSTs answer 201.
    expect(Object.keys(paths['/v1/vehicles/{id}/mileage']!.post!.responses)).toContain('200');
    expect(Object.keys(paths['/v1/vehicles']!.post!.responses)).toContain('201');
    expect(paths['/v1/erasure-requests/{id}/completion']!.post!.description).toBe('Roles: admin.');
    expect(Object.keys(paths['/v1/me/surveys/{invitationId}']!.post!.responses)).toEqual(
      expect.arrayContaining(['201', '409', '410']),
    );
    expect(paths['/v1/maintenance-plans']!.post!.description).toBe('Roles: admin.');
    expect(Object.keys(paths['/v1/maintenance-plans/{id}']!.patch!.responses)).toEqual(
      expect.arrayContaining(['200', '403', '409', '412', '422', '428']),
    );
    // The customer view documents its three forms of personal data.
    const customer = paths['/v1/customers/{id}']!.get!.responses['200']!.content!['application/json']!
      .schema as { oneOf?: { properties: { piiAccess: { const: string } } }[] };
    expect(customer.oneOf?.map((s) => s.properties.piiAccess.const)).toEqual([
      'decrypted',
      'masked',
      'erased',
    ]);
  });
});
