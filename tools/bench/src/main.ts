// npm run bench [-- --smoke] [--only pipeline,platform,replay] [--events N] [--centres N]
// [--replay-events N] [--replay-centres N] [--replay-heap-mb N] [--per-message] [--untuned]: three sections, each
// measured against baselines of the same run (so the ratios hold across machines).
//   pipeline: the event pipeline against raw Kafka and raw PostgreSQL, and its scaling;
//   platform: the real platform as processes: the gateway's overhead, journey throughput and
//             each service's memory;
//   replay:   analytics' read-model rebuild from offset 0 over a generated history, against
//             plain kafkajs reading the same topics.
// Writes bench/results.json and prints a table. Not part of npm test (timings are noisy); --smoke
// runs every section at a tiny size in CI so it never rots. Exit code 1 when anything was lost or
// doubled, or a section failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { rawKafka } from './scenarios/raw-kafka';
import { rawPg } from './scenarios/raw-pg';
import { pipeline, type PipelineResult } from './scenarios/pipeline';
import { GATEWAY_STEPS, gatewayOverhead, type GatewayResult, type LoadResult } from './scenarios/gateway';
import { journeys } from './scenarios/journey';
import {
  analyticsDatabase,
  publishHistory,
  rawConsume,
  consumerStack,
  rebuildAnalytics,
  type Rebuild,
} from './scenarios/replay';
import { SERVICE_MEMORY_ENV, launchPlatform, platformPids } from './platform/launch';
import { RssSampler } from './platform/memory';
import { round } from './stats';

