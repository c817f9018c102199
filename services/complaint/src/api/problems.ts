// Maps domain errors to problem+json: a command the complaint's state refuses is a 409 naming
// the commands allowed now. Problem types are URNs other services can match on.
import { HttpProblem, notFound } from '@aftersales/service-kit';
import { CommandRefused, DomainError, QualityRuleViolated } from '../domain/errors';
import { COMPLAINT_NOT_FOUND } from '../application/commands';

export const ComplaintProblemTypes = {
  commandRefused: 'urn:aftersales:problem:complaint:command-refused',
  rule: 'urn:aftersales:problem:complaint:rule',
  duplicateRule: 'urn:aftersales:problem:complaint:duplicate-routing-rule',
  idempotencyMismatch: 'urn:aftersales:problem:idempotency-key-reused',
  unknownTemplate: 'urn:aftersales:problem:quality:unknown-template',
  scoreOutOfRange: 'urn:aftersales:problem:quality:score-out-of-range',
  checklistMismatch: 'urn:aftersales:problem:quality:checklist-mismatch',
} as const;

const QUALITY_TYPES: Record<string, string> = {
  'unknown-template': ComplaintProblemTypes.unknownTemplate,
  'score-out-of-range': ComplaintProblemTypes.scoreOutOfRange,
  'checklist-mismatch': ComplaintProblemTypes.checklistMismatch,
};

export function toHttpProblem(err: unknown): unknown {
  if (err instanceof CommandRefused) {
    return new HttpProblem(409, {
      type: ComplaintProblemTypes.commandRefused,
      title: 'Command not allowed in the current state',
      detail: err.message,
      extra:
        err.aggregate === 'complaint'
          ? { complaintStatus: err.status, command: err.command, allowedCommands: err.allowedCommands }
          : {
              aggregate: err.aggregate,
              currentStatus: err.status,
              command: err.command,
              allowedCommands: err.allowedCommands,
            },
    });
  }
  if (err instanceof QualityRuleViolated) {
    return new HttpProblem(422, {
      type: QUALITY_TYPES[err.code] ?? ComplaintProblemTypes.rule,
      title: 'Quality rule violated',
      detail: err.message,
      extra: { code: err.code, ...err.details },
    });
  }
  if (err instanceof DomainError) {
    return new HttpProblem(422, {
      type: ComplaintProblemTypes.rule,
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else cannot exist, so it is the same 404 as a miss. */
export function complaintIdOf(raw: string): string {
  if (!UUID.test(raw)) throw notFound(COMPLAINT_NOT_FOUND);
  return raw.toLowerCase();
}

/** Same rule for the other aggregates' ids (inquiries, audits, actions, reports). */
export function uuidOr404(raw: string, notFoundMessage: string): string {
  if (!UUID.test(raw)) throw notFound(notFoundMessage);
  return raw.toLowerCase();
}
