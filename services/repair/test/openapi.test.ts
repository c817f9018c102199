// The repair API documents itself: /openapi.json lists every /v1 route with the zod schemas of
// its body, query and path parameters, its summary, roles, success body and problem statuses (the
// gateway merges these into one document).
import request from 'supertest';
import { startHarness, type Harness } from './harness';

describe('repair OpenAPI document', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('openapi');
  });
  afterAll(async () => {
    await h.close();
  });

  it('covers the repair-order workflow with request schemas', async () => {
    const res = await request(h.app).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/v1/repair-orders',
      '/v1/repair-orders/{id}',
      '/v1/repair-orders/{id}/diagnosis',
      '/v1/repair-orders/{id}/quotes/{version}/approval',
      '/v1/bookings',
      '/v1/service-centres',
      '/v1/rescues',
      '/v1/rescue-rosters/{regionId}',
      '/v1/emergencies',
      '/v1/training-sessions/{id}/results',
      '/v1/certification-requirements/{jobType}',
      '/v1/partner-qualifications/{centreId}/audits',
      '/v1/safety-inspections/{id}/hazards/{hazardId}/verification',
    ]) {
      expect(paths).toContain(p);
    }
    const reception = res.body.paths['/v1/repair-orders'].post;
    expect(reception.requestBody.content['application/json'].schema.properties).toHaveProperty('centreId');
    expect(res.body.paths['/v1/repair-orders'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'centreId']),
    );
  });

  it('gives every operation a summary, roles and a JSON schema for every success body', async () => {
    interface Operation {
      summary?: string;
      description?: string;
      responses: Record<string, { content?: Record<string, { schema?: object }> }>;
    }
    const res = await request(h.app).get('/openapi.json');
    const paths = res.body.paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    const gaps: string[] = [];
    let bodies = 0;
    let noContent = 0;
    for (const { name, op } of operations) {
      if (!op.summary?.trim() || op.summary.includes('\n')) gaps.push(`${name}: no one-line summary`);
      if (!op.description?.startsWith('Roles: ')) gaps.push(`${name}: no roles`);
      const success = Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status));
      if (success.length !== 1) gaps.push(`${name}: ${success.length} success statuses`);
      for (const status of success) {
        if (status === '204') noContent += 1;
        else if (op.responses[status]!.content?.['application/json']?.schema) bodies += 1;
        // Files (a PDF, an image): binary content of their media types.
        else if (
          Object.values(op.responses[status]!.content ?? {}).some(
            (c) => (c.schema as { format?: string } | undefined)?.format === 'binary',
          )
        )
          bodies += 1;
        else gaps.push(`${name}: ${status} has no JSON schema`);
      }
    }
    console.log(
      `repair OpenAPI: ${operations.length} operations, all with a summary and roles; ` +
        `${bodies} success bodies with a JSON schema, ${noContent} answer 204 without a body`,
    );
    expect(gaps).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(59);
    expect(bodies + noContent).toBe(operations.length);
    // A command answers 200 with the updated resource, a create 201, a delete 204.
    expect(Object.keys(paths['/v1/repair-orders/{id}/diagnosis']!.post!.responses)).toContain('200');
    expect(Object.keys(paths['/v1/repair-orders']!.post!.responses)).toContain('201');
    expect(Object.keys(paths['/v1/sla-standards/{stage}']!.delete!.responses)).toContain('204');
    expect(Object.keys(paths['/v1/repair-orders/{id}/assignment']!.post!.responses)).toEqual(
      expect.arrayContaining(['409', '412', '422', '428']),
    );
  });
});
