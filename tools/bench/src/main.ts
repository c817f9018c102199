// npm run bench [-- --smoke] [--events N] [--centres N] [--per-message] [--untuned]: the event pipeline against
// raw Kafka and raw PostgreSQL baselines measured in the same run (so the ratios hold across
// machines), then the real platform as processes: the gateway's overhead, journey throughput and
// each service's memory. Writes bench/results.json and prints a table. Not part of npm test
// (timings are noisy); --smoke runs every section at a tiny size in CI so it never rots.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { rawKafka } from './scenarios/raw-kafka';
import { rawPg } from './scenarios/raw-pg';
import { pipeline, type PipelineResult } from './scenarios/pipeline';
import { GATEWAY_STEPS, gatewayOverhead, type GatewayResult, type LoadResult } from './scenarios/gateway';
import { journeys } from './scenarios/journey';
import { SERVICE_MEMORY_ENV, launchPlatform, platformPids } from './platform/launch';
import { RssSampler } from './platform/memory';
import { round } from './stats';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const total = numberArg('--events', smoke ? 100 : 5_000);
const centres = numberArg('--centres', smoke ? 2 : 4);
const ordersPerCentre = smoke ? 1 : 5;
const gatewaySeconds = smoke ? 1 : 5;
const writers = 8;
// --per-message: the consumer as it was before issue 11 (one transaction per message), for before/after.
const consumerMode = args.includes('--per-message') ? ('per-message' as const) : ('batch' as const);
// --untuned: services without SERVICE_MEMORY_ENV (malloc arenas, V8 heap sizes), the memory "before" rows.
const memoryTuning = !args.includes('--untuned');
const outFile = path.resolve(__dirname, '../../../bench/results.json');

const TARGETS = {
  pipelineRatio: 0.5,
  p99Ms: 250,
  gatewayAddedP50Ms: 1,
  gatewayThroughputRatio: 0.8,
  serviceRssMb: 200,
};

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

async function platformSections() {
  const platform = await step('platform start (5 services + gateway)', 1, async (tick) => {
    const p = await launchPlatform(memoryTuning);
    tick(1);
    return p;
  });
  try {
    await new Promise((r) => setTimeout(r, 2_000)); // settle after start-up before the idle reading
    const sampler = new RssSampler(() => platformPids(platform));
    const idleMb = sampler.snapshot();
    sampler.start();
    const gateway = await step('gateway overhead (autocannon)', GATEWAY_STEPS, (tick) =>
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
    const underLoadMb = sampler.stop();
    return { gateway, journey, idleMb, underLoadMb };
  } finally {
    await platform.stop();
  }
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
    saturated: { direct: lat(r.direct), gateway: lat(r.gateway) },
    oneConnection: { direct: lat(r.directUnloaded), gateway: lat(r.gatewayUnloaded) },
  };
}

