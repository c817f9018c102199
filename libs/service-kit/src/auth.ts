import type { KeyObject } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
// jose 6 is ESM-only and this package compiles to CommonJS: types come through a
// resolution-mode import, the code through a dynamic import() (see loadJose).
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import { z } from 'zod';
import {
  type AsymmetricAlg,
  MIN_HS256_SECRET_LENGTH,
  isTrustedJwksUrl,
  parsePublicKeyPem,
} from './auth-keys';
import { NotFound } from './domain/errors';
import { HttpProblem, forbidden } from './problem';

export const ROLES = [
  'admin',
  'service-advisor',
  'technician',
  'parts-clerk',
  'procurement-officer',
  'complaint-handler',
  // Audits, improvement actions, supervision reports, partner qualification, safety, training.
  'quality-manager',
  'analyst',
  // A customer signed in to self-service (/my/): userId is the customer id; only /v1/me/*.
  'customer',
  // The gateway itself, signing customers in (sign-in challenges at the customer service).
  'gateway',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles of people working for the dealer group: everything but `customer` and `gateway`. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'customer' && r !== 'gateway');

/** Who is calling, from a verified JWT. Frozen: handlers read it, never change it. */
export interface Identity {
  /** JWT `sub`. */
  userId: string;
  /** Dealer group (claim `tenant`). Every query filters by it. */
  tenantId: string;
  /** Dealers within the group the user may act for (claim `dealers`, '*' = all). */
  dealerIds: string[] | '*';
  /** Service centres (claim `centres`, '*' = all). */
  centreIds: string[] | '*';
  /** Claim `roles`; unknown role strings are dropped. */
  roles: Role[];
  name?: string;
}

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** Local development only: HS256 shared secret (>= 32 chars). */
  hs256Secret?: string;
  /** Production: JWKS URL (RS256/ES256), fetched and cached by jose's createRemoteJWKSet. */
  jwksUrl?: string;
  /** Alternative to JWKS: a PEM public key (RS256/ES256). */
  publicKeyPem?: string;
  /** Allowed clock skew for exp/nbf; default 30 seconds. */
  clockToleranceSec?: number;
}

export const DEFAULT_CLOCK_TOLERANCE_SEC = 30;
const DEFAULT_TOKEN_TTL_SEC = 3600;

let josePromise: Promise<typeof Jose> | undefined;

/** jose, loaded once. import() stays a real import() in the CommonJS build (module Node16). */
function loadJose(): Promise<typeof Jose> {
  josePromise ??= import('jose');
  return josePromise;
}

// ---------------------------------------------------------------------------------------------
// Problems

/** Machine-readable `reason` member of the 401 body; `detail` says the same in words. */
export type AuthFailureReason =
  | 'missing'
  | 'malformed_header'
  | 'malformed'
  | 'expired'
  | 'not_yet_valid'
  | 'bad_signature'
  | 'alg_not_allowed'
  | 'unknown_key'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'invalid_claims';

// RFC 6750 §3: no error code when the request carried no credentials at all.
function missingToken(detail = 'The request has no bearer token.'): HttpProblem {
  return new HttpProblem(401, {
    detail,
    extra: { reason: 'missing' },
    headers: { 'WWW-Authenticate': 'Bearer' },
  });
}

// Details are fixed strings (no quotes, never the token), so they are safe inside the header.
function rejected(reason: AuthFailureReason, detail: string): HttpProblem {
  const error = reason === 'malformed_header' ? 'invalid_request' : 'invalid_token';
  return new HttpProblem(401, {
    detail,
    extra: { reason },
    headers: { 'WWW-Authenticate': `Bearer error="${error}", error_description="${detail}"` },
  });
}

function problemOf(err: unknown): HttpProblem {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    claim?: unknown;
    reason?: unknown;
  };
  switch (e.code) {
    case 'ERR_JWT_EXPIRED':
      return rejected('expired', 'The token has expired.');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (e.reason === 'missing' && typeof e.claim === 'string') {
        return rejected('invalid_claims', `The token has no ${e.claim} claim.`);
      }
      switch (e.claim) {
        case 'aud':
          return rejected('wrong_audience', 'The token is not meant for this audience.');
        case 'iss':
          return rejected('wrong_issuer', 'The token was not issued by the trusted issuer.');
        case 'nbf':
          return rejected('not_yet_valid', 'The token is not valid yet.');
        default:
          return rejected('invalid_claims', 'The token claims are invalid.');
      }
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return rejected('bad_signature', 'The token signature is invalid.');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return rejected('alg_not_allowed', 'The token signing algorithm is not accepted.');
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return rejected('unknown_key', 'No trusted key matches the token.');
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      break;
    default:
      // Undecodable tokens, unsupported headers and the like.
      if (typeof e.code === 'string' && /^ERR_(JOSE|JWS|JWT|JWK)_/.test(e.code)) {
        return rejected('malformed', 'The token is malformed.');
      }
  }
  // The key source failed (JWKS unreachable or garbled): not the caller's fault.
  return new HttpProblem(503, { detail: 'The token could not be verified right now.', cause: err });
}

