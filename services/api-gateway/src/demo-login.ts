// POST /auth/demo-login: username + password of a demo user (deploy/dev/demo-users.json) for a
// development token, so the web console can be tried without an identity provider. Registered
// only when the gateway verifies HS256 tokens (the public dev secret), DEMO_USERS_FILE is set and
// NODE_ENV is not production; anywhere else the path does not exist (404).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { ROLES, issueToken, route, unauthorized } from '@aftersales/service-kit';
import { type GatewayConfig } from './config';

const TOKEN_TTL_SECONDS = 8 * 3600;
const idList = z.union([z.literal('*'), z.array(z.string().min(1))]);

/** `scrypt$<salt base64>$<key base64>`: the file never holds a password in clear. */
const passwordHash = z
  .string()
  .regex(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'expected scrypt$salt$key');

export const demoUsersFileSchema = z.object({
  tenantId: z.string().min(1),
  users: z
    .array(
      z.object({
        username: z.string().min(1),
        displayName: z.string().min(1),
        passwordHash,
        roles: z.array(z.enum(ROLES)).min(1),
        centreIds: idList,
        dealerIds: idList,
      }),
    )
    .min(1),
});
export type DemoUsers = z.output<typeof demoUsersFileSchema>;

export const demoLoginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** The answer of POST /auth/demo-login (documented in the gateway's OpenAPI part). */
export const demoLoginResponse = z.object({
  token: z.string().describe('HS256 JWT for `Authorization: Bearer`'),
  expiresAt: z.iso.datetime(),
  user: z.object({
    username: z.string(),
    displayName: z.string(),
    tenantId: z.string(),
    roles: z.array(z.enum(ROLES)),
    centreIds: idList,
    dealerIds: idList,
  }),
});

function scryptKey(password: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A hash for the users file (`npx tsx -e` with this, when adding a user). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptKey(password, salt, 32);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [, salt, key] = hash.split('$');
  const expected = Buffer.from(key ?? '', 'base64');
  const actual = await scryptKey(password, Buffer.from(salt ?? '', 'base64'), expected.length || 32);
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

export function demoLoginEnabled(config: GatewayConfig): boolean {
  return Boolean(config.AUTH_HS256_SECRET && config.DEMO_USERS_FILE && config.NODE_ENV !== 'production');
}

export function loadDemoUsers(file: string): DemoUsers {
  const parsed = demoUsersFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`DEMO_USERS_FILE ${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

// Compared against when the username is unknown, so both failures take the same time.
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Adds the route when demoLoginEnabled(config); reads and validates the users file once. */
export function mountDemoLogin(app: Express, config: GatewayConfig): void {
  if (!demoLoginEnabled(config)) return;
  const demo = loadDemoUsers(config.DEMO_USERS_FILE!);
  app.post(
    '/auth/demo-login',
    // scrypt is deliberately slow: cap guesses per client.
    rateLimit({ windowMs: 60_000, limit: 60, standardHeaders: 'draft-8', legacyHeaders: false }),
    route({ body: demoLoginBody }, async ({ body }) => {
      const user = demo.users.find((u) => u.username === body.username);
      const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) throw unauthorized('unknown demo user or wrong password');
      const identity = {
        userId: user.username,
        tenantId: demo.tenantId,
        roles: user.roles,
        centreIds: user.centreIds,
        dealerIds: user.dealerIds,
        name: user.displayName,
      };
      const token = await issueToken(
        {
          secret: config.AUTH_HS256_SECRET!,
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
          ttlSeconds: TOKEN_TTL_SECONDS,
        },
        identity,
      );
      const answer: z.input<typeof demoLoginResponse> = {
        token,
        expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS * 1000).toISOString(),
        user: {
          username: user.username,
          displayName: user.displayName,
          tenantId: demo.tenantId,
          roles: user.roles,
          centreIds: user.centreIds,
          dealerIds: user.dealerIds,
        },
      };
      return answer;
    }),
  );
}
