// AES-256-GCM sealing with node:crypto. A sealed value is one self-describing buffer:
//   [format 0x01][12-byte random IV][16-byte auth tag][ciphertext]
// The associated data (AAD) binds a ciphertext to its place (e.g. "pii:<customerId>"), so a
// ciphertext copied onto another row fails to open instead of showing another person's data.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const FORMAT = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** Opening failed: wrong key, tampered bytes, wrong associated data or an unknown format. */
export class DecryptionError extends Error {
  constructor(message = 'The ciphertext cannot be decrypted with this key.') {
    super(message);
    this.name = 'DecryptionError';
  }
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES)
    throw new RangeError(`AES-256 needs a ${KEY_BYTES}-byte key, got ${key.length}.`);
}

export function seal(key: Uint8Array, plaintext: Uint8Array, aad: string): Buffer {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT]), iv, cipher.getAuthTag(), body]);
}

export function open(key: Uint8Array, sealed: Uint8Array, aad: string): Buffer {
  assertKey(key);
  if (sealed.length < HEADER_BYTES || sealed[0] !== FORMAT)
    throw new DecryptionError('Unknown ciphertext format.');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

/** A fresh random data key (one per customer). */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}
