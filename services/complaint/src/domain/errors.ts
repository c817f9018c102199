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

/** A command the complaint's current state does not allow. */
export class CommandRefused extends DomainError {
  constructor(
    readonly status: string,
    readonly command: string,
    reason: string,
    readonly allowedCommands: readonly string[],
  ) {
    super('command-refused', `Cannot ${command} a complaint that is ${status}: ${reason}.`, {
      status,
      command,
      allowedCommands,
    });
    this.name = 'CommandRefused';
  }
}
