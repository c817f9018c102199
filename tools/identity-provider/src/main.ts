// Starts the development/test OpenID provider from the environment: IDP_PORT, IDP_ISSUER,
// IDP_HOST, IDP_USERS_FILE, IDP_CLIENTS_FILE, IDP_JWKS_FILE and the IDP_*_TTL_SEC lifetimes (README.md).
// Interaction routes (login page, consent) are answered first, everything else by oidc-provider.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JWKS } from 'oidc-provider';
import { loadClients } from './clients.js';
import { handleInteraction } from './interactions.js';
import { createProvider } from './provider.js';
import { loadUsers } from './users.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of seconds`);
  return n;
}

function main(): void {
  const port = Number(process.env.IDP_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('IDP_PORT must be a port number');
  const issuer = (process.env.IDP_ISSUER ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
  const fromRoot = (file: string) => path.resolve(repoRoot, file);
  const users = loadUsers(fromRoot(process.env.IDP_USERS_FILE ?? 'deploy/dev/demo-users.json'));
  const clients = loadClients(fromRoot(process.env.IDP_CLIENTS_FILE ?? 'deploy/dev/identity-clients.json'));
  const jwksFile = process.env.IDP_JWKS_FILE;
  const jwks = jwksFile ? (JSON.parse(readFileSync(fromRoot(jwksFile), 'utf8')) as JWKS) : undefined;

  const provider = createProvider({
    issuer,
    users,
    clients,
    ...(jwks ? { jwks } : {}),
    ttl: {
      accessToken: seconds('IDP_ACCESS_TOKEN_TTL_SEC', 300),
      idToken: seconds('IDP_ID_TOKEN_TTL_SEC', 300),
      refreshToken: seconds('IDP_REFRESH_TOKEN_TTL_SEC', 86_400),
      session: seconds('IDP_SESSION_TTL_SEC', 36_000),
    },
  });
  // Errors oidc-provider answers itself (invalid_grant and the like) are the client's business.
  provider.on('server_error', (_ctx, err) => console.error('identity provider: server error', err));

  const callback = provider.callback();
  const server = createServer((req, res) => {
    handleInteraction(provider, users, req, res)
      .then((handled) => {
        if (!handled) void callback(req, res);
      })
      .catch((err: unknown) => {
        // An expired or unknown interaction (the cookie is gone): say so instead of a stack trace.
        console.error('identity provider: interaction failed:', err instanceof Error ? err.message : err);
        if (!res.headersSent) {
          res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('This sign-in attempt has expired or is invalid. Start again from the application.');
        } else res.end();
      });
  });
  server.on('error', (err) => {
    console.error('identity provider:', err.message);
    process.exit(1);
  });
  server.listen(port, process.env.IDP_HOST ?? '127.0.0.1', () => {
    console.log(`identity provider listening at ${issuer}`);
  });

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

try {
  main();
} catch (err) {
  console.error('identity provider:', err instanceof Error ? err.message : err);
  process.exit(1);
}
