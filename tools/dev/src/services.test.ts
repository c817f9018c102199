import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverServices } from './services';

function fakeRepo(services: Record<string, object>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'repo-'));
  for (const [name, pkg] of Object.entries(services)) {
    mkdirSync(path.join(root, 'services', name), { recursive: true });
    writeFileSync(path.join(root, 'services', name, 'package.json'), JSON.stringify(pkg));
  }
  return root;
}

describe('discoverServices', () => {
  it('finds services with an aftersales block, the gateway last', () => {
    const root = fakeRepo({
      'api-gateway': { name: 'gw', aftersales: { port: 4000, gateway: true } },
      repair: { name: 'repair', aftersales: { port: 4002, database: 'aftersales_repair' } },
      customer: {
        name: 'customer',
        aftersales: { port: 4001, database: 'aftersales_customer', main: 'dist/server.js' },
      },
      scratch: { name: 'not-a-service' },
    });
    const found = discoverServices(root);
    expect(found.map((s) => s.name)).toEqual(['customer', 'repair', 'api-gateway']);
    expect(found[0]).toMatchObject({ port: 4001, database: 'aftersales_customer', main: 'dist/server.js' });
    expect(found[0]!.migrationsDir).toBe(path.join(root, 'services/customer/prisma/migrations'));
    expect(found[2]).toMatchObject({ gateway: true, main: 'dist/main.js' });
    expect(found[2]!.database).toBeUndefined();
  });

  it('returns nothing when there is no services folder', () => {
    expect(discoverServices(mkdtempSync(path.join(tmpdir(), 'empty-')))).toEqual([]);
  });
});