// ---------------------------------------------------------------------------------------------
// Claims -> Identity

const scopeClaim = z.union([z.literal('*'), z.array(z.string().min(1))]);
const claimsSchema = z.object({
  sub: z.string().min(1),
  tenant: z.string().min(1),
  dealers: scopeClaim.default([]),
  centres: scopeClaim.default([]),
  roles: z.array(z.string()).default([]),
  name: z.string().optional(),
});

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

function isRole(value: string): value is Role {
  return KNOWN_ROLES.has(value);
}

function freezeScope(scope: string[] | '*'): string[] | '*' {
  return scope === '*' ? scope : (Object.freeze([...new Set(scope)]) as string[]);
}

function identityFromClaims(payload: Jose.JWTPayload): Identity {
  const parsed = claimsSchema.safeParse(payload, { reportInput: false });
  if (!parsed.success) {
    const claims = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '(payload)')))];
    throw rejected('invalid_claims', `The token claims are invalid: ${claims.join(', ')}.`);
  }
  const c = parsed.data;
  const identity: Identity = {
    userId: c.sub,
    tenantId: c.tenant,
    dealerIds: freezeScope(c.dealers),
    centreIds: freezeScope(c.centres),
    // Unknown roles are dropped, not rejected: an IdP may know roles this platform does not.
    roles: Object.freeze([...new Set(c.roles.filter(isRole))]) as Role[],
  };
  if (c.name !== undefined) identity.name = c.name;
  return Object.freeze(identity);
}

// ---------------------------------------------------------------------------------------------
// Verification

type VerifyKey = KeyObject | Jose.CryptoKey | Jose.JWTVerifyGetKey;

interface Verifier {
  algorithms: string[];
  key: () => Promise<VerifyKey>;
}

function keySourcesOf(cfg: AuthConfig): string[] {
  const sources: string[] = [];
  if (cfg.hs256Secret !== undefined && cfg.hs256Secret !== '') sources.push('hs256Secret');
  if (cfg.jwksUrl !== undefined && cfg.jwksUrl !== '') sources.push('jwksUrl');
  if (cfg.publicKeyPem !== undefined && cfg.publicKeyPem !== '') sources.push('publicKeyPem');
  return sources;
}

// Checked when the middleware is built, so a bad config fails at start-up, not per request.
function verifierFor(cfg: AuthConfig): Verifier {
  if (!cfg.issuer || !cfg.audience) throw new Error('AuthConfig: issuer and audience are required.');
  const sources = keySourcesOf(cfg);
  if (sources.length !== 1) {
    throw new Error(
      `AuthConfig: set exactly one of hs256Secret, jwksUrl, publicKeyPem (got ${sources.length ? sources.join(', ') : 'none'}).`,
    );
  }
  if (cfg.hs256Secret) {
    if (cfg.hs256Secret.length < MIN_HS256_SECRET_LENGTH) {
      throw new Error(`AuthConfig: hs256Secret must be at least ${MIN_HS256_SECRET_LENGTH} characters.`);
    }
    const secret = new TextEncoder().encode(cfg.hs256Secret);
    // Imported once: given raw bytes, jose would run WebCrypto's importKey on every request
    // (~9 % of the gateway's CPU). A PEM's KeyObject is already converted once and cached by jose.
    let hmacKey: Promise<Jose.CryptoKey> | undefined;
    // The allow-list is what stops alg confusion: HS256 only with a shared secret, never otherwise.
    return {
      algorithms: ['HS256'],
      key: () =>
        (hmacKey ??= crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
          'verify',
        ])),
    };
  }
  if (cfg.publicKeyPem) {
    let parsed: { key: KeyObject; alg: AsymmetricAlg };
    try {
      parsed = parsePublicKeyPem(cfg.publicKeyPem);
    } catch (err) {
      throw new Error(`AuthConfig: publicKeyPem ${(err as Error).message}.`, { cause: err });
    }
    return { algorithms: [parsed.alg], key: () => Promise.resolve(parsed.key) };
  }
  const jwksUrl = cfg.jwksUrl as string;
  if (!isTrustedJwksUrl(jwksUrl)) {
    throw new Error(
      'AuthConfig: jwksUrl must be an https URL (http only for localhost or a Kubernetes Service).',
    );
  }
  let jwks: Promise<Jose.JWTVerifyGetKey> | undefined;
  return {
    algorithms: ['RS256', 'ES256'],
    // One remote key set per middleware: jose caches the keys and refetches on an unknown kid.
    key: () => (jwks ??= loadJose().then((jose) => jose.createRemoteJWKSet(new URL(jwksUrl)))),
  };
}

