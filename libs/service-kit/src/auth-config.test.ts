import { generateKeyPairSync } from 'node:crypto';
import { z } from 'zod';
import { authConfigFromEnv, authConfigSchema } from './auth-config';
import { ConfigError, baseConfigSchema, loadConfig } from './config';

const SECRET = 'a-local-dev-secret-of-32-chars!!';
const base = { AUTH_ISSUER: 'https://idp.example/realms/aftersales', AUTH_AUDIENCE: 'aftersales-api' };
const publicPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();

function issuesOf(env: Record<string, string | undefined>): ConfigError['issues'] {
  try {
    loadConfig(authConfigSchema, env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
  throw new Error('expected the config to be refused');
}

describe('authConfigSchema', () => {
  it('accepts an HS256 secret and maps to an AuthConfig', () => {
    const config = loadConfig(authConfigSchema, {
      ...base,
      AUTH_HS256_SECRET: SECRET,
      AUTH_CLOCK_TOLERANCE_SEC: '10',
    });
    expect(authConfigFromEnv(config)).toEqual({
      issuer: base.AUTH_ISSUER,
      audience: base.AUTH_AUDIENCE,
      hs256Secret: SECRET,
      clockToleranceSec: 10,
    });
  });

  it('accepts a JWKS URL', () => {
    const config = loadConfig(authConfigSchema, { ...base, AUTH_JWKS_URL: 'https://idp.example/certs' });
    expect(authConfigFromEnv(config)).toEqual({
      issuer: base.AUTH_ISSUER,
      audience: base.AUTH_AUDIENCE,
      jwksUrl: 'https://idp.example/certs',
    });
  });

  it('accepts a PEM written on one line with literal \\n', () => {
    const oneLine = publicPem.replace(/\n/g, '\\n');
    const config = loadConfig(authConfigSchema, { ...base, AUTH_PUBLIC_KEY_PEM: oneLine });
    expect(authConfigFromEnv(config).publicKeyPem).toBe(publicPem.trim());
  });

  it('refuses zero key sources, treating empty values as unset', () => {
    const issues = issuesOf({ ...base, AUTH_HS256_SECRET: '', AUTH_JWKS_URL: '' });
    expect(issues).toEqual([
      {
        variable: '(root)',
        message: 'set exactly one of AUTH_HS256_SECRET, AUTH_JWKS_URL, AUTH_PUBLIC_KEY_PEM',
      },
    ]);
  });

  it('refuses two key sources', () => {
    const issues = issuesOf({ ...base, AUTH_HS256_SECRET: SECRET, AUTH_PUBLIC_KEY_PEM: publicPem });
    expect(issues).toEqual([
      {
        variable: 'AUTH_PUBLIC_KEY_PEM',
        message: expect.stringContaining('set exactly one of') as unknown as string,
      },
    ]);
  });

  it('refuses a short HS256 secret without echoing it', () => {
    const issues = issuesOf({ ...base, AUTH_HS256_SECRET: 'too-short-secret' });
    expect(issues).toEqual([{ variable: 'AUTH_HS256_SECRET', message: 'must be at least 32 characters' }]);
    expect(JSON.stringify(issues)).not.toContain('too-short-secret');
  });

  it('refuses a private key, garbage, and plain-http JWKS off localhost', () => {
    const privatePem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    expect(issuesOf({ ...base, AUTH_PUBLIC_KEY_PEM: privatePem })[0]?.variable).toBe('AUTH_PUBLIC_KEY_PEM');
    expect(issuesOf({ ...base, AUTH_PUBLIC_KEY_PEM: 'not a key' })[0]?.variable).toBe('AUTH_PUBLIC_KEY_PEM');
    expect(issuesOf({ ...base, AUTH_JWKS_URL: 'http://idp.internal/certs' })[0]).toEqual({
      variable: 'AUTH_JWKS_URL',
      message: 'must be an https URL (http only for localhost or a Kubernetes Service)',
    });
    expect(() =>
      loadConfig(authConfigSchema, { ...base, AUTH_JWKS_URL: 'http://localhost:8080/certs' }),
    ).not.toThrow();
  });

  it('accepts plain http from a Kubernetes Service name only (the gateway JWKS in the cluster)', () => {
    for (const url of [
      'http://api-gateway.aftersales.svc:4000/.well-known/jwks.json',
      'http://api-gateway.aftersales.svc.cluster.local:4000/.well-known/jwks.json',
    ]) {
      expect(() => loadConfig(authConfigSchema, { ...base, AUTH_JWKS_URL: url })).not.toThrow();
    }
    for (const url of [
      'http://api-gateway:4000/.well-known/jwks.json',
      'http://evil.example.svc.attacker.com/jwks.json',
      'http://a.b.c.svc/jwks.json',
      'http://svc/jwks.json',
    ]) {
      expect(issuesOf({ ...base, AUTH_JWKS_URL: url })[0]?.variable).toBe('AUTH_JWKS_URL');
    }
  });

  it('requires issuer and audience', () => {
    const variables = issuesOf({ AUTH_HS256_SECRET: SECRET }).map((i) => i.variable);
    expect(variables).toEqual(expect.arrayContaining(['AUTH_ISSUER', 'AUTH_AUDIENCE']));
  });

  it("combines with a service's config", () => {
    const schema = baseConfigSchema.extend({ DATABASE_URL: z.url() }).and(authConfigSchema);
    const config = loadConfig(schema, {
      SERVICE_NAME: 'repair',
      DATABASE_URL: 'postgres://localhost/repair',
      ...base,
      AUTH_HS256_SECRET: SECRET,
    });
    expect(config.SERVICE_NAME).toBe('repair');
    expect(authConfigFromEnv(config).hs256Secret).toBe(SECRET);
    expect(() => authConfigFromEnv(config, 'production')).toThrow(
      /AUTH_HS256_SECRET: is for local development only/,
    );
    expect(authConfigFromEnv(config, 'test').hs256Secret).toBe(SECRET);
    expect(() =>
      loadConfig(schema, { SERVICE_NAME: 'repair', DATABASE_URL: 'postgres://localhost/repair', ...base }),
    ).toThrow(ConfigError);
  });
});

describe('authConfigFromEnv', () => {
  it('checks the one-key-source rule itself, for schemas that spread the shape', () => {
    const spread = baseConfigSchema.extend(authConfigSchema.shape);
    const config = loadConfig(spread, { SERVICE_NAME: 'repair', ...base });
    expect(() => authConfigFromEnv(config)).toThrow(ConfigError);
    const both = loadConfig(spread, {
      SERVICE_NAME: 'repair',
      ...base,
      AUTH_HS256_SECRET: SECRET,
      AUTH_JWKS_URL: 'https://idp.example/certs',
    });
    expect(() => authConfigFromEnv(both)).toThrow(/AUTH_HS256_SECRET, AUTH_JWKS_URL/);
  });
});
