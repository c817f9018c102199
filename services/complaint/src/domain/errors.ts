// Domain errors carry a stable code; the API maps them to problem+json (409 for a command the
// complaint's state refuses). The domain itself knows nothing about HTTP.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A command the current state of a complaint (or inquiry, action, audit, report) does not allow. */
export class CommandRefused extends DomainError {
  constructor(
    readonly status: string,
    readonly command: string,
    reason: string,
    readonly allowedCommands: readonly string[],
    readonly aggregate: string = 'complaint',
  ) {
    super(
      'command-refused',
      `Cannot ${command} ${article(aggregate)} ${aggregate} that is ${status}: ${reason}.`,
      {
        status,
        command,
        allowedCommands,
      },
    );
    this.name = 'CommandRefused';
  }
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');

/** Input that names something that does not exist or breaks a quality rule (422). */
export class QualityRuleViolated extends DomainError {
  constructor(
    code: 'unknown-template' | 'score-out-of-range' | 'checklist-mismatch',
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
    this.name = 'QualityRuleViolated';
  }
}
