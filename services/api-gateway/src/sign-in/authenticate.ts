// Who is calling /v1, in three ways, and what the services are told:
// - a browser session (cookie): the session's identity, refreshed at the provider before its
//   tokens run out and re-mapped (a person taken out of a group loses the role at that refresh);
//   writes need the CSRF token;
// - the identity provider's own access token (machine clients with client credentials, or a
//   user's token for this API): verified against the provider's keys and mapped;
// - anything else: the platform's own tokens, verified as before (development tokens, tests).
// The first two reach the services as a short-lived token the gateway signs (forwarding.ts).
import { type RequestHandler } from 'express';
import {
  HttpProblem,
  forbidden,
  setIdentity,
  unverifiedIssuerOf,
  type Identity,
  type Logger,
} from '@aftersales/service-kit';
import { type Claims, type IdentityMapping, mapClaims } from './identity-mapping';
import { type IdentityForwarder } from './forwarding';
import { type MappingFile } from './mapping-file';
import { ProviderUnavailable, type ProviderClient } from './provider-client';
import { assertSameSiteWrite, cookieNames, readCookie } from './routes';
import { type Session, type SessionStore } from './sessions';

/** Provider tokens are refreshed this long before they expire. */
export const REFRESH_AHEAD_MS = 60_000;

export interface AuthenticateContext {
  provider: ProviderClient;
  mapping: MappingFile;
  sessions: SessionStore;
  forwarder: IdentityForwarder;
  publicUrl: string;
  /** The issuer of the platform's own tokens (AUTH_ISSUER). */
  platformIssuer: string;
  logger: Logger;
}

const sessionEnded = (detail: string) =>
  new HttpProblem(401, { detail, extra: { reason: 'session_expired' } });

/**
 * A machine client's token: its subject is the client itself (client credentials at most
 * providers), Entra marks it `idtyp: app`, or the mapping lists its client id as a machine client
 * (Keycloak and Entra put a service account's or principal's own id in `sub`).
 */
export function isClientToken(claims: Claims, mapping?: IdentityMapping): boolean {
  const client = claims.client_id ?? claims.azp;
  if (typeof client !== 'string') return false;
  if (claims.sub === client || claims.idtyp === 'app') return true;
  return (
    mapping?.tenants.some((t) => t.issuer === claims.iss && t.clients.some((c) => c.clientId === client)) ??
    false
  );
}

export function authenticateCaller(ctx: AuthenticateContext, platformTokens: RequestHandler): RequestHandler {
  const names = cookieNames(ctx.publicUrl);
  const refreshing = new WeakMap<Session, Promise<void>>();

  // One refresh per session at a time: parallel requests wait for the same one.
  const refreshIfDue = (session: Session, sessionId: string): Promise<void> => {
    if (!session.tokens.refreshToken || Date.now() < session.tokens.expiresAtMs - REFRESH_AHEAD_MS) {
      return Promise.resolve();
    }
    let running = refreshing.get(session);
    if (!running) {
      running = refresh(session, sessionId).finally(() => refreshing.delete(session));
      refreshing.set(session, running);
    }
    return running;
  };

  const refresh = async (session: Session, sessionId: string): Promise<void> => {
    let fresh: Awaited<ReturnType<ProviderClient['refresh']>>;
    try {
      fresh = await ctx.provider.refresh(session.tokens.refreshToken!, session.identity.userId);
    } catch (err) {
      if (err instanceof ProviderUnavailable || (err as { code?: string }).code === 'OAUTH_TIMEOUT') {
        // The provider is down: the session keeps its identity until its own limits end it.
        ctx.logger.warn({ err }, 'session refresh postponed: identity provider unavailable');
        return;
      }
      ctx.sessions.delete(sessionId);
      ctx.logger.info(
        { err, userId: session.identity.userId },
        'session ended: the provider refused the refresh',
      );
      throw sessionEnded('Your sign-in has ended at your organisation; sign in again.');
    }
    const outcome = mapClaims(ctx.mapping.current(), fresh.claims, 'user');
    if (!outcome.ok) {
      ctx.sessions.delete(sessionId);
      throw sessionEnded(`Your access has been withdrawn: ${outcome.detail}.`);
    }
    session.identity = outcome.identity;
    session.matched = outcome.matched;
    session.tokens = {
      accessToken: fresh.accessToken,
      refreshToken: fresh.refreshToken,
      idToken: fresh.idToken ?? session.tokens.idToken,
      expiresAtMs: fresh.expiresAtMs,
    };
  };

  const forwardAs = async (req: Parameters<RequestHandler>[0], identity: Identity) => {
    setIdentity(req, identity);
    req.headers.authorization = `Bearer ${await ctx.forwarder.tokenFor(identity)}`;
    // The session cookie and CSRF token are the gateway's; the services never see them.
    delete req.headers.cookie;
    delete req.headers['x-csrf-token'];
  };

  return (req, res, next) => {
    const bearer = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const sessionId = bearer ? undefined : readCookie(req, names.session);

    if (sessionId !== undefined) {
      const session = ctx.sessions.get(sessionId);
      if (!session) throw sessionEnded('Your session has ended; sign in again.');
      assertSameSiteWrite(req, session, ctx.publicUrl);
      refreshIfDue(session, sessionId)
        .then(() => forwardAs(req, session.identity))
        .then(() => next(), next);
      return;
    }

    const issuer = bearer === undefined ? undefined : unverifiedIssuerOf(bearer);
    if (issuer !== undefined && issuer !== ctx.provider.issuer && issuer !== ctx.platformIssuer) {
      throw new HttpProblem(401, {
        detail: 'The token was not issued by a trusted issuer.',
        extra: { reason: 'wrong_issuer' },
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="untrusted issuer"' },
      });
    }
    if (bearer !== undefined && issuer === ctx.provider.issuer) {
      ctx.provider
        .verifyAccessToken(bearer)
        .then(async (claims) => {
          if (!claims) {
            throw new HttpProblem(401, {
              detail: 'Access tokens of the identity provider are not accepted by this API.',
              extra: { reason: 'wrong_audience' },
            });
          }
          const mapping = ctx.mapping.current();
          const outcome = mapClaims(mapping, claims, isClientToken(claims, mapping) ? 'client' : 'user');
          if (!outcome.ok) {
            if (outcome.reason === 'no_tenant') {
              throw new HttpProblem(401, {
                detail: `The token is refused: ${outcome.detail}.`,
                extra: { reason: 'no_tenant' },
              });
            }
            throw forbidden(`The token is refused: ${outcome.detail}.`, { reason: 'no_role' });
          }
          await forwardAs(req, outcome.identity);
        })
        .then(() => next(), next);
      return;
    }

    // The session cookie is the gateway's alone, whichever way the caller authenticated.
    delete req.headers.cookie;
    platformTokens(req, res, next);
  };
}
