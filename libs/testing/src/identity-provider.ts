// Starts the development OpenID provider (tools/identity-provider) for a test, as a child process:
// the provider is ESM-only and the tests are CommonJS, so it runs under node + tsx with users and
// clients files written to a temporary folder (clear passwords hashed here). stop() ends it.
import { spawn } from 'node:child_process';
import { randomBytes, scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// src/ and dist/ are both two levels below the workspace, three below the repository root.
const repoRoot = path.resolve(__dirname, '../../..');
const MAIN = path.join(repoRoot, 'tools/identity-provider/src/main.ts');

export interface TestIdentityProvider {
  issuer: string;
  port: number;
  stop(): Promise<void>;
}

export interface TestIdentityUser {
  username: string;
  password: string;
  displayName?: string;
  email?: string;
  groups?: string[];
  claims?: Record<string, unknown>;
}

export interface StartIdentityProviderOptions {
  /** Default: a free port. */
  port?: number;
  users: TestIdentityUser[];
  /** oidc-provider client metadata. */
  clients: Array<Record<string, unknown>>;
  /** Default 'aftersales-api'. */
  apiAudience?: string;
  accessTokenTtlSec?: number;
  idTokenTtlSec?: number;
  refreshTokenTtlSec?: number;
}

/** The provider's password hash format: scrypt$salt$key (node's scrypt defaults, 32-byte key). */
export function scryptHash(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startIdentityProvider(
  opts: StartIdentityProviderOptions,
): Promise<TestIdentityProvider> {
  const port = opts.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'aftersales-idp-'));
  const usersFile = path.join(dir, 'users.json');
  const clientsFile = path.join(dir, 'clients.json');
  writeFileSync(
    usersFile,
    JSON.stringify({
      users: opts.users.map((u) => ({
        username: u.username,
        displayName: u.displayName ?? u.username,
        ...(u.email ? { email: u.email } : {}),
        passwordHash: scryptHash(u.password),
        groups: u.groups ?? [],
        claims: u.claims ?? {},
      })),
    }),
  );
  writeFileSync(
    clientsFile,
    JSON.stringify({ apiAudience: opts.apiAudience ?? 'aftersales-api', clients: opts.clients }),
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    IDP_PORT: String(port),
    IDP_ISSUER: issuer,
    IDP_USERS_FILE: usersFile,
    IDP_CLIENTS_FILE: clientsFile,
  };
  delete env.NODE_OPTIONS; // jest's own flags are not the provider's
  if (opts.accessTokenTtlSec) env.IDP_ACCESS_TOKEN_TTL_SEC = String(opts.accessTokenTtlSec);
  if (opts.idTokenTtlSec) env.IDP_ID_TOKEN_TTL_SEC = String(opts.idTokenTtlSec);
  if (opts.refreshTokenTtlSec) env.IDP_REFRESH_TOKEN_TTL_SEC = String(opts.refreshTokenTtlSec);

  // `--import tsx` resolves tsx from the working directory: the repository root's node_modules.
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (err) => keep(Buffer.from(String(err))));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const killed = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 5_000);
      });
      await Promise.race([exited, killed]);
      clearTimeout(timer);
      await exited;
    }
    cleanUp();
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      cleanUp();
      throw new Error(
        `identity provider exited during start-up (${child.exitCode ?? child.signalCode}):\n${output}`,
      );
    }
    try {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`identity provider did not answer on ${issuer} within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { issuer, port, stop };
}
