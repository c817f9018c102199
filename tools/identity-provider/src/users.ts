// The user store: a JSON file of users (username, display name, e-mail, scrypt password hash,
// groups, extra claims), validated at start. Passwords are checked in constant time, and unknown
// users cost the same scrypt work as known ones, so timing does not reveal which usernames exist.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { z } from 'zod';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

const HASH = /^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;

const userSchema = z.object({
  username: z.string().min(1),
  displayName: z.string().min(1),
  email: z.string().min(3).optional(),
  passwordHash: z.string().regex(HASH, 'must be scrypt$<salt base64>$<key base64>'),
  groups: z.array(z.string().min(1)).default([]),
  claims: z.record(z.string(), z.unknown()).default({}),
});

const usersFileSchema = z.object({ users: z.array(userSchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  for (const u of file.users) {
    if (seen.has(u.username)) ctx.addIssue({ code: 'custom', message: `duplicate username ${u.username}` });
    seen.add(u.username);
  }
});

export type User = z.infer<typeof userSchema>;

/** Reads and validates the users file; the error names the file and what is wrong. */
export function loadUsers(file: string): Map<string, User> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`users file ${file}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const parsed = usersFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`users file ${file} is invalid: ${z.prettifyError(parsed.error)}`);
  return new Map(parsed.data.users.map((u) => [u.username, u]));
}

/** `scrypt$salt$key` with node's scrypt defaults (N=16384, r=8, p=1), key length 32. */
export async function hashPassword(password: string, salt = randomBytes(16)): Promise<string> {
  const key = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

// Checked against when the username is unknown, so that case takes as long as a wrong password.
const DUMMY_HASH = `scrypt$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

async function verifyHash(password: string, hash: string): Promise<boolean> {
  const [, salt = '', key = ''] = hash.split('$');
  const expected = Buffer.from(key, 'base64');
  if (expected.length === 0) return false;
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

/** The user when the password matches, else undefined (unknown user or wrong password alike). */
export async function authenticate(
  users: Map<string, User>,
  username: string,
  password: string,
): Promise<User | undefined> {
  const user = users.get(username);
  const ok = await verifyHash(password, user?.passwordHash ?? DUMMY_HASH);
  return ok && user ? user : undefined;
}
