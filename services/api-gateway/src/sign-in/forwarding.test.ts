import { generateKeyPairSync } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { authenticate, identityOf, type Identity } from '@aftersales/service-kit';
import { FORWARDED_TOKEN_TTL_SEC, IdentityForwarder } from './forwarding';

const identity: Identity = {
  userId: 'kim',
  tenantId: 'dg-demo',
  roles: ['service-advisor'],
  centreIds: ['c-koeln'],
  dealerIds: '*',
  name: 'Kim Köln',
};
const where = { issuer: 'aftersales-gateway', audience: 'aftersales' };

/** A service as today: it verifies bearer tokens with a public key and reads the identity. */
function service(publicKeyPem: string) {
  const app = express();
  app.use(authenticate({ ...where, publicKeyPem }));
  app.get('/me', (req, res) => res.json(identityOf(req)));
  return app;
}

describe('IdentityForwarder', () => {
  it('signs with the private key so a service holding only the public key reads the identity', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const forwarder = new IdentityForwarder({ ...where, privateKeyPem: pem.replace(/\n/g, '\\n') });
    const token = await forwarder.tokenFor(identity);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<
      string,
      string
    >;
    expect(header.alg).toBe('ES256');
    const [jwk] = forwarder.jwks().keys;
    expect(header.kid).toBe(jwk!.kid);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwk).not.toHaveProperty('d'); // never the private part

    const res = await request(service(publicKey.export({ type: 'spki', format: 'pem' }).toString()))
      .get('/me')
      .set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(identity);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      number
    >;
    expect(payload.exp! - payload.iat!).toBe(FORWARDED_TOKEN_TTL_SEC);
  });

  it('reuses a token until a minute before it expires', async () => {
    const forwarder = new IdentityForwarder({ ...where, hs256Secret: 'a-dev-secret-0123456789-0123456789' });
    const now = Date.now();
    const first = await forwarder.tokenFor(identity, now);
    expect(await forwarder.tokenFor(identity, now + 200_000)).toBe(first);
    await new Promise((r) => setTimeout(r, 1_100)); // a new iat, so a different token
    expect(await forwarder.tokenFor(identity, now + 241_000)).not.toBe(first);
    expect(forwarder.jwks()).toEqual({ keys: [] });
  });

  it('refuses keys it must not sign with', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(
      () =>
        new IdentityForwarder({
          ...where,
          privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        }),
    ).toThrow(/EC P-256 or RSA/);
    expect(() => new IdentityForwarder(where)).toThrow(/INTERNAL_TOKEN_KEY_PEM/);
  });
});
