// Domain errors carry a stable code; the API maps them to problem+json (409 for a refused
// transition, 422 for a rule the input breaks). The domain itself knows nothing about HTTP.
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

/** A command that the order's current status does not allow. */
export class TransitionRefused extends DomainError {
  constructor(
    readonly status: string,
    readonly command: string,
    readonly allowedCommands: readonly string[],
  ) {
    super(
      'invalid-transition',
      `Cannot ${command} a repair order in status ${status}` +
        (allowedCommands.length
          ? ` (allowed now: ${allowedCommands.join(', ')}).`
          : ' (the order accepts no further commands).'),
      { status, command, allowedCommands },
    );
    this.name = 'TransitionRefused';
  }
}
