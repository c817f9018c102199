// Back-off with jitter, shared by the consumers (transient failures, quick retries of unknown ones)
// and the outbox relay (a row that cannot be published).

export interface RetryPolicy {
  /** Tries in all, the first included (used for failures that are neither transient nor permanent). */
  attempts: number;
  initialMs: number;
  maxMs: number;
}

/** Unknown failures: a few quick tries, then the dead-letter topic. */
export const defaultRetryPolicy: RetryPolicy = { attempts: 5, initialMs: 100, maxMs: 3_000 };

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

/** Transient failures: pause the partition for 0.5 s, 1 s, 2 s, ... up to 30 s, without end. */
export const defaultPausePolicy: BackoffPolicy = { initialMs: 500, maxMs: 30_000 };

/** Capped exponential back-off with "equal jitter": never 0, never above the cap. */
export function backoffMs(attempt: number, policy: BackoffPolicy, random = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** Sleeps `ms`, calling `beat` every `everyMs` so a consumer keeps its group membership meanwhile. */
export async function sleepWithHeartbeat(
  ms: number,
  beat: () => Promise<void>,
  everyMs = 3_000,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const until = Date.now() + ms;
  for (let left = ms; left > 0 && !shouldStop(); left = until - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(left, everyMs)));
    await beat();
  }
}
