import { clockSettingsFrom, now, realDurationOf, resetClock, simulatedAt } from './clock';
import { baseConfigSchema, loadConfig } from './config';

const demo = {
  AFTERSALES_CLOCK_ORIGIN: '2026-11-23T07:00:00.000Z',
  AFTERSALES_CLOCK_ANCHOR_MS: '1000000',
  AFTERSALES_CLOCK_SPEED: '2000',
};

describe('demo clock', () => {
  afterEach(() => {
    for (const k of Object.keys(demo)) delete process.env[k];
    resetClock();
  });

  it('is the real clock when nothing is set', () => {
    expect(clockSettingsFrom({})).toBeUndefined();
    const before = Date.now();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('maps real time to simulated time from the origin at the given speed', () => {
    const s = clockSettingsFrom(demo)!;
    expect(simulatedAt(s, 1_000_000).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    // 1.8 real seconds at 2000x are one simulated hour.
    expect(simulatedAt(s, 1_001_800).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(realDurationOf(s, 3_600_000)).toBe(1_800);
    expect(realDurationOf(undefined, 3_600_000)).toBe(3_600_000);
  });

  it('runs at real speed after the optional end of the fast period', () => {
    const s = clockSettingsFrom({ ...demo, AFTERSALES_CLOCK_UNTIL: '2026-11-23T08:00:00.000Z' })!;
    expect(simulatedAt(s, 1_001_800).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    // 10 real seconds after reaching `until`: 10 simulated seconds, not 20,000.
    expect(simulatedAt(s, 1_011_800).toISOString()).toBe('2026-11-23T08:00:10.000Z');
    expect(() => clockSettingsFrom({ ...demo, AFTERSALES_CLOCK_UNTIL: '2026-11-23T06:00:00Z' })).toThrow(
      /UNTIL/,
    );
  });

  it('refuses to run in production and rejects malformed settings', () => {
    expect(() => clockSettingsFrom({ ...demo, NODE_ENV: 'production' })).toThrow(/refused/);
    expect(() => clockSettingsFrom({ ...demo, AFTERSALES_CLOCK_ORIGIN: 'monday' })).toThrow(/ORIGIN/);
    expect(() => clockSettingsFrom({ ...demo, AFTERSALES_CLOCK_ANCHOR_MS: 'x' })).toThrow(/ANCHOR/);
    expect(() => clockSettingsFrom({ ...demo, AFTERSALES_CLOCK_SPEED: '-1' })).toThrow(/SPEED/);
    expect(() => clockSettingsFrom({ AFTERSALES_CLOCK_SPEED: '10' })).toThrow(/ORIGIN/);
  });

  it('now() follows the environment of the process', () => {
    Object.assign(process.env, { ...demo, AFTERSALES_CLOCK_ANCHOR_MS: String(Date.now()) });
    resetClock();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(Date.parse(demo.AFTERSALES_CLOCK_ORIGIN));
    expect(t).toBeLessThan(Date.parse(demo.AFTERSALES_CLOCK_ORIGIN) + 60 * 60_000);
  });
});

describe('loadConfig and the demo clock', () => {
  it('refuses a service start with the demo clock in production', () => {
    expect(() =>
      loadConfig(baseConfigSchema, { SERVICE_NAME: 'repair', NODE_ENV: 'production', ...demo }),
    ).toThrow(/AFTERSALES_CLOCK_\*: .*refused/);
    expect(loadConfig(baseConfigSchema, { SERVICE_NAME: 'repair', ...demo }).SERVICE_NAME).toBe('repair');
  });
});
