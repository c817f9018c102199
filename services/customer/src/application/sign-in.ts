// Self-service sign-in by one-time code, asked for by the gateway (role gateway) on the customer's
// behalf. A request records a challenge and, when the contact belongs to an active customer,
// publishes the code sealed for the notification service in the same commit (outbox). Unknown
// contacts get the same answer, a challenge that never verifies. The gateway opens the
// customer's session only on a verified challenge.
import { createHmac, randomUUID } from 'node:crypto';
import { emitEvent, sealField, type Identity } from '@aftersales/service-kit';
import {
  MAX_ATTEMPTS,
  codeShape,
  newCode,
  retryAfterSeconds,
  sameDigest,
  signInContactOf,
} from '../domain/sign-in';
import { ruleViolation } from '../domain/errors';
import { type CustomerDeps } from './deps';
import { runCommand } from './unit-of-work';

export interface SignInRequest {
  contact: string;
  locale?: string | null | undefined;
}

export type RequestOutcome =
  | { ok: true; challengeId: string; channel: 'email' | 'sms'; expiresAt: Date }
  | { ok: false; retryAfterSeconds: number };

export type VerifyOutcome =
  | { ok: true; customerId: string }
  | { ok: false; reason: 'invalid_code'; attemptsLeft: number }
  | { ok: false; reason: 'too_many_attempts' | 'expired' | 'used' | 'not_found' };

/** Keyed with the blind-index key and bound to the challenge: a leaked table yields no codes cheaply. */
const digestOf = (deps: CustomerDeps, challengeId: string, code: string) =>
  createHmac('sha256', deps.indexer.digest('sign-in-code-key', challengeId))
    .update(code, 'utf8')
    .digest('hex');

export async function requestSignIn(
  deps: CustomerDeps,
  me: Identity,
  input: SignInRequest,
): Promise<RequestOutcome> {
  const contact = signInContactOf(input.contact, deps.phoneRegion);
  if (!contact) {
    throw ruleViolation('Give the e-mail address or the mobile number we know you by.', {
      code: 'invalid-contact',
    });
  }
  const contactIndex = deps.indexer.of(contact.field, me.tenantId, contact.normalised);
  return runCommand(deps, me, async (uow) => {
    const { tx, now } = uow;
    // One request per contact at a time, so the limits below count exactly.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${contactIndex}`}))`;
    const recent = await tx.signInChallenge.findMany({
      where: {
        tenantId: me.tenantId,
        contactIndex,
        createdAt: { gt: new Date(now.getTime() - 24 * 3_600_000) },
      },
      select: { createdAt: true },
    });
    const wait = retryAfterSeconds(
      recent.map((r) => r.createdAt),
      now,
    );
    if (wait > 0) return { ok: false, retryAfterSeconds: wait };

    const customer = await tx.customer.findFirst({
      where: {
        tenantId: me.tenantId,
        status: 'ACTIVE',
        ...(contact.field === 'email' ? { emailIndex: contactIndex } : { phoneIndex: contactIndex }),
      },
      select: { id: true },
    });
    const challengeId = randomUUID();
    const code = newCode();
    const expiresAt = new Date(now.getTime() + deps.signIn.codeTtlMs);
    await tx.signInChallenge.create({
      data: {
        id: challengeId,
        tenantId: me.tenantId,
        customerId: customer?.id ?? null,
        channel: contact.channel,
        contactIndex,
        codeDigest: digestOf(deps, challengeId, code),
        expiresAt,
        createdAt: now,
      },
    });
    if (customer) {
      emitEvent(uow, 'customer.sign-in-code.issued', challengeId, {
        challengeId,
        customerId: customer.id,
        channel: contact.channel,
        sealedCode: sealField(deps.signIn.sealingKey, `sign-in:${challengeId}`, code),
        locale: input.locale ?? null,
        expiresAt: expiresAt.toISOString(),
      });
    }
    return { ok: true, challengeId, channel: contact.channel, expiresAt };
  });
}

/**
 * One try of a code. Every try counts, right or wrong; a right code ends the challenge (it
 * cannot be used twice) and names the customer, if they are still active.
 */
export async function verifySignIn(
  deps: CustomerDeps,
  me: Identity,
  challengeId: string,
  code: string,
): Promise<VerifyOutcome> {
  return runCommand(deps, me, async ({ tx, now }): Promise<VerifyOutcome> => {
    const [challenge] = await tx.$queryRaw<
      Array<{
        customer_id: string | null;
        code_digest: string;
        attempts: number;
        expires_at: Date;
        verified_at: Date | null;
      }>
    >`SELECT customer_id, code_digest, attempts, expires_at, verified_at FROM sign_in_challenge
      WHERE id = ${challengeId}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
    if (!challenge) return { ok: false, reason: 'not_found' };
    if (challenge.verified_at) return { ok: false, reason: 'used' };
    if (challenge.expires_at.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    if (challenge.attempts >= MAX_ATTEMPTS) return { ok: false, reason: 'too_many_attempts' };

    const right =
      codeShape.test(code) &&
      challenge.customer_id !== null &&
      sameDigest(digestOf(deps, challengeId, code), challenge.code_digest);
    await tx.signInChallenge.update({
      where: { id: challengeId },
      data: { attempts: { increment: 1 }, ...(right ? { verifiedAt: now } : {}) },
    });
    if (!right)
      return { ok: false, reason: 'invalid_code', attemptsLeft: MAX_ATTEMPTS - challenge.attempts - 1 };
    const active = await tx.customer.count({
      where: { id: challenge.customer_id!, tenantId: me.tenantId, status: 'ACTIVE' },
    });
    // Erased since the code was sent: the code was right, but there is nobody to sign in.
    if (active === 0) return { ok: false, reason: 'invalid_code', attemptsLeft: 0 };
    return { ok: true, customerId: challenge.customer_id! };
  });
}
