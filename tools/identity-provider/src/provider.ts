// The oidc-provider configuration: authorization code with PKCE (S256) for every client, refresh
// tokens for clients allowed the refresh_token grant (rotated), client credentials for machine
// clients, JWT access tokens for one API audience (resource indicators with that audience as the
// default resource), ID tokens that carry the profile, the groups and the user's extra claims.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import Provider, {
  errors,
  type ClientMetadata,
  type Configuration,
  type JWKS,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { type ClientsFile } from './clients.js';
import { logoutPage } from './interactions.js';
import { type User } from './users.js';

export interface ProviderSettings {
  issuer: string;
  users: Map<string, User>;
  clients: ClientsFile;
  /** Signing keys; a fresh RS256 key when absent. */
  jwks?: JWKS;
  ttl: { accessToken: number; idToken: number; refreshToken: number; session: number };
}

// Claims a user's extra claims may not replace: the provider sets them.
const RESERVED = new Set([
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'nbf',
  'jti',
  'auth_time',
  'nonce',
  'acr',
  'amr',
  'azp',
  'at_hash',
  'c_hash',
  'sid',
  'client_id',
  'scope',
  'cnf',
  'name',
  'email',
  'groups',
]);

export function extraClaims(user: User): Record<string, unknown> {
  return Object.fromEntries(Object.entries(user.claims).filter(([k]) => !RESERVED.has(k)));
}

/** The resource indicator of the API: the audience itself when it is an absolute URI, else urn:<audience>. */
export function apiResource(audience: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(audience) ? audience : `urn:${audience}`;
}

export function generateJwks(): JWKS {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: randomUUID(), use: 'sig', alg: 'RS256' }] } as JWKS;
}

export function createProvider(s: ProviderSettings): Provider {
  const { users, clients, ttl } = s;
  const audience = clients.apiAudience;
  // Resource indicators must be absolute URIs; the audience need not be one (aftersales-api).
  const resource = apiResource(audience);
  // Every extra claim name any user has is released with the openid scope, so it reaches the ID
  // token and userinfo without the client asking for it by name.
  const extraNames = [...new Set([...users.values()].flatMap((u) => Object.keys(extraClaims(u))))];

  const configuration: Configuration = {
    clients: clients.clients as unknown as ClientMetadata[],
    jwks: s.jwks ?? generateJwks(),
    // Session and interaction cookies are signed; keys live as long as the process (dev and tests).
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
    claims: {
      openid: ['sub', ...extraNames],
      profile: ['name'],
      email: ['email'],
      groups: ['groups'],
    },
    // The ID token carries the claims of the granted scopes even when an access token is issued
    // too: the relying party (the gateway) maps groups from the ID token.
    conformIdTokenClaims: false,
    findAccount(_ctx, id) {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: user.displayName,
          ...(user.email ? { email: user.email } : {}),
          groups: user.groups,
          ...extraClaims(user),
        }),
      };
    },
    extraTokenClaims(_ctx, token) {
      // User access tokens carry the groups and extra claims (the API maps them like the gateway
      // maps the ID token's); client credentials tokens carry nothing extra.
      const accountId = 'accountId' in token ? (token.accountId as string | undefined) : undefined;
      const user = accountId ? users.get(accountId) : undefined;
      return user ? { groups: user.groups, ...extraClaims(user) } : undefined;
    },
    pkce: { required: () => true },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: ttl.accessToken,
      ClientCredentials: ttl.accessToken,
      IdToken: ttl.idToken,
      RefreshToken: ttl.refreshToken,
      Session: ttl.session,
      Grant: ttl.session,
      AuthorizationCode: 60,
      Interaction: 3_600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        // Tokens are issued for the one API only; any other resource indicator is refused.
        getResourceServerInfo(_ctx, indicator) {
          if (indicator !== resource) throw new errors.InvalidTarget();
          return {
            scope: 'openid profile email groups',
            audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ttl.accessToken,
          };
        },
        useGrantedResource: () => true,
      },
    },
  };
  return new Provider(s.issuer, configuration);
}
