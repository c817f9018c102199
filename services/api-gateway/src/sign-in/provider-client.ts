// The gateway as a confidential OpenID Connect client of the dealer group's identity provider,
// through openid-client (certified, by the author of the jose library the services verify with):
// discovery from the issuer URL, the authorization code flow with PKCE (S256), state and nonce,
// the RFC 9207 `iss` check on the answer, refresh, RP-initiated sign-out, and a verifier for the
// provider's access tokens (machine clients) with the keys its discovery document names.
// openid-client 6 is ESM-only and this package is CommonJS: types through a resolution-mode
// import, the code through import() (as service-kit does for jose).
import type * as Oidc from 'openid-client' with { 'resolution-mode': 'import' };
import { jwtVerifier } from '@aftersales/service-kit';
import type { Claims } from './identity-mapping';

let oidcModule: Promise<typeof Oidc> | undefined;
const loadOidc = () => (oidcModule ??= import('openid-client'));

export interface ProviderClientOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  /** Audience of the provider's access tokens for this API (machine clients); unset = not accepted. */
  apiAudience?: string;
  timeoutSec?: number;
}

/** The provider could not be reached or answered nonsense (its discovery, token or key endpoints). */
export class ProviderUnavailable extends Error {
  override readonly name = 'ProviderUnavailable';
}

export interface ProviderTokens {
  claims: Claims;
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  expiresAtMs: number;
}

function unverifiedAudienceOf(token: string): string[] {
  try {
    const { aud } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      aud?: unknown;
    };
    return (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  } catch {
    return [];
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http only for a provider on this machine (development, tests). */
export function isAllowedIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

export class ProviderClient {
  private configuration?: Promise<Oidc.Configuration>;
  private readonly verifiers = new Map<string, ReturnType<typeof jwtVerifier>>();

  constructor(private readonly options: ProviderClientOptions) {
    if (!isAllowedIssuer(options.issuer)) {
      throw new Error('OIDC_ISSUER_URL: must be an https URL (http only for localhost)');
    }
  }

  get issuer(): string {
    return this.options.issuer;
  }

  /** Discovered once; a failed discovery is tried again on the next sign-in. */
  private config(): Promise<Oidc.Configuration> {
    this.configuration ??= (async () => {
      const oidc = await loadOidc();
      const insecure = new URL(this.options.issuer).protocol === 'http:';
      const config = await oidc.discovery(
        new URL(this.options.issuer),
        this.options.clientId,
        { client_secret: this.options.clientSecret },
        oidc.ClientSecretBasic(this.options.clientSecret),
        { execute: insecure ? [oidc.allowInsecureRequests] : [], timeout: this.options.timeoutSec ?? 5 },
      );
      return config;
    })().catch((err: unknown) => {
      this.configuration = undefined;
      throw new ProviderUnavailable(`the identity provider ${this.options.issuer} cannot be reached`, {
        cause: err,
      });
    });
    return this.configuration;
  }

  /** Where to send the browser; the caller keeps state, nonce and the verifier for the answer. */
  async authorizationUrl(): Promise<{ url: URL; state: string; nonce: string; codeVerifier: string }> {
    const oidc = await loadOidc();
    const config = await this.config();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: this.options.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Redeems the code in the callback URL; throws (openid-client's errors) on any check failing. */
  async redeem(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProviderTokens> {
    const oidc = await loadOidc();
    const config = await this.config();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    return this.tokensOf(tokens, tokens.claims() as Claims);
  }

  /** New tokens for a session; the claims come from the new ID token or, without one, userinfo. */
  async refresh(refreshToken: string, subject: string): Promise<ProviderTokens> {
    const oidc = await loadOidc();
    const config = await this.config();
    const tokens = await oidc.refreshTokenGrant(config, refreshToken);
    let claims = tokens.claims() as Claims | undefined;
    if (!claims) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, subject);
      claims = { ...info, iss: config.serverMetadata().issuer };
    }
    const fresh = this.tokensOf(tokens, claims);
    // Without rotation the provider keeps the old refresh token valid.
    fresh.refreshToken ??= refreshToken;
    return fresh;
  }

  /** The provider's end-session URL (RP-initiated logout), or undefined if it has none. */
  async endSessionUrl(
    idToken: string | undefined,
    postLogoutRedirectUri: string,
  ): Promise<string | undefined> {
    const oidc = await loadOidc();
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    const params: Record<string, string> = {
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: this.options.clientId,
    };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(config, params).href;
  }

  /** Verifies a provider access token for this API (machine clients); undefined if not enabled. */
  async verifyAccessToken(token: string): Promise<Claims | undefined> {
    if (!this.options.apiAudience) return undefined;
    return (await (
      await this.verifierFor(this.options.apiAudience)
    )(token)) as Claims;
  }

  /** Verifies an ID token of this client or an access token for this API (the admin dry run). */
  async verifyAnyToken(token: string): Promise<Claims> {
    const aud = unverifiedAudienceOf(token);
    const audience = aud.includes(this.options.clientId) ? this.options.clientId : this.options.apiAudience;
    return (await (
      await this.verifierFor(audience ?? this.options.clientId)
    )(token)) as Claims;
  }

  private async verifierFor(audience: string): Promise<ReturnType<typeof jwtVerifier>> {
    let verifier = this.verifiers.get(audience);
    if (!verifier) {
      const jwksUri = (await this.config()).serverMetadata().jwks_uri;
      if (!jwksUri) throw new ProviderUnavailable('the identity provider publishes no jwks_uri');
      verifier = jwtVerifier({ issuer: this.options.issuer, audience, jwksUrl: jwksUri });
      this.verifiers.set(audience, verifier);
    }
    return verifier;
  }

  private tokensOf(tokens: Oidc.TokenEndpointResponse, claims: Claims): ProviderTokens {
    const result: ProviderTokens = {
      claims,
      accessToken: tokens.access_token,
      expiresAtMs: Date.now() + (tokens.expires_in ?? 300) * 1000,
    };
    if (tokens.refresh_token) result.refreshToken = tokens.refresh_token;
    if (tokens.id_token) result.idToken = tokens.id_token;
    return result;
  }
}
