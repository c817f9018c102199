import { z } from 'zod';
import type { AuthConfig } from './auth';
import { MIN_HS256_SECRET_LENGTH, isTrustedJwksUrl, normalisePem, parsePublicKeyPem } from './auth-keys';
import { ConfigError } from './config';

const KEY_SOURCE_VARS = ['AUTH_HS256_SECRET', 'AUTH_JWKS_URL', 'AUTH_PUBLIC_KEY_PEM'] as const;
const ONE_KEY_SOURCE = `set exactly one of ${KEY_SOURCE_VARS.join(', ')}`;

// `AUTH_JWKS_URL=` in an env file means "not set".
function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

const pemSchema = z
  .string()
  .transform(normalisePem)
  .superRefine((pem, ctx) => {
    try {
      parsePublicKeyPem(pem);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  });

/**
 * Auth variables. Services add them to their config:
 * `loadConfig(baseConfigSchema.extend({ DATABASE_URL: z.url() }).and(authConfigSchema))`, then
 * `authenticate(authConfigFromEnv(config))`. Exactly one key source must be set.
 */
export const authConfigSchema = z
  .object({
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1),
    /** Local development only. */
    AUTH_HS256_SECRET: unsetIfEmpty(
      z.string().min(MIN_HS256_SECRET_LENGTH, `must be at least ${MIN_HS256_SECRET_LENGTH} characters`),
    ),
    AUTH_JWKS_URL: unsetIfEmpty(
      z
        .url()
        .refine(isTrustedJwksUrl, 'must be an https URL (http only for localhost or a Kubernetes Service)'),
    ),
    /** PEM public key; literal `\n` sequences are turned into newlines. */
    AUTH_PUBLIC_KEY_PEM: unsetIfEmpty(pemSchema),
    AUTH_CLOCK_TOLERANCE_SEC: z.coerce.number().int().min(0).max(300).optional(),
  })
  .superRefine((env, ctx) => {
    const set = KEY_SOURCE_VARS.filter((name) => env[name] !== undefined);
    if (set.length === 0) ctx.addIssue({ code: 'custom', path: [], message: ONE_KEY_SOURCE });
    for (const name of set.slice(1)) {
      ctx.addIssue({ code: 'custom', path: [name], message: `${ONE_KEY_SOURCE} (also set: ${set[0]})` });
    }
  });

export type AuthEnvConfig = z.output<typeof authConfigSchema>;

/**
 * The parsed AUTH_* variables as an AuthConfig. Checks the one-key-source rule again, so a
 * service that spread `authConfigSchema.shape` into its own schema (losing the refinement)
 * still fails at start-up rather than at the first request.
 */
export function authConfigFromEnv(config: AuthEnvConfig, nodeEnv = process.env.NODE_ENV): AuthConfig {
  const set = KEY_SOURCE_VARS.filter((name) => config[name] !== undefined && config[name] !== '');
  if (set.length !== 1) {
    throw new ConfigError([
      { variable: set.length ? set.join(', ') : KEY_SOURCE_VARS.join(' | '), message: ONE_KEY_SOURCE },
    ]);
  }
  // A shared secret lets anyone who has it mint tokens for any tenant and role; production
  // verifies with the identity provider's public keys only.
  if (nodeEnv === 'production' && config.AUTH_HS256_SECRET) {
    throw new ConfigError([
      {
        variable: 'AUTH_HS256_SECRET',
        message: 'is for local development only; in production set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_PEM',
      },
    ]);
  }
  const auth: AuthConfig = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  if (config.AUTH_HS256_SECRET) auth.hs256Secret = config.AUTH_HS256_SECRET;
  if (config.AUTH_JWKS_URL) auth.jwksUrl = config.AUTH_JWKS_URL;
  if (config.AUTH_PUBLIC_KEY_PEM) auth.publicKeyPem = normalisePem(config.AUTH_PUBLIC_KEY_PEM);
  if (config.AUTH_CLOCK_TOLERANCE_SEC !== undefined) auth.clockToleranceSec = config.AUTH_CLOCK_TOLERANCE_SEC;
  return auth;
}
