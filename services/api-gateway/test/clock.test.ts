// GET /v1/clock: the platform time from service-kit's now() (the demo clock when AFTERSALES_CLOCK_*
// are set), for any signed-in user, documented in the gateway's part of /openapi.json.
import request from 'supertest';
import { createLogger, issueToken, resetClock } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';
import { clockResponse } from '../src/platform-clock';

const logger = createLogger({ service: 'api-gateway', level: 'silent' });
const secret = 'test-secret-0123456789-0123456789-abcdef';
const down = 'http://127.0.0.1:9'; // nothing listens: no upstream is needed for the clock
const env = {
  AUTH_ISSUER: 'test-issuer',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: secret,
  NODE_ENV: 'test',
  CUSTOMER_URL: down,
  REPAIR_URL: down,
  PARTS_PROCUREMENT_URL: down,
  COMPLAINT_URL: down,
  ANALYTICS_URL: down,
};
const technicianToken = issueToken(
  { secret, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
  { userId: 'u-1', tenantId: 'dg-1', dealerIds: '*', centreIds: '*', roles: ['technician'] },
);
const clockVars = ['AFTERSALES_CLOCK_ORIGIN', 'AFTERSALES_CLOCK_ANCHOR_MS', 'AFTERSALES_CLOCK_SPEED'];

describe('GET /v1/clock', () => {
  const app = createGatewayApp(loadGatewayConfig(env), logger);
  let technician: string;
  beforeAll(async () => {
    technician = await technicianToken;
  });

  afterEach(() => {
    for (const name of clockVars) delete process.env[name];
    resetClock();
  });

  it('answers the real time when no demo clock is set', async () => {
    const before = Date.now();
    const res = await request(app).get('/v1/clock').set('authorization', `Bearer ${technician}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(clockResponse.safeParse(res.body).success).toBe(true);
    const at = Date.parse((res.body as { now: string }).now);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it("answers the demo clock's simulated time when AFTERSALES_CLOCK_* are set", async () => {
    const anchorMs = Date.now();
    Object.assign(process.env, {
      AFTERSALES_CLOCK_ORIGIN: '2030-03-04T06:00:00.000Z',
      AFTERSALES_CLOCK_ANCHOR_MS: String(anchorMs),
      AFTERSALES_CLOCK_SPEED: '1',
    });
    resetClock();
    const res = await request(app).get('/v1/clock').set('authorization', `Bearer ${technician}`);
    expect(res.status).toBe(200);
    const elapsed = Date.parse((res.body as { now: string }).now) - Date.parse('2030-03-04T06:00:00.000Z');
    expect(elapsed).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThanOrEqual(Date.now() - anchorMs);
  });

  it('refuses a caller without a token', async () => {
    const res = await request(app).get('/v1/clock');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('is documented in /openapi.json with the schema of what it answers', async () => {
    const doc = (await request(app).get('/openapi.json')).body as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } } & { 'x-service'?: string }>;
      components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
    };
    const clock = doc.paths['/v1/clock']!;
    expect(clock['x-service']).toBe('api-gateway');
    expect(Object.keys(clock.get!.responses).sort()).toEqual(['200', '401', '429']);
    expect(doc.components.schemas.PlatformClock!.required).toEqual(['now']);
    expect(Object.keys(doc.components.schemas.PlatformClock!.properties!)).toEqual(['now']);
  });
});
