// Retry with exponential back-off and jitter, for transient handler failures (a deadlock, a
// database restart). Errors marked permanent skip straight to the dead-letter topic.

/** Throw this from a handler when retrying cannot help (the event itself is unusable). */
export class PermanentError extends Error {
  override name = 'PermanentError';
}

export interface RetryPolicy {
  attempts: number;
  initialMs: number;
  maxMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, initialMs: 100, maxMs: 3_000 };

export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.initialMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2)); // "equal jitter": never 0, never above the cap
}

export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<{ ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await fn(attempt), attempts: attempt };
    } catch (err) {
      if (err instanceof PermanentError || attempt >= policy.attempts || shouldStop())
        return { ok: false, error: err, attempts: attempt };
      const delay = backoffMs(attempt, policy);
      onRetry?.(err, attempt, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
