import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import request from 'supertest';
import {
  PROBLEM_CONTENT_TYPE,
  authenticate,
  createApp,
  identityOf,
  issueToken,
  requireRole,
  type AuthConfig,
  type Identity,
} from '../src';
import { memoryLogger } from './helpers';

// jose 6 is ESM-only; the tests load it the same way the kit does.
let jose: typeof Jose;
beforeAll(async () => {
  jose = await import('jose');
});

const ISSUER = 'https://idp.test/realms/aftersales';
const AUDIENCE = 'aftersales-api';
const SECRET = 'dev-secret-that-is-at-least-32-characters-long';
const HS_CONFIG: AuthConfig = { issuer: ISSUER, audience: AUDIENCE, hs256Secret: SECRET };

const advisor: Identity = {
  userId: 'user-1',
  tenantId: 'group-a',
  dealerIds: ['dealer-1'],
  centreIds: ['centre-1', 'centre-2'],
  roles: ['service-advisor'],
  name: 'Ada Advisor',
};

function build(cfg: AuthConfig) {
  const logs = memoryLogger('repair');
  const app = createApp({
    service: 'repair',
    logger: logs.logger,
    configure: (a) => {
      // Registered before authenticate: identityOf must refuse rather than invent a caller.
      a.get('/v1/unguarded', (req, res) => {
        res.json(identityOf(req));
      });
      a.use(authenticate(cfg));
      a.get('/v1/me', (req, res) => {
        res.json(identityOf(req));
      });
      a.get('/v1/quotes', requireRole('service-advisor', 'technician'), (req, res) => {
        res.json({ ok: true, userId: identityOf(req).userId });
      });
      a.get('/v1/stocktakes', requireRole('parts-clerk'), (_req, res) => {
        res.json({ ok: true });
      });
    },
  });
  return { app, ...logs };
}

const now = () => Math.floor(Date.now() / 1000);
const hsKey = (secret = SECRET) => new TextEncoder().encode(secret);

interface SignOptions {
  claims?: Record<string, unknown>;
  iss?: string | null;
  aud?: string | null;
  exp?: number | null;
  nbf?: number;
  sub?: string | null;
  header?: Record<string, unknown>;
}

/** A token like the IdP's, with any claim overridden or (null) left out. */
async function sign(
  key: Jose.CryptoKey | Uint8Array,
  alg: string,
  { claims, iss = ISSUER, aud = AUDIENCE, exp = now() + 300, nbf, sub = 'user-1', header }: SignOptions = {},
): Promise<string> {
  const jwt = new jose.SignJWT({
    tenant: 'group-a',
    dealers: ['dealer-1'],
    centres: ['centre-1'],
    roles: ['service-advisor'],
    ...claims,
  })
    .setProtectedHeader({ alg, typ: 'JWT', ...header })
    .setIssuedAt();
  if (sub !== null) jwt.setSubject(sub);
  if (iss !== null) jwt.setIssuer(iss);
  if (aud !== null) jwt.setAudience(aud);
  if (exp !== null) jwt.setExpirationTime(exp);
  if (nbf !== undefined) jwt.setNotBefore(nbf);
  return jwt.sign(key);
}

/** Asserts a 401 problem+json with a Bearer challenge, the given reason, and no trace of the token. */
async function expect401(
  app: express.Express,
  authorization: string | undefined,
  reason: string,
  detail: RegExp,
  path = '/v1/me',
) {
  const req = request(app).get(path);
  if (authorization !== undefined) req.set('Authorization', authorization);
  const res = await req;
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  expect(res.headers['www-authenticate']).toMatch(/^Bearer\b/);
  expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized', reason, instance: path });
  expect(res.body.detail).toMatch(detail);
  const token = authorization?.split(' ').pop();
  if (token && token.length > 10) {
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(res.headers['www-authenticate']).not.toContain(token);
  }
  return res;
}

