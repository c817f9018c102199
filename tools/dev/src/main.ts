// `npm run dev` (after tools/scripts/dev.sh started PostgreSQL and Kafka and built everything):
// starts the platform (topics, migrated databases, every service, the development OpenID provider,
// the gateway), seeds the demo dealer group through the gateway, names the seeded Köln centre in
// the gateway's identity mapping, plays a simulated week on the demo clock with a progress bar,
// prints the counts, the KPI scorecard, the console URL and the demo logins, and keeps running
// until Ctrl-C. Flags: --speed, --days, --seed, --no-sim (flags.ts).
// AFTERSALES_DEV_PORT_OFFSET, AFTERSALES_DEV_DB_PREFIX and AFTERSALES_DEV_NAMESPACE run a second
// stack beside the usual one (other ports, databases and topics).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consoleLines, demoApi, playPeriod, reportLines, seedDemo, selfServiceLines } from './demo';
import { parseFlags } from './flags';
import { koelnCentreId, writeIdentityMapping } from './identity';
import { startMailCatcher } from './mail-catcher';

/** The demo's SMTP port (+ AFTERSALES_DEV_PORT_OFFSET): the notification service's default SMTP_URL. */
const DEMO_SMTP_PORT = 1025;
import { repoRoot, startStack, type Stack } from './stack';

let stack: Stack | undefined;

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const namespace = process.env.AFTERSALES_DEV_NAMESPACE;
  const prefix = process.env.AFTERSALES_DEV_DB_PREFIX ?? '';
  const logDir = path.join(tmpdir(), `aftersales-dev${prefix ? `-${prefix.replace(/_$/, '')}` : ''}`);
  const logLevel = process.env.LOG_LEVEL ?? 'warn';
  console.log(`dev: service logs (${logLevel} and above) go to ${logDir}/<service>.log`);
  const portOffset = Number(process.env.AFTERSALES_DEV_PORT_OFFSET ?? 0);
  // The customers' mail of the demo: caught locally and kept as .eml files (notification service).
  const mail = await startMailCatcher(path.join(logDir, 'mail'), DEMO_SMTP_PORT + portOffset);
  console.log(`dev: mail to the demo's customers is caught as .eml files in ${mail.dir}`);
  stack = await startStack({
    portOffset,
    databasePrefix: prefix,
    ...(namespace ? { namespace } : {}),
    // The simulator plays a whole dealer group's staff through one gateway: above the public limit.
    gatewayEnv: { RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: logLevel },
    // Request logs of a simulated week are large and cost CPU the simulation needs: warnings only,
    // unless LOG_LEVEL says otherwise.
    serviceEnv: {
      LOG_LEVEL: logLevel,
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      // The demo plays thousands of times faster than real time: ten hours of demo time give the
      // simulated customers some real seconds to read their sign-in codes (production: 10 minutes).
      SIGN_IN_CODE_TTL_MINUTES: '600',
    },
    output: { logDir },
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\ndev: stopping every service');
    void stack!
      .stop()
      .then(() => mail.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (stack.services.length === 0) {
    console.log(
      'dev: no services exist yet (services/ is empty); Kafka and PostgreSQL are up and the topics exist.',
    );
    return;
  }
  console.log(`\ndev: gateway listening on ${stack.gatewayUrl}`);

  const api = demoApi(stack, (line) => console.warn(line));
  const group = await seedDemo(api, flags.seed, (line) => console.log(`dev: ${line}`));
  if (stack.identity) {
    // advisor-koeln's group is limited to this centre; the gateway picks the change up by itself.
    const centreId = koelnCentreId(group);
    writeIdentityMapping(repoRoot, stack.identity, centreId);
    console.log(
      `dev: identity mapping ${stack.identity.mappingFile} (Köln advisors: centre ${centreId ?? 'none'})`,
    );
  }
  if (flags.sim && !stopping) {
    const result = await playPeriod({
      stack,
      api,
      group,
      days: flags.days,
      speed: flags.speed,
      seed: flags.seed,
      log: console.log,
      mail,
    });
    for (const line of reportLines(result, stack.publicUrl)) console.log(line);
    console.log(`dev: ${mail.count()} message(s) to customers so far, as .eml files in ${mail.dir}`);
    for (const line of selfServiceLines(stack.publicUrl, group.plan.customers[0]?.email, mail.dir))
      console.log(line);
    console.log('\ndev: after the simulated period the demo clock runs at real speed from its end.');
  } else {
    if (api.stats.failures > 0)
      console.log(`dev: seed finished with ${api.stats.failures} failed request(s)`);
    for (const line of consoleLines(stack.publicUrl)) console.log(line);
    for (const line of selfServiceLines(stack.publicUrl, group.plan.customers[0]?.email, mail.dir))
      console.log(line);
  }
  console.log('dev: Ctrl-C stops everything');
  await stack.exited();
}

main().catch(async (err) => {
  console.error('dev:', err instanceof Error ? err.message : err);
  await stack?.stop(); // no orphaned services
  process.exit(1);
});
