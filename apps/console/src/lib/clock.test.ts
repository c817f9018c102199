import { offsetOf, platformNow, platformOffset, resetPlatformClock, syncPlatformClock } from './clock';

afterEach(resetPlatformClock);

describe('the platform clock', () => {
  it('takes the offset against the middle of the round trip', () => {
    // Sent at 1000, answered at 1400: the server read its clock at about 1200 local time.
    expect(offsetOf(new Date(61_200).toISOString(), 1_000, 1_400)).toBe(60_000);
    expect(offsetOf(new Date(0).toISOString(), 5_000, 5_000)).toBe(-5_000);
    expect(() => offsetOf('yesterday', 0, 0)).toThrow('not a time');
  });

  it('shifts now by the synced offset (a demo week days ahead of the browser)', async () => {
    const local = Date.parse('2026-11-27T04:00:00.000Z');
    const simulated = '2026-12-07T07:00:00.000Z';
    const times = [local, local + 200];
    const error = await syncPlatformClock(
      () => Promise.resolve({ now: simulated }),
      () => times.shift()!,
    );
    expect(error).toBeUndefined();
    expect(platformOffset()).toBe(Date.parse(simulated) - (local + 100));
    expect(platformNow(local + 100).toISOString()).toBe(simulated);
    expect(platformNow(local + 60_100).toISOString()).toBe('2026-12-07T07:01:00.000Z');
  });

  it('keeps the last good offset when the gateway cannot be asked', async () => {
    await syncPlatformClock(
      () => Promise.resolve({ now: new Date(10_000).toISOString() }),
      () => 4_000,
    );
    const error = await syncPlatformClock(() => Promise.reject(new Error('HTTP 502')));
    expect(error?.message).toBe('HTTP 502');
    expect(platformOffset()).toBe(6_000);
    expect(platformNow(0).getTime()).toBe(6_000);
  });

  it('is the browser clock before any sync', () => {
    expect(platformOffset()).toBe(0);
    expect(platformNow(123).getTime()).toBe(123);
  });
});