const SECTIONS = ['pipeline', 'platform', 'replay'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const stringArg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const numberArg = (name: string, fallback: number) => {
  const value = stringArg(name);
  return value === undefined ? fallback : Number(value);
};
const selected = selectedSections(stringArg('--only'));
const total = numberArg('--events', smoke ? 100 : 5_000);
const centres = numberArg('--centres', smoke ? 2 : 4);
const ordersPerCentre = smoke ? 1 : 5;
const gatewaySeconds = smoke ? 1 : 5;
const writers = 8;
// The replay's history: at least this many events (whole weeks), over this many centres.
const replayEvents = numberArg('--replay-events', smoke ? 500 : 200_000);
const replayCentres = numberArg('--replay-centres', smoke ? 4 : 20);
// The rebuild's heap: 1024 as `npm run rebuild` gives it; 192 runs it as the image's services run.
const replayHeapMb = numberArg('--replay-heap-mb', 1024);
// --per-message: the consumer as it was before issue 11 (one transaction per message), for before/after.
const consumerMode = args.includes('--per-message') ? ('per-message' as const) : ('batch' as const);
// --untuned: services (and the replay's rebuild) without SERVICE_MEMORY_ENV (malloc arenas, V8 heap
// sizes), the memory "before" rows.
const memoryTuning = !args.includes('--untuned');
const outFile = path.resolve(__dirname, '../../../bench/results.json');

const TARGETS = {
  pipelineRatio: 0.5,
  p99Ms: 250,
  gatewayAddedP50Ms: 1,
  // Issue 24: the gateway keeps >= 0.85 of direct throughput; services < 150 MB idle, < 200 MB under load.
  gatewayThroughputRatio: 0.85,
  serviceRssMb: 200,
  serviceIdleRssMb: 150,
  replayEventsPerSec: 20_000,
};

function selectedSections(only: string | undefined): Section[] {
  if (only === undefined && !args.includes('--only')) return [...SECTIONS];
  const names = (only ?? '').split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    console.error(`--only: unknown section "${unknown.join(', ')}"; one or more of ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
  return SECTIONS.filter((s) => names.includes(s)); // always in the same order
}

// Bars on a terminal; without one (CI logs) cli-progress cannot redraw, so print quarter marks.
const tty = Boolean(process.stderr.isTTY);
const bars = new cliProgress.MultiBar(
  { clearOnComplete: false, hideCursor: true, format: ' {bar} {percentage}% | {value}/{total} | {name}' },
  cliProgress.Presets.shades_classic,
);

async function step<T>(
  name: string,
  count: number,
  run: (tick: (n: number) => void) => Promise<T>,
): Promise<T> {
  const t0 = performance.now();
  if (tty) {
    const bar = bars.create(count, 0, { name });
    const result = await run((n) => bar.increment(n));
    bar.update(count);
    return result;
  }
  let done = 0;
  let shown = 0;
  const result = await run((n) => {
    done += n;
    const quarter = Math.floor((4 * done) / count);
    if (quarter > shown) {
      shown = quarter;
      console.error(`bench: ${name}: ${Math.min(100, quarter * 25)}% (${done}/${count})`);
    }
  });
  console.error(`bench: ${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

interface Target {
  value: number;
  target: string;
  met: boolean;
}
const target = (value: number, goal: string, met: boolean): Target => ({ value, target: goal, met });

type Row = { value: string; ratio: string };

/** What one section measured: its part of results.json, its table rows and targets, what it lost. */
interface SectionOutcome {
  results: Record<string, unknown>;
  rows: Record<string, Row>;
  targets: Record<string, Target>;
  lost: number;
  doubled: number;
  redeliveriesAbsorbedByInbox?: number;
  /** Set when the section failed after measuring part of it (the rest of the outcome is kept). */
  error?: string;
}

async function pipelineSection(): Promise<SectionOutcome> {
  const idleRss = process.memoryUsage().rss;
  let peakRss = idleRss;
  const trackRss = (rss: number) => (peakRss = Math.max(peakRss, rss));

  const kafka = await step('raw kafkajs produce+consume', total, (tick) => rawKafka(total, 500, tick));
  const pg = await step('raw pg entity+outbox transactions', total, (tick) => rawPg(total, writers, tick));
  const ceiling = Math.min(kafka.eventsPerSec, pg.eventsPerSec);
  const sustained = await step('pipeline sustained (closed loop)', total, (tick) =>
    pipeline({ total, writers, partitions: 3, consumers: 1, tick, onRss: trackRss, consumerMode }),
  );
  // A second baseline: the same pipeline with no service code left (plain pg writers, a set-based
  // projection), i.e. what the plumbing itself allows on this machine.
  const plumbing = await step(
    'pipeline plumbing alone (plain pg writers, set-based projection)',
    total,
    (tick) =>
      pipeline({ total, writers, partitions: 3, consumers: 1, tick, onRss: trackRss, plumbingOnly: true }),
  );
  const halfRate = Math.max(10, Math.round(sustained.eventsPerSec / 2));
  // About 20 s of offered load (3 s in smoke mode, where only the plumbing is checked).
  const latencyEvents = Math.min(total, halfRate * (smoke ? 3 : 20));
  const atHalf = await step(`pipeline latency at ${halfRate}/s (open loop)`, latencyEvents, (tick) =>
    pipeline({
      total: latencyEvents,
      writers,
      partitions: 3,
      consumers: 1,
      ratePerSec: halfRate,
      tick,
      onRss: trackRss,
      consumerMode,
    }),
  );
  const scaling: { partitions: number; result: PipelineResult }[] = [];
  for (const n of smoke ? [1, 2] : [1, 2, 4]) {
    scaling.push({
      partitions: n,
      result: await step(`pipeline with ${n} partition(s) / consumer(s)`, total, (tick) =>
        pipeline({ total, writers, partitions: n, consumers: n, tick, onRss: trackRss, consumerMode }),
      ),
    });
  }
  const all = [sustained, plumbing, atHalf, ...scaling.map((s) => s.result)];
  const pipelineRatio = round(sustained.eventsPerSec / ceiling, 3);
  const latency = { ratePerSec: halfRate, ...mapValues(atHalf.latencyMs, (v) => round(v, 1)) };
  const scalingRows = scaling.map((s) => ({
    partitionsAndConsumers: s.partitions,
    eventsPerSec: round(s.result.eventsPerSec, 0),
    ratioToOne: round(s.result.eventsPerSec / scaling[0]!.result.eventsPerSec, 2),
  }));
  const baselines = {
    rawKafkaEventsPerSec: round(kafka.eventsPerSec, 0),
    rawPgEventsPerSec: round(pg.eventsPerSec, 0),
    lowerCeiling: round(ceiling, 0),
    plumbingAlone: {
      eventsPerSec: round(plumbing.eventsPerSec, 0),
      ratioToLowerCeiling: round(plumbing.eventsPerSec / ceiling, 3),
    },
  };
  const pipelineResult = {
    eventsPerSec: round(sustained.eventsPerSec, 0),
    ratioToLowerCeiling: pipelineRatio,
    latencyAtHalfLoad: latency,
  };
  return {
    results: {
      consumerMode,
      events: total,
      messageBytes: kafka.bytes,
      baselines,
      pipeline: pipelineResult,
      scaling: scalingRows,
      benchProcess: { idleMb: round(idleRss / 2 ** 20, 0), peakMb: round(peakRss / 2 ** 20, 0) },
    },
    rows: {
      [`raw kafkajs, ${total} x ${kafka.bytes} B (baseline)`]: {
        value: `${baselines.rawKafkaEventsPerSec} events/s`,
        ratio: '',
      },
      'raw pg entity+outbox tx (baseline)': { value: `${baselines.rawPgEventsPerSec} events/s`, ratio: '' },
      'pipeline plumbing alone (baseline)': {
        value: `${baselines.plumbingAlone.eventsPerSec} events/s`,
        ratio: `${baselines.plumbingAlone.ratioToLowerCeiling} of lower ceiling`,
      },
      'pipeline sustained': {
        value: `${pipelineResult.eventsPerSec} events/s`,
        ratio: `${pipelineRatio} of lower ceiling`,
      },
      [`commit-to-effect at ${latency.ratePerSec}/s`]: {
        value: `p50 ${latency.p50} ms, p95 ${latency.p95} ms`,
        ratio: `p99 ${latency.p99} ms`,
      },
      ...Object.fromEntries(
        scalingRows.map((s) => [
          `pipeline ${s.partitionsAndConsumers} partition(s)`,
          { value: `${s.eventsPerSec} events/s`, ratio: `${s.ratioToOne} x one` },
        ]),
      ),
    },
    targets: {
      pipelineRatio: target(
        pipelineRatio,
        `>= ${TARGETS.pipelineRatio}`,
        pipelineRatio >= TARGETS.pipelineRatio,
      ),
      p99AtHalfLoadMs: target(
        round(atHalf.latencyMs.p99, 1),
        `< ${TARGETS.p99Ms}`,
        atHalf.latencyMs.p99 < TARGETS.p99Ms,
      ),
    },
    lost: all.reduce((a, r) => a + r.lost, 0),
    doubled: all.reduce((a, r) => a + r.doubled, 0),
    redeliveriesAbsorbedByInbox: all.reduce((a, r) => a + r.absorbedDuplicates, 0),
  };
}

async function platformSection(): Promise<SectionOutcome> {
  const platform = await step('platform start (5 services + gateway)', 1, async (tick) => {
    const p = await launchPlatform(memoryTuning);
    tick(1);
    return p;
  });
  let measured;
  try {
    await new Promise((r) => setTimeout(r, 2_000)); // settle after start-up before the idle reading
    const sampler = new RssSampler(() => platformPids(platform));
    const idleMb = sampler.snapshot();
    sampler.start();
    const gatewayRuns = await step('gateway overhead (autocannon)', GATEWAY_STEPS, (tick) =>
      gatewayOverhead(platform, {
        durationSec: gatewaySeconds,
        connections: 10,
        sequential: smoke ? 50 : 500,
        tick,
      }),
    );
    const journey = await step(`journeys with ${centres} centres`, centres * ordersPerCentre, (tick) =>
      journeys(platform, { centres, ordersPerCentre, tick }),
    );
    measured = { gatewayRuns, journey, idleMb, underLoadMb: sampler.stop() };
  } finally {
    await platform.stop();
  }
  const { gatewayRuns, journey, idleMb, underLoadMb } = measured;
  const services = Object.fromEntries(
    Object.entries(idleMb).map(([name, idle]) => [
      name,
      { idleMb: round(idle, 0), underLoadMb: round(underLoadMb[name] ?? idle, 0) },
    ]),
  );
  const gateway = { read: overhead(gatewayRuns.read), write: overhead(gatewayRuns.write) };
  const serviceMemory = Object.entries(services).filter(([name]) => name !== 'api-gateway');
  const maxServiceRss = Math.max(...serviceMemory.map(([, m]) => m.underLoadMb));
  const maxServiceIdleRss = Math.max(...serviceMemory.map(([, m]) => m.idleMb));
  const gw = (name: 'read' | 'write') => ({
    value: `${gateway[name].saturated.gateway.reqPerSec} req/s via gateway, ${gateway[name].saturated.direct.reqPerSec} direct`,
    ratio: `${gateway[name].throughputRatio} of direct; ${signed(gateway[name].addedP50Ms)} ms p50, ${signed(gateway[name].addedP99Ms)} ms p99 unloaded (a bare proxy ${signed(gateway[name].bareProxyAddedP50Ms)} ms p50)`,
  });
  const addedP50 = Math.max(gateway.read.addedP50Ms, gateway.write.addedP50Ms);
  const throughputRatio = Math.min(gateway.read.throughputRatio, gateway.write.throughputRatio);
  return {
    results: {
      gateway: { durationSecPerRun: gatewaySeconds, connections: 10, ...gateway },
      journey: { ...journey, ordersPerMinute: round(journey.ordersPerMinute, 1) },
      memory: { tuning: memoryTuning ? SERVICE_MEMORY_ENV : 'none (--untuned)', services },
    },
    rows: {
      'gateway read (GET customer)': gw('read'),
      'gateway write (POST customer)': gw('write'),
      [`journeys, ${journey.centres} centres`]: {
        value: `${round(journey.ordersPerMinute, 1)} repair orders/min (${journey.orders} done)`,
        ratio: `${journey.lost} events lost`,
      },
      ...Object.fromEntries(
        Object.entries(services).map(([name, m]) => [
          `RSS ${name}${memoryTuning ? '' : ' (untuned)'}`,
          { value: `${m.idleMb} MB idle`, ratio: `${m.underLoadMb} MB under load` },
        ]),
      ),
    },
    targets: {
      gatewayAddedP50Ms: target(
        addedP50,
        `< ${TARGETS.gatewayAddedP50Ms}`,
        addedP50 < TARGETS.gatewayAddedP50Ms,
      ),
      gatewayThroughputRatio: target(
        throughputRatio,
        `>= ${TARGETS.gatewayThroughputRatio}`,
        throughputRatio >= TARGETS.gatewayThroughputRatio,
      ),
      maxServiceRssUnderLoadMb: target(
        maxServiceRss,
        `< ${TARGETS.serviceRssMb}`,
        maxServiceRss < TARGETS.serviceRssMb,
      ),
      maxServiceRssIdleMb: target(
        maxServiceIdleRss,
        `< ${TARGETS.serviceIdleRssMb}`,
        maxServiceIdleRss < TARGETS.serviceIdleRssMb,
      ),
    },
    lost: journey.lost + journey.followUpsMissing,
    doubled: journey.followUpsDoubled,
  };
}

async function replaySection(): Promise<SectionOutcome> {
  const history = await step(`replay: history of >= ${replayEvents} events published`, replayEvents, (tick) =>
    publishHistory(
      { centres: replayCentres, minEvents: replayEvents, ...(smoke ? { ordersPerCentreWeek: 6 } : {}) },
      tick,
    ),
  );
  try {
    const raw = await step('replay: raw kafkajs consume from offset 0', history.events, (tick) =>
      rawConsume(history, tick),
    );
    // The stack baseline needs a database for its (empty) chunk transactions: the rebuilds' one.
    const db = await analyticsDatabase();
    const stack = await step('replay: consumer stack, no projection', history.events, (tick) =>
      consumerStack(history, db.url, tick),
    ).catch(async (err: unknown) => {
      await db.drop();
      throw err;
    });
    const measured = {
      history: {
        events: history.events,
        orders: history.orders,
        weeks: history.weeks,
        centres: history.centres,
        tenants: history.tenants,
        topics: history.topics.length,
        byType: history.byType,
        publishSeconds: round(history.publishSeconds, 1),
      },
      rawKafkaConsume: {
        eventsPerSec: round(raw.eventsPerSec, 0),
        seconds: round(raw.seconds, 2),
        groupJoinSeconds: round(raw.joinSeconds, 2),
      },
      consumerStack: {
        eventsPerSec: round(stack.eventsPerSec, 0),
        ratioToRawKafka: round(stack.eventsPerSec / raw.eventsPerSec, 3),
        seconds: round(stack.seconds, 2),
      },
    };
    const rows: Record<string, Row> = {
      [`replay history (${history.weeks} weeks, ${history.centres} centres)`]: {
        value: `${history.events} events, ${history.orders} repair orders`,
        ratio: `published in ${round(history.publishSeconds, 1)} s`,
      },
      'raw kafkajs consume from offset 0 (baseline)': {
        value: `${round(raw.eventsPerSec, 0)} events/s`,
        ratio: '',
      },
      'consumer stack, no projection (baseline)': {
        value: `${round(stack.eventsPerSec, 0)} events/s`,
        ratio: `${round(stack.eventsPerSec / raw.eventsPerSec, 3)} of raw kafkajs`,
      },
    };
    const memoryEnv = memoryTuning ? SERVICE_MEMORY_ENV : null;
    const suffix = `${memoryTuning ? '' : ' (untuned)'}${replayHeapMb === 1024 ? '' : ` (heap ${replayHeapMb} MB)`}`;
    // Two rebuilds on one database: the first emits every service outcome (a new deployment's
    // first replay); the second finds them logged, the usual rebuild, which the target judges.
    const rebuilds: { first?: Rebuild; again?: Rebuild } = {};
    try {
      rebuilds.first = await step('replay: analytics rebuild, fresh database', history.events, (tick) =>
        rebuildAnalytics(history, db, tick, { memoryEnv, heapMb: replayHeapMb }),
      );
      rebuilds.again = await step(
        'replay: analytics rebuild again (outcomes logged)',
        history.events,
        (tick) => rebuildAnalytics(history, db, tick, { memoryEnv, heapMb: replayHeapMb }),
      );
    } catch (err) {
      // Keep the history, the baseline and a first rebuild that finished; the section still fails.
      console.error('bench: analytics rebuild failed:', err);
      const error = String(err);
      return {
        results: {
          replay: {
            ...measured,
            memoryEnv,
            rebuildHeapMb: replayHeapMb,
            ...mapRebuilds(rebuilds, raw.eventsPerSec, stack.eventsPerSec),
            error,
          },
        },
        rows: {
          ...rows,
          ...rebuildRows(rebuilds, raw.eventsPerSec, stack.eventsPerSec, suffix),
          [`analytics rebuild${suffix}`]: { value: 'FAILED', ratio: error.split('\n')[0]! },
        },
        targets: {},
        lost: 0,
        doubled: 0,
        error,
      };
    } finally {
      await db.drop();
    }
    const first = rebuilds.first;
    const again = rebuilds.again;
    // Cheap correctness, both times: every generated event applied, one order_view row per order.
    const missing = (r: Rebuild) =>
      Math.abs(history.events - r.events) + Math.abs(history.orders - r.orderViewRows);
    for (const r of [first, again])
      if (missing(r) > 0)
        console.error(`bench: the rebuild missed events; its warnings:\n${r.problems.join('\n')}`);
    return {
      results: {
        replay: {
          ...measured,
          memoryEnv,
          rebuildHeapMb: replayHeapMb,
          ...mapRebuilds(rebuilds, raw.eventsPerSec, stack.eventsPerSec),
          correctness: {
            eventsGenerated: history.events,
            ordersGenerated: history.orders,
            eventsRebuilt: [first.events, again.events],
            orderViewRows: [first.orderViewRows, again.orderViewRows],
          },
        },
      },
      rows: { ...rows, ...rebuildRows(rebuilds, raw.eventsPerSec, stack.eventsPerSec, suffix) },
      targets: {
        replayEventsPerSec: target(
          round(again.eventsPerSec, 0),
          `>= ${TARGETS.replayEventsPerSec}`,
          again.eventsPerSec >= TARGETS.replayEventsPerSec,
        ),
      },
      lost: missing(first) + missing(again),
      doubled: 0,
    };
  } finally {
    await history
      .remove()
      .catch((err: unknown) => console.error(`bench: replay topics not removed: ${String(err)}`));
  }
}

/** results.json's figures of each rebuild that finished. */
function mapRebuilds(
  r: { first?: Rebuild; again?: Rebuild },
  rawEventsPerSec: number,
  stackEventsPerSec: number,
) {
  const figures = (x: Rebuild) => ({
    eventsPerSec: round(x.eventsPerSec, 0),
    ratioToRawKafka: round(x.eventsPerSec / rawEventsPerSec, 3),
    ratioToConsumerStack: round(x.eventsPerSec / stackEventsPerSec, 3),
    rateSource: x.rateSource,
    seconds: x.seconds,
    viewsSeconds: x.viewsSeconds,
    wallSeconds: round(x.wallSeconds, 1),
    processSeconds: round(x.processSeconds, 1),
    stoppedBy: x.stoppedBy,
    timeZone: x.timeZone,
  });
  return {
    ...(r.first ? { firstRebuild: figures(r.first) } : {}),
    ...(r.again ? { rebuild: figures(r.again) } : {}),
  };
}

function rebuildRows(
  r: { first?: Rebuild; again?: Rebuild },
  rawEventsPerSec: number,
  stackEventsPerSec: number,
  suffix: string,
): Record<string, Row> {
  const row = (x: Rebuild): Row => ({
    value: `${round(x.eventsPerSec, 0)} events/s, ${round(x.wallSeconds, 1)} s wall${
      x.viewsSeconds === null ? '' : ` (views ${round(x.viewsSeconds, 1)} s)`
    }`,
    ratio: `${round(x.eventsPerSec / rawEventsPerSec, 3)} of raw kafkajs, ${round(
      x.eventsPerSec / stackEventsPerSec,
      2,
    )} of the stack; ${x.events} events, ${x.orderViewRows} orders`,
  });
  return {
    ...(r.first ? { [`analytics first rebuild (outcomes emitted)${suffix}`]: row(r.first) } : {}),
    ...(r.again ? { [`analytics rebuild from offset 0${suffix}`]: row(r.again) } : {}),
  };
}

function overhead(r: GatewayResult['read']) {
  const lat = (x: LoadResult) => ({
    reqPerSec: round(x.requestsPerSec, 0),
    p50Ms: round(x.p50Ms, 2),
    p99Ms: round(x.p99Ms, 2),
  });
  return {
    throughputRatio: round(r.gateway.requestsPerSec / r.direct.requestsPerSec, 3),
    addedP50Ms: round(r.gatewayUnloaded.p50Ms - r.directUnloaded.p50Ms, 2),
    addedP99Ms: round(r.gatewayUnloaded.p99Ms - r.directUnloaded.p99Ms, 2),
    // Baseline in the same run: what a bare Node proxy in the gateway's place adds.
    bareProxyAddedP50Ms: round(r.bareUnloaded.p50Ms - r.directUnloaded.p50Ms, 2),
    overBareProxyP50Ms: round(r.gatewayUnloaded.p50Ms - r.bareUnloaded.p50Ms, 2),
    saturated: { direct: lat(r.direct), gateway: lat(r.gateway) },
    oneConnection: {
      direct: lat(r.directUnloaded),
      bareProxy: lat(r.bareUnloaded),
      gateway: lat(r.gatewayUnloaded),
    },
  };
}

const RUNNERS: Record<Section, () => Promise<SectionOutcome>> = {
  pipeline: pipelineSection,
  platform: platformSection,
  replay: replaySection,
};

async function main() {
  const started = new Date().toISOString();
  const outcomes: Partial<Record<Section, SectionOutcome>> = {};
  const errors: Partial<Record<Section, string>> = {};
  // A failed section is recorded and the others still run: what was measured is kept.
  for (const section of selected) {
    try {
      const outcome = await RUNNERS[section]();
      outcomes[section] = outcome;
      if (outcome.error) errors[section] = outcome.error;
    } catch (err) {
      console.error(`bench: section ${section} failed:`, err);
      errors[section] = String(err);
    }
  }
  if (tty) bars.stop();

  const done = Object.values(outcomes);
  const lost = done.reduce((a, o) => a + o.lost, 0);
  const doubled = done.reduce((a, o) => a + o.doubled, 0);
  const targets = {
    ...Object.assign({}, ...done.map((o) => o.targets)),
    lostOrDoubled: target(lost + doubled, '0', lost + doubled === 0),
  } as Record<string, Target>;
  const results = {
    started,
    mode: smoke ? 'smoke' : 'full',
    sections: selected,
    ...Object.assign({}, ...done.map((o) => o.results)),
    correctness: {
      lost,
      doubled,
      redeliveriesAbsorbedByInbox: done.reduce((a, o) => a + (o.redeliveriesAbsorbedByInbox ?? 0), 0),
    },
    targets,
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');

  console.log(`\nAftersales benchmark (${results.mode}; sections: ${selected.join(', ')})`);
  console.table(Object.assign({}, ...done.map((o) => o.rows)));
  console.table(
    Object.fromEntries(
      Object.entries(targets).map(([name, t]) => [
        name,
        { value: t.value, target: t.target, met: t.met ? 'met' : 'NOT met' },
      ]),
    ),
  );
  for (const [section, error] of Object.entries(errors)) console.log(`section ${section} FAILED: ${error}`);
  console.log(`results written to ${path.relative(process.cwd(), outFile)}`);
  if (lost > 0 || doubled > 0 || Object.keys(errors).length > 0) process.exitCode = 1;
}

const signed = (x: number) => (x >= 0 ? `+${x}` : `${x}`);

function mapValues<T extends Record<string, number>>(o: T, f: (v: number) => number): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) as T;
}

main().catch((err) => {
  if (tty) bars.stop();
  console.error(err);
  process.exit(1);
});
