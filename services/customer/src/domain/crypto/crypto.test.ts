import { randomBytes } from 'node:crypto';
import { DecryptionError, newDataKey, open, seal } from './aes-gcm';
import { BlindIndexer } from './blind-index';
import { MasterKeyring, UnknownMasterKeyError, parseMasterKeys } from './keyring';
import { PiiCipher, aad } from './pii-cipher';

const b64 = () => randomBytes(32).toString('base64');

describe('AES-256-GCM seal/open', () => {
  const key = newDataKey();

  it('round-trips and never contains the plaintext', () => {
    const sealed = seal(key, Buffer.from('Erika Mustermann'), 'pii:c1');
    expect(sealed.includes(Buffer.from('Erika'))).toBe(false);
    expect(open(key, sealed, 'pii:c1').toString()).toBe('Erika Mustermann');
  });

  it('uses a fresh IV, so equal plaintexts give different ciphertexts', () => {
    expect(seal(key, Buffer.from('x'), 'a').equals(seal(key, Buffer.from('x'), 'a'))).toBe(false);
  });

  it('detects tampering with ciphertext, tag or IV', () => {
    const sealed = seal(key, Buffer.from('+4915112345678'), 'pii:c1');
    for (const index of [1, 14, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[index] = bad[index]! ^ 0x01;
      expect(() => open(key, bad, 'pii:c1')).toThrow(DecryptionError);
    }
    expect(() => open(key, sealed.subarray(0, 20), 'pii:c1')).toThrow(DecryptionError);
  });

  it('refuses the wrong key and the wrong associated data', () => {
    const sealed = seal(key, Buffer.from('secret'), 'pii:c1');
    expect(() => open(newDataKey(), sealed, 'pii:c1')).toThrow(DecryptionError);
    expect(() => open(key, sealed, 'pii:c2')).toThrow(DecryptionError);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => seal(randomBytes(16), Buffer.from('x'), 'a')).toThrow(RangeError);
  });
});

describe('master keys', () => {
  it('parses JSON and comma-list forms', () => {
    const [a, b] = [b64(), b64()];
    expect([...parseMasterKeys(JSON.stringify({ k1: a, k2: b })).keys()]).toEqual(['k1', 'k2']);
    const list = parseMasterKeys(`k1:${a}, k2:${b}`);
    expect(list.get('k2')?.toString('base64')).toBe(b);
  });

  it('refuses short keys, bad ids, duplicates and empty config without echoing key material', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => parseMasterKeys(`k1:${short}`)).toThrow(/32 bytes/);
    try {
      parseMasterKeys(`k1:${short}`);
    } catch (err) {
      expect((err as Error).message).not.toContain(short);
    }
    expect(() => parseMasterKeys(`bad id:${b64()}`)).toThrow(/invalid key id/);
    const a = b64();
    expect(() => parseMasterKeys(`k1:${a},k1:${a}`)).toThrow(/duplicate/);
    expect(() => parseMasterKeys('')).toThrow(/none/);
    expect(() => parseMasterKeys('{"k1": 5}')).toThrow(/base64 string/);
  });

  it('requires the active key to be configured', () => {
    expect(() => MasterKeyring.fromConfig(`k1:${b64()}`, 'k2')).toThrow(/active key/);
  });
});

describe('envelope encryption and rotation', () => {
  const [k1, k2] = [b64(), b64()];
  const old = MasterKeyring.fromConfig(`k1:${k1}`, 'k1');
  const both = MasterKeyring.fromConfig(`k1:${k1},k2:${k2}`, 'k2');
  const onlyNew = MasterKeyring.fromConfig(`k2:${k2}`, 'k2');

  it('wraps a data key under the active master key and unwraps it again', () => {
    const cipher = new PiiCipher(old);
    const { dataKey, wrapped } = cipher.newCustomerKey('t1', 'c1');
    expect(wrapped.masterKeyId).toBe('k1');
    expect(cipher.dataKeyOf('t1', 'c1', wrapped).equals(dataKey)).toBe(true);
    const sealed = cipher.sealJson(dataKey, { name: 'Erika' }, aad.pii('c1'));
    expect(cipher.openJson(cipher.dataKeyOf('t1', 'c1', wrapped), sealed, aad.pii('c1'))).toEqual({
      name: 'Erika',
    });
  });

  it('binds a wrapped key to its customer', () => {
    const cipher = new PiiCipher(old);
    const { wrapped } = cipher.newCustomerKey('t1', 'c1');
    expect(() => cipher.dataKeyOf('t1', 'c2', wrapped)).toThrow(DecryptionError);
    expect(() => cipher.dataKeyOf('t2', 'c1', wrapped)).toThrow(DecryptionError);
  });

  it('reads keys of any known master key, re-wraps under the new one, and then needs no old key', () => {
    const { dataKey, wrapped } = new PiiCipher(old).newCustomerKey('t1', 'c1');
    const sealed = seal(dataKey, Buffer.from('Erika'), aad.pii('c1'));
    expect(both.needsRewrap(wrapped)).toBe(true);
    expect(both.unwrap(wrapped, aad.dataKey('t1', 'c1')).equals(dataKey)).toBe(true); // reads during rotation
    const rewrapped = both.rewrap(wrapped, aad.dataKey('t1', 'c1'));
    expect(rewrapped.masterKeyId).toBe('k2');
    expect(both.needsRewrap(rewrapped)).toBe(false);
    const key = onlyNew.unwrap(rewrapped, aad.dataKey('t1', 'c1'));
    expect(open(key, sealed, aad.pii('c1')).toString()).toBe('Erika'); // PII itself was never re-encrypted
    expect(() => onlyNew.unwrap(wrapped, aad.dataKey('t1', 'c1'))).toThrow(UnknownMasterKeyError);
  });

  it('refuses a data key wrapped by another master key with the same id (wrong key)', () => {
    const impostor = MasterKeyring.fromConfig(`k1:${b64()}`, 'k1');
    const { wrapped } = new PiiCipher(old).newCustomerKey('t1', 'c1');
    expect(() => impostor.unwrap(wrapped, aad.dataKey('t1', 'c1'))).toThrow(DecryptionError);
  });
});

describe('blind index', () => {
  const indexer = new BlindIndexer(randomBytes(32));

  it('is deterministic per field and tenant, and separates fields and tenants', () => {
    const a = indexer.of('phone', 't1', '+4915112345678');
    expect(indexer.of('phone', 't1', '+4915112345678')).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(indexer.of('email', 't1', '+4915112345678')).not.toBe(a);
    expect(indexer.of('phone', 't2', '+4915112345678')).not.toBe(a);
  });

  it('depends on the key', () => {
    expect(new BlindIndexer(randomBytes(32)).of('email', 't1', 'a@b.de')).not.toBe(
      indexer.of('email', 't1', 'a@b.de'),
    );
  });

  it('refuses short keys', () => {
    expect(() => new BlindIndexer(randomBytes(16))).toThrow(RangeError);
  });
});
