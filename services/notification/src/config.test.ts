// SIGN_IN_CODE_KEY: the public development key where tokens are HS256 (development, tests, the
// demo), required in production, and 32 bytes of base64 or the service does not start.
import { ConfigError, DEVELOPMENT_SEALING_KEY_BASE64 } from '@aftersales/service-kit';
import { loadNotificationConfig } from './config';
import { signInCodeKeyFromConfig } from './context-from-config';

const BASE = {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
  LOG_LEVEL: 'silent',
  AUTH_ISSUER: 'aftersales-test',
  AUTH_AUDIENCE: 'aftersales',
};
const HS256 = { AUTH_HS256_SECRET: 'notification-service-test-secret-0123456789' };
const PRODUCTION = {
  AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
  CONTACT_TOKEN_URL: 'https://idp.example/token',
  CONTACT_CLIENT_ID: 'notification',
  CONTACT_CLIENT_SECRET: 'client-secret-0123',
};
const issuesOf = (env: Record<string, string>) => {
  try {
    loadNotificationConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  return [];
};

describe('SIGN_IN_CODE_KEY', () => {
  it('defaults to the development key with HS256 tokens', () => {
    const c = loadNotificationConfig({ ...BASE, ...HS256 });
    expect(c.SIGN_IN_CODE_KEY).toBe(DEVELOPMENT_SEALING_KEY_BASE64);
    expect(signInCodeKeyFromConfig(c)).toHaveLength(32);
  });

  it('is required in production', () => {
    expect(issuesOf({ ...BASE, ...PRODUCTION })).toEqual([
      expect.objectContaining({ variable: 'SIGN_IN_CODE_KEY', message: expect.stringMatching(/production/) }),
    ]);
    const key = Buffer.alloc(32, 9).toString('base64');
    const c = loadNotificationConfig({ ...BASE, ...PRODUCTION, SIGN_IN_CODE_KEY: key });
    expect(signInCodeKeyFromConfig(c).equals(Buffer.alloc(32, 9))).toBe(true);
  });

  it('refuses a key of the wrong length without echoing it', () => {
    const short = Buffer.alloc(16, 1).toString('base64');
    const issues = issuesOf({ ...BASE, ...HS256, SIGN_IN_CODE_KEY: short });
    expect(issues).toEqual([{ variable: 'SIGN_IN_CODE_KEY', message: 'must be 32 bytes in base64' }]);
    expect(JSON.stringify(issues)).not.toContain(short);
  });
});
