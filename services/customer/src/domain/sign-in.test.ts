import { MAX_ATTEMPTS, codeShape, newCode, retryAfterSeconds, sameDigest, signInContactOf } from './sign-in';

describe('self-service sign-in rules', () => {
  it('takes an e-mail address or a phone number, normalised, and refuses anything else', () => {
    expect(signInContactOf('  Jonas.Weber@Example.DE ', 'DE')).toEqual({
      field: 'email',
      channel: 'email',
      normalised: 'jonas.weber@example.de',
    });
    expect(signInContactOf('0151 2000 1000', 'DE')).toEqual({
      field: 'phone',
      channel: 'sms',
      normalised: '+4915120001000',
    });
    expect(signInContactOf('not a contact', 'DE')).toBeNull();
    expect(signInContactOf('a@b', 'DE')).toBeNull();
  });

  it('makes six-digit codes, leading zeros kept, spread over the range', () => {
    const codes = Array.from({ length: 2000 }, newCode);
    expect(codes.every((c) => codeShape.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => c.startsWith('0'))).toBe(true);
    expect(MAX_ATTEMPTS).toBe(5);
  });

  it('compares digests in constant time and by value', () => {
    expect(sameDigest('abc', 'abc')).toBe(true);
    expect(sameDigest('abc', 'abd')).toBe(false);
    expect(sameDigest('abc', 'abcd')).toBe(false);
  });

  it('lets three requests through a quarter hour and ten a day, then says how long to wait', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const ago = (min: number) => new Date(now.getTime() - min * 60_000);
    expect(retryAfterSeconds([], now)).toBe(0);
    expect(retryAfterSeconds([ago(1), ago(2)], now)).toBe(0);
    // Third in the window: the oldest (10 min ago) leaves it in 5 minutes.
    expect(retryAfterSeconds([ago(1), ago(2), ago(10)], now)).toBe(300);
    expect(retryAfterSeconds([ago(1), ago(2), ago(16)], now)).toBe(0);
    // Ten in the last day, spread out: the oldest (23 h ago) leaves in an hour.
    const day = [30, 60, 120, 180, 240, 300, 360, 600, 900, 1380].map(ago);
    expect(retryAfterSeconds(day, now)).toBe(3600);
  });
});
