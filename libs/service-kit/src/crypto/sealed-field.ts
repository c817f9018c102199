// A value one service seals for another inside an event (the sign-in code on
// customer.sign-in-code.issued): AES-256-GCM under a key both hold, bound to its context by the
// AAD, so the Kafka log and both databases only ever hold ciphertext. base64url(IV | tag | ct).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A 32-byte key from its base64 (or base64url) text; throws with the reason otherwise. */
export function parseSealingKey(text: string, name = 'the sealing key'): Buffer {
  const key = Buffer.from(text.trim(), text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes in base64 (got ${key.length} bytes).`);
  return key;
}

export function sealField(key: Buffer, aad: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url');
}

/** The plain text, or throws when the key, the AAD or the bytes are not the sealing ones. */
export function openField(key: Buffer, aad: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}

/**
 * The sealing key outside production (development, the demo, tests) when none is configured:
 * public, so production configuration must set its own (the services refuse to start without).
 */
export const DEVELOPMENT_SEALING_KEY_BASE64 = Buffer.from('aftersales-development-seal-key!').toString(
  'base64',
);
