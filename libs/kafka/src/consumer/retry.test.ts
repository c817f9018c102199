import { PermanentError, backoffMs, withRetry } from './retry';

const fast = { attempts: 4, initialMs: 1, maxMs: 4 };

describe('backoffMs', () => {
  it('grows exponentially with jitter and never exceeds the cap', () => {
    const policy = { attempts: 10, initialMs: 100, maxMs: 1_000 };
    expect(backoffMs(1, policy, () => 0)).toBe(50);
    expect(backoffMs(1, policy, () => 1)).toBe(100);
    expect(backoffMs(3, policy, () => 1)).toBe(400);
    expect(backoffMs(9, policy, () => 1)).toBe(1_000);
    expect(backoffMs(9, policy, () => 0)).toBe(500);
  });
});

describe('withRetry', () => {
  it('returns the value once a transient failure passes', async () => {
    let calls = 0;
    const result = await withRetry(async () => {
      calls += 1;
      if (calls < 3) throw new Error('busy');
      return 'done';
    }, fast);
    expect(result).toEqual({ ok: true, value: 'done', attempts: 3 });
  });

  it('gives up after the configured attempts', async () => {
    const retries: number[] = [];
    const result = await withRetry(
      () => Promise.reject(new Error('down')),
      fast,
      (_e, attempt) => retries.push(attempt),
    );
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    const result = await withRetry(() => {
      calls += 1;
      return Promise.reject(new PermanentError('bad event'));
    }, fast);
    expect(calls).toBe(1);
    expect(result).toMatchObject({ ok: false, attempts: 1 });
  });

  it('stops retrying when asked to (shutdown)', async () => {
    let calls = 0;
    const result = await withRetry(
      () => {
        calls += 1;
        return Promise.reject(new Error('busy'));
      },
      fast,
      undefined,
      () => true,
    );
    expect(calls).toBe(1);
    expect(result.ok).toBe(false);
  });
});
