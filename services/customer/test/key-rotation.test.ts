// Master-key rotation against real PostgreSQL: customers written under k1 stay readable while k2
// becomes active, the rotation re-wraps every data key in batches, and afterwards k1 can go.
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { newKey, startHarness, type Harness } from './harness';

describe('master-key rotation', () => {
  let h: Harness;
  const k1 = newKey();
  const k2 = newKey();
  let admin: string;
  const ids: string[] = [];

  beforeAll(async () => {
    h = await startHarness('rotation', {
      env: { CUSTOMER_MASTER_KEYS: `k1:${k1}`, CUSTOMER_ACTIVE_KEY_ID: 'k1' },
    });
    admin = await h.token(['admin']);
    for (let n = 1; n <= 5; n++) {
      const res = await request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${admin}`)
        .set('Idempotency-Key', idemKey())
        .send(person(n));
      ids.push(res.body.id);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const names = async (app: Parameters<typeof request>[0]) => {
    const res = await request(app).get('/v1/customers?limit=50').set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    return res.body.items.map((c: { name: string }) => c.name).sort();
  };

  it('rejects a config whose active key is not listed', () => {
    expect(() => h.appWith({ CUSTOMER_MASTER_KEYS: `k1:${k1}`, CUSTOMER_ACTIVE_KEY_ID: 'k2' })).toThrow(
      /CUSTOMER_ACTIVE_KEY_ID/,
    );
  });

  it('reads old keys while the new key is active, re-wraps them all in batches, then works without the old key', async () => {
    const during = h.appWith({
      CUSTOMER_MASTER_KEYS: JSON.stringify({ k1, k2 }),
      CUSTOMER_ACTIVE_KEY_ID: 'k2',
    });
    expect(await names(during.app)).toHaveLength(5); // k1-wrapped keys still open
    const created = await request(during.app)
      .post('/v1/customers')
      .set('Authorization', `Bearer ${admin}`)
      .set('Idempotency-Key', idemKey())
      .send(person(6));
    expect(created.status).toBe(201);
    expect(
      (await h.prisma.customerDataKey.findFirstOrThrow({ where: { customerId: created.body.id } }))
        .masterKeyId,
    ).toBe('k2');

    const before = await h.prisma.customerDataKey.findMany({ where: { customerId: { in: ids } } });
    expect(before.every((k) => k.masterKeyId === 'k1')).toBe(true);
    expect(
      (
        await request(during.app)
          .post('/v1/admin/key-rotation')
          .set('Authorization', `Bearer ${await h.token(['service-advisor'])}`)
          .send({})
      ).status,
    ).toBe(403);
    const res = await request(during.app)
      .post('/v1/admin/key-rotation')
      .set('Authorization', `Bearer ${admin}`)
      .send({ batchSize: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ activeKeyId: 'k2', rewrapped: 5, failed: 0, remaining: 0 });
    const after = await h.prisma.customerDataKey.findMany({ where: { customerId: { in: ids } } });
    expect(after.every((k) => k.masterKeyId === 'k2' && k.rewrappedAt)).toBe(true);
    expect(
      after.every(
        (k) => !Buffer.from(before.find((b) => b.id === k.id)!.wrappedKey).equals(Buffer.from(k.wrappedKey)),
      ),
    ).toBe(true);

    const onlyNew = h.appWith({ CUSTOMER_MASTER_KEYS: `k2:${k2}`, CUSTOMER_ACTIVE_KEY_ID: 'k2' });
    expect(await names(onlyNew.app)).toEqual([
      'Customer Number1',
      'Customer Number2',
      'Customer Number3',
      'Customer Number4',
      'Customer Number5',
      'Customer Number6',
    ]);
    // A second run has nothing left to do.
    expect(
      (await request(onlyNew.app).post('/v1/admin/key-rotation').set('Authorization', `Bearer ${admin}`))
        .body,
    ).toEqual({ activeKeyId: 'k2', rewrapped: 0, failed: 0, remaining: 0 });
  });

  it('reports data keys whose master key this instance does not know instead of failing', async () => {
    const k3 = newKey();
    const third = h.appWith({ CUSTOMER_MASTER_KEYS: `k3:${k3}`, CUSTOMER_ACTIVE_KEY_ID: 'k3' });
    const res = await request(third.app)
      .post('/v1/admin/key-rotation')
      .set('Authorization', `Bearer ${admin}`)
      .send({});
    expect(res.body).toEqual({ activeKeyId: 'k3', rewrapped: 0, failed: 6, remaining: 6 });
    expect(
      (await request(third.app).get(`/v1/customers/${ids[0]}`).set('Authorization', `Bearer ${admin}`))
        .status,
    ).toBe(500);
  });
});