/** How long a verified token is taken on trust again without re-checking its signature. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKEN_CACHE_SIZE = 5_000;

/**
 * Tokens this middleware verified recently, with their identity: a client sends the same token
 * with every request for as long as it lives, and verifying it again (WebCrypto, a thread-pool
 * round trip) was the largest per-request cost in the gateway's profile. An entry holds until the
 * token expires (with the clock tolerance jose applies) and at most VERIFIED_TOKEN_TTL_MS, so a
 * key dropped from a JWKS stops being honoured as soon as jose's own key cache would notice. Only
 * successes are kept; the oldest entry goes when the map is full.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { identity: Identity; validUntilMs: number }>();

  get(token: string, nowMs: number): Identity | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (nowMs < entry.validUntilMs) return entry.identity;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, identity: Identity, expiresAtSec: number, toleranceSec: number, nowMs: number): void {
    if (this.entries.size >= VERIFIED_TOKEN_CACHE_SIZE) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    const validUntilMs = Math.min((expiresAtSec + toleranceSec) * 1000, nowMs + VERIFIED_TOKEN_TTL_MS);
    this.entries.set(token, { identity, validUntilMs });
  }
}

/** Verifies signature, algorithm, iss, aud, exp/nbf; returns the claims or throws the 401 problem. */
async function verifiedClaims(token: string, cfg: AuthConfig, verifier: Verifier): Promise<Jose.JWTPayload> {
  const jose = await loadJose();
  const key = await verifier.key();
  const options: Jose.JWTVerifyOptions = {
    algorithms: verifier.algorithms,
    issuer: cfg.issuer,
    audience: cfg.audience,
    clockTolerance: cfg.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC,
    // A token without an expiry would be valid forever.
    requiredClaims: ['exp', 'sub'],
  };
  try {
    return typeof key === 'function'
      ? (await jose.jwtVerify(token, key, options)).payload
      : (await jose.jwtVerify(token, key, options)).payload;
  } catch (err) {
    throw problemOf(err);
  }
}

async function verifyToken(
  token: string,
  cfg: AuthConfig,
  verifier: Verifier,
  verified: VerifiedTokens,
): Promise<Identity> {
  const payload = await verifiedClaims(token, cfg, verifier);
  const identity = identityFromClaims(payload);
  // exp is required; verified now, so it lies in the future (within the tolerance).
  const toleranceSec = cfg.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  verified.set(token, identity, payload.exp!, toleranceSec, Date.now());
  return identity;
}

/**
 * A verifier of JWTs against `cfg` (signature, algorithm allow-list, exp/nbf, iss, aud) that
 * returns the claims as they are, for callers that map claims themselves (the gateway, for its
 * identity provider's tokens). Failures are the same 401 problems `authenticate` answers.
 */
export function jwtVerifier(cfg: AuthConfig): (token: string) => Promise<Jose.JWTPayload> {
  const verifier = verifierFor(cfg);
  return (token) => verifiedClaims(token, cfg, verifier);
}

/** The `iss` of a JWT without verifying anything (to pick the verifier), or undefined. */
export function unverifiedIssuerOf(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      iss?: unknown;
    };
    return typeof payload.iss === 'string' ? payload.iss : undefined;
  } catch {
    return undefined;
  }
}

// RFC 7235: the scheme is case-insensitive; the token is token68.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

