// Parts-procurement's domain errors: the kit's family (answered with one problem shape by the
// error handler) with this service's problem types, which clients match on.
import { Conflict, RuleViolation, StaleVersion } from '@aftersales/service-kit/domain';

export { DomainError, NotFound, StaleVersion } from '@aftersales/service-kit/domain';

export const ProblemTypes = {
  rule: 'urn:aftersales:problem:parts:rule',
  conflict: 'urn:aftersales:problem:parts:conflict',
} as const;

/** A business rule the input breaks (422), e.g. a quantity not whole in a piece unit. */
export const rule = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new RuleViolation(message, { type: ProblemTypes.rule, code, details });

/** A conflict with the current state (409), e.g. an invoice already paid. */
export const conflictWith = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new Conflict(message, { type: ProblemTypes.conflict, code, details });

/** If-Match named an old version (412 with currentVersion). */
export const staleVersion = (currentVersion: number) => new StaleVersion(currentVersion);
