import { generateKeyPairSync } from 'node:crypto';
import {
  ROLES,
  STAFF_ROLES,
  confinementProblem,
  customerIdOf,
  assertCentreAccess,
  assertDealerAccess,
  assertTenantAccess,
  authenticate,
  canAccessCentre,
  canAccessDealer,
  hasRole,
  identityOf,
  issueToken,
  jwtVerifier,
  requireRole,
  setIdentity,
  unverifiedIssuerOf,
  type Identity,
  type Role,
} from './auth';
import { NotFound } from './domain/errors';
import { toProblem, type HttpProblem } from './problem';

function who(overrides: Partial<Identity> = {}): Identity {
  return { userId: 'u', tenantId: 't', dealerIds: [], centreIds: [], roles: [], ...overrides };
}

describe('ROLES', () => {
  it('is the platform role list', () => {
    expect(ROLES).toEqual([
      'admin',
      'service-advisor',
      'technician',
      'parts-clerk',
      'procurement-officer',
      'complaint-handler',
      'quality-manager',
      'analyst',
      'customer',
      'gateway',
    ]);
    expect(STAFF_ROLES).not.toContain('customer');
    expect(STAFF_ROLES).not.toContain('gateway');
    expect(STAFF_ROLES).toContain('admin');
  });
});

describe('customerIdOf and the confinement of customer and gateway tokens', () => {
  it('names the customer only for a customer token; staff, admin too, get 403', () => {
    expect(customerIdOf(who({ userId: 'cus-1', roles: ['customer'] }))).toBe('cus-1');
    expect(() => customerIdOf(who({ roles: ['admin'] }))).toThrow(/Only a customer/);
    expect(() => customerIdOf(who({ roles: ['service-advisor'] }))).toThrow(/Only a customer/);
  });

  it.each<[Role[], string, boolean]>([
    [['customer'], '/v1/me', true],
    [['customer'], '/v1/me/repair-orders/1', true],
    [['customer'], '/v1/me?x=1', true],
    [['customer'], '/v1/mechanics', false],
    [['customer'], '/v1/repair-orders/1', false],
    [['customer'], '/v1/sign-in-challenges', false],
    [['gateway'], '/v1/sign-in-challenges', true],
    [['gateway'], '/v1/sign-in-challenges/abc/verification', true],
    [['gateway'], '/v1/customers', false],
    [['gateway'], '/v1/me', false],
    [['service-advisor'], '/v1/repair-orders', true],
    [['admin'], '/v1/anything', true],
  ])('roles %j at %s: allowed %s', (roles, url, allowed) => {
    const problem = confinementProblem(who({ roles }), url);
    expect(problem === undefined).toBe(allowed);
    if (!allowed) expect(problem!.status).toBe(403);
  });
});

describe('hasRole', () => {
  it.each<[Role[], Role[], boolean]>([
    [['technician'], ['technician'], true],
    [['technician'], ['service-advisor', 'technician'], true],
    [['technician'], ['service-advisor'], false],
    [[], ['analyst'], false],
    [['admin'], ['analyst'], true],
    [['admin'], [], true],
    [['analyst'], [], false],
  ])('%p asked for %p -> %p', (held, wanted, expected) => {
    expect(hasRole(who({ roles: held }), ...wanted)).toBe(expected);
  });
});

describe('requireRole', () => {
  it('refuses to be built without roles or with an unknown role', () => {
    expect(() => requireRole()).toThrow(TypeError);
    expect(() => requireRole('wizard' as Role)).toThrow(/unknown role/);
  });
});

describe('canAccessDealer', () => {
  it.each<[Identity['dealerIds'], string, boolean]>([
    ['*', 'd1', true],
    [['d1', 'd2'], 'd1', true],
    [['d1', 'd2'], 'd3', false],
    [[], 'd1', false],
    ['*', '', false],
  ])('dealers %p, dealer %p -> %p', (dealerIds, dealerId, expected) => {
    expect(canAccessDealer(who({ dealerIds }), dealerId)).toBe(expected);
  });
});

