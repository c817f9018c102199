// Fault 4: a service's PostgreSQL connections dropped. As the superuser, the database is closed
// to new connections (ALLOW_CONNECTIONS false) and its open connections are terminated
// (pg_terminate_backend), which is what a failover or a restart of the server looks like from the
// service. Readiness must go red (503), requests must get 503 problem+json (retryable, not a
// 500), and when connections are allowed again the service must recover by itself: readiness
// green and requests served by the same process, with every write made before the outage intact.
import { waitFor } from '@aftersales/testing';
import { idempotencyKey, startPlatform, type Platform, type ServiceName } from '../../e2e/src/platform';
import { allowConnections, count, dropConnections, report } from '../src/reconcile';

const services: { name: ServiceName; list: string; table: string }[] = [
  { name: 'customer', list: '/v1/customers', table: 'customer' },
  { name: 'repair', list: '/v1/repair-orders', table: 'repair_order' },
  { name: 'parts-procurement', list: '/v1/parts', table: 'part' },
  { name: 'complaint', list: '/v1/complaints', table: 'complaint' },
];

const newCustomer = (i: number) => ({
  kind: 'person',
  name: `Jana Wolf ${i}`,
  phone: `+49 151 3000 ${String(1000 + i)}`,
  email: `jana.wolf.${i}@example.de`,
  preferredChannel: 'email',
  consents: { marketing: false, dataProcessing: true },
});

describe('fault 4: a service loses its database', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(
      services.map((s) => s.name),
      'faults-db',
    );
  });
  afterAll(async () => {
    for (const s of services) await allowConnections(p.database(s.name).name).catch(() => undefined);
    await p?.stop();
  });

  it.each(services)(
    '$name: readiness 503, requests 503 problem+json, recovers without a restart',
    async (svc) => {
      const admin = p.as(['admin']);
      const db = p.database(svc.name);
      const pid = p.pid(svc.name);
      const ready = async () => (await fetch(`${p.serviceUrl(svc.name)}/health/ready`)).status;
      expect(await ready()).toBe(200);
      expect((await admin.get(svc.list)).status).toBe(200);

      await dropConnections(db.name);
      const readyDuring = await waitFor(
        async () => ((await ready()) === 503 ? 503 : undefined),
        'readiness red',
      );
      const during = [];
      for (let i = 0; i < 5; i++) during.push(await admin.get(svc.list));
      if (svc.name === 'customer')
        for (let i = 0; i < 5; i++)
          during.push(await admin.post('/v1/customers', newCustomer(i), idempotencyKey()));
      const statuses = during.map((r) => r.status);
      const types = [...new Set(during.map((r) => r.headers.get('content-type')?.split(';')[0]))];

      await allowConnections(db.name);
      const recoveredAfter = Date.now();
      await waitFor(async () => (await ready()) === 200, 'readiness green again', 30_000);
      const recoveryMs = Date.now() - recoveredAfter;
      const afterStatus = (await admin.get(svc.list)).status;
      report(
        '4 database dropped',
        `ALLOW_CONNECTIONS false + pg_terminate_backend on ${svc.name}'s database`,
        {
          service: svc.name,
          readinessDuring: readyDuring,
          requestsDuring: statuses.length,
          statusesDuring: [...new Set(statuses)].join('/'),
          contentType: types.join('/'),
          retryAfter: during[0]?.headers.get('retry-after') ?? 'none',
          readyAgainMs: recoveryMs,
          statusAfter: afterStatus,
          samePid: String(p.pid(svc.name) === pid),
        },
      );

      expect(readyDuring).toBe(503);
      expect(statuses).toEqual(statuses.map(() => 503));
      expect(types).toEqual(['application/problem+json']);
      expect(afterStatus).toBe(200);
      expect(p.pid(svc.name)).toBe(pid);
      if (svc.name === 'customer') {
        const created = await admin.post('/v1/customers', newCustomer(99), idempotencyKey());
        expect(created.status).toBe(201);
        // nothing written during the outage, the write after it is there
        expect(await count(db.url, `SELECT count(*) FROM customer`)).toBe(1);
      }
    },
  );
});
