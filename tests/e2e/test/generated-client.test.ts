// A client generated from the API document works: `npm run generate` (this package) turns the
// committed docs/api/openapi.json (tools/openapi proves it is what the services serve) into types
// with openapi-typescript; openapi-fetch is the client. A short journey through the gateway with
// it compiles against those types (typecheck) and runs here: a centre, a customer and their car, a
// repair order received, read back and listed, and a problem+json for a bad body.
import createClient from 'openapi-fetch';
import { type paths } from '../src/generated/openapi';
import { centreBody } from '../src/fixtures';
import { idempotencyKey, startPlatform, type Platform } from '../src/platform';

describe('a client generated from the API document', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer', 'repair'], 'client');
  });
  afterAll(async () => {
    await p?.stop();
  });

  // The document declares the header, so the generated client requires it (typed).
  const key = () => idempotencyKey()['idempotency-key'];

  const clientAs = async (roles: Parameters<Platform['token']>[0]) =>
    createClient<paths>({
      baseUrl: p.gatewayUrl,
      headers: { authorization: `Bearer ${await p.token(roles)}` },
    });

  it('receives a car through the gateway with typed requests and answers', async () => {
    const admin = await clientAs(['admin']);
    const advisor = await clientAs(['service-advisor']);

    const centre = await admin.POST('/v1/service-centres', {
      body: centreBody({ name: 'Koeln Sued', stockLocationId: 'loc-koeln-sued' }),
      params: { header: { 'Idempotency-Key': key() } },
    });
    expect(centre.response.status).toBe(201);
    const centreId = centre.data!.id;

    const customer = await advisor.POST('/v1/customers', {
      body: {
        kind: 'person',
        name: 'Lena Fischer',
        email: 'lena.fischer@example.de',
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      },
      params: { header: { 'Idempotency-Key': key() } },
    });
    expect(customer.response.status).toBe(201);
    const vehicle = await advisor.POST('/v1/vehicles', {
      body: {
        vin: 'WVWZZZ1JZXW000777',
        make: 'Volkswagen',
        model: 'Golf',
        modelYear: 2022,
        ownerCustomerId: customer.data!.id,
        mileageKm: 12_000,
      },
      params: { header: { 'Idempotency-Key': key() } },
    });
    expect(vehicle.response.status).toBe(201);

    const opened = await advisor.POST('/v1/repair-orders', {
      body: {
        centreId,
        customerId: customer.data!.id,
        vehicleId: vehicle.data!.id,
        serviceType: 'maintenance',
        mileageKm: 12_400,
        fuelLevelPercent: 60,
        symptoms: 'Annual service',
      },
      params: { header: { 'Idempotency-Key': key() } },
    });
    expect(opened.response.status).toBe(201);
    const orderId = opened.data!.id;

    const read = await advisor.GET('/v1/repair-orders/{id}', { params: { path: { id: orderId } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({ id: orderId, centreId, vehicleId: vehicle.data!.id });
    expect(read.data!.allowedCommands.length).toBeGreaterThan(0);

    const listed = await advisor.GET('/v1/repair-orders', { params: { query: { centreId } } });
    expect(listed.response.status).toBe(200);
    expect(JSON.stringify(listed.data)).toContain(orderId);

    // A body the schema refuses: the typed error is the document's problem+json.
    const refused = await advisor.POST('/v1/customers', {
      body: { kind: 'person', name: '', preferredChannel: 'email' } as never,
      params: { header: { 'Idempotency-Key': key() } },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.response.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.error).toMatchObject({ status: 400, title: expect.any(String) });
  });
});
