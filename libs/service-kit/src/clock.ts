// The platform's notion of "now". Unset, it is the real clock. For the demo (`npm run dev`) three
// variables compress time so a simulated week fits in minutes while stage durations, SLA clocks,
// complaint escalation and analytics periods still look right:
//   AFTERSALES_CLOCK_ORIGIN     ISO instant the simulation starts at (e.g. Monday 07:00)
//   AFTERSALES_CLOCK_ANCHOR_MS  real epoch milliseconds that map to the origin
//   AFTERSALES_CLOCK_SPEED      simulated seconds per real second (e.g. 2000)
//   AFTERSALES_CLOCK_UNTIL      optional ISO instant after which simulated time runs at real speed
//                               (the demo keeps running after its simulated week without racing on)
// Every process of a run gets the same three values, so they all agree on the time. Production
// refuses them: a shifted clock there would corrupt deadlines and audit trails.

export interface ClockSettings {
  origin: Date;
  anchorMs: number;
  speed: number;
  until?: Date;
}

type Env = Record<string, string | undefined>;

/** The demo clock's settings from the environment; undefined means real time. Throws on bad values. */
export function clockSettingsFrom(env: Env): ClockSettings | undefined {
  const { AFTERSALES_CLOCK_ORIGIN: origin, AFTERSALES_CLOCK_ANCHOR_MS: anchor } = env;
  const speedText = env.AFTERSALES_CLOCK_SPEED;
  if (origin === undefined && anchor === undefined && speedText === undefined) return undefined;
  if (env.NODE_ENV === 'production')
    throw new Error('AFTERSALES_CLOCK_* is a demo setting and is refused when NODE_ENV=production');
  const originDate = new Date(origin ?? '');
  const anchorMs = Number(anchor);
  const speed = Number(speedText ?? '1');
  if (origin === undefined || Number.isNaN(originDate.getTime()))
    throw new Error(`AFTERSALES_CLOCK_ORIGIN must be an ISO instant (got ${origin ?? 'nothing'})`);
  if (anchor === undefined || !Number.isFinite(anchorMs) || anchorMs <= 0)
    throw new Error(`AFTERSALES_CLOCK_ANCHOR_MS must be epoch milliseconds (got ${anchor ?? 'nothing'})`);
  if (!Number.isFinite(speed) || speed <= 0)
    throw new Error(`AFTERSALES_CLOCK_SPEED must be a positive number (got ${speedText})`);
  const until = env.AFTERSALES_CLOCK_UNTIL === undefined ? undefined : new Date(env.AFTERSALES_CLOCK_UNTIL);
  if (until && !(until.getTime() > originDate.getTime()))
    throw new Error(`AFTERSALES_CLOCK_UNTIL must be an ISO instant after the origin`);
  return { origin: originDate, anchorMs, speed, ...(until ? { until } : {}) };
}

/** Simulated time for a real instant (pure). */
export function simulatedAt(settings: ClockSettings, realMs: number): Date {
  const fast = settings.origin.getTime() + (realMs - settings.anchorMs) * settings.speed;
  if (!settings.until || fast <= settings.until.getTime()) return new Date(fast);
  // Past `until`: real speed from the real instant the fast clock reached it.
  const untilRealMs =
    settings.anchorMs + (settings.until.getTime() - settings.origin.getTime()) / settings.speed;
  return new Date(settings.until.getTime() + (realMs - untilRealMs));
}

/** Real milliseconds that pass while `simulatedMs` of simulated time pass. */
export function realDurationOf(settings: ClockSettings | undefined, simulatedMs: number): number {
  return settings ? simulatedMs / settings.speed : simulatedMs;
}

let active: ClockSettings | undefined | null = null;

/** The settings this process runs with (read from process.env once). */
export function clockSettings(): ClockSettings | undefined {
  if (active === null) active = clockSettingsFrom(process.env);
  return active;
}

/** Now: the real time, or the demo clock's simulated time when AFTERSALES_CLOCK_* are set. */
export function now(): Date {
  const settings = clockSettings();
  return settings ? simulatedAt(settings, Date.now()) : new Date();
}

/** For tests: forget the settings read so far (the next now() reads process.env again). */
export function resetClock(): void {
  active = null;
}
