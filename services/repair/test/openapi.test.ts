// The repair API documents itself: /openapi.json lists every /v1 route with the zod schemas of
// its body, query and path parameters (the gateway merges these into one document).
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
});
