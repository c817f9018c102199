// The simulator's view of the demo clock: the same settings the services got (AFTERSALES_CLOCK_*),
// so "now" agrees everywhere, plus sleeping until a simulated instant.
import { simulatedAt, type ClockSettings } from '@aftersales/service-kit';

export class SimClock {
  /** `end`: waits never go past it (the period is over then; stories stop). */
  constructor(
    readonly settings: ClockSettings,
    readonly end?: Date,
  ) {}

  now(): Date {
    return simulatedAt(this.settings, Date.now());
  }

  /** Real milliseconds until the simulated instant (0 if it passed). */
  realMsUntil(at: Date): number {
    return Math.max(0, (at.getTime() - this.now().getTime()) / this.settings.speed);
  }

  async until(at: Date): Promise<void> {
    const ms = this.realMsUntil(this.end && at > this.end ? this.end : at);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  /** Sleeps `simMs` of simulated time, but at least `minRealMs` of real time (polling). */
  async sleep(simMs: number, minRealMs = 0): Promise<void> {
    const ms = Math.max(minRealMs, simMs / this.settings.speed);
    await new Promise((r) => setTimeout(r, ms));
  }
}
