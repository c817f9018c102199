// The gateway's own endpoints in the merged /openapi.json: GET /v1/live as text/event-stream and
// POST /auth/demo-login with its body and answer schemas, documented only where they are served;
// the documented login answer is what the endpoint really returns.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { createLogger, openApiDocument } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';
import { demoLoginResponse, hashPassword } from '../src/demo-login';
import { LiveFeed } from '../src/live-events';

const logger = createLogger({ service: 'api-gateway', level: 'silent' });
// Nothing listens on the discard port: every service counts as unavailable, quickly.
const down = 'http://127.0.0.1:9';
const env = {
  AUTH_ISSUER: 'test-issuer',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: 'test-secret-0123456789-0123456789-abcdef',
  NODE_ENV: 'test',
  CUSTOMER_URL: down,
  REPAIR_URL: down,
  PARTS_PROCUREMENT_URL: down,
  COMPLAINT_URL: down,
  ANALYTICS_URL: down,
};

interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, Record<string, unknown>> }>;
}
type Doc = {
  paths: Record<string, Record<string, Operation> & { 'x-service'?: string }>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  'x-unavailable'?: string[];
};

async function usersFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gateway-openapi-')), 'users.json');
  const user = { displayName: 'Quinn Quality', roles: ['quality-manager'], centreIds: '*', dealerIds: '*' };
  writeFileSync(
    file,
    JSON.stringify({
      tenantId: 'dg-demo',
      users: [{ username: 'quality', passwordHash: await hashPassword('demo'), ...user }],
    }),
  );
  return file;
}

const liveFeed = () => new LiveFeed({ brokers: ['127.0.0.1:9'], clientId: 'openapi-test', logger });

describe("the gateway's own endpoints in /openapi.json", () => {
  it('documents the live stream as text/event-stream and the demo login with its schemas', async () => {
    const file = await usersFile();
    const app = createGatewayApp(loadGatewayConfig({ ...env, DEMO_USERS_FILE: file }), logger, {
      live: liveFeed(),
    });
    const res = await request(app).get('/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as Doc;
    expect(doc['x-unavailable']).toHaveLength(5);

    const live = doc.paths['/v1/live']!;
    expect(live['x-service']).toBe('api-gateway');
    expect(Object.keys(live.get!.responses['200']!.content!)).toEqual(['text/event-stream']);
    expect(live.get!.responses['200']!.content!['text/event-stream']!.schema).toMatchObject({
      type: 'string',
      contentMediaType: 'application/json',
      contentSchema: { $ref: '#/components/schemas/LiveEvent' },
    });
    expect(doc.components.schemas.LiveEvent!.required).toEqual(
      expect.arrayContaining(['id', 'type', 'subject', 'occurredAt', 'data']),
    );

    const login = doc.paths['/auth/demo-login']!.post!;
    expect(login.security).toEqual([]); // no bearer token needed to get one
    expect(login.requestBody!.content['application/json']!.schema.$ref).toBe(
      '#/components/schemas/DemoLoginRequest',
    );
    const body = doc.components.schemas.DemoLoginRequest!;
    expect(Object.keys(body.properties!).sort()).toEqual(['password', 'username']);
    expect(body.required!.sort()).toEqual(['password', 'username']);
    expect(Object.keys(login.responses).sort()).toEqual(['200', '400', '401', '429']);
    const answer = doc.components.schemas.DemoLoginResponse!;
    expect(answer.required!.sort()).toEqual(['expiresAt', 'token', 'user']);

    // What the endpoint answers is what the document promises.
    const signedIn = await request(app)
      .post('/auth/demo-login')
      .send({ username: 'quality', password: 'demo' });
    expect(signedIn.status).toBe(200);
    expect(demoLoginResponse.safeParse(signedIn.body).success).toBe(true);
    expect(Object.keys(signedIn.body).sort()).toEqual(Object.keys(answer.properties!).sort());
  });

  it('keeps one Problem schema: the same shape as the services document', async () => {
    const res = await request(createGatewayApp(loadGatewayConfig(env), logger)).get('/openapi.json');
    const service = openApiDocument(express(), { title: 's', version: '1' }) as unknown as Doc;
    expect((res.body as Doc).components.schemas.Problem).toEqual(service.components.schemas.Problem);
  });

  it('leaves out what this gateway does not serve (no live feed, no demo login in production)', async () => {
    const file = await usersFile();
    const production = createGatewayApp(
      loadGatewayConfig({ ...env, NODE_ENV: 'production', DEMO_USERS_FILE: file }),
      logger,
    );
    const doc = (await request(production).get('/openapi.json')).body as Doc;
    expect(doc.paths['/v1/live']).toBeUndefined();
    expect(doc.paths['/auth/demo-login']).toBeUndefined();
    expect(doc.components.schemas.DemoLoginRequest).toBeUndefined();
  });
});