async function main() {
  const started = new Date().toISOString();
  const idleRss = process.memoryUsage().rss;
  let peakRss = idleRss;
  const trackRss = (rss: number) => (peakRss = Math.max(peakRss, rss));

  const kafka = await step('raw kafkajs produce+consume', total, (tick) => rawKafka(total, 500, tick));
  const pg = await step('raw pg entity+outbox transactions', total, (tick) => rawPg(total, writers, tick));
  const ceiling = Math.min(kafka.eventsPerSec, pg.eventsPerSec);
  const sustained = await step('pipeline sustained (closed loop)', total, (tick) =>
    pipeline({ total, writers, partitions: 3, consumers: 1, tick, onRss: trackRss, consumerMode }),
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
  const platform = await platformSections().catch((err: unknown) => {
    // Keep what was measured: write the pipeline figures, then fail the run.
    if (tty) bars.stop();
    const partial = {
      started,
      mode: smoke ? 'smoke' : 'full',
      consumerMode,
      baselines: { rawKafkaEventsPerSec: kafka.eventsPerSec, rawPgEventsPerSec: pg.eventsPerSec },
      pipeline: { eventsPerSec: sustained.eventsPerSec, latencyAtHalfLoad: atHalf.latencyMs },
      scaling: scaling.map((s) => ({ partitions: s.partitions, eventsPerSec: s.result.eventsPerSec })),
      platformError: String(err),
    };
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(partial, null, 2) + '\n');
    throw err;
  });
  if (tty) bars.stop();

  const all = [sustained, atHalf, ...scaling.map((s) => s.result)];
  const services = Object.fromEntries(
    Object.entries(platform.idleMb).map(([name, idle]) => [
      name,
      { idleMb: round(idle, 0), underLoadMb: round(platform.underLoadMb[name] ?? idle, 0) },
    ]),
  );
  const gateway = { read: overhead(platform.gateway.read), write: overhead(platform.gateway.write) };
  const pipelineRatio = round(sustained.eventsPerSec / ceiling, 3);
  const lost =
    all.reduce((a, r) => a + r.lost, 0) + platform.journey.lost + platform.journey.followUpsMissing;
  const doubled = all.reduce((a, r) => a + r.doubled, 0) + platform.journey.followUpsDoubled;
  const maxServiceRss = Math.max(
    ...Object.entries(services)
      .filter(([name]) => name !== 'api-gateway')
      .map(([, m]) => m.underLoadMb),
  );
  const target = (value: number, goal: string, met: boolean) => ({ value, target: goal, met });
  const targets = {
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
    gatewayAddedP50Ms: target(
      Math.max(gateway.read.addedP50Ms, gateway.write.addedP50Ms),
      `< ${TARGETS.gatewayAddedP50Ms}`,
      Math.max(gateway.read.addedP50Ms, gateway.write.addedP50Ms) < TARGETS.gatewayAddedP50Ms,
    ),
    gatewayThroughputRatio: target(
      Math.min(gateway.read.throughputRatio, gateway.write.throughputRatio),
      `>= ${TARGETS.gatewayThroughputRatio}`,
      Math.min(gateway.read.throughputRatio, gateway.write.throughputRatio) >= TARGETS.gatewayThroughputRatio,
    ),
    maxServiceRssUnderLoadMb: target(
      maxServiceRss,
      `< ${TARGETS.serviceRssMb}`,
      maxServiceRss < TARGETS.serviceRssMb,
    ),
    lostOrDoubled: target(lost + doubled, '0', lost + doubled === 0),
  };

  const results = {
    started,
    mode: smoke ? 'smoke' : 'full',
    consumerMode,
    events: total,
    messageBytes: kafka.bytes,
    baselines: {
      rawKafkaEventsPerSec: round(kafka.eventsPerSec, 0),
      rawPgEventsPerSec: round(pg.eventsPerSec, 0),
      lowerCeiling: round(ceiling, 0),
    },
    pipeline: {
      eventsPerSec: round(sustained.eventsPerSec, 0),
      ratioToLowerCeiling: pipelineRatio,
      latencyAtHalfLoad: { ratePerSec: halfRate, ...mapValues(atHalf.latencyMs, (v) => round(v, 1)) },
    },
    scaling: scaling.map((s) => ({
      partitionsAndConsumers: s.partitions,
      eventsPerSec: round(s.result.eventsPerSec, 0),
      ratioToOne: round(s.result.eventsPerSec / scaling[0]!.result.eventsPerSec, 2),
    })),
    gateway: { durationSecPerRun: gatewaySeconds, connections: 10, ...gateway },
    journey: { ...platform.journey, ordersPerMinute: round(platform.journey.ordersPerMinute, 1) },
    memory: {
      tuning: memoryTuning ? SERVICE_MEMORY_ENV : 'none (--untuned)',
      services,
      benchProcessIdleMb: round(idleRss / 2 ** 20, 0),
      benchProcessPeakMb: round(peakRss / 2 ** 20, 0),
    },
    correctness: {
      lost,
      doubled,
      redeliveriesAbsorbedByInbox: all.reduce((a, r) => a + r.absorbedDuplicates, 0),
    },
    targets,
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  report(results);
  if (lost > 0 || doubled > 0) process.exitCode = 1;
}

function report(r: {
  mode: string;
  events: number;
  messageBytes: number;
  baselines: { rawKafkaEventsPerSec: number; rawPgEventsPerSec: number };
  pipeline: { eventsPerSec: number; ratioToLowerCeiling: number; latencyAtHalfLoad: Record<string, number> };
  scaling: { partitionsAndConsumers: number; eventsPerSec: number; ratioToOne: number }[];
  gateway: { read: ReturnType<typeof overhead>; write: ReturnType<typeof overhead> };
  journey: { centres: number; orders: number; ordersPerMinute: number; lost: number };
  memory: { tuning: unknown; services: Record<string, { idleMb: number; underLoadMb: number }> };
  targets: Record<string, { value: number; target: string; met: boolean }>;
}) {
  console.log(`\nAftersales benchmark (${r.mode}, ${r.events} events of ${r.messageBytes} bytes)`);
  const gw = (name: 'read' | 'write') => ({
    value: `${r.gateway[name].saturated.gateway.reqPerSec} req/s via gateway, ${r.gateway[name].saturated.direct.reqPerSec} direct`,
    ratio: `${r.gateway[name].throughputRatio} of direct; ${signed(r.gateway[name].addedP50Ms)} ms p50, ${signed(r.gateway[name].addedP99Ms)} ms p99 unloaded`,
  });
  const l = r.pipeline.latencyAtHalfLoad;
  console.table({
    'raw kafkajs (baseline)': { value: `${r.baselines.rawKafkaEventsPerSec} events/s`, ratio: '' },
    'raw pg entity+outbox tx (baseline)': { value: `${r.baselines.rawPgEventsPerSec} events/s`, ratio: '' },
    'pipeline sustained': {
      value: `${r.pipeline.eventsPerSec} events/s`,
      ratio: `${r.pipeline.ratioToLowerCeiling} of lower ceiling`,
    },
    [`commit-to-effect at ${l.ratePerSec}/s`]: {
      value: `p50 ${l.p50} ms, p95 ${l.p95} ms`,
      ratio: `p99 ${l.p99} ms`,
    },
    ...Object.fromEntries(
      r.scaling.map((s) => [
        `pipeline ${s.partitionsAndConsumers} partition(s)`,
        { value: `${s.eventsPerSec} events/s`, ratio: `${s.ratioToOne} x one` },
      ]),
    ),
    'gateway read (GET customer)': gw('read'),
    'gateway write (POST customer)': gw('write'),
    [`journeys, ${r.journey.centres} centres`]: {
      value: `${r.journey.ordersPerMinute} repair orders/min (${r.journey.orders} done)`,
      ratio: `${r.journey.lost} events lost`,
    },
    ...Object.fromEntries(
      Object.entries(r.memory.services).map(([name, m]) => [
        `RSS ${name}${r.memory.tuning === SERVICE_MEMORY_ENV ? '' : ' (untuned)'}`,
        { value: `${m.idleMb} MB idle`, ratio: `${m.underLoadMb} MB under load` },
      ]),
    ),
  });
  console.table(
    Object.fromEntries(
      Object.entries(r.targets).map(([name, t]) => [
        name,
        { value: t.value, target: t.target, met: t.met ? 'met' : 'NOT met' },
      ]),
    ),
  );
  console.log(`results written to ${path.relative(process.cwd(), outFile)}`);
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
