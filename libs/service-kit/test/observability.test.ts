import { Counter, register } from 'prom-client';
import request from 'supertest';
import { authenticate, createApp, issueToken } from '../src';
import { memoryLogger } from './helpers';

const auth = {
  issuer: 'obs-test',
  audience: 'aftersales',
  hs256Secret: 'observability-secret-0123456789-abcdef',
};

describe('observability', () => {
  it('serves metrics that libraries registered globally next to the app metrics', async () => {
    const counter = new Counter({ name: 'test_library_events_total', help: 'a library counter' });
    counter.inc(3);
    try {
      const res = await request(createApp({ service: 'obs', logger: memoryLogger().logger })).get('/metrics');
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/^test_library_events_total 3$/m);
      expect(res.text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    } finally {
      register.removeSingleMetric('test_library_events_total');
    }
  });

  it('puts the caller tenant on the request log line', async () => {
    const mem = memoryLogger('obs');
    const app = createApp({
      service: 'obs',
      logger: mem.logger,
      configure: (a) => {
        a.use('/v1', authenticate(auth));
        a.get('/v1/things', (_req, res) => void res.json([]));
      },
    });
    const token = await issueToken(
      { secret: auth.hs256Secret, issuer: auth.issuer, audience: auth.audience },
      { userId: 'u1', tenantId: 'dg-north', dealerIds: '*', centreIds: '*', roles: ['analyst'] },
    );
    expect((await request(app).get('/v1/things').set('authorization', `Bearer ${token}`)).status).toBe(200);
    const line = mem.lines().find((l) => (l.req as { url?: string } | undefined)?.url === '/v1/things');
    expect(line).toMatchObject({ tenantId: 'dg-north' });
  });
});