describe('canAccessCentre', () => {
  it.each<[Identity['dealerIds'], Identity['centreIds'], string, string | undefined, boolean]>([
    // centre grants
    [[], '*', 'c1', undefined, true],
    [[], ['c1'], 'c1', undefined, true],
    [[], ['c1'], 'c2', undefined, false],
    [[], ['c1'], 'c2', 'd1', false],
    // dealer grants reach the dealer's centres
    [['d1'], [], 'c9', 'd1', true],
    [['d1'], [], 'c9', 'd2', false],
    [['d1'], [], 'c9', undefined, false],
    [['d1'], ['c1'], 'c9', 'd1', true],
    ['*', [], 'c9', 'd7', true],
    // without the owning dealer, dealer grants (even '*') do not apply
    ['*', [], 'c9', undefined, false],
    // nothing at all
    [[], [], 'c1', 'd1', false],
    ['*', '*', '', 'd1', false],
  ])(
    'dealers %p, centres %p, centre %p of dealer %p -> %p',
    (dealerIds, centreIds, centreId, dealerId, expected) => {
      expect(canAccessCentre(who({ dealerIds, centreIds }), centreId, dealerId)).toBe(expected);
    },
  );
});

describe('assert*Access', () => {
  /** What the caller would answer: the thrown error as a problem. */
  function caught(fn: () => void): HttpProblem | undefined {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(NotFound);
      return toProblem(err);
    }
    return undefined;
  }

  it('assertCentreAccess reports an out-of-scope centre as 404, not 403', () => {
    const problem = caught(() => assertCentreAccess(who({ centreIds: ['c1'] }), 'c2', 'd1'));
    expect(problem?.status).toBe(404);
    expect(problem?.detail).toBe('Service centre not found.');
    expect(() => assertCentreAccess(who({ centreIds: ['c1'] }), 'c1')).not.toThrow();
    expect(() => assertCentreAccess(who({ dealerIds: ['d1'] }), 'c2', 'd1')).not.toThrow();
  });

  it('assertDealerAccess reports an out-of-scope dealer as 404', () => {
    expect(caught(() => assertDealerAccess(who({ dealerIds: ['d1'] }), 'd2'))?.status).toBe(404);
    expect(() => assertDealerAccess(who({ dealerIds: '*' }), 'd2')).not.toThrow();
  });

  it("assertTenantAccess reports another tenant's record as 404", () => {
    expect(caught(() => assertTenantAccess(who({ tenantId: 'a' }), 'b'))?.status).toBe(404);
    expect(caught(() => assertTenantAccess(who({ tenantId: '' }), ''))?.status).toBe(404);
    expect(() => assertTenantAccess(who({ tenantId: 'a' }), 'a')).not.toThrow();
  });
});

