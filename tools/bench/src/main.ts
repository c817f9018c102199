// npm run bench [-- --smoke] [--events N]: the event pipeline against raw Kafka and raw
// PostgreSQL baselines measured in the same run, so the ratios hold across machines.
// Writes bench/results.json and prints a table. Not part of npm test (timings are noisy).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { rawKafka } from './scenarios/raw-kafka';
import { rawPg } from './scenarios/raw-pg';
import { pipeline, type PipelineResult } from './scenarios/pipeline';
import { round } from './stats';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const eventsArg = args.indexOf('--events');
const total = eventsArg >= 0 ? Number(args[eventsArg + 1]) : smoke ? 300 : 5_000;
const writers = 8;
const outFile = path.resolve(__dirname, '../../../bench/results.json');

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
  return result;
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
    pipeline({ total, writers, partitions: 3, consumers: 1, tick, onRss: trackRss }),
  );
  const halfRate = Math.max(10, Math.round(sustained.eventsPerSec / 2));
  const latencyEvents = smoke ? total : Math.min(total, halfRate * 20);
  const atHalf = await step(`pipeline latency at ${halfRate}/s (open loop)`, latencyEvents, (tick) =>
    pipeline({
      total: latencyEvents,
      writers,
      partitions: 3,
      consumers: 1,
      ratePerSec: halfRate,
      tick,
      onRss: trackRss,
    }),
  );
  const scaling: { partitions: number; result: PipelineResult }[] = [];
  for (const n of smoke ? [1, 2] : [1, 2, 4]) {
    scaling.push({
      partitions: n,
      result: await step(`pipeline with ${n} partition(s) / consumer(s)`, total, (tick) =>
        pipeline({ total, writers, partitions: n, consumers: n, tick, onRss: trackRss }),
      ),
    });
  }
  if (tty) bars.stop();

  const all = [sustained, atHalf, ...scaling.map((s) => s.result)];
  const results = {
    started,
    mode: smoke ? 'smoke' : 'full',
    events: total,
    messageBytes: kafka.bytes,
    baselines: {
      rawKafkaEventsPerSec: round(kafka.eventsPerSec, 0),
      rawPgEventsPerSec: round(pg.eventsPerSec, 0),
      lowerCeiling: round(ceiling, 0),
    },
    pipeline: {
      eventsPerSec: round(sustained.eventsPerSec, 0),
      ratioToLowerCeiling: round(sustained.eventsPerSec / ceiling, 3),
      latencyAtHalfLoad: { ratePerSec: halfRate, ...mapValues(atHalf.latencyMs, (v) => round(v, 1)) },
    },
    scaling: scaling.map((s) => ({
      partitionsAndConsumers: s.partitions,
      eventsPerSec: round(s.result.eventsPerSec, 0),
      ratioToOne: round(s.result.eventsPerSec / scaling[0]!.result.eventsPerSec, 2),
    })),
    memory: {
      benchProcessIdleMb: round(idleRss / 2 ** 20, 0),
      benchProcessPeakMb: round(peakRss / 2 ** 20, 0),
    },
    correctness: {
      lost: all.reduce((a, r) => a + r.lost, 0),
      doubled: all.reduce((a, r) => a + r.doubled, 0),
      redeliveriesAbsorbedByInbox: all.reduce((a, r) => a + r.absorbedDuplicates, 0),
    },
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');

  console.log(
    '\nAftersales benchmark (' + results.mode + ', ' + total + ' events of ' + kafka.bytes + ' bytes)',
  );
  console.table({
    'raw kafkajs (baseline)': { 'events/s': results.baselines.rawKafkaEventsPerSec, ratio: '' },
    'raw pg entity+outbox tx (baseline)': { 'events/s': results.baselines.rawPgEventsPerSec, ratio: '' },
    'pipeline sustained': {
      'events/s': results.pipeline.eventsPerSec,
      ratio: `${results.pipeline.ratioToLowerCeiling} of lower ceiling (target >= 0.5)`,
    },
    ...Object.fromEntries(
      results.scaling.map((s) => [
        `pipeline ${s.partitionsAndConsumers} partition(s)`,
        { 'events/s': s.eventsPerSec, ratio: `${s.ratioToOne} x one` },
      ]),
    ),
  });
  const l = results.pipeline.latencyAtHalfLoad;
  console.log(
    `commit-to-effect at ${l.ratePerSec}/s: p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms (target p99 < 250 ms)`,
  );
  console.log(
    `memory (bench process, in-process pipeline): idle ${results.memory.benchProcessIdleMb} MB, peak ${results.memory.benchProcessPeakMb} MB`,
  );
  console.log(
    `events lost: ${results.correctness.lost}, effects doubled: ${results.correctness.doubled} (must both be 0)`,
  );
  console.log(`results written to ${path.relative(process.cwd(), outFile)}`);
  if (results.correctness.lost > 0 || results.correctness.doubled > 0) process.exitCode = 1;
}

function mapValues<T extends Record<string, number>>(o: T, f: (v: number) => number): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) as T;
}

main().catch((err) => {
  if (tty) bars.stop();
  console.error(err);
  process.exit(1);
});
