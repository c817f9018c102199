// Problem types of this service (URNs other services and clients can match on).
import { HttpProblem } from '@aftersales/service-kit';

export const ProblemTypes = {
  rule: 'urn:aftersales:problem:customer:rule',
  duplicateVin: 'urn:aftersales:problem:customer:duplicate-vin',
  duplicateSurvey: 'urn:aftersales:problem:customer:duplicate-survey',
  alreadyErased: 'urn:aftersales:problem:customer:erased',
  alreadyCompleted: 'urn:aftersales:problem:customer:follow-up-completed',
  unknownReference: 'urn:aftersales:problem:customer:unknown-reference',
  idempotencyMismatch: 'urn:aftersales:problem:idempotency-key-reused',
} as const;

export const ruleViolation = (detail: string, extra: Record<string, unknown> = {}) =>
  new HttpProblem(422, { type: ProblemTypes.rule, title: 'Business rule violated', detail, extra });

/** A body refers to an id that does not exist in the caller's tenant (or is not usable). */
export const unknownReference = (field: string, detail: string) =>
  new HttpProblem(422, {
    type: ProblemTypes.unknownReference,
    title: 'Unknown reference',
    detail,
    extra: { field },
  });

export const NOT_FOUND = 'No such resource.';
