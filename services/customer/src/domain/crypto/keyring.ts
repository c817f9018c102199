// Master keys (key-encryption keys) from configuration. Each customer's data key is wrapped by
// the active master key; any known master key can unwrap, so rotation re-wraps in the background
// while reads keep working (envelope encryption).
import { DecryptionError, KEY_BYTES, open, seal } from './aes-gcm';

export interface WrappedKey {
  masterKeyId: string;
  wrapped: Uint8Array;
}

export class UnknownMasterKeyError extends DecryptionError {
  constructor(readonly masterKeyId: string) {
    super(`Master key "${masterKeyId}" is not configured.`);
    this.name = 'UnknownMasterKeyError';
  }
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Parses `CUSTOMER_MASTER_KEYS`: a JSON object `{"k1":"<base64>"}` or a comma list
 * `k1:<base64>,k2:<base64>`. Every key must decode to 32 bytes. Messages never show key material.
 */
export function parseMasterKeys(raw: string): Map<string, Buffer> {
  const text = raw.trim();
  let entries: [string, string][];
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error('master keys: not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('master keys: expected a JSON object');
    entries = Object.entries(parsed as Record<string, unknown>).map(([id, v]) => {
      if (typeof v !== 'string') throw new Error(`master keys: key "${id}" must be a base64 string`);
      return [id, v];
    });
  } else {
    entries = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((pair) => {
        const i = pair.indexOf(':');
        if (i <= 0) throw new Error('master keys: expected "keyId:base64key" items');
        return [pair.slice(0, i).trim(), pair.slice(i + 1).trim()];
      });
  }
  if (entries.length === 0) throw new Error('master keys: none configured');
  const keys = new Map<string, Buffer>();
  for (const [id, b64] of entries) {
    if (!KEY_ID.test(id)) throw new Error(`master keys: invalid key id "${id.slice(0, 64)}"`);
    if (keys.has(id)) throw new Error(`master keys: duplicate key id "${id}"`);
    const key = Buffer.from(b64, 'base64');
    if (key.length !== KEY_BYTES || key.toString('base64').replace(/=+$/, '') !== b64.replace(/=+$/, '')) {
      throw new Error(`master keys: key "${id}" must be ${KEY_BYTES} bytes in base64`);
    }
    keys.set(id, key);
  }
  return keys;
}

export class MasterKeyring {
  constructor(
    private readonly keys: ReadonlyMap<string, Uint8Array>,
    readonly activeKeyId: string,
  ) {
    if (!keys.has(activeKeyId))
      throw new Error(`master keys: the active key "${activeKeyId}" is not configured`);
  }

  static fromConfig(rawKeys: string, activeKeyId: string): MasterKeyring {
    return new MasterKeyring(parseMasterKeys(rawKeys), activeKeyId);
  }

  knows(masterKeyId: string): boolean {
    return this.keys.has(masterKeyId);
  }

  /** Wraps a data key under the active master key; `aad` binds it to its owner. */
  wrap(dataKey: Uint8Array, aad: string): WrappedKey {
    return { masterKeyId: this.activeKeyId, wrapped: seal(this.keyOf(this.activeKeyId), dataKey, aad) };
  }

  unwrap(wrapped: WrappedKey, aad: string): Buffer {
    return open(this.keyOf(wrapped.masterKeyId), wrapped.wrapped, aad);
  }

  /** True when the data key is wrapped by an older master key and rotation should re-wrap it. */
  needsRewrap(wrapped: Pick<WrappedKey, 'masterKeyId'>): boolean {
    return wrapped.masterKeyId !== this.activeKeyId;
  }

  /** Unwraps with whichever known key wrapped it and wraps again under the active key. */
  rewrap(wrapped: WrappedKey, aad: string): WrappedKey {
    return this.wrap(this.unwrap(wrapped, aad), aad);
  }

  private keyOf(id: string): Uint8Array {
    const key = this.keys.get(id);
    if (!key) throw new UnknownMasterKeyError(id);
    return key;
  }
}
