import { randomBytes } from 'node:crypto';
import { openField, parseSealingKey, sealField } from './sealed-field';

describe('sealed fields', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and each sealing differs (fresh IV)', () => {
    const a = sealField(key, 'sign-in:c1', '482913');
    const b = sealField(key, 'sign-in:c1', '482913');
    expect(a).not.toBe(b);
    expect(a).not.toContain('482913');
    expect(openField(key, 'sign-in:c1', a)).toBe('482913');
  });

  it('refuses another context, another key, or altered bytes', () => {
    const sealed = sealField(key, 'sign-in:c1', '482913');
    expect(() => openField(key, 'sign-in:c2', sealed)).toThrow();
    expect(() => openField(randomBytes(32), 'sign-in:c1', sealed)).toThrow();
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => openField(key, 'sign-in:c1', raw.toString('base64url'))).toThrow();
    expect(() => openField(key, 'sign-in:c1', 'abc')).toThrow(/too short/);
  });

  it('takes a 32-byte key in base64 or base64url and names a wrong length', () => {
    const k = randomBytes(32);
    expect(parseSealingKey(k.toString('base64')).equals(k)).toBe(true);
    expect(parseSealingKey(k.toString('base64url')).equals(k)).toBe(true);
    expect(() => parseSealingKey(randomBytes(16).toString('base64'), 'SIGN_IN_CODE_KEY')).toThrow(
      /SIGN_IN_CODE_KEY must be 32 bytes/,
    );
  });
});
