// Staff sign-in through OpenID Connect, put together from the gateway's config: the provider
// client, the claims mapping, the session store, the forwarding key, and what app.ts mounts.
import { type RequestHandler, type Router } from 'express';
import { type Logger } from '@aftersales/service-kit';
import { type GatewayConfig } from '../config';
import { authenticateCaller } from './authenticate';
import { dryRunRouter } from './dry-run';
import { IdentityForwarder } from './forwarding';
import { MappingFile } from './mapping-file';
import { ProviderClient } from './provider-client';
import { signInRouter } from './routes';
import { SessionStore } from './sessions';

export interface SignIn {
  /** /auth/login, /auth/callback, /auth/session, /auth/logout, /.well-known/jwks.json */
  routes: Router;
  /** Replaces the plain bearer check on /v1 (sessions, provider tokens, then platform tokens). */
  authenticate(platformTokens: RequestHandler): RequestHandler;
  /** POST /v1/admin/identity-mapping/dry-run (after authentication). */
  dryRun: Router;
}

export function signInEnabled(config: GatewayConfig): boolean {
  return Boolean(config.OIDC_ISSUER_URL);
}

/** Undefined when OIDC_ISSUER_URL is unset. Throws on a bad mapping file or key (start-up). */
export function createSignIn(config: GatewayConfig, logger: Logger): SignIn | undefined {
  if (!config.OIDC_ISSUER_URL) return undefined;
  const publicUrl = config.PUBLIC_URL;
  const provider = new ProviderClient({
    issuer: config.OIDC_ISSUER_URL,
    clientId: config.OIDC_CLIENT_ID!,
    clientSecret: config.OIDC_CLIENT_SECRET!,
    redirectUri: new URL('/auth/callback', publicUrl).href,
    scopes: config.OIDC_SCOPES,
    apiAudience: config.OIDC_API_AUDIENCE,
  });
  const mapping = new MappingFile(config.IDENTITY_MAPPING_FILE!, logger);
  // Issuers are compared as strings (a trailing slash matters): catch the mismatch at start-up,
  // not as "no access" for everyone at the first sign-in.
  if (!mapping.current().tenants.some((t) => t.issuer === config.OIDC_ISSUER_URL)) {
    throw new Error(
      `IDENTITY_MAPPING_FILE ${config.IDENTITY_MAPPING_FILE}: no tenant has issuer ${config.OIDC_ISSUER_URL} (OIDC_ISSUER_URL)`,
    );
  }
  const sessions = new SessionStore({
    idleMs: config.SESSION_IDLE_MINUTES * 60_000,
    maxAgeMs: config.SESSION_MAX_HOURS * 3_600_000,
  });
  const forwarder = new IdentityForwarder({
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    privateKeyPem: config.INTERNAL_TOKEN_KEY_PEM,
    hs256Secret: config.AUTH_HS256_SECRET,
  });
  const ctx = { provider, mapping, sessions, forwarder, publicUrl, logger };
  return {
    routes: signInRouter(ctx),
    authenticate: (platformTokens) =>
      authenticateCaller({ ...ctx, platformIssuer: config.AUTH_ISSUER }, platformTokens),
    dryRun: dryRunRouter(mapping, provider),
  };
}
