import { backoffMs, sleepWithHeartbeat } from './retry';

describe('backoffMs', () => {
  it('grows exponentially with jitter and never exceeds the cap', () => {
    const policy = { initialMs: 100, maxMs: 1_000 };
    expect(backoffMs(1, policy, () => 0)).toBe(50);
    expect(backoffMs(1, policy, () => 1)).toBe(100);
    expect(backoffMs(3, policy, () => 1)).toBe(400);
    expect(backoffMs(9, policy, () => 1)).toBe(1_000);
    expect(backoffMs(9, policy, () => 0)).toBe(500);
    expect(backoffMs(10_000, policy, () => 1)).toBe(1_000); // no overflow for very long outages
  });
});

describe('sleepWithHeartbeat', () => {
  it('beats during a long wait and stops early when asked', async () => {
    let beats = 0;
    const t0 = Date.now();
    await sleepWithHeartbeat(120, async () => void (beats += 1), 30);
    expect(beats).toBeGreaterThanOrEqual(3);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);

    let stop = false;
    const t1 = Date.now();
    setTimeout(() => (stop = true), 20);
    await sleepWithHeartbeat(
      5_000,
      async () => undefined,
      10,
      () => stop,
    );
    expect(Date.now() - t1).toBeLessThan(1_000);
  });
});
