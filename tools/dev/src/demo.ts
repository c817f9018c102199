// The demo on top of a running stack: seed the dealer group through the gateway, restart the
// services and the gateway on the demo clock, play the simulated period and report. Shared by `npm run dev`
// (main.ts) and the integration test.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { type ClockSettings } from '@aftersales/service-kit';
import { Api } from './sim/api';
import { type MailCatcher } from './mail-catcher';
import { CustomerPortal } from './sim/customer-portal';
import { DEMO_TENANT, dealerGroupPlan, type PlanSize } from './sim/data';
import { nextMonday } from './sim/scenario';
import { formatBoard } from './sim/board';
import { formatScorecard } from './sim/scorecard';
import { seedDealerGroup, type SeededGroup } from './sim/seed';
import { simulate, type SimulationResult } from './sim/simulate';
import { devEnv, repoRoot, type Stack } from './stack';

export function demoApi(stack: Stack, warn: (line: string) => void): Api {
  const env = devEnv();
  return new Api(
    stack.gatewayUrl,
    { secret: env.AUTH_HS256_SECRET!, issuer: env.AUTH_ISSUER!, audience: env.AUTH_AUDIENCE! },
    DEMO_TENANT,
    { warn },
  );
}

export async function seedDemo(
  api: Api,
  seed: number,
  log: (line: string) => void,
  size?: PlanSize,
): Promise<SeededGroup> {
  return seedDealerGroup(api, dealerGroupPlan(seed, size), log);
}

/**
 * Where the simulated period starts: the next Monday opening (07:00 Berlin time) after both now and anything an
 * earlier run simulated (so re-runs on the same databases play a later week, never the same one).
 */
export async function nextOrigin(repairDatabaseUrl: string | undefined): Promise<Date> {
  let latest = Date.now();
  if (repairDatabaseUrl) {
    const db = new Client({ connectionString: repairDatabaseUrl });
    await db.connect();
    try {
      const res = await db.query<{ latest: Date | null }>(
        'SELECT GREATEST((SELECT max(status_changed_at) FROM repair_order), (SELECT max(slot_end) FROM booking)) AS latest',
      );
      const seen = res.rows[0]?.latest;
      if (seen) latest = Math.max(latest, seen.getTime() + 24 * 3_600_000);
    } finally {
      await db.end();
    }
  }
  return nextMonday(new Date(latest));
}

export interface PlayOptions {
  stack: Stack;
  api: Api;
  group: SeededGroup;
  days: number;
  speed: number;
  seed: number;
  volume?: number;
  /** Real time allowed for the services' restart before the simulated period begins. */
  restartBudgetMs?: number;
  out?: NodeJS.WriteStream;
  log: (line: string) => void;
  /** The demo's mail catcher: with it, some customers approve their quotes in self-service. */
  mail?: MailCatcher;
}

/** Restarts the services on the demo clock and plays the period. */
export async function playPeriod(opts: PlayOptions): Promise<SimulationResult> {
  const origin = await nextOrigin(opts.stack.databaseUrl('repair'));
  const clock: ClockSettings = {
    origin,
    anchorMs: Date.now() + (opts.restartBudgetMs ?? 20_000),
    speed: opts.speed,
    until: new Date(origin.getTime() + opts.days * 24 * 3_600_000),
  };
  opts.log(
    `dev: demo clock: ${opts.days} simulated day(s) from ${origin.toISOString()} at ${opts.speed}x (about ${Math.round((opts.days * 86_400) / opts.speed)} s); restarting the services on it`,
  );
  // The gateway too: its GET /v1/clock tells the console the simulated time.
  await opts.stack.restartServices(clockEnv(clock), clockVars(clock));
  return simulate({
    api: opts.api,
    group: opts.group,
    clock,
    days: opts.days,
    seed: opts.seed,
    ...(opts.volume !== undefined ? { volume: opts.volume } : {}),
    ...(opts.out ? { out: opts.out } : {}),
    ...(opts.mail
      ? { portal: new CustomerPortal(opts.stack.gatewayUrl, opts.stack.publicUrl, opts.mail) }
      : {}),
  });
}

