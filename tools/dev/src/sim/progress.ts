// The progress bar: simulated time from the start to the end of the period, with running counts.
// cli-progress draws it on a terminal; without one (CI, tests) it prints a line every simulated day.
import { SingleBar } from 'cli-progress';
import { DEMO_TIME_ZONE } from './data';
import { type World } from './world';

const ZONE_LABEL = DEMO_TIME_ZONE.split('/')[1];

export interface Progress {
  update(): void;
  stop(): void;
}

export function startProgress(w: World, out: NodeJS.WriteStream = process.stdout): Progress {
  const total = w.workload.end.getTime() - w.workload.origin.getTime();
  const payload = () => {
    const now = new Date(Math.min(w.clock.now().getTime(), w.workload.end.getTime()));
    return {
      // Shown as the workshops see it: local time of the demo's centres.
      simTime: now.toLocaleString('sv-SE', { timeZone: DEMO_TIME_ZONE }).slice(0, 16),
      weekday: now.toLocaleDateString('en-GB', { weekday: 'short', timeZone: DEMO_TIME_ZONE }),
      delivered: w.counts.ordersDelivered,
      received: w.counts.ordersReceived,
      pos: w.counts.purchaseOrders,
      complaints: w.counts.complaintsFiled + w.counts.complaintsHandled,
      rescues: w.counts.rescues,
      failures: w.api.stats.failures,
    };
  };
  const done = () => Math.min(total, Math.max(0, w.clock.now().getTime() - w.workload.origin.getTime()));
  if (!out.isTTY) {
    let lastDay = -1;
    return {
      update() {
        const day = Math.floor(done() / 86_400_000);
        if (day === lastDay) return;
        lastDay = day;
        const p = payload();
        out.write(
          `sim: ${p.weekday} ${p.simTime} ${ZONE_LABEL}  received ${p.received}  delivered ${p.delivered}  POs ${p.pos}  rescues ${p.rescues}  failures ${p.failures}\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new SingleBar({
    format: `sim {bar} {percentage}% | {weekday} {simTime} ${ZONE_LABEL} | received {received} delivered {delivered} | POs {pos} | rescues {rescues} | failures {failures}`,
    barsize: 24,
    hideCursor: true,
    stream: out,
  });
  bar.start(total, done(), payload());
  return {
    update: () => bar.update(done(), payload()),
    stop: () => {
      bar.update(done(), payload());
      bar.stop();
    },
  };
}
