import { randomBytes } from 'node:crypto';
import { Pseudonym } from '@aftersales/contracts';
import { Pseudonymiser, PSEUDONYM_LENGTH } from './pseudonym';

describe('Pseudonymiser', () => {
  const key = randomBytes(32);
  const secret = randomBytes(32);

  it('gives one subject the same pseudonym under one key and tenant, in the contract format', () => {
    const p = new Pseudonymiser('k1', key);
    const a = p.pseudonymOf('tenant-a', 'customer', secret);
    expect(a).toHaveLength(PSEUDONYM_LENGTH);
    expect(Pseudonym.safeParse(a).success).toBe(true);
    expect(new Pseudonymiser('k1', Buffer.from(key)).pseudonymOf('tenant-a', 'customer', secret)).toBe(a);
  });

  it('separates tenants, kinds, secrets and keys', () => {
    const p = new Pseudonymiser('k1', key);
    const a = p.pseudonymOf('tenant-a', 'customer', secret);
    const others = [
      p.pseudonymOf('tenant-b', 'customer', secret),
      p.pseudonymOf('tenant-a', 'vehicle', secret),
      p.pseudonymOf('tenant-a', 'customer', randomBytes(32)),
      new Pseudonymiser('k2', randomBytes(32)).pseudonymOf('tenant-a', 'customer', secret),
    ];
    expect(new Set([a, ...others]).size).toBe(5);
  });

  it('refuses a short key', () => {
    expect(() => new Pseudonymiser('k1', randomBytes(16))).toThrow(/at least 32 bytes/);
  });
});
