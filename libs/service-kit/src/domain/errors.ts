// The one family of errors a service's domain and application layers throw. They know nothing
// about HTTP: problem.ts maps each kind to one problem+json shape (status by kind, the error's
// type URI, `code`, and the details as extension members), so every service answers a broken rule,
// a refused command or a stale version the same way. Services pass their own `type` URIs where
// clients match on them (e.g. urn:aftersales:problem:repair:invalid-transition).

export interface DomainErrorOptions {
  /** A URI naming the problem; defaults per kind (below). */
  type?: string;
  /** A stable, machine-readable code (kebab-case), e.g. "insufficient-stock". */
  code?: string;
  /** Extension members of the problem body, e.g. `{ field: 'partId' }`. Never PII or secrets. */
  details?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  readonly type: string | undefined;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(message: string, defaultCode: string, opts: DomainErrorOptions = {}) {
    super(message);
    this.type = opts.type;
    this.code = opts.code ?? defaultCode;
    this.details = opts.details ?? {};
  }
}

/** The request breaks a business rule (answered 422). */
export class RuleViolation extends DomainError {
  override name = 'RuleViolation';
  constructor(message: string, opts: DomainErrorOptions = {}) {
    super(message, 'rule-violated', opts);
  }
}

/** A reference in the request names nothing the caller may use (422, with the field). */
export class UnknownReference extends RuleViolation {
  override name = 'UnknownReference';
  constructor(field: string, message: string, opts: DomainErrorOptions = {}) {
    super(message, { code: 'unknown-reference', ...opts, details: { field, ...opts.details } });
  }
}

/** An Idempotency-Key sent again with another request body (422): a client bug, never replayed. */
export class IdempotencyKeyReused extends RuleViolation {
  override name = 'IdempotencyKeyReused';
  constructor() {
    super('This Idempotency-Key was used with a different request body.', {
      type: 'urn:aftersales:problem:idempotency-key-reused',
      code: 'idempotency-key-reused',
    });
  }
}

/** The aggregate's current status does not allow the command (409, naming what is allowed). */
export class CommandRefused extends DomainError {
  override name = 'CommandRefused';
  constructor(
    readonly aggregate: string,
    readonly currentStatus: string,
    readonly command: string,
    readonly allowedCommands: readonly string[],
    message?: string,
    opts: DomainErrorOptions = {},
  ) {
    super(
      message ??
        `Cannot ${command} ${/^[aeiou]/.test(aggregate) ? 'an' : 'a'} ${aggregate} that is ${currentStatus}` +
          (allowedCommands.length
            ? ` (allowed now: ${allowedCommands.join(', ')}).`
            : ' (it takes no further commands).'),
      'command-refused',
      { ...opts, details: { aggregate, currentStatus, command, allowedCommands, ...opts.details } },
    );
  }
}

/** Nothing of that id in the caller's tenant and scope (404: another tenant's looks the same). */
export class NotFound extends DomainError {
  override name = 'NotFound';
  constructor(message: string, opts: DomainErrorOptions = {}) {
    super(message, 'not-found', opts);
  }
}

/** The change collides with another one (409): a concurrent update, a duplicate. */
export class Conflict extends DomainError {
  override name = 'Conflict';
  constructor(message: string, opts: DomainErrorOptions = {}) {
    super(message, 'conflict', opts);
  }
}

/** The caller's If-Match version is not the current one (412, with `currentVersion`). */
export class StaleVersion extends DomainError {
  override name = 'StaleVersion';
  constructor(readonly currentVersion: number) {
    super('The resource was changed by someone else; fetch it again and retry.', 'stale-version', {
      details: { currentVersion },
    });
  }
}

/** The caller's roles do not allow this on this resource (403), e.g. a technician's own QC. */
export class NotAllowed extends DomainError {
  override name = 'NotAllowed';
  constructor(message: string, opts: DomainErrorOptions = {}) {
    super(message, 'not-allowed', opts);
  }
}

/** Throws StaleVersion when the client named a version and it is not `current`. */
export function expectVersion(expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) throw new StaleVersion(current);
}
