// The contact directory against the real customer service (its app in-process on a local port,
// its own database and keys): with the token this service mints for the tenant it reads the
// decrypted e-mail and phone, an erased customer answers "erased", an unknown one "unknown",
// and another tenant's customer is unknown too (the token is per tenant).
import { randomBytes, randomUUID } from 'node:crypto';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { buildApp } from '@aftersales/customer/src/app';
import { depsFromConfig } from '@aftersales/customer/src/application/deps';
import { loadCustomerConfig } from '@aftersales/customer/src/config';
import { createPrisma, type PrismaClient } from '@aftersales/customer/src/db/client';
import { authConfigFromEnv, createLogger } from '@aftersales/service-kit';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createGatewayApp } from '@aftersales/api-gateway/src/app';
import { loadGatewayConfig } from '@aftersales/api-gateway/src/config';
import {
  createTestDatabase,
  startIdentityProvider,
  type TestDatabase,
  type TestIdentityProvider,
} from '@aftersales/testing';
import {
  HttpContactDirectory,
  clientCredentialsTokens,
  serviceTokens,
} from '../src/delivery/contact-directory';
import { AUTH_ENV, TENANT, token } from './harness';

const key = () => randomBytes(32).toString('base64');

describe('contact data from the customer service', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let server: Server;
  let directory: HttpContactDirectory;
  let app: ReturnType<typeof buildApp>;

  beforeAll(async () => {
    db = await createTestDatabase(
      'notif_customer_directory',
      path.join(__dirname, '../../customer/prisma/migrations'),
    );
    const config = loadCustomerConfig({
      DATABASE_URL: db.url,
      CUSTOMER_MASTER_KEYS: `k1:${key()}`,
      CUSTOMER_ACTIVE_KEY_ID: 'k1',
      CUSTOMER_BLIND_INDEX_KEY: key(),
      LOG_LEVEL: 'silent',
      ...AUTH_ENV,
    });
    prisma = createPrisma({ databaseUrl: db.url, maxConnections: 3 });
    app = buildApp({
      deps: depsFromConfig(config, prisma),
      auth: authConfigFromEnv(config),
      logger: createLogger({ service: 'customer', level: 'silent' }),
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    directory = new HttpContactDirectory({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      tokenFor: serviceTokens({
        secret: AUTH_ENV.AUTH_HS256_SECRET,
        issuer: AUTH_ENV.AUTH_ISSUER,
        audience: AUTH_ENV.AUTH_AUDIENCE,
      }),
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await new Promise<void>((resolve) => (gateway ? gateway.close(() => resolve()) : resolve()));
    await idp?.stop();
    await prisma?.$disconnect();
    await db?.drop();
  });

  let idp: TestIdentityProvider | undefined;
  let gateway: Server | undefined;

  const register = async (email: string, phone: string) => {
    const res = await request(app)
      .post('/v1/customers')
      .set('authorization', `Bearer ${await token(['service-advisor'])}`)
      .set('idempotency-key', randomUUID())
      .send({
        kind: 'person',
        name: 'Mei Chen',
        email,
        phone,
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      })
      .expect(201);
    return res.body.id as string;
  };

  it('reads the decrypted addresses with the service token, and nothing of an erased or unknown customer', async () => {
    const id = await register('mei.chen@kunde.example', '+49 151 2345 6789');
    expect(await directory.lookup(TENANT, id)).toEqual({
      status: 'active',
      email: 'mei.chen@kunde.example',
      phone: '+4915123456789',
    });
    // The read is audited by the customer service under this service's identity.
    const log = await request(app)
      .get(`/v1/customers/${id}/access-log`)
      .set('authorization', `Bearer ${await token(['admin'])}`)
      .expect(200);
    expect((log.body.items as { userId: string }[]).map((e) => e.userId)).toContain('service:notification');

    expect(await directory.lookup('tenant-other', id)).toEqual({ status: 'unknown' });
    expect(await directory.lookup(TENANT, randomUUID())).toEqual({ status: 'unknown' });

    await request(app)
      .post(`/v1/customers/${id}/erasure`)
      .set('authorization', `Bearer ${await token(['admin'])}`)
      .send({})
      .expect((r) => expect(r.status).toBeLessThan(300));
    expect(await directory.lookup(TENANT, id)).toEqual({ status: 'erased' });
  });

  it('in production asks through the gateway as a machine client of the identity provider', async () => {
    const clientSecret = 'notification-secret-0123456789';
    idp = await startIdentityProvider({
      users: [{ username: 'nobody', password: 'not-used-here' }],
      clients: [
        {
          client_id: 'aftersales-notification',
          client_secret: clientSecret,
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
        },
      ],
    });
    const mapping = path.join(mkdtempSync(path.join(tmpdir(), 'notif-mapping-')), 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        tenants: [
          {
            tenantId: TENANT,
            issuer: idp.issuer,
            clients: [
              {
                clientId: 'aftersales-notification',
                roles: ['service-advisor'],
                centreIds: '*',
                dealerIds: '*',
              },
            ],
          },
        ],
      }),
    );
    const down = 'http://127.0.0.1:9';
    const gatewayApp = createGatewayApp(
      loadGatewayConfig({
        ...AUTH_ENV,
        NODE_ENV: 'test',
        CUSTOMER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        REPAIR_URL: down,
        PARTS_PROCUREMENT_URL: down,
        COMPLAINT_URL: down,
        ANALYTICS_URL: down,
        OIDC_ISSUER_URL: idp.issuer,
        OIDC_CLIENT_ID: 'aftersales-console',
        OIDC_CLIENT_SECRET: 'console-secret-not-used-here',
        OIDC_API_AUDIENCE: 'aftersales-api',
        IDENTITY_MAPPING_FILE: mapping,
      }),
      createLogger({ service: 'api-gateway', level: 'silent' }),
    );
    gateway = gatewayApp.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => gateway!.once('listening', () => resolve()));
    const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as {
      token_endpoint: string;
    };
    const viaGateway = new HttpContactDirectory({
      baseUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
      tokenFor: clientCredentialsTokens({
        tokenUrl: discovery.token_endpoint,
        clientId: 'aftersales-notification',
        clientSecret,
      }),
    });

    const id = await register('li.wei@kunde.example', '+49 152 9876 5432');
    expect(await viaGateway.lookup(TENANT, id)).toEqual({
      status: 'active',
      email: 'li.wei@kunde.example',
      phone: '+4915298765432',
    });
    const log = await request(app)
      .get(`/v1/customers/${id}/access-log`)
      .set('authorization', `Bearer ${await token(['admin'])}`)
      .expect(200);
    expect((log.body.items as { userId: string }[]).map((e) => e.userId)).toContain(
      'client:aftersales-notification',
    );

    const wrongSecret = new HttpContactDirectory({
      baseUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
      tokenFor: clientCredentialsTokens({
        tokenUrl: discovery.token_endpoint,
        clientId: 'aftersales-notification',
        clientSecret: 'a-wrong-secret-0123456789',
      }),
    });
    await expect(wrongSecret.lookup(TENANT, id)).rejects.toThrow(
      /token endpoint answered 401.*invalid_client/,
    );
  });
});
