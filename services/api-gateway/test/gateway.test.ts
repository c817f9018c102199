// The gateway in front of stand-in services (real HTTP servers on 127.0.0.1): authentication,
// roles, routing, request ids, bodies, failure mapping, rate limits, OpenAPI merge, CORS.
import { type AddressInfo } from 'node:net';
import { request as httpRequest, type Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { createLogger, issueToken, type Identity, type Role } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';

const secret = 'test-secret-0123456789-0123456789-abcdef';
const authEnv = { AUTH_ISSUER: 'test-issuer', AUTH_AUDIENCE: 'aftersales', AUTH_HS256_SECRET: secret };

const token = (roles: Role[], userId = 'u-1') =>
  issueToken({ secret, issuer: authEnv.AUTH_ISSUER, audience: authEnv.AUTH_AUDIENCE }, {
    userId,
    tenantId: 'dg-1',
    dealerIds: '*',
    centreIds: '*',
    roles,
  } satisfies Identity);

interface Seen {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  body: unknown;
}

async function startUpstream(
  name: string,
  seen: Seen[],
  withOpenApi = true,
): Promise<{ url: string; server: Server }> {
  const app = express();
  // Before the JSON parser: what arrives byte for byte.
  app.post('/v1/customers/raw', async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    res.json({
      text: Buffer.concat(chunks).toString('utf8'),
      transferEncoding: req.headers['transfer-encoding'] ?? null,
      connectionListed: req.headers['x-hop'] ?? null,
      traceparents: req.rawHeaders.filter((h) => h.toLowerCase() === 'traceparent').length,
    });
  });
  app.get('/v1/customers/stream', (_req, res) => {
    res.setHeader('content-type', 'text/event-stream');
    res.flushHeaders();
    res.write('data: first\n\n');
    setTimeout(() => res.end('data: last\n\n'), 500);
  });
  app.use(express.json());
  if (withOpenApi)
    app.get('/openapi.json', (_req, res) =>
      res.json({
        openapi: '3.1.0',
        info: { title: name, version: '1' },
        paths: { [`/v1/${name}-things`]: { get: {} } },
      }),
    );
  app.get('/v1/repair-orders/slow', (_req, res) => void setTimeout(() => res.json({ late: true }), 2_000));
  app.all('/{*rest}', (req, res) => {
    seen.push({ method: req.method, url: req.originalUrl, headers: req.headers, body: req.body });
    res
      .status(req.method === 'POST' ? 201 : 200)
      .setHeader('etag', '"7"')
      .json({ service: name, url: req.originalUrl });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('api-gateway', () => {
  const seen: Seen[] = [];
  let servers: Server[] = [];
  let app: ReturnType<typeof createGatewayApp>;

  beforeAll(async () => {
    const repair = await startUpstream('repair', seen);
    const customer = await startUpstream('customer', seen);
    const complaint = await startUpstream('complaint', seen, false);
    servers = [repair.server, customer.server, complaint.server];
    const config = loadGatewayConfig({
      ...authEnv,
      REPAIR_URL: repair.url,
      CUSTOMER_URL: customer.url,
      COMPLAINT_URL: complaint.url,
      PARTS_PROCUREMENT_URL: 'http://127.0.0.1:1', // nothing listens here
      ANALYTICS_URL: 'http://127.0.0.1:1',
      NOTIFICATION_URL: 'http://127.0.0.1:1',
      UPSTREAM_TIMEOUT_MS: '300',
      RATE_LIMIT_PER_MINUTE: '40',
      BODY_LIMIT: '1kb',
      CORS_ORIGINS: 'https://console.dealer.example',
    });
    app = createGatewayApp(config, createLogger({ service: 'api-gateway', level: 'silent' }));
  });

  afterAll(() => servers.forEach((s) => s.close()));

  it('refuses a request without a token with 401 problem+json', async () => {
    const res = await request(app).get('/v1/repair-orders');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('refuses a role that may not reach the service with 403', async () => {
    const res = await request(app)
      .get('/v1/complaints')
      .set('authorization', `Bearer ${await token(['technician'])}`);
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/complaint/);
  });

  it('answers 404 for an unknown resource', async () => {
    const res = await request(app)
      .get('/v1/nonsense')
      .set('authorization', `Bearer ${await token(['admin'])}`);
    expect(res.status).toBe(404);
  });

  it('proxies path, query, headers and status to the right service', async () => {
    const jwt = await token(['service-advisor']);
    const res = await request(app)
      .get('/v1/repair-orders/ro-1?status=QC')
      .set('authorization', `Bearer ${jwt}`)
      .set('x-request-id', 'req-12345678')
      .set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ service: 'repair', url: '/v1/repair-orders/ro-1?status=QC' });
    expect(res.headers.etag).toBe('"7"');
    const upstream = seen.at(-1)!;
    expect(upstream.headers.authorization).toBe(`Bearer ${jwt}`); // services verify the JWT themselves
    expect(upstream.headers['x-request-id']).toBe('req-12345678');
    expect(upstream.headers.traceparent).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
  });

  it('forwards JSON bodies intact', async () => {
    const body = { centreId: 'c-1', symptoms: ['brakes squeal'], mileageKm: 42_000 };
    const res = await request(app)
      .post('/v1/customers')
      .set('authorization', `Bearer ${await token(['service-advisor'])}`)
      .set('idempotency-key', 'key-1')
      .send(body);
    expect(res.status).toBe(201);
    const upstream = seen.at(-1)!;
    expect(upstream.body).toEqual(body);
    expect(upstream.headers['idempotency-key']).toBe('key-1');
  });

  it('refuses a body over the limit with 413 before it reaches the service', async () => {
    const before = seen.length;
    const res = await request(app)
      .post('/v1/customers')
      .set('authorization', `Bearer ${await token(['service-advisor'])}`)
      .send({ note: 'x'.repeat(5_000) });
    expect(res.status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it('streams bodies to the service as they were sent, without re-serialising them', async () => {
    const jwt = await token(['service-advisor']);
    const text = '{ "name" :"Åsa",\n  "note": "spaces and key order kept", "a": 1 }';
    const res = await request(app)
      .post('/v1/customers/raw')
      .set('authorization', `Bearer ${jwt}`)
      .set('content-type', 'application/json')
      .set('connection', 'keep-alive, x-hop')
      .set('x-hop', 'for this connection only')
      .send(text);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ text, transferEncoding: null, connectionListed: null, traceparents: 0 });
    // Not JSON and larger than BODY_LIMIT (which only bounds JSON, as express.json did): passes.
    const blob = 'y'.repeat(64 * 1024);
    const big = await request(app)
      .post('/v1/customers/raw')
      .set('authorization', `Bearer ${jwt}`)
      .set('content-type', 'text/plain')
      .send(blob);
    expect(big.body.text).toBe(blob);
  });

  it('applies the body limit to a chunked JSON body too, and forwards a smaller one intact', async () => {
    const jwt = await token(['service-advisor']);
    const send = (body: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const server = app.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as AddressInfo;
          const req = httpRequest(
            {
              port,
              host: '127.0.0.1',
              method: 'POST',
              path: '/v1/customers/raw',
              headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
            },
            (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => {
                server.close();
                resolve({ status: res.statusCode!, body: text });
              });
            },
          );
          req.on('error', reject);
          // No content-length: Node sends it chunked.
          req.flushHeaders();
          for (let i = 0; i < body.length; i += 256) req.write(body.slice(i, i + 256));
          req.end();
        });
      });
    const text = JSON.stringify({ note: 'z'.repeat(600) });
    const small = await send(text);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toMatchObject({ text });
    const large = await send(JSON.stringify({ note: 'z'.repeat(5_000) }));
    expect(large.status).toBe(413);
    expect(JSON.parse(large.body)).toMatchObject({ status: 413 });
  });

  it('passes a streamed answer on as it comes (server-sent events)', async () => {
    const jwt = await token(['service-advisor']);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/v1/customers/stream`, {
        headers: { authorization: `Bearer ${jwt}` },
      });
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const reader = res.body!.getReader();
      const t0 = Date.now();
      const first = await reader.read();
      expect(Buffer.from(first.value!).toString()).toBe('data: first\n\n');
      expect(Date.now() - t0).toBeLessThan(400); // not held back until the stream ends
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        rest += Buffer.from(chunk.value).toString();
      expect(rest).toBe('data: last\n\n');
    } finally {
      server.close();
    }
  });

  it('maps an unreachable service to 503 and a slow one to 504', async () => {
    const jwt = await token(['admin']);
    const down = await request(app).get('/v1/parts').set('authorization', `Bearer ${jwt}`);
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/problem\+json/);
    expect(down.headers['retry-after']).toBe('5');
    const slow = await request(app).get('/v1/repair-orders/slow').set('authorization', `Bearer ${jwt}`);
    expect(slow.status).toBe(504);
    expect(slow.body.detail).toMatch(/in time/);
  });

  it('merges the services OpenAPI documents and names the ones that are down', async () => {
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths).sort()).toEqual([
      '/v1/clock', // the gateway's own
      '/v1/customer-things',
      '/v1/repair-things',
    ]);
    expect(res.body['x-unavailable'].sort()).toEqual([
      'analytics',
      'complaint',
      'notification',
      'parts-procurement',
    ]);
  });

  it('allows the configured browser origin only', async () => {
    const ok = await request(app).get('/openapi.json').set('origin', 'https://console.dealer.example');
    expect(ok.headers['access-control-allow-origin']).toBe('https://console.dealer.example');
    const other = await request(app).get('/openapi.json').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rate-limits per user with 429 problem+json', async () => {
    const jwt = await token(['analyst'], 'busy-user');
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++)
      statuses.push((await request(app).get('/v1/customers').set('authorization', `Bearer ${jwt}`)).status);
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(40)).toEqual([429, 429, 429, 429, 429]);
    const other = await request(app)
      .get('/v1/customers')
      .set('authorization', `Bearer ${await token(['analyst'], 'calm-user')}`);
    expect(other.status).toBe(200);
  });
});
