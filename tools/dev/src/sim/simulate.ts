// Plays the workload against the platform: every car's visit, every rescue call, the storm, the
// procurement officer and the complaint handler run side by side on the demo clock until the
// period ends; then the counts and the analytics scorecard.
import { type ClockSettings } from '@aftersales/service-kit';
import { type Api } from './api';
import { SimClock } from './clock';
import { type CustomerPortal } from './customer-portal';
import { complaintHandler, countEscalations, runComplaintCall } from './complaints';
import { PartsWatcher } from './parts-watch';
import { startProgress } from './progress';
import { procurementOfficer } from './purchasing';
import { qualityManager } from './quality';
import { runJob } from './repair-order';
import { runRescue, runStorm } from './rescues';
import { generateWorkload, type Workload } from './scenario';
import { readBoard, type BoardReading } from './board';
import { readScorecard, type ScorecardRow } from './scorecard';
import { type SeededGroup } from './seed';
import { emptyCounts, type Counts, type World } from './world';

export interface SimulationOptions {
  api: Api;
  group: SeededGroup;
  /** The clock the services run on (origin = start of the period). */
  clock: ClockSettings;
  days: number;
  seed: number;
  volume?: number;
  out?: NodeJS.WriteStream;
  /** Customers who approve quotes in self-service (needs the demo's mail catcher). */
  portal?: CustomerPortal;
}

export interface SimulationResult {
  workload: Workload;
  counts: Counts;
  requests: number;
  failures: number;
  scorecard: ScorecardRow[];
  /** The advisor board when the period ends (read before the counts are final). */
  board: BoardReading | null;
}

export async function simulate(opts: SimulationOptions): Promise<SimulationResult> {
  const workload = generateWorkload(opts.group.plan, {
    seed: opts.seed,
    days: opts.days,
    origin: opts.clock.origin,
    ...(opts.volume !== undefined ? { volume: opts.volume } : {}),
  });
  const clock = new SimClock(opts.clock, workload.end);
  const w: World = {
    api: opts.api,
    clock,
    group: opts.group,
    workload,
    counts: emptyCounts(),
    partsWatcher: undefined as unknown as PartsWatcher,
    ...(opts.portal ? { portal: opts.portal } : {}),
    runId: `${opts.clock.origin.toISOString()}@${opts.clock.anchorMs}`,
    over: () => clock.now().getTime() >= workload.end.getTime(),
  };
  w.partsWatcher = new PartsWatcher(w);
  const progress = startProgress(w, opts.out);
  const ticker = setInterval(() => progress.update(), 250);
  // A story that throws (a bug, not a failed request: those are counted in Api) must not stop the rest.
  const guard = (p: Promise<void>) =>
    p.catch((err: unknown) => {
      opts.api.stats.failures++;
      opts.api.stats.recentFailures.push(`story failed: ${(err as Error).message}`);
    });
  try {
    await Promise.all([
      ...workload.jobs.map((job) => guard(runJob(w, job))),
      ...workload.rescues.map((call) => guard(runRescue(w, call))),
      ...workload.complaintCalls.map((call) => guard(runComplaintCall(w, call))),
      guard(runStorm(w)),
      guard(w.partsWatcher.run()),
      guard(procurementOfficer(w)),
      guard(complaintHandler(w)),
      guard(qualityManager(w, opts.seed)),
    ]);
  } finally {
    clearInterval(ticker);
    progress.stop();
  }
  w.counts.escalations = await countEscalations(w);
  // The board as the advisors see it when the period ends (the clock keeps running after).
  const board = await readBoard(opts.api).catch(() => null);

  // Analytics consumes the week's events from Kafka; give it a moment to catch up.
  const deadline = Date.now() + 30_000;
  let scorecard: ScorecardRow[] = [];
  while (Date.now() < deadline) {
    scorecard = await readScorecard(opts.api, opts.group, workload.origin, workload.end);
    const group = scorecard.find((r) => r.scope === 'Dealer group')?.report;
    if ((group?.counts?.ordersCompleted ?? 0) >= w.counts.ordersClosed) break;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return {
    workload,
    counts: w.counts,
    requests: opts.api.stats.requests,
    failures: opts.api.stats.failures,
    scorecard,
    board,
  };
}
