// Repair's errors, in the one family of @aftersales/service-kit/domain: the error handler answers
// each with the same problem shape { type, title, status, detail, code, ...details }. Repair keeps
// its own type URIs, which clients match on, in one table (ProblemTypes).
import {
  CommandRefused,
  Conflict,
  RuleViolation,
  UnknownReference,
  type DomainErrorOptions,
} from '@aftersales/service-kit/domain';

export const ProblemTypes = {
  invalidTransition: 'urn:aftersales:problem:repair:invalid-transition',
  rule: 'urn:aftersales:problem:repair:rule',
  staleQuote: 'urn:aftersales:problem:repair:stale-quote',
  quoteChanged: 'urn:aftersales:problem:repair:quote-changed',
  noCapacity: 'urn:aftersales:problem:repair:no-capacity',
  concurrentChange: 'urn:aftersales:problem:repair:concurrent-change',
  certificationRequired: 'urn:aftersales:problem:repair:certification-required',
  noRescueCover: 'urn:aftersales:problem:repair:no-rescue-cover',
} as const;

type Options = Omit<DomainErrorOptions, 'type'>;

/** A business rule of the workshop refuses the input (422, `...:rule`). */
export const ruleViolation = (message: string, opts: Options = {}) =>
  new RuleViolation(message, { ...opts, type: ProblemTypes.rule });

/** The input names a centre, booking, technician, course ... the caller may not use (422, `...:rule`). */
export const unknownReference = (field: string, message: string, details?: Record<string, unknown>) =>
  new UnknownReference(field, message, { type: ProblemTypes.rule, details });

/** The current status of a repair order, rescue or booking refuses the command (409). */
export class TransitionRefused extends CommandRefused {
  override name = 'TransitionRefused';
  constructor(
    aggregate: string,
    currentStatus: string,
    command: string,
    allowedCommands: readonly string[],
    message?: string,
  ) {
    super(aggregate, currentStatus, command, allowedCommands, message, {
      type: ProblemTypes.invalidTransition,
    });
  }
}

/** Another request changed the aggregate between our read and our version-guarded write (409). */
export const concurrentChange = () =>
  new Conflict('Another request changed this resource at the same time; fetch it again and retry.', {
    type: ProblemTypes.concurrentChange,
    code: 'concurrent-change',
  });

/** A decision on a quote version that is no longer the open one (409). */
export const staleQuote = (quoteVersion: number, quoteStatus: string, currentQuoteVersion: number) =>
  new Conflict(
    `Quote version ${quoteVersion} is ${quoteStatus.toLowerCase()}; the current quote is version ${currentQuoteVersion}.`,
    {
      type: ProblemTypes.staleQuote,
      code: 'stale-quote',
      details: { quoteVersion, currentQuoteVersion },
    },
  );

/** A customer's decision names a quote hash the stored version does not have (409: reload it). */
export const quoteChanged = (quoteVersion: number) =>
  new Conflict(`Quote version ${quoteVersion} is not the quote you were shown; reload it and decide again.`, {
    type: ProblemTypes.quoteChanged,
    code: 'quote-changed',
    details: { quoteVersion },
  });

/** No bay (or not enough technician hours: `reason`) for the slot, here or at a partner workshop (409). */
export const noCapacity = (message: string, details?: Record<string, unknown>) =>
  new Conflict(message, { type: ProblemTypes.noCapacity, code: 'no-capacity', details });

export interface MissingCertification {
  technicianId: string;
  certificationCode: string;
  jobType: string;
  problem: 'missing' | 'expired';
  expiredAt: string | null;
}

/** An assignment a technician lacks (or let lapse) a required certification for (422). */
export const certificationRequired = (message: string, missing: MissingCertification[]) =>
  new RuleViolation(message, {
    type: ProblemTypes.certificationRequired,
    code: 'certification-required',
    details: { missing },
  });

export interface EscalationContact {
  name: string;
  phone: string;
}

/** No centre of the region is open or on call now (422): the body names whom to call instead. */
export const noRescueCover = (
  regionId: string,
  escalation: EscalationContact | null,
  unavailable: { centreId: string; reason: string }[],
) =>
  new RuleViolation(
    escalation
      ? `No centre of region ${regionId} is open or on call now: escalate to ${escalation.name} (${escalation.phone}).`
      : `No centre of region ${regionId} is open or on call now, and the region has no rescue roster with an escalation contact.`,
    {
      type: ProblemTypes.noRescueCover,
      code: 'no-rescue-cover',
      details: { regionId, escalation, unavailable },
    },
  );
