// The web console's static files and the development login, in-process: the console and its SPA
// fallback, the clear 404 when it is not built, and POST /auth/demo-login only where it belongs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createLogger } from '@aftersales/service-kit';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';
import { hashPassword } from '../src/demo-login';

const secret = 'test-secret-0123456789-0123456789-abcdef';
const authEnv = { AUTH_ISSUER: 'test-issuer', AUTH_AUDIENCE: 'aftersales', AUTH_HS256_SECRET: secret };
const logger = createLogger({ service: 'api-gateway', level: 'silent' });
const work = mkdtempSync(path.join(tmpdir(), 'gateway-console-'));

const gateway = (env: Record<string, string>) =>
  createGatewayApp(loadGatewayConfig({ ...authEnv, NODE_ENV: 'test', ...env }), logger);

function builtConsole(): string {
  const dir = path.join(work, 'dist');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), 'console.log("console")');
  return dir;
}

async function usersFile(): Promise<string> {
  const file = path.join(work, 'users.json');
  writeFileSync(
    file,
    JSON.stringify({
      tenantId: 'dg-demo',
      users: [
        {
          username: 'advisor',
          displayName: 'Sam Advisor',
          passwordHash: await hashPassword('demo'),
          roles: ['service-advisor'],
          centreIds: '*',
          dealerIds: ['dealer-1'],
        },
      ],
    }),
  );
  return file;
}

describe('console', () => {
  it('serves index.html for the console and its client-side routes, assets with long caching', async () => {
    const app = gateway({ CONSOLE_DIR: builtConsole() });
    const root = await request(app).get('/console/');
    expect(root.status).toBe(200);
    expect(root.text).toContain('<div id="root">');
    expect(root.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(root.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');

    const deep = await request(app).get('/console/analyst');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('<div id="root">');
    expect(deep.headers['cache-control']).toBe('no-cache');

    const asset = await request(app).get('/console/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(app).get('/console/assets/missing.js')).status).toBe(404);

    const bare = await request(app).get('/console');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/console/');
  });

  it('answers a problem saying how to build the console when it is not built', async () => {
    const res = await request(gateway({ CONSOLE_DIR: path.join(work, 'nothing-here') })).get('/console/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toContain('npm run build -w @aftersales/console');
  });
});

describe('POST /auth/demo-login', () => {
  let file: string;
  beforeAll(async () => {
    file = await usersFile();
  });

  it('issues a token for a demo user that the gateway then accepts on /v1', async () => {
    const app = gateway({ DEMO_USERS_FILE: file });
    const res = await request(app).post('/auth/demo-login').send({ username: 'advisor', password: 'demo' });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      username: 'advisor',
      displayName: 'Sam Advisor',
      tenantId: 'dg-demo',
      roles: ['service-advisor'],
      centreIds: '*',
      dealerIds: ['dealer-1'],
    });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'advisor', tenant: 'dg-demo', roles: ['service-advisor'] });
    // The token passes the gateway's own verification: past authentication this app has no
    // live feed, so the answer is "no such resource" instead of 401.
    expect((await request(app).get('/v1/live')).status).toBe(401);
    const authed = await request(app).get('/v1/live').set('authorization', `Bearer ${res.body.token}`);
    expect(authed.status).toBe(404);
  });

  it('refuses a wrong password and an unknown user alike with 401 problem+json', async () => {
    const app = gateway({ DEMO_USERS_FILE: file });
    for (const body of [
      { username: 'advisor', password: 'wrong' },
      { username: 'nobody', password: 'demo' },
    ]) {
      const res = await request(app).post('/auth/demo-login').send(body);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.token).toBeUndefined();
    }
  });

  it('validates the body', async () => {
    const res = await request(gateway({ DEMO_USERS_FILE: file }))
      .post('/auth/demo-login')
      .send({ username: '', password: 42 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.username', 'body.password']),
    );
  });

  it('does not exist in production, without the users file, or without the HS256 dev secret', async () => {
    const login = { username: 'advisor', password: 'demo' };
    const production = gateway({ DEMO_USERS_FILE: file, NODE_ENV: 'production' });
    expect((await request(production).post('/auth/demo-login').send(login)).status).toBe(404);
    expect((await request(gateway({})).post('/auth/demo-login').send(login)).status).toBe(404);
    const jwks = createGatewayApp(
      loadGatewayConfig({
        AUTH_ISSUER: 'test-issuer',
        AUTH_AUDIENCE: 'aftersales',
        AUTH_JWKS_URL: 'https://idp.example/certs',
        DEMO_USERS_FILE: file,
        NODE_ENV: 'development',
      }),
      logger,
    );
    expect((await request(jwks).post('/auth/demo-login').send(login)).status).toBe(404);
  });

  it('refuses to start with a malformed users file', () => {
    const bad = path.join(work, 'bad-users.json');
    writeFileSync(bad, JSON.stringify({ tenantId: 'dg-demo', users: [{ username: 'x', password: 'demo' }] }));
    expect(() => gateway({ DEMO_USERS_FILE: bad })).toThrow(/DEMO_USERS_FILE/);
  });

  it('resolves a relative DEMO_USERS_FILE from the repository root', () => {
    const config = loadGatewayConfig({ ...authEnv, DEMO_USERS_FILE: 'deploy/dev/demo-users.json' });
    expect(config.DEMO_USERS_FILE).toBe(path.resolve(__dirname, '../../../deploy/dev/demo-users.json'));
  });
});
