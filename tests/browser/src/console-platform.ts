// What every console browser test starts: the development OpenID provider with the test's users,
// a claims mapping file (groups to roles in the demo tenant), the named services behind a gateway
// that serves the built console and signs staff in through that provider, and chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startIdentityProvider, type TestIdentityProvider } from '@aftersales/testing';
import { freePort, startPlatform, type Platform, type ServiceName } from '../../e2e/src/platform';
import { DEMO_PASSWORD, launchBrowser, type Browser } from './browser';

const repoRoot = path.resolve(__dirname, '../../..');
export const DEMO_TENANT = { tenantId: 'dg-demo' };
const CLIENT_ID = 'aftersales-console';
const CLIENT_SECRET = 'browser-test-console-secret-0123456789';

export interface ConsoleUser {
  username: string;
  displayName: string;
  groups: string[];
}

/** One group of the provider mapped to roles, centres and dealers. */
export interface Grant {
  group: string;
  roles: string[];
  centreIds: '*' | string[];
  dealerIds: '*' | string[];
}

/** A group with one role everywhere in the tenant. */
export const grant = (group: string, role: string): Grant => ({
  group,
  roles: [role],
  centreIds: '*',
  dealerIds: '*',
});

export function mappingFor(issuer: string, grants: Grant[]) {
  return { tenants: [{ tenantId: DEMO_TENANT.tenantId, issuer, groupsClaim: 'groups', groups: grants }] };
}

export interface ConsolePlatform {
  platform: Platform;
  idp: TestIdentityProvider;
  browser: Browser;
  gatewayUrl: string;
  /** Rewrites the claims mapping; the gateway re-reads it (it looks at most once a second). */
  remap(mapping: (issuer: string) => unknown): Promise<void>;
  stop(): Promise<void>;
}

export async function startConsolePlatform(opts: {
  /** Names the platform's databases and topics. */
  name: string;
  services: ServiceName[];
  users: ConsoleUser[];
  /** The claims mapping file's content for the provider's issuer (see mappingFor). */
  mapping: (issuer: string) => unknown;
}): Promise<ConsolePlatform> {
  // The gateway's URL is part of its settings (PUBLIC_URL) and of the provider's client
  // (redirect URI), so its port is chosen before either starts.
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const idp = await startIdentityProvider({
    users: opts.users.map((u) => ({ ...u, password: DEMO_PASSWORD, email: `${u.username}@demo.example` })),
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${gatewayUrl}/auth/callback`],
        post_logout_redirect_uris: [`${gatewayUrl}/console/`],
      },
    ],
  });
  const mappingDir = mkdtempSync(path.join(tmpdir(), `aftersales-${opts.name}-mapping-`));
  const mappingFile = path.join(mappingDir, 'identity-mapping.json');
  writeFileSync(mappingFile, JSON.stringify(opts.mapping(idp.issuer)));
  const stops: (() => Promise<unknown>)[] = [
    async () => rmSync(mappingDir, { recursive: true, force: true }),
    () => idp.stop(),
  ];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const platform = await startPlatform(opts.services, opts.name, {
      gatewayPort,
      env: {
        'api-gateway': {
          CONSOLE_DIR: path.join(repoRoot, 'apps/console/dist'),
          OIDC_ISSUER_URL: idp.issuer,
          OIDC_CLIENT_ID: CLIENT_ID,
          OIDC_CLIENT_SECRET: CLIENT_SECRET,
          OIDC_SCOPES: 'openid profile email groups',
          PUBLIC_URL: gatewayUrl,
          IDENTITY_MAPPING_FILE: mappingFile,
        },
      },
    });
    stops.push(() => platform.stop());
    const browser = await launchBrowser();
    stops.push(() => browser.close());
    return {
      platform,
      idp,
      browser,
      gatewayUrl,
      async remap(mapping) {
        writeFileSync(mappingFile, JSON.stringify(mapping(idp.issuer)));
        await new Promise((r) => setTimeout(r, 1_500));
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The body of an API answer with the expected status, else an error naming what failed (seeding). */
export function ok(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string; version: number };
}
