// One way to run a sweep every so often: a pass, then the interval, then the next pass, never two
// passes at once (the next is scheduled when the last has finished), a failed pass logged and
// retried at the next interval, and stop() that waits for a pass in flight, so shutdown loses
// nothing half done. Every service's sweep (SLA, reorder, escalation, outcomes, deliveries) runs
// on it.

/** What a failed pass is logged with: a pino logger, or a sweep's narrower one (either level). */
export interface PeriodicLogger {
  warn?(obj: object, msg?: string): void;
  error?(obj: object, msg?: string): void;
}

export interface PeriodicOptions {
  /** Named in the log line of a failed pass ("<what> failed; retrying next interval"). */
  what: string;
  intervalMs: number;
  /** Before the first pass (default: the interval). */
  initialDelayMs?: number;
  logger?: PeriodicLogger;
  /** Level of the failure line (default warn). */
  failureLevel?: 'warn' | 'error';
}

export class Periodic {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private active = false;

  constructor(
    private readonly opts: PeriodicOptions,
    private readonly pass: () => Promise<unknown>,
  ) {}

  start(): void {
    if (this.active) return;
    this.active = true;
    const tick = () => {
      this.running = this.pass()
        .then(() => undefined)
        .catch((err: unknown) => this.logFailure(err))
        .finally(() => {
          if (this.active) this.timer = setTimeout(tick, this.opts.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.opts.initialDelayMs ?? this.opts.intervalMs);
  }

  private logFailure(err: unknown): void {
    const logger = this.opts.logger;
    if (!logger) return;
    const level = this.opts.failureLevel ?? 'warn';
    const log = logger[level] ?? logger.warn ?? logger.error;
    log?.call(logger, { err }, `${this.opts.what} failed; retrying next interval`);
  }

  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
