// Customer self-service at the gateway, in front of stand-in services (real HTTP servers that
// verify the forwarded token with service-kit's authenticate, as the real services do): sign-in
// through the customer service's challenge answers, the session cookie, CSRF, routing of /v1/me
// by resource, the identity the services are told, limits, expiry, sign-out and the pages.
import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { authenticate, createLogger, identityOf, issueToken, type Identity } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';
import { gatewayOpenApi } from '../src/gateway-openapi';

const secret = 'test-secret-0123456789-0123456789-abcdef';
const authEnv = { AUTH_ISSUER: 'test-issuer', AUTH_AUDIENCE: 'aftersales', AUTH_HS256_SECRET: secret };
const CHALLENGE = '0b7e4a36-6f1f-4c39-9a3c-5f5d6c1e2a10';
const CUSTOMER = 'c0ffee00-0000-4000-8000-000000000001';

interface Seen {
  service: string;
  method: string;
  url: string;
  identity: Identity;
  headers: Record<string, unknown>;
  body: unknown;
}

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A service as the gateway sees it: verifies the bearer token, records what reached it. */
function standIn(service: string, seen: Seen[]): express.Express {
  const app = express();
  app.use(express.json());
  app.use(
    '/v1',
    authenticate({ issuer: authEnv.AUTH_ISSUER, audience: authEnv.AUTH_AUDIENCE, hs256Secret: secret }),
  );
  if (service === 'customer') {
    // The customer service's sign-in challenges: code 123456 is right, anything else is not.
    app.post('/v1/sign-in-challenges', (req, res) => {
      seen.push({
        service,
        method: req.method,
        url: req.originalUrl,
        identity: identityOf(req),
        headers: req.headers,
        body: req.body,
      });
      res
        .status(202)
        .json({ challengeId: CHALLENGE, channel: 'email', expiresAt: '2026-12-04T12:10:00.000Z' });
    });
    app.post('/v1/sign-in-challenges/:id/verification', (req, res) => {
      seen.push({
        service,
        method: req.method,
        url: req.originalUrl,
        identity: identityOf(req),
        headers: req.headers,
        body: req.body,
      });
      if ((req.body as { code: string }).code === '123456') return res.json({ customerId: CUSTOMER });
      res.status(422).type('application/problem+json').json({
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        reason: 'invalid_code',
        attemptsLeft: 4,
      });
    });
  }
  app.all('/{*rest}', (req, res) => {
    seen.push({
      service,
      method: req.method,
      url: req.originalUrl,
      identity: identityOf(req),
      headers: req.headers,
      body: req.body,
    });
    res.status(req.method === 'POST' ? 201 : 200).json({ service, url: req.originalUrl });
  });
  app.use(
    (err: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(err.status ?? 500).json({ status: err.status ?? 500 });
    },
  );
  return app;
}