function bearerTokenOf(req: Request): string {
  const header = req.headers.authorization;
  if (header === undefined || header.trim() === '') throw missingToken();
  const match = BEARER.exec(header);
  if (!match?.[1]) {
    throw rejected('malformed_header', "The Authorization header must be 'Bearer <token>'.");
  }
  return match[1];
}

const identities = new WeakMap<Request, Identity>();

/**
 * Verifies `Authorization: Bearer <jwt>` (signature, algorithm allow-list, exp/nbf, iss, aud)
 * and stores the caller's identity for `identityOf(req)`. Failures are 401 problem+json with
 * `WWW-Authenticate: Bearer ...`; the detail (and `reason`) says why, never echoing the token.
 * Mount it after the kit's health and metrics routes, i.e. inside `configure`.
 * Throws at once if the config is unusable (no or several key sources, short secret, bad PEM).
 */
export function authenticate(cfg: AuthConfig): RequestHandler {
  const verifier = verifierFor(cfg);
  const verified = new VerifiedTokens();
  return (req, _res, next) => {
    let token: string;
    try {
      token = bearerTokenOf(req);
    } catch (err) {
      next(err);
      return;
    }
    // A token seen recently continues synchronously: no promise, no event-loop turn.
    const known = verified.get(token, Date.now());
    if (known !== undefined) {
      identities.set(req, known);
      next(confinementProblem(known, req.originalUrl));
      return;
    }
    verifyToken(token, cfg, verifier, verified).then(
      (identity) => {
        identities.set(req, identity);
        next(confinementProblem(identity, req.originalUrl));
      },
      (err: unknown) => next(err),
    );
  };
}

