// The gateway's own endpoints in the merged /openapi.json: GET /v1/live as text/event-stream and,
// with sign-in configured, the session, sign-out and the mapping dry run with their schemas,
// documented only where they are served; the documented dry-run answer is what it really returns.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { createLogger, issueToken, openApiDocument } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';
import { dryRunResponse } from '../src/sign-in/dry-run';
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

function mappingFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gateway-openapi-')), 'mapping.json');
  const grant = { roles: ['quality-manager'], centreIds: '*', dealerIds: '*' };
  writeFileSync(
    file,
    JSON.stringify({
      tenants: [
        { tenantId: 'dg-demo', issuer: 'http://127.0.0.1:9', groups: [{ group: 'quality', ...grant }] },
      ],
    }),
  );
  return file;
}

// The provider is never contacted: discovery happens at the first sign-in.
const signInEnv = () => ({
  OIDC_ISSUER_URL: 'http://127.0.0.1:9',
  OIDC_CLIENT_ID: 'aftersales-console',
  OIDC_CLIENT_SECRET: 'a-client-secret-0123456789',
  IDENTITY_MAPPING_FILE: mappingFile(),
});

const liveFeed = () => new LiveFeed({ brokers: ['127.0.0.1:9'], clientId: 'openapi-test', logger });

describe("the gateway's own endpoints in /openapi.json", () => {
  it('documents the live stream as text/event-stream and sign-in with its schemas', async () => {
    const app = createGatewayApp(loadGatewayConfig({ ...env, ...signInEnv() }), logger, {
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

    const session = doc.paths['/auth/session']!.get!;
    expect(session.security).toEqual([]); // the cookie, not a bearer token
    expect(doc.components.schemas.BrowserSession!.required!.sort()).toEqual([
      'csrfToken',
      'expiresAt',
      'groups',
      'user',
    ]);
    expect(doc.paths['/auth/logout']!.post).toBeDefined();
    const dryRun = doc.paths['/v1/admin/identity-mapping/dry-run']!.post!;
    expect(dryRun.requestBody!.content['application/json']!.schema.$ref).toBe(
      '#/components/schemas/IdentityMappingDryRun',
    );
    const answer = doc.components.schemas.IdentityMappingDryRunResult!;

    // What the dry run answers is what the document promises.
    const admin = await issueToken(
      { secret: env.AUTH_HS256_SECRET, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
      { userId: 'root', tenantId: 'dg-demo', roles: ['admin'], centreIds: '*', dealerIds: '*' },
    );
    const ran = await request(app)
      .post('/v1/admin/identity-mapping/dry-run')
      .set('authorization', `Bearer ${admin}`)
      .send({ claims: { iss: 'http://127.0.0.1:9', sub: 'q1', groups: ['quality'] } });
    expect(ran.status).toBe(200);
    expect(dryRunResponse.safeParse(ran.body).success).toBe(true);
    expect(ran.body).toMatchObject({
      granted: true,
      matched: ['quality'],
      identity: { roles: ['quality-manager'] },
    });
    expect(Object.keys(answer.properties!)).toEqual(expect.arrayContaining(Object.keys(ran.body)));
  });

  it('keeps one Problem schema: the same shape as the services document', async () => {
    const res = await request(createGatewayApp(loadGatewayConfig(env), logger)).get('/openapi.json');
    const service = openApiDocument(express(), { title: 's', version: '1' }) as unknown as Doc;
    expect((res.body as Doc).components.schemas.Problem).toEqual(service.components.schemas.Problem);
  });

  it('leaves out what this gateway does not serve (no live feed, no sign-in without a provider)', async () => {
    const app = createGatewayApp(loadGatewayConfig(env), logger);
    const doc = (await request(app).get('/openapi.json')).body as Doc;
    expect(doc.paths['/v1/live']).toBeUndefined();
    expect(doc.paths['/auth/session']).toBeUndefined();
    expect(doc.components.schemas.BrowserSession).toBeUndefined();
    expect((await request(app).get('/auth/login')).status).toBe(404);
  });
});
