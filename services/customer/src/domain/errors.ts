// The customer service's problems, as errors of the one domain family
// (@aftersales/service-kit/domain). They know nothing about HTTP: the error handler answers each
// with { type, title, status, detail, code, ...details }, the status by its kind. Clients match on
// the type URIs below, so they stay as they were.
import {
  CommandRefused,
  Conflict,
  NotFound,
  RuleViolation,
  UnknownReference,
} from '@aftersales/service-kit/domain';

export const ProblemTypes = {
  rule: 'urn:aftersales:problem:customer:rule',
  duplicateVin: 'urn:aftersales:problem:customer:duplicate-vin',
  duplicateSurvey: 'urn:aftersales:problem:customer:duplicate-survey',
  erased: 'urn:aftersales:problem:customer:erased',
  followUpCompleted: 'urn:aftersales:problem:customer:follow-up-completed',
  unknownReference: 'urn:aftersales:problem:customer:unknown-reference',
  surveyInvitationAnswered: 'urn:aftersales:problem:customer:survey-invitation-answered',
  surveyInvitationExpired: 'urn:aftersales:problem:customer:survey-invitation-expired',
  erasureRequestDecided: 'urn:aftersales:problem:customer:erasure-request-decided',
  /** Shared with service-kit's idempotentCreate: the same key with a different body. */
} as const;

/** A business rule refuses the input (422); `code` says which, `details` never hold PII. */
export const ruleViolation = (
  message: string,
  opts: { code?: string; details?: Record<string, unknown> } = {},
) => new RuleViolation(message, { type: ProblemTypes.rule, ...opts });

/** The body names an id that does not exist in the caller's tenant or scope, or is not usable (422). */
export const unknownReference = (field: string, message: string) =>
  new UnknownReference(field, message, { type: ProblemTypes.unknownReference });

/** Nothing with that id in the caller's tenant and scope (404; another tenant's looks the same). */
export const notFound = () => new NotFound('No such resource.');

/** The customer's personal data was erased: it takes no changes and no second erasure (409). */
export const erasedCustomer = (command: 'update' | 'erase') =>
  new CommandRefused('customer', 'erased', command, [], "This customer's personal data was erased.", {
    type: ProblemTypes.erased,
    code: 'customer-erased',
  });

/** The follow-up's outcome was recorded already (409). */
export const followUpCompleted = (outcome: string | null) =>
  new CommandRefused(
    'follow-up',
    'completed',
    'record-outcome',
    [],
    `Its outcome was recorded as "${outcome}".`,
    { type: ProblemTypes.followUpCompleted, code: 'follow-up-completed' },
  );

/** The VIN is registered in the tenant already (409). A VIN identifies a car, not a person. */
export const duplicateVin = (vin: string) =>
  new Conflict(`A vehicle with VIN ${vin} is already registered.`, {
    type: ProblemTypes.duplicateVin,
    code: 'duplicate-vin',
    details: { vin },
  });

/** One survey per repair order (409). */
export const duplicateSurvey = (repairOrderId: string) =>
  new Conflict('This repair order already has a survey; there is one per order.', {
    type: ProblemTypes.duplicateSurvey,
    code: 'duplicate-survey',
    details: { repairOrderId },
  });

/** The customer answered this survey invitation already (409). */
export const surveyInvitationAnswered = () =>
  new CommandRefused(
    'survey-invitation',
    'answered',
    'answer',
    [],
    'You have answered this survey already.',
    {
      type: ProblemTypes.surveyInvitationAnswered,
      code: 'survey-invitation-answered',
    },
  );

/** An administrator decided the erasure request already (409). */
export const erasureRequestDecided = (status: string, command: 'complete' | 'reject') =>
  new CommandRefused('erasure-request', status, command, [], `The request was ${status} already.`, {
    type: ProblemTypes.erasureRequestDecided,
    code: 'erasure-request-decided',
  });
