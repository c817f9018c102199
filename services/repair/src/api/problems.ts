// Maps domain errors to problem+json: a refused transition is a 409 naming the allowed commands;
// any other broken business rule is a 422. Problem types are URNs other services can match on.
import { HttpProblem } from '@aftersales/service-kit';
import { DomainError, TransitionRefused } from '../domain/errors';

export const RepairProblemTypes = {
  invalidTransition: 'urn:aftersales:problem:repair:invalid-transition',
  rule: 'urn:aftersales:problem:repair:rule',
  staleQuote: 'urn:aftersales:problem:repair:stale-quote',
  noCapacity: 'urn:aftersales:problem:repair:no-capacity',
  concurrentChange: 'urn:aftersales:problem:repair:concurrent-change',
  certificationRequired: 'urn:aftersales:problem:repair:certification-required',
  idempotencyMismatch: 'urn:aftersales:problem:idempotency-key-reused',
} as const;

export function toHttpProblem(err: unknown): unknown {
  if (err instanceof TransitionRefused) {
    return new HttpProblem(409, {
      type: RepairProblemTypes.invalidTransition,
      title: 'Command not allowed in the current status',
      detail: err.message,
      extra: { status: err.status, command: err.command, allowedCommands: err.allowedCommands },
    });
  }
  if (err instanceof DomainError) {
    return new HttpProblem(422, {
      type: RepairProblemTypes.rule,
      title: 'Business rule violated',
      detail: err.message,
      extra: { code: err.code },
    });
  }
  return err;
}

/** Runs `fn`, turning domain errors into HTTP problems. */
export async function domain<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toHttpProblem(err);
  }
}

export const ruleViolation = (detail: string, extra: Record<string, unknown> = {}) =>
  new HttpProblem(422, { type: RepairProblemTypes.rule, title: 'Business rule violated', detail, extra });

export const concurrentChange = () =>
  new HttpProblem(409, {
    type: RepairProblemTypes.concurrentChange,
    title: 'Concurrent change',
    detail: 'Another request changed this resource at the same time; fetch it again and retry.',
  });
