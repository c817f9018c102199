// Start-up steps that need the broker run in the background and are retried until it answers, so
// a service whose broker is down still serves its API (writes go to the outbox).
import { backoffMs } from '@aftersales/kafka';
import { type Logger } from '../logger';

/**
 * Runs `step` until it succeeds or `stopped()` says the service is shutting down. With `retryIf`,
 * an error it does not accept ends the retries and is thrown.
 */
export async function retryInBackground<T>(
  what: string,
  step: () => Promise<T>,
  logger: Logger,
  stopped: () => boolean,
  retryIf: (err: unknown) => boolean = () => true,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!retryIf(err)) throw err;
      if (stopped()) return undefined;
      const delayMs = backoffMs(attempt, { initialMs: 1_000, maxMs: 30_000 });
      logger.warn(
        { err, attempt, delayMs },
        `${what} failed (broker unreachable?); retrying in the background`,
      );
      for (const until = Date.now() + delayMs; Date.now() < until;) {
        if (stopped()) return undefined;
        await new Promise((resolve) => setTimeout(resolve, Math.min(250, until - Date.now())));
      }
    }
  }
}
