// Domain errors carry a stable code and the HTTP status the API maps them to (422 for a broken
// business rule, 409 for a conflict with the current state). The domain itself does no I/O.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly kind: 'rule' | 'conflict' = 'rule',
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const rule = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, message, details, 'rule');

export const conflictWith = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, message, details, 'conflict');
