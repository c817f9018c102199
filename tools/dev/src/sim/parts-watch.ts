// Cars waiting for their parts: instead of every car polling its own order (hundreds of requests
// a simulated hour at the Monday peak), one watcher lists the orders in work and waiting for parts
// and tells each car when its parts are reserved.
import { type Body } from './api';
import { type World } from './world';

const MINUTE = 60_000;

interface Waiter {
  resolve: (order: Body | undefined) => void;
}

export class PartsWatcher {
  private readonly waiters = new Map<string, Waiter>();
  private readonly seenWaiting = new Set<string>();
  private finished = false;

  constructor(private readonly w: World) {}

  /** The order once it is IN_PROGRESS with its parts reserved; undefined if the period ends first. */
  partsReady(orderId: string): Promise<Body | undefined> {
    if (this.finished) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.set(orderId, { resolve }));
  }

  async run(): Promise<void> {
    while (!this.w.over()) {
      if (this.waiters.size > 0) await this.check();
      await this.w.clock.sleep(20 * MINUTE, 1_500);
    }
    this.finished = true;
    for (const [id, waiter] of this.waiters) {
      this.waiters.delete(id);
      waiter.resolve(undefined);
    }
  }

  private async check(): Promise<void> {
    const waiting = (await this.w.api.all('technician', '/v1/repair-orders?status=WAITING_PARTS')) ?? [];
    for (const o of waiting) {
      if (this.waiters.has(o.id) && !this.seenWaiting.has(o.id)) {
        this.seenWaiting.add(o.id);
        this.w.counts.waitedForParts++;
      }
    }
    const inWork = (await this.w.api.all('technician', '/v1/repair-orders?status=IN_PROGRESS')) ?? [];
    for (const o of inWork) {
      const waiter = this.waiters.get(o.id);
      if (!waiter || !['reserved', 'issued'].includes(o.parts?.status)) continue;
      this.waiters.delete(o.id);
      waiter.resolve(o);
    }
  }
}