/** The AFTERSALES_CLOCK_* variables (what the gateway gets). */
export function clockVars(c: ClockSettings): Record<string, string> {
  return {
    AFTERSALES_CLOCK_ORIGIN: c.origin.toISOString(),
    AFTERSALES_CLOCK_ANCHOR_MS: String(c.anchorMs),
    AFTERSALES_CLOCK_SPEED: String(c.speed),
    ...(c.until ? { AFTERSALES_CLOCK_UNTIL: c.until.toISOString() } : {}),
  };
}

/** The AFTERSALES_CLOCK_* variables for the services, and short sweep intervals to match the speed. */
export function clockEnv(c: ClockSettings): Record<string, string> {
  return {
    ...clockVars(c),
    // At thousands of simulated seconds per second the default sweeps (30-60 s) would see SLA
    // breaches and escalations hours late.
    SWEEP_INTERVAL_MS: '1000',
    ESCALATION_SWEEP_INTERVAL_MS: '1000',
  };
}

/** `publicUrl`: where a browser opens the console (the gateway's PUBLIC_URL). */
export function reportLines(result: SimulationResult, publicUrl: string): string[] {
  const c = result.counts;
  const lines = [
    '',
    `Simulated ${result.workload.origin.toISOString().slice(0, 10)} to ${result.workload.end.toISOString().slice(0, 10)}:`,
    `  cars received ${c.ordersReceived} (bookings ${c.bookings}, walk-ins ${c.walkIns}, no-shows ${c.noShows}), delivered ${c.ordersDelivered}, closed ${c.ordersClosed}`,
    `  waited for parts ${c.waitedForParts}, purchase orders ${c.purchaseOrders}, deliveries received ${c.receipts}, supplier invoices paid ${c.invoicesPaid}, QC failures ${c.qcFailures}`,
    `  stock transfers between centres ${c.transfersRequested} (received ${c.transfersReceived})`,
    `  surveys ${c.surveys}, complaints filed by customers ${c.complaintsFiled}, complaints closed ${c.complaintsHandled}, escalated ${c.escalations}`,
    `  rescues ${c.rescues} (towed in ${c.towIns}), emergencies ${c.emergencies}`,
    `  quotes the customers approved themselves in self-service ${c.selfServiceApprovals}`,
    `  requests ${result.requests}, failed ${result.failures}`,
    ...(result.board ? [`  advisor board at the end: ${formatBoard(result.board)}`] : []),
    '',
    'KPI scorecard (analytics, GET /v1/kpis):',
    ...formatScorecard(result.scorecard).map((l) => `  ${l}`),
  ];
  return [...lines, ...consoleLines(publicUrl)];
}

/** The console's address and the demo users (the identity provider's; their groups become roles). */
/** Where a demo customer signs in to self-service, and where the code arrives. */
export function selfServiceLines(publicUrl: string, email: string | undefined, mailDir: string): string[] {
  if (!email) return [];
  return [
    `Customer self-service: ${publicUrl}/my/ (sign in as ${email}; the code arrives as an .eml file in ${mailDir})`,
  ];
}

export function consoleLines(publicUrl: string): string[] {
  const lines = ['', `Console: ${publicUrl}/console/`];
  const file = path.join(repoRoot, 'deploy/dev/demo-users.json');
  if (existsSync(file)) {
    try {
      const users =
        (JSON.parse(readFileSync(file, 'utf8')) as { users?: { username: string; groups?: string[] }[] })
          .users ?? [];
      lines.push(
        `Demo sign-ins (password "demo"): ${users.map((u) => `${u.username} (${u.groups?.length ? u.groups.join(', ') : 'no group'})`).join(', ')}`,
      );
    } catch {
      // not readable: no logins to show
    }
  }
  return lines;
}