describe('authenticate with an HS256 secret', () => {
  const { app, raw } = build(HS_CONFIG);

  it('accepts a valid token and exposes the identity', async () => {
    const token = await issueToken({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE }, advisor);
    const res = await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(advisor);
  });

  it('accepts the scheme in any case and wildcard scopes', async () => {
    const token = await issueToken(
      { secret: SECRET, issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 60 },
      { userId: 'boss', tenantId: 'group-a', dealerIds: '*', centreIds: '*', roles: ['admin'] },
    );
    const res = await request(app).get('/v1/me').set('Authorization', `bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      userId: 'boss',
      tenantId: 'group-a',
      dealerIds: '*',
      centreIds: '*',
      roles: ['admin'],
    });
  });

  it('drops unknown roles and defaults missing scopes to nothing', async () => {
    const token = await sign(hsKey(), 'HS256', {
      claims: {
        roles: ['technician', 'wizard', 'ADMIN', 'technician'],
        dealers: undefined,
        centres: undefined,
      },
    });
    const res = await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      userId: 'user-1',
      tenantId: 'group-a',
      dealerIds: [],
      centreIds: [],
      roles: ['technician'],
    });
  });

  it('leaves health and metrics open', async () => {
    expect((await request(app).get('/health/live')).status).toBe(200);
    expect((await request(app).get('/metrics')).status).toBe(200);
  });

  it('401s a request without an Authorization header, with a bare Bearer challenge', async () => {
    const res = await expect401(app, undefined, 'missing', /no bearer token/);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('401s an unknown route too, so route existence does not leak', async () => {
    await expect401(app, undefined, 'missing', /no bearer token/, '/v1/nothing-here');
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer two parts'], ['Token abc.def.ghi']])(
    '401s a malformed header %p',
    async (header) => {
      const res = await expect401(app, header, 'malformed_header', /must be 'Bearer <token>'/);
      expect(res.headers['www-authenticate']).toContain('error="invalid_request"');
    },
  );

  it('401s a token that is not a JWT', async () => {
    await expect401(app, 'Bearer not-a-jwt-at-all', 'malformed', /malformed/);
  });

  it('401s an expired token and says so', async () => {
    const token = await sign(hsKey(), 'HS256', { exp: now() - 120 });
    const res = await expect401(app, `Bearer ${token}`, 'expired', /has expired/);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(res.headers['www-authenticate']).toContain('error_description="The token has expired."');
  });

  it('tolerates a little clock skew on exp (default 30 s)', async () => {
    const token = await sign(hsKey(), 'HS256', { exp: now() - 5 });
    expect((await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });

  it('401s a token that is not valid yet', async () => {
    const token = await sign(hsKey(), 'HS256', { nbf: now() + 600 });
    await expect401(app, `Bearer ${token}`, 'not_yet_valid', /not valid yet/);
  });

  it('401s a token without exp (it would never expire)', async () => {
    const token = await sign(hsKey(), 'HS256', { exp: null });
    await expect401(app, `Bearer ${token}`, 'invalid_claims', /no exp claim/);
  });

  it('401s the wrong audience', async () => {
    const token = await sign(hsKey(), 'HS256', { aud: 'some-other-api' });
    await expect401(app, `Bearer ${token}`, 'wrong_audience', /audience/);
  });

  it('401s the wrong issuer', async () => {
    const token = await sign(hsKey(), 'HS256', { iss: 'https://evil.example' });
    await expect401(app, `Bearer ${token}`, 'wrong_issuer', /issuer/);
  });

  it('401s a bad signature (other secret)', async () => {
    const token = await sign(hsKey('another-secret-which-is-also-32-chars-long!'), 'HS256');
    await expect401(app, `Bearer ${token}`, 'bad_signature', /signature is invalid/);
  });

  it('401s a token whose payload was altered after signing', async () => {
    const token = await sign(hsKey(), 'HS256');
    const [h, , s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        sub: 'user-1',
        tenant: 'group-b',
        roles: ['admin'],
        iss: ISSUER,
        aud: AUDIENCE,
        exp: now() + 300,
      }),
    ).toString('base64url');
    await expect401(app, `Bearer ${h}.${forged}.${s}`, 'bad_signature', /signature is invalid/);
  });

  it("401s an unsigned token (alg 'none')", async () => {
    const token = new jose.UnsecuredJWT({ tenant: 'group-a', roles: ['admin'] })
      .setSubject('user-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(now() + 300)
      .encode();
    expect(token.endsWith('.')).toBe(true);
    await expect401(app, `Bearer ${token}`, 'alg_not_allowed', /algorithm is not accepted/);
    // With some signature bytes appended it is still refused for its algorithm.
    await expect401(app, `Bearer ${token}c2ln`, 'alg_not_allowed', /algorithm is not accepted/);
  });

  it('401s a token without a tenant, naming the claim but not its value', async () => {
    const token = await sign(hsKey(), 'HS256', { claims: { tenant: undefined, dealers: 'everything' } });
    const res = await expect401(
      app,
      `Bearer ${token}`,
      'invalid_claims',
      /claims are invalid: tenant, dealers\./,
    );
    expect(JSON.stringify(res.body)).not.toContain('everything');
  });

  it('keeps the token out of the logs', async () => {
    const token = await sign(hsKey(), 'HS256', { exp: now() - 120 });
    await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(raw()).not.toContain(token);
  });

  it('identityOf is a 401 where authenticate did not run', async () => {
    const token = await issueToken({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE }, advisor);
    const res = await request(app).get('/v1/unguarded').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('imports the secret once however many tokens it verifies, and still checks each signature', async () => {
    const fresh = build(HS_CONFIG).app;
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sign(hsKey(), 'HS256', { sub: `user-${i}` })),
    );
    const forged = await sign(hsKey('another-secret-which-is-also-32-chars-long!'), 'HS256');
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey');
    try {
      for (const [i, token] of tokens.entries()) {
        const res = await request(fresh).get('/v1/me').set('Authorization', `Bearer ${token}`);
        expect(res.body.userId).toBe(`user-${i}`);
      }
      await expect401(fresh, `Bearer ${forged}`, 'bad_signature', /signature is invalid/);
      expect(importKey).toHaveBeenCalledTimes(1);
    } finally {
      importKey.mockRestore();
    }
  });

  describe('verified tokens', () => {
    const verifyCalls = () => jest.spyOn(globalThis.crypto.subtle, 'verify');
    afterEach(() => {
      jest.restoreAllMocks();
      jest.useRealTimers();
    });

    it('checks a token signature once, then takes the same token on trust for a while', async () => {
      const fresh = build(HS_CONFIG).app;
      const token = await sign(hsKey(), 'HS256', { sub: 'repeat-caller' });
      const verify = verifyCalls();
      for (let i = 0; i < 5; i++) {
        const res = await request(fresh).get('/v1/me').set('Authorization', `Bearer ${token}`);
        expect(res.body.userId).toBe('repeat-caller');
      }
      expect(verify).toHaveBeenCalledTimes(1);
      // Another token (here: the same claims re-signed with another secret) is checked afresh.
      const forged = await sign(hsKey('another-secret-which-is-also-32-chars-long!'), 'HS256', {
        sub: 'repeat-caller',
      });
      await expect401(fresh, `Bearer ${forged}`, 'bad_signature', /signature is invalid/);
      expect(verify).toHaveBeenCalledTimes(2);
    });

    it('verifies again after a minute, and refuses a remembered token once it has expired', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const start = Date.now();
      jest.setSystemTime(start);
      const fresh = build(HS_CONFIG).app;
      const token = await sign(hsKey(), 'HS256', { exp: now() + 100 });
      const verify = verifyCalls();
      const get = () => request(fresh).get('/v1/me').set('Authorization', `Bearer ${token}`);
      expect((await get()).status).toBe(200);
      jest.setSystemTime(start + 30_000);
      expect((await get()).status).toBe(200);
      expect(verify).toHaveBeenCalledTimes(1);
      jest.setSystemTime(start + 61_000); // past the minute: checked again
      expect((await get()).status).toBe(200);
      expect(verify).toHaveBeenCalledTimes(2);
      jest.setSystemTime(start + 100_000 + 31_000); // past exp and the 30 s tolerance
      await expect401(fresh, `Bearer ${token}`, 'expired', /has expired/);
    });
  });
});

describe('requireRole', () => {
  const { app } = build(HS_CONFIG);
  const tokenFor = (roles: Identity['roles']) =>
    issueToken({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE }, { ...advisor, roles });

  it('403s a caller without any of the roles', async () => {
    const res = await request(app)
      .get('/v1/stocktakes')
      .set('Authorization', `Bearer ${await tokenFor(['service-advisor', 'analyst'])}`);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({
      status: 403,
      detail: 'This action requires one of the roles: parts-clerk.',
      requiredRoles: ['parts-clerk'],
    });
  });

  it('403s a caller with no roles at all', async () => {
    const res = await request(app)
      .get('/v1/quotes')
      .set('Authorization', `Bearer ${await tokenFor([])}`);
    expect(res.status).toBe(403);
  });

  it('passes a caller with any one of the roles', async () => {
    const res = await request(app)
      .get('/v1/quotes')
      .set('Authorization', `Bearer ${await tokenFor(['technician'])}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, userId: 'user-1' });
  });

  it('always passes admin', async () => {
    const token = await tokenFor(['admin']);
    expect((await request(app).get('/v1/stocktakes').set('Authorization', `Bearer ${token}`)).status).toBe(
      200,
    );
    expect((await request(app).get('/v1/quotes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });

  it('is a 401, not a 403, without a token', async () => {
    expect((await request(app).get('/v1/stocktakes')).status).toBe(401);
  });
});

describe('authenticate with a PEM public key', () => {
  let rsa: Jose.GenerateKeyPairResult;
  let app: express.Express;
  let pem: string;

  beforeAll(async () => {
    rsa = await jose.generateKeyPair('RS256', { extractable: true });
    pem = await jose.exportSPKI(rsa.publicKey);
    app = build({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem: pem }).app;
  });

  it('accepts an RS256 token signed by the matching private key', async () => {
    const token = await sign(rsa.privateKey, 'RS256');
    const res = await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: 'user-1', tenantId: 'group-a', roles: ['service-advisor'] });
  });

  it('401s an RS256 token from another key pair', async () => {
    const other = await jose.generateKeyPair('RS256');
    await expect401(app, `Bearer ${await sign(other.privateKey, 'RS256')}`, 'bad_signature', /signature/);
  });

  it('refuses alg confusion: an HS256 token keyed with the public PEM', async () => {
    // The classic attack: the verifier would "HMAC-verify" with the public key it knows.
    const forged = await sign(new TextEncoder().encode(pem), 'HS256', { claims: { roles: ['admin'] } });
    await expect401(app, `Bearer ${forged}`, 'alg_not_allowed', /algorithm is not accepted/);
  });

  it('refuses an ES256 token when the key is RSA', async () => {
    const ec = await jose.generateKeyPair('ES256');
    await expect401(app, `Bearer ${await sign(ec.privateKey, 'ES256')}`, 'alg_not_allowed', /algorithm/);
  });

  it('accepts ES256 with an EC P-256 PEM', async () => {
    const ec = await jose.generateKeyPair('ES256', { extractable: true });
    const ecApp = build({
      issuer: ISSUER,
      audience: AUDIENCE,
      publicKeyPem: await jose.exportSPKI(ec.publicKey),
    }).app;
    const res = await request(ecApp)
      .get('/v1/me')
      .set('Authorization', `Bearer ${await sign(ec.privateKey, 'ES256')}`);
    expect(res.status).toBe(200);
  });
});

describe('authenticate with a JWKS URL', () => {
  let es: Jose.GenerateKeyPairResult;
  let server: Server;
  let jwksUrl: string;
  let jwksRequests = 0;

  beforeAll(async () => {
    es = await jose.generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await jose.exportJWK(es.publicKey)), kid: 'key-2025', alg: 'ES256', use: 'sig' };
    const idp = express();
    idp.get('/.well-known/jwks.json', (_req, res) => {
      jwksRequests += 1;
      res.json({ keys: [jwk] });
    });
    server = await new Promise<Server>((resolve) => {
      const s = idp.listen(0, '127.0.0.1', () => resolve(s));
    });
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('verifies an ES256 token against the served key set, fetching it once', async () => {
    const { app } = build({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
    const token = await sign(es.privateKey, 'ES256', { header: { kid: 'key-2025' } });
    const before = jwksRequests;
    for (let i = 0; i < 3; i += 1) {
      const res = await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.body.userId).toBe('user-1');
    }
    expect(jwksRequests - before).toBe(1);
  });

  it('401s a token signed by a key the set does not hold', async () => {
    const { app } = build({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
    const stranger = await jose.generateKeyPair('ES256');
    const token = await sign(stranger.privateKey, 'ES256', { header: { kid: 'key-unknown' } });
    await expect401(app, `Bearer ${token}`, 'unknown_key', /No trusted key/);
  });

  it('401s an HS256 token (HS256 is never accepted without a shared secret)', async () => {
    const { app } = build({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
    await expect401(app, `Bearer ${await sign(hsKey(), 'HS256')}`, 'alg_not_allowed', /algorithm/);
  });

  it('503s, not 401s, when the key set cannot be fetched', async () => {
    const down = express().listen(0, '127.0.0.1');
    await new Promise((resolve) => down.once('listening', resolve));
    const port = (down.address() as AddressInfo).port;
    await new Promise<void>((resolve) => down.close(() => resolve()));
    const { app } = build({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: `http://127.0.0.1:${port}/jwks` });
    const token = await sign(es.privateKey, 'ES256', { header: { kid: 'key-2025' } });
    const res = await request(app).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body.detail).toBe('The token could not be verified right now.');
  });
});