describe('customer self-service at the gateway', () => {
  const seen: Seen[] = [];
  const servers: Server[] = [];
  let env: Record<string, string>;
  let app: ReturnType<typeof createGatewayApp>;

  const gateway = (over: Record<string, string> = {}) =>
    createGatewayApp(
      loadGatewayConfig({ ...env, ...over }),
      createLogger({ service: 'gw', level: 'silent' }),
    );

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const service of ['customer', 'repair', 'parts', 'complaint', 'analytics']) {
      const { url, server } = await listen(standIn(service, seen));
      servers.push(server);
      urls[service] = url;
    }
    env = {
      ...authEnv,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: '127.0.0.1:9092',
      CUSTOMER_URL: urls.customer!,
      REPAIR_URL: urls.repair!,
      PARTS_PROCUREMENT_URL: urls.parts!,
      COMPLAINT_URL: urls.complaint!,
      ANALYTICS_URL: urls.analytics!,
      SELF_SERVICE_TENANT: 'dg-1',
      PUBLIC_URL: 'http://localhost:4000',
      SIGN_IN_REQUESTS_PER_15_MIN: '100',
    };
    app = gateway();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });

  const signIn = async (target = app) => {
    const asked = await request(target)
      .post('/v1/me/sign-in')
      .send({ contact: 'erika@example.de', locale: 'de' });
    expect(asked.status).toBe(202);
    const answer = await request(target)
      .post(`/v1/me/sign-in/${asked.body.challengeId}`)
      .send({ code: '123456' });
    expect(answer.status).toBe(200);
    const cookie = (answer.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    return { cookie, csrf: answer.body.csrfToken as string, answer };
  };

  it('asks the customer service as itself (role gateway, the self-service tenant) and relays its answers', async () => {
    seen.length = 0;
    const asked = await request(app)
      .post('/v1/me/sign-in')
      .send({ contact: 'erika@example.de', locale: 'de' });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({
      challengeId: CHALLENGE,
      channel: 'email',
      expiresAt: '2026-12-04T12:10:00.000Z',
    });
    expect(seen[0]).toMatchObject({
      url: '/v1/sign-in-challenges',
      identity: { userId: 'api-gateway', tenantId: 'dg-1', roles: ['gateway'] },
      body: { contact: 'erika@example.de', locale: 'de' },
    });
    const wrong = await request(app).post(`/v1/me/sign-in/${CHALLENGE}`).send({ code: '000000' });
    expect(wrong.status).toBe(422);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body).toMatchObject({ reason: 'invalid_code', attemptsLeft: 4 });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((await request(app).post('/v1/me/sign-in').send({ contact: 'x' })).status).toBe(400);
    expect((await request(app).post('/v1/me/sign-in/not-a-uuid').send({ code: '1' })).status).toBe(400);
  });

  it('opens a session on the right code (HttpOnly cookie) and forwards /v1/me as the customer, without cookie or CSRF token', async () => {
    const { cookie, csrf, answer } = await signIn();
    const setCookie = (answer.headers['set-cookie'] as unknown as string[])[0]!;
    expect(setCookie).toMatch(/^aftersales_customer=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(answer.body).toMatchObject({ customerId: CUSTOMER, csrfToken: expect.any(String) });

    seen.length = 0;
    const vehicles = await request(app)
      .get('/v1/me/vehicles')
      .set('Cookie', cookie)
      .set('User-Agent', 'phone/1.0');
    expect(vehicles.status).toBe(200);
    expect(vehicles.body).toEqual({ service: 'customer', url: '/v1/me/vehicles' });
    expect(seen[0]!.identity).toMatchObject({
      userId: CUSTOMER,
      tenantId: 'dg-1',
      roles: ['customer'],
      dealerIds: [],
      centreIds: [],
    });
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers['user-agent']).toBe('phone/1.0');

    const approval = await request(app)
      .post('/v1/me/repair-orders/ro-1/quotes/2/approval')
      .set('Cookie', cookie)
      .set('x-csrf-token', csrf)
      .send({ quoteHash: 'abc' });
    expect(approval.status).toBe(201);
    expect(seen.at(-1)).toMatchObject({
      service: 'repair',
      url: '/v1/me/repair-orders/ro-1/quotes/2/approval',
      body: { quoteHash: 'abc' },
    });
    expect(seen.at(-1)!.headers['x-csrf-token']).toBeUndefined();
    expect(seen.at(-1)!.headers['x-forwarded-for']).toBeDefined();

    expect((await request(app).get('/v1/me/complaints').set('Cookie', cookie)).body.service).toBe(
      'complaint',
    );
    expect((await request(app).get('/v1/me').set('Cookie', cookie)).body).toEqual({
      service: 'customer',
      url: '/v1/me',
    });
    const session = await request(app).get('/v1/me/session').set('Cookie', cookie);
    expect(session.body).toMatchObject({ customerId: CUSTOMER, csrfToken: csrf });
  });

  it('exports everything held about the customer from every service as one download, naming a service that did not answer', async () => {
    const { cookie } = await signIn();
    seen.length = 0;
    const res = await request(app).get('/v1/me/export').set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="my-data-/);
    expect(res.body).toMatchObject({
      customerId: CUSTOMER,
      services: {
        customer: { service: 'customer', url: '/v1/me/export' },
        repair: { service: 'repair', url: '/v1/me/export' },
        complaint: { service: 'complaint', url: '/v1/me/export' },
      },
      unavailable: [],
    });
    expect(seen.map((s) => s.identity.userId)).toEqual([CUSTOMER, CUSTOMER, CUSTOMER]);
    expect((await request(app).post('/v1/me/export').set('Cookie', cookie)).status).toBe(403); // no CSRF token
    const withDown = gateway({ COMPLAINT_URL: 'http://127.0.0.1:9' });
    const again = await signIn(withDown);
    const partial = await request(withDown).get('/v1/me/export').set('Cookie', again.cookie);
    expect(partial.status).toBe(200);
    expect(partial.body.unavailable).toEqual(['complaint']);
    expect(Object.keys(partial.body.services).sort()).toEqual(['customer', 'repair']);
  });

  it('refuses writes without the CSRF token or from another site, unknown resources, and callers without a session', async () => {
    const { cookie, csrf } = await signIn();
    seen.length = 0;
    const noCsrf = await request(app)
      .post('/v1/me/complaints')
      .set('Cookie', cookie)
      .send({ description: 'x' });
    expect(noCsrf.status).toBe(403);
    const foreign = await request(app)
      .post('/v1/me/complaints')
      .set('Cookie', cookie)
      .set('x-csrf-token', csrf)
      .set('Origin', 'https://evil.example')
      .send({ description: 'x' });
    expect(foreign.status).toBe(403);
    expect(seen).toHaveLength(0);

    expect((await request(app).get('/v1/me/customers').set('Cookie', cookie)).status).toBe(404);
    const none = await request(app).get('/v1/me/vehicles');
    expect(none.status).toBe(401);
    expect(none.body.reason).toBe('signed_out');
    // A staff token is no way into /v1/me: only a customer's session is.
    const staff = await issueToken(
      { secret, issuer: authEnv.AUTH_ISSUER, audience: authEnv.AUTH_AUDIENCE },
      { userId: 'advisor', tenantId: 'dg-1', dealerIds: '*', centreIds: '*', roles: ['admin'] },
    );
    expect((await request(app).get('/v1/me/vehicles').set('Authorization', `Bearer ${staff}`)).status).toBe(
      401,
    );
    // Nor is a customer's session a way into the staff API.
    expect((await request(app).get('/v1/customers').set('Cookie', cookie)).status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it('signs out, ends idle sessions, and limits sign-in attempts per address', async () => {
    const { cookie } = await signIn();
    const fromElsewhere = await request(app)
      .post('/v1/me/sign-out')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example');
    expect(fromElsewhere.status).toBe(403);
    expect((await request(app).get('/v1/me/vehicles').set('Cookie', cookie)).status).toBe(200);
    expect((await request(app).post('/v1/me/sign-out').set('Cookie', cookie)).status).toBe(204);
    expect((await request(app).get('/v1/me/vehicles').set('Cookie', cookie)).status).toBe(401);

    const quick = gateway({ CUSTOMER_SESSION_IDLE_MINUTES: '0.01' });
    const idle = await signIn(quick);
    await new Promise((r) => setTimeout(r, 900));
    expect((await request(quick).get('/v1/me/vehicles').set('Cookie', idle.cookie)).status).toBe(401);

    const limited = gateway({ SIGN_IN_REQUESTS_PER_15_MIN: '8' });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (await request(limited).post(`/v1/me/sign-in/${CHALLENGE}`).send({ code: '000000' })).status,
      );
    }
    expect(statuses.slice(0, 8).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('serves the pages at /my/ under a strict content security policy', async () => {
    const page = await request(app).get('/my/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.text).toMatch(/<script src="app.js"/);
    expect((await request(app).get('/my')).status).toBe(301);
  });

  it('is off without SELF_SERVICE_TENANT', async () => {
    const off = gateway({ SELF_SERVICE_TENANT: '' });
    expect((await request(off).post('/v1/me/sign-in').send({ contact: 'erika@example.de' })).status).toBe(
      404,
    );
    expect((await request(off).get('/my/')).status).toBe(404);
  });
});

describe('self-service in the gateway API document', () => {
  it('documents the sign-in, session and sign-out endpoints where self-service is on', async () => {
    const on = gatewayOpenApi({ live: false, signIn: false, selfService: true }) as unknown as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(Object.keys(on.paths)).toEqual(
      expect.arrayContaining([
        '/v1/me/sign-in',
        '/v1/me/sign-in/{challengeId}',
        '/v1/me/session',
        '/v1/me/sign-out',
      ]),
    );
    expect(on.components.schemas.MeSession!.required).toEqual(['customerId', 'csrfToken', 'expiresAt']);
    const off = gatewayOpenApi({ live: false, signIn: false }) as unknown as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(off.paths).some((p) => p.startsWith('/v1/me'))).toBe(false);
  });
});
