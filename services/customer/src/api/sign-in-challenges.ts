// /v1/sign-in-challenges: self-service sign-in by one-time code, called by the gateway only (role
// gateway; the gateway's public /v1/me/sign-in endpoints front it with per-address limits).
import { Router } from 'express';
import { z } from 'zod';
import { HttpProblem, identityOf, route } from '@aftersales/service-kit';
import { requestSignIn, verifySignIn } from '../application/sign-in';
import { type CustomerDeps } from '../application/deps';

const GATEWAY = ['gateway'] as const;

export const SignInRequestSchema = z.object({
  contact: z
    .string()
    .min(3)
    .max(254)
    .describe('The e-mail address or mobile number the customer is known by'),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .nullish()
    .describe('Language of the sign-in page: the message is written in it'),
});

const ChallengeSchema = z.object({
  challengeId: z.uuid(),
  channel: z.enum(['email', 'sms']).describe('Where the code goes (if the contact is known)'),
  expiresAt: z.iso.datetime(),
});

const VerifiedSchema = z.object({ customerId: z.uuid() });

const byId = z.object({ id: z.uuid() });

const tooMany = (retryAfter: number, detail: string) =>
  new HttpProblem(429, {
    detail,
    extra: { reason: 'too_many_requests', retryAfterSeconds: retryAfter },
    headers: { 'retry-after': String(retryAfter) },
  });

export function signInChallengesRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.post(
    '/',
    route(
      { body: SignInRequestSchema },
      async ({ body }, req) => {
        const outcome = await requestSignIn(deps, identityOf(req), body);
        if (!outcome.ok) {
          throw tooMany(
            outcome.retryAfterSeconds,
            'Too many codes were asked for this contact; wait a little.',
          );
        }
        return {
          challengeId: outcome.challengeId,
          channel: outcome.channel,
          expiresAt: outcome.expiresAt.toISOString(),
        };
      },
      {
        summary:
          'Send a one-time sign-in code to a customer (the same answer whether the contact is known or not)',
        roles: GATEWAY,
        response: ChallengeSchema,
        status: 202,
        problems: [422, 429],
      },
    ),
  );

  router.post(
    '/:id/verification',
    route(
      { params: byId, body: z.object({ code: z.string().min(1).max(12) }) },
      async ({ params, body }, req) => {
        const outcome = await verifySignIn(deps, identityOf(req), params.id, body.code.trim());
        if (outcome.ok) return { customerId: outcome.customerId };
        switch (outcome.reason) {
          case 'invalid_code':
            throw new HttpProblem(422, {
              detail: 'That code is not right.',
              extra: { reason: 'invalid_code', attemptsLeft: outcome.attemptsLeft },
            });
          case 'too_many_attempts':
            throw new HttpProblem(429, {
              detail: 'Too many wrong codes: ask for a new one.',
              extra: { reason: 'too_many_attempts' },
            });
          case 'expired':
          case 'used':
            throw new HttpProblem(410, {
              detail:
                outcome.reason === 'expired'
                  ? 'The code has expired: ask for a new one.'
                  : 'The code was used.',
              extra: { reason: outcome.reason },
            });
          case 'not_found':
            throw new HttpProblem(404, { detail: 'No such sign-in.', extra: { reason: 'not_found' } });
        }
      },
      {
        summary: 'Try a sign-in code: names the customer when right (every try counts; five per code)',
        roles: GATEWAY,
        response: VerifiedSchema,
        problems: [410, 422, 429],
      },
    ),
  );

  return router;
}
