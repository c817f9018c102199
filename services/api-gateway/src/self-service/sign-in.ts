// The customer's sign-in: ask for a code (POST /v1/me/sign-in), try it (POST /v1/me/sign-in/{id}),
// read the session (GET /v1/me/session), sign out (POST /v1/me/sign-out). The customer service
// holds the challenges and their limits; the gateway asks it as itself (role gateway) and opens
// the session only on its "right code" answer.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { HttpProblem, forbidden, route, type Logger } from '@aftersales/service-kit';
import { type IdentityForwarder } from '../sign-in/forwarding';
import { readCookie } from '../sign-in/routes';
import { type SessionStore } from '../sign-in/sessions';
import { customerIdentity, type CustomerSession } from './customer-session';

export interface SelfServiceContext {
  tenantId: string;
  customerUrl: string;
  publicUrl: string;
  cookie: { name: string; secure: boolean };
  sessions: SessionStore<CustomerSession>;
  forwarder: IdentityForwarder;
  timeoutMs: number;
  logger: Logger;
}

export const askBody = z.object({
  contact: z.string().trim().min(3).max(254),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
});
export const tryBody = z.object({ code: z.string().trim().min(1).max(12) });
export const challengeResponse = z.object({
  challengeId: z.uuid(),
  channel: z.enum(['email', 'sms']),
  expiresAt: z.iso.datetime(),
});
export const customerSessionResponse = z.object({
  customerId: z.uuid(),
  csrfToken: z.string().describe('Send as x-csrf-token on /v1/me writes'),
  expiresAt: z.iso.datetime().describe('When the session ends if idle (or at its maximum age)'),
});
const challengeParams = z.object({ challengeId: z.uuid() });

export function signInRoutes(ctx: SelfServiceContext): Router {
  const r = Router();
  const gateway = Object.freeze({
    userId: 'api-gateway',
    tenantId: ctx.tenantId,
    dealerIds: [],
    centreIds: [],
    roles: ['gateway' as const],
  });
  const cookieOptions = {
    httpOnly: true,
    secure: ctx.cookie.secure,
    sameSite: 'lax' as const,
    path: '/',
  };

  /** Asks the customer service; its answer (problem+json included) goes back as it came. */
  const ask = async (path: string, body: unknown) => {
    let res: globalThis.Response;
    try {
      res = await fetch(new URL(path, ctx.customerUrl), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await ctx.forwarder.tokenFor(gateway)}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(ctx.timeoutMs),
      });
    } catch (err) {
      ctx.logger.warn({ err }, 'self-service sign-in: customer service unreachable');
      throw new HttpProblem(503, { detail: 'Sign-in is not available right now; try again shortly.' });
    }
    return {
      status: res.status,
      headers: res.headers,
      body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
    };
  };

  const relay = (res: Response, answer: Awaited<ReturnType<typeof ask>>) => {
    const retryAfter = answer.headers.get('retry-after');
    if (retryAfter) res.setHeader('retry-after', retryAfter);
    res
      .status(answer.status)
      .type(answer.status >= 400 ? 'application/problem+json' : 'application/json')
      .send(JSON.stringify(answer.body));
  };

  // Sign-in and sign-out posts come from our own pages only (nobody signed in or out from another site).
  r.post(['/v1/me/sign-in{/:challengeId}', '/v1/me/sign-out'], (req, _res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== new URL(ctx.publicUrl).origin) {
      throw forbidden('This request comes from another site.', { reason: 'csrf' });
    }
    next();
  });

  r.post(
    '/v1/me/sign-in',
    route({ body: askBody }, async ({ body }, _req, res) => {
      relay(res, await ask('/v1/sign-in-challenges', body));
    }),
  );

  r.post(
    '/v1/me/sign-in/:challengeId',
    route({ params: challengeParams, body: tryBody }, async ({ params, body }, req, res) => {
      const answer = await ask(`/v1/sign-in-challenges/${params.challengeId}/verification`, body);
      if (answer.status !== 200 || typeof answer.body.customerId !== 'string') return relay(res, answer);
      // A fresh session id at every sign-in (no fixation); an older session of this browser ends.
      ctx.sessions.delete(readCookie(req, ctx.cookie.name));
      const customerId = answer.body.customerId;
      const { id, session } = ctx.sessions.create({
        customerId,
        identity: Object.freeze(customerIdentity(ctx.tenantId, customerId)),
      });
      res.cookie(ctx.cookie.name, id, cookieOptions);
      res.json({
        customerId,
        csrfToken: session.csrfToken,
        expiresAt: new Date(ctx.sessions.expiresAtMs(session)).toISOString(),
      });
    }),
  );

  r.get('/v1/me/session', (req: Request, res: Response) => {
    const session = ctx.sessions.get(readCookie(req, ctx.cookie.name));
    if (!session) {
      throw new HttpProblem(401, { detail: 'Not signed in.', extra: { reason: 'signed_out' } });
    }
    res.json({
      customerId: session.customerId,
      csrfToken: session.csrfToken,
      expiresAt: new Date(ctx.sessions.expiresAtMs(session)).toISOString(),
    });
  });

  r.post('/v1/me/sign-out', (req: Request, res: Response) => {
    ctx.sessions.delete(readCookie(req, ctx.cookie.name));
    res.clearCookie(ctx.cookie.name, cookieOptions);
    res.status(204).end();
  });

  return r;
}
