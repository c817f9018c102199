import path from 'node:path';
import { discoverDatabases, selectServices } from './targets';

describe('discoverDatabases', () => {
  it('finds every service with a database in this repository, and not the gateway', () => {
    const found = discoverDatabases(path.resolve(__dirname, '../../..'));
    expect(found).toEqual(
      expect.arrayContaining([
        { service: 'customer', database: 'aftersales_customer' },
        { service: 'parts-procurement', database: 'aftersales_parts' },
      ]),
    );
    expect(found.map((t) => t.service)).not.toContain('api-gateway');
  });
});

describe('selectServices', () => {
  const all = [
    { service: 'customer', database: 'c' },
    { service: 'repair', database: 'r' },
  ];
  it('keeps all without a list and only the named ones with one', () => {
    expect(selectServices(all, undefined)).toBe(all);
    expect(selectServices(all, ['repair'])).toEqual([{ service: 'repair', database: 'r' }]);
  });
  it('refuses unknown names', () => {
    expect(() => selectServices(all, ['repair', 'billing'])).toThrow(/unknown service\(s\): billing/);
  });
});
