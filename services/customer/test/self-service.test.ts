// Self-service on real PostgreSQL and Kafka: sign-in by one-time code (the code sealed for the
// notification service on the event, never in clear in the database or on the topic; unknown
// contacts answered alike; limits on requests and tries; single use; expiry), then /v1/me with
// two customers: each sees and changes only their own record and vehicles.
import { topicOf, type EventOf } from '@aftersales/contracts';
import { DEVELOPMENT_SEALING_KEY_BASE64, openField, parseSealingKey } from '@aftersales/service-kit';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

const key = parseSealingKey(DEVELOPMENT_SEALING_KEY_BASE64);

describe('self-service: sign-in codes and /v1/me', () => {
  let h: Harness;
  let advisor: string;
  let gateway: string;
  const customers: Record<'a' | 'b', string> = { a: '', b: '' };
  const tokens: Record<'a' | 'b', string> = { a: '', b: '' };

  beforeAll(async () => {
    h = await startHarness('self_service', { env: { SIGN_IN_CODE_TTL_MINUTES: '10' } });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    gateway = await h.token(['gateway'], { userId: 'api-gateway', dealerIds: [], centreIds: [] });
    for (const [who, n] of [
      ['a', 1],
      ['b', 2],
    ] as const) {
      const res = await request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(person(n, { email: `self${n}@example.com`, phone: `+49 151 5550000${n}` }));
      expect(res.status).toBe(201);
      customers[who] = res.body.id;
      tokens[who] = await h.token(['customer'], { userId: res.body.id, dealerIds: [], centreIds: [] });
      const vehicle = await request(h.app)
        .post('/v1/vehicles')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send({
          vin: n === 1 ? '1M8GDM9AXKP042788' : '1HGCM82633A004352',
          make: 'Volkswagen',
          model: n === 1 ? 'Golf' : 'Passat',
          modelYear: 2020,
          ownerCustomerId: res.body.id,
          mileageKm: 30_000,
        });
      expect(vehicle.status).toBe(201);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const ask = (contact: string, token = gateway) =>
    request(h.app)
      .post('/v1/sign-in-challenges')
      .set('Authorization', `Bearer ${token}`)
      .send({ contact, locale: 'de-DE' });
  const verify = (id: string, code: string) =>
    request(h.app)
      .post(`/v1/sign-in-challenges/${id}/verification`)
      .set('Authorization', `Bearer ${gateway}`)
      .send({ code });

  const issuedEvents = async () =>
    (await h.events(topicOf('customer.sign-in-code.issued'))) as Array<
      EventOf<'customer.sign-in-code.issued'>
    >;

  it('sends a code for a known contact (sealed on the event, only a digest in the database) and signs in once with it', async () => {
    const res = await ask('  SELF1@example.com ');
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      challengeId: expect.any(String),
      channel: 'email',
      expiresAt: expect.any(String),
    });
    const event = (await issuedEvents()).find((e) => e.data.challengeId === res.body.challengeId)!;
    expect(event.data).toMatchObject({ customerId: customers.a, channel: 'email', locale: 'de-DE' });
    const code = openField(key, `sign-in:${res.body.challengeId}`, event.data.sealedCode);
    expect(code).toMatch(/^[0-9]{6}$/);
    // Neither the outbox nor the challenge row holds the code in clear.
    const rows = await h.prisma.$queryRawUnsafe<Array<{ row: string }>>(
      `SELECT row_to_json(c)::text AS row FROM sign_in_challenge c UNION ALL SELECT row_to_json(o)::text FROM outbox_message o`,
    );
    expect(rows.some((r) => r.row.includes(`"${code}"`) || r.row.includes(`:${code},`))).toBe(false);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await verify(res.body.challengeId, wrongCode);
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ reason: 'invalid_code', attemptsLeft: 4 });

    const right = await verify(res.body.challengeId, code);
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ customerId: customers.a });
    // Single use.
    const again = await verify(res.body.challengeId, code);
    expect(again.status).toBe(410);
    expect(again.body.reason).toBe('used');
  });

  it('answers an unknown contact exactly like a known one, sends nothing, and no code verifies it', async () => {
    const before = (await issuedEvents()).length;
    const res = await ask('nobody@example.com');
    expect(res.status).toBe(202);
    expect(Object.keys(res.body).sort()).toEqual(['challengeId', 'channel', 'expiresAt']);
    const row = await h.prisma.signInChallenge.findUniqueOrThrow({ where: { id: res.body.challengeId } });
    expect(row.customerId).toBeNull();
    for (const code of ['000000', '123456']) {
      expect((await verify(res.body.challengeId, code)).body.reason).toBe('invalid_code');
    }
    expect((await issuedEvents()).length).toBe(before);
  });

  it('refuses after five wrong tries, even the right code', async () => {
    const res = await ask('+49 151 55500002');
    expect(res.status).toBe(202);
    expect(res.body.channel).toBe('sms');
    const event = (await issuedEvents()).find((e) => e.data.challengeId === res.body.challengeId)!;
    expect(event.data.customerId).toBe(customers.b);
    const code = openField(key, `sign-in:${res.body.challengeId}`, event.data.sealedCode);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect((await verify(res.body.challengeId, wrong)).status).toBe(422);
    const locked = await verify(res.body.challengeId, code);
    expect(locked.status).toBe(429);
    expect(locked.body.reason).toBe('too_many_attempts');
  });

  it('limits codes per contact (three a quarter hour) with Retry-After, known or not', async () => {
    for (const contact of ['limit@example.com', 'self2@example.com']) {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await ask(contact));
      // self2 already asked once above (by phone, another contact): its e-mail has its own count.
      expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 429]);
      expect(Number(answers[3]!.headers['retry-after'])).toBeGreaterThan(800);
    }
  });

  it('refuses an expired code', async () => {
    const res = await ask('+49 151 55500001');
    await h.prisma.signInChallenge.update({
      where: { id: res.body.challengeId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const answer = await verify(res.body.challengeId, '123456');
    expect(answer.status).toBe(410);
    expect(answer.body.reason).toBe('expired');
  });

  it('keeps the challenges to the gateway and refuses a malformed contact', async () => {
    expect((await ask('self1@example.com', advisor)).status).toBe(403);
    expect((await ask('self1@example.com', tokens.a)).status).toBe(403);
    const bad = await ask('not a contact');
    expect(bad.status).toBe(422);
    expect((await verify('8d7c1e0a-0000-4000-8000-000000000000', '123456')).status).toBe(404);
  });

  it('shows each customer only their own record (decrypted, access audited) and vehicles', async () => {
    const me = await request(h.app).get('/v1/me').set('Authorization', `Bearer ${tokens.a}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: customers.a, piiAccess: 'decrypted', email: 'self1@example.com' });
    const audit = await h.prisma.piiAccessLog.findMany({
      where: { customerId: customers.a, userId: customers.a },
    });
    expect(audit.map((a) => a.purpose)).toContain('GET /v1/me');

    const vehicles = await request(h.app).get('/v1/me/vehicles').set('Authorization', `Bearer ${tokens.b}`);
    expect(vehicles.status).toBe(200);
    expect(vehicles.body.items).toEqual([
      expect.objectContaining({ model: 'Passat', ownerCustomerId: customers.b }),
    ]);

    // The staff API stays closed to a customer's token, and /v1/me to staff.
    for (const path of [`/v1/customers/${customers.b}`, '/v1/customers', '/v1/vehicles']) {
      expect((await request(h.app).get(path).set('Authorization', `Bearer ${tokens.a}`)).status).toBe(403);
    }
    expect((await request(h.app).get('/v1/me').set('Authorization', `Bearer ${advisor}`)).status).toBe(403);
    const admin = await h.token(['admin']);
    expect((await request(h.app).get('/v1/me').set('Authorization', `Bearer ${admin}`)).status).toBe(403);
  });

  it('changes consents for the customer alone and tells the platform (customer.updated)', async () => {
    const res = await request(h.app)
      .put('/v1/me/consents')
      .set('Authorization', `Bearer ${tokens.b}`)
      .send({ marketing: true });
    expect(res.status).toBe(200);
    expect(res.body.consents).toMatchObject({ marketing: true, dataProcessing: true });
    const a = await h.prisma.customer.findUniqueOrThrow({ where: { id: customers.a } });
    expect(a.consentMarketing).toBe(false);
    const updated = (await h.events(topicOf('customer.updated'))).filter(
      (e) => e.type === 'customer.updated' && e.subject === customers.b,
    );
    expect(updated.at(-1)).toMatchObject({
      data: { changedFields: ['consents'], consents: { marketing: true } },
    });
    expect(
      (await request(h.app).put('/v1/me/consents').set('Authorization', `Bearer ${tokens.b}`).send({}))
        .status,
    ).toBe(400);
  });
});
