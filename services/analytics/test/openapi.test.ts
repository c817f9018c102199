// Analytics' part of the API document (GET /openapi.json, which the gateway merges): every /v1
// operation has a one-line summary and its roles, and every success answer other than a 204 has
// the JSON schema of its body (route()'s `response`, checked against every answer in the other
// suites), so the document describes what the service really sends.
import request from 'supertest';
import { createLogger } from '@aftersales/service-kit';
import { buildApp } from '../src/app';
import { type PrismaClient } from '../src/db/client';
import { AUTH, SETTINGS } from './harness';

interface Operation {
  summary?: string;
  description?: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('the OpenAPI document', () => {
  // Building the document touches no database.
  const app = buildApp({
    prisma: {} as PrismaClient,
    logger: createLogger({ service: 'analytics-test', level: 'silent' }),
    auth: AUTH,
    settings: SETTINGS,
  });

  it('gives every operation a summary and roles, and every success body a JSON schema', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = (res.body as { paths: Record<string, Record<string, Operation>> }).paths;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    const gaps: string[] = [];
    let summaries = 0;
    let bodies = 0;
    for (const { name, op } of operations) {
      if (op.summary && !op.summary.includes('\n')) summaries++;
      else gaps.push(`${name}: no one-line summary`);
      if (!op.description?.startsWith('Roles: ')) gaps.push(`${name}: no roles`);
      const successes = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      if (successes.length !== 1) gaps.push(`${name}: ${successes.length} success statuses`);
      for (const status of successes.filter((s) => s !== '204')) {
        if (op.responses[status]?.content?.['application/json']?.schema) bodies++;
        else gaps.push(`${name}: ${status} without a JSON schema`);
      }
    }
    console.log(
      `analytics /openapi.json: ${operations.length} operations, ${summaries} with a summary, ` +
        `${bodies} success bodies with a JSON schema`,
    );
    expect(gaps).toEqual([]);
    expect(operations.length).toBeGreaterThan(0);
  });

  it('documents the status each operation really answers with', async () => {
    const doc = (await request(app).get('/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    // The emission creates no resource: 200 with what it published, not a POST's default 201.
    expect(Object.keys(doc.paths['/v1/forecasts/parts-demand/emissions']!.post!.responses)).toContain('200');
    expect(Object.keys(doc.paths['/v1/forecasts/parts-demand/emissions']!.post!.responses)).not.toContain(
      '201',
    );
  });
});