describe('authenticate config checks (at build time, not per request)', () => {
  const base = { issuer: 'https://idp', audience: 'api' };
  const secret = 'x'.repeat(32);
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('needs exactly one key source', () => {
    expect(() => authenticate(base)).toThrow(/exactly one .*got none/);
    expect(() => authenticate({ ...base, hs256Secret: secret, jwksUrl: 'https://idp/jwks' })).toThrow(
      /exactly one .*got hs256Secret, jwksUrl/,
    );
    expect(() => authenticate({ ...base, hs256Secret: secret })).not.toThrow();
  });

  it('needs issuer and audience', () => {
    expect(() => authenticate({ ...base, audience: '', hs256Secret: secret })).toThrow(/audience/);
  });

  it('refuses a short secret without printing it', () => {
    expect(() => authenticate({ ...base, hs256Secret: 'short-secret' })).toThrow(/at least 32/);
    expect(() => authenticate({ ...base, hs256Secret: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('accepts a public PEM, also with literal \\n, and refuses a private one', () => {
    expect(() => authenticate({ ...base, publicKeyPem: publicPem })).not.toThrow();
    expect(() => authenticate({ ...base, publicKeyPem: publicPem.replace(/\n/g, '\\n') })).not.toThrow();
    expect(() => authenticate({ ...base, publicKeyPem: privatePem })).toThrow(/public key/);
  });

  it('refuses a small RSA key and an unsupported curve', () => {
    const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey;
    const pem = (k: typeof rsa1024) => k.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => authenticate({ ...base, publicKeyPem: pem(rsa1024) })).toThrow(/2048/);
    expect(() => authenticate({ ...base, publicKeyPem: pem(p384) })).toThrow(/P-256/);
  });

  it('wants https for JWKS, except on localhost', () => {
    expect(() => authenticate({ ...base, jwksUrl: 'http://idp.internal/jwks' })).toThrow(/https/);
    expect(() => authenticate({ ...base, jwksUrl: 'http://127.0.0.1:8080/jwks' })).not.toThrow();
  });
});

describe('issueToken', () => {
  const opts = { secret: 's'.repeat(32), issuer: 'i', audience: 'a' };

  it('signs HS256 with the identity as claims and a bounded lifetime', async () => {
    const token = await issueToken(
      { ...opts, ttlSeconds: 120 },
      who({ roles: ['analyst'], dealerIds: '*', name: 'N' }),
    );
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: 'u',
      tenant: 't',
      dealers: '*',
      centres: [],
      roles: ['analyst'],
      name: 'N',
      iss: 'i',
      aud: 'a',
    });
    expect(payload.exp - payload.iat).toBe(120);
  });

  it('refuses a short secret, a non-positive ttl and an identity without tenant', async () => {
    await expect(issueToken({ ...opts, secret: 'short' }, who())).rejects.toThrow(/at least 32/);
    await expect(issueToken({ ...opts, ttlSeconds: 0 }, who())).rejects.toThrow(/ttlSeconds/);
    await expect(issueToken(opts, who({ tenantId: '' }))).rejects.toThrow(/tenantId/);
  });
});

describe('jwtVerifier and unverifiedIssuerOf', () => {
  const cfg = { issuer: 'iss-a', audience: 'aud-a', hs256Secret: 'a-test-secret-0123456789-0123456789' };
  const identity = {
    userId: 'u1',
    tenantId: 't1',
    dealerIds: '*' as const,
    centreIds: ['c1'],
    roles: ['analyst' as Role],
  };

  it('returns the claims of a valid token as they are, and the 401 problem of a wrong one', async () => {
    const verify = jwtVerifier(cfg);
    const token = await issueToken({ secret: cfg.hs256Secret, issuer: 'iss-a', audience: 'aud-a' }, identity);
    expect(await verify(token)).toMatchObject({ sub: 'u1', tenant: 't1', centres: ['c1'], iss: 'iss-a' });
    const foreign = await issueToken(
      { secret: cfg.hs256Secret, issuer: 'iss-b', audience: 'aud-a' },
      identity,
    );
    await expect(verify(foreign)).rejects.toMatchObject({ status: 401, extra: { reason: 'wrong_issuer' } });
    expect(unverifiedIssuerOf(foreign)).toBe('iss-b');
    expect(unverifiedIssuerOf('not-a-jwt')).toBeUndefined();
  });

  it('signs with a private key (ES256) for verifiers holding the public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = await issueToken({ privateKey, keyId: 'k1', issuer: 'iss-a', audience: 'aud-a' }, identity);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: 'k1',
    });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await jwtVerifier({ issuer: 'iss-a', audience: 'aud-a', publicKeyPem: pem })(token)).toMatchObject(
      {
        sub: 'u1',
      },
    );
  });

  it('lets the gateway record an identity established without a bearer token', () => {
    const req = {} as Parameters<typeof identityOf>[0];
    setIdentity(req, identity);
    expect(identityOf(req)).toEqual(identity);
    expect(Object.isFrozen(identityOf(req))).toBe(true);
  });
});
