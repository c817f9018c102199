import { z } from 'zod';
import { ConfigError, baseConfigSchema, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the base defaults', () => {
    const config = loadConfig(baseConfigSchema, { SERVICE_NAME: 'repair' });
    expect(config).toEqual({
      SERVICE_NAME: 'repair',
      PORT: 3000,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      BODY_LIMIT: '256kb',
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
  });

  it('coerces numbers and lets services extend the schema', () => {
    const schema = baseConfigSchema.extend({
      DATABASE_URL: z.url(),
      FEATURE_X: z.stringbool().default(false),
    });
    const config = loadConfig(schema, {
      SERVICE_NAME: 'repair',
      PORT: '8081',
      SHUTDOWN_TIMEOUT_MS: '2500',
      DATABASE_URL: 'postgres://u:p@localhost/db',
      FEATURE_X: 'false',
    });
    expect(config.PORT).toBe(8081);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(2500);
    expect(config.FEATURE_X).toBe(false);
  });

  it('reads process.env by default', () => {
    const before = process.env.SERVICE_NAME;
    process.env.SERVICE_NAME = 'from-process-env';
    try {
      expect(loadConfig(baseConfigSchema).SERVICE_NAME).toBe('from-process-env');
    } finally {
      if (before === undefined) delete process.env.SERVICE_NAME;
      else process.env.SERVICE_NAME = before;
    }
  });

  it('lists every bad variable by name and never echoes a value', () => {
    const secret = 'hunter2-not-long-enough';
    const schema = baseConfigSchema.extend({
      JWT_SECRET: z.string().min(64),
      DATABASE_URL: z.url(),
      API_KEY: z.string().refine(() => false, { error: (issue) => `rejected ${String(issue.input)}` }),
    });
    let error: unknown;
    try {
      loadConfig(schema, {
        PORT: 'not-a-port',
        LOG_LEVEL: 'loud',
        JWT_SECRET: secret,
        DATABASE_URL: 'postgres-password-in-a-bad-url',
        API_KEY: 'sk-live-abcdef',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.issues.map((i) => i.variable).sort()).toEqual(
      ['API_KEY', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'PORT', 'SERVICE_NAME'].sort(),
    );
    const everything = `${configError.message} ${JSON.stringify(configError.issues)}`;
    for (const value of [secret, 'postgres-password-in-a-bad-url', 'sk-live-abcdef', 'not-a-port', 'loud']) {
      expect(everything).not.toContain(value);
    }
    expect(configError.message).toMatch(/API_KEY: rejected \[redacted\]/);
  });
});