/** Where the non-staff roles may go at all; each service still checks the finer rules. */
const CONFINED_ROLES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['customer', /^\/v1\/me(?:[/?#]|$)/],
  ['gateway', /^\/v1\/sign-in-challenges(?:[/?#]|$)/],
];

/**
 * A customer's token opens only /v1/me, the gateway's own only the sign-in challenges: a token
 * holding either role and no staff role is refused (403) anywhere else, whatever a route's roles
 * say (defence in depth below the gateway's routing).
 */
export function confinementProblem(identity: Identity, url: string): HttpProblem | undefined {
  if (identity.roles.some((r) => STAFF_ROLES.includes(r))) return undefined;
  for (const [role, allowed] of CONFINED_ROLES) {
    if (identity.roles.includes(role) && !allowed.test(url)) {
      return forbidden(`A token with the role ${role} does not reach ${url.split('?')[0]}.`);
    }
  }
  return undefined;
}

/**
 * Records the caller of `req` established some other way than a bearer token (the gateway's
 * signed-in browser sessions), so identityOf, hasRole and the rate limiter see it as usual.
 */
export function setIdentity(req: object, identity: Identity): void {
  identities.set(req as Request, Object.isFrozen(identity) ? identity : Object.freeze({ ...identity }));
}

/** The caller's identity if authenticate ran and succeeded (for logging; never throws). */
export function maybeIdentityOf(req: object): Identity | undefined {
  return identities.get(req as Request);
}

/** The verified caller. Throws the 401 problem if `authenticate` did not run for this request. */
export function identityOf(req: Request): Identity {
  const identity = identities.get(req);
  if (identity === undefined) throw missingToken('The request is not authenticated.');
  return identity;
}

// ---------------------------------------------------------------------------------------------
// Authorisation

/** True if the identity holds one of `roles`. `admin` holds every role. */
export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  if (identity.roles.includes('admin')) return true;
  return roles.some((role) => identity.roles.includes(role));
}

/**
 * The customer behind a self-service request (/v1/me/...): the token's subject when it carries the
 * role `customer`. Staff, admin included, are not customers: 403. Every /v1/me query filters by
 * this id, so a customer reaches only their own records (someone else's id answers 404).
 */
export function customerIdOf(identity: Identity): string {
  if (!identity.roles.includes('customer')) {
    throw forbidden('Only a customer signed in to self-service has /v1/me.', { requiredRoles: ['customer'] });
  }
  return identity.userId;
}

/** 403 problem+json unless the caller has one of `roles` (admin always passes); 401 if unauthenticated. */
export function requireRole(...roles: Role[]): RequestHandler {
  if (roles.length === 0) throw new TypeError('requireRole needs at least one role.');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new TypeError(`requireRole: unknown role(s) ${unknown.join(', ')}.`);
  const detail = `This action requires one of the roles: ${roles.join(', ')}.`;
  return (req, _res, next) => {
    if (!hasRole(identityOf(req), ...roles)) throw forbidden(detail, { requiredRoles: roles });
    next();
  };
}

/**
 * Whether the caller may act for `dealerId` ('*' or listed). It does not look at the tenant:
 * the dealer must already come from a query filtered by `identity.tenantId`.
 */
export function canAccessDealer(identity: Identity, dealerId: string): boolean {
  if (!dealerId) return false;
  return identity.dealerIds === '*' || identity.dealerIds.includes(dealerId);
}

/**
 * Whether the caller may act for service centre `centreId`: centres '*', the centre listed, or
 * the owning dealer accessible (pass `dealerIdOfCentre` when known; without it dealer-level
 * grants, even dealers '*', do not apply). Like canAccessDealer, tenant-blind.
 */
export function canAccessCentre(identity: Identity, centreId: string, dealerIdOfCentre?: string): boolean {
  if (!centreId) return false;
  if (identity.centreIds === '*' || identity.centreIds.includes(centreId)) return true;
  return dealerIdOfCentre !== undefined && canAccessDealer(identity, dealerIdOfCentre);
}

/**
 * Throws a 404 (not a 403) when the caller may not act for the centre: a 403 would confirm the
 * centre exists, so probing ids outside one's scope must look exactly like asking for one that
 * does not exist. Use the same detail for your genuine misses.
 */
export function assertCentreAccess(identity: Identity, centreId: string, dealerIdOfCentre?: string): void {
  if (!canAccessCentre(identity, centreId, dealerIdOfCentre)) throw new NotFound('Service centre not found.');
}

/** As assertCentreAccess, for a dealer: 404 when out of scope. */
export function assertDealerAccess(identity: Identity, dealerId: string): void {
  if (!canAccessDealer(identity, dealerId)) throw new NotFound('Dealer not found.');
}

/**
 * For a record loaded by id: 404 if it belongs to another tenant. Prefer filtering the query by
 * `identity.tenantId` in the first place; this is the belt to that pair of braces.
 */
export function assertTenantAccess(
  identity: Identity,
  tenantIdOfRecord: string,
  detail = 'Not found.',
): void {
  if (!identity.tenantId || identity.tenantId !== tenantIdOfRecord) throw new NotFound(detail);
}

// ---------------------------------------------------------------------------------------------
// Tokens for development and tests

export interface IssueTokenOptions {
  /** HS256 shared secret (development and tests)... */
  secret?: string;
  /** ...or a private key (EC P-256 → ES256, RSA → RS256), e.g. the gateway's forwarding key. */
  privateKey?: KeyObject;
  /** `kid` header, so verifiers find the key in a JWKS. */
  keyId?: string;
  issuer: string;
  audience: string;
  /** Lifetime; default 3600 seconds. */
  ttlSeconds?: number;
}

/** A token carrying `identity`: HS256 with `secret` (dev token command, tests) or signed with `privateKey`. */
export async function issueToken(opts: IssueTokenOptions, identity: Identity): Promise<string> {
  if (opts.privateKey === undefined && (opts.secret ?? '').length < MIN_HS256_SECRET_LENGTH) {
    throw new Error(`issueToken: secret must be at least ${MIN_HS256_SECRET_LENGTH} characters.`);
  }
  const ttl = opts.ttlSeconds ?? DEFAULT_TOKEN_TTL_SEC;
  if (!Number.isInteger(ttl) || ttl <= 0)
    throw new Error('issueToken: ttlSeconds must be a positive integer.');
  if (!identity.userId || !identity.tenantId)
    throw new Error('issueToken: userId and tenantId are required.');

  const jose = await loadJose();
  const claims: Jose.JWTPayload = {
    tenant: identity.tenantId,
    dealers: identity.dealerIds,
    centres: identity.centreIds,
    roles: identity.roles,
  };
  if (identity.name !== undefined) claims.name = identity.name;
  const now = Math.floor(Date.now() / 1000);
  const alg = opts.privateKey ? (opts.privateKey.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256') : 'HS256';
  const header: Jose.JWTHeaderParameters = { alg, typ: 'JWT' };
  if (opts.keyId !== undefined) header.kid = opts.keyId;
  return new jose.SignJWT(claims)
    .setProtectedHeader(header)
    .setSubject(identity.userId)
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(opts.privateKey ?? new TextEncoder().encode(opts.secret));
}
