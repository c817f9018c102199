// The workload of a simulated week (pure and seeded): every car that arrives (booked or walk-in,
// with a Monday peak and a morning rush), what it needs (labour, parts, how long each stage takes),
// how it goes (no-shows, QC failures, the customer's survey and complaints), the roadside rescues,
// and one storm in one region. The actors replay it against the platform.
import { localDateOf, localDateTimeToInstant } from '@aftersales/service-kit';
import { DEMO_TIME_ZONE, OPENING_HOURS, type DealerGroupPlan } from './data';
import { createRng, type Rng } from './rng';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

/** Relative workload per weekday (0 = Sunday): Monday is the peak, Sunday closed. */
export const DAY_WEIGHTS = [0, 1.45, 1.05, 1, 0.95, 1, 0.35];
/** Cars per workload unit of a centre on an average weekday (about 55 a day for the group). */
const BASE_ARRIVALS_PER_CENTRE = 10;

export interface SurveyAnswer {
  afterMinutes: number;
  scores: { product: number; service: number; purchase: number };
  nps: number;
  comment?: string;
}

export interface CustomerComplaint {
  afterMinutes: number;
  channel: 'phone' | 'email' | 'web';
  description: string;
}

export interface Job {
  id: string;
  centreIndex: number;
  vehicleIndex: number;
  arrivalAt: Date;
  /** Booked ahead (with a slot) or a walk-in. */
  booking: { createdAt: Date; channel: 'online' | 'phone' | 'app'; noShow: boolean } | null;
  serviceType: 'maintenance' | 'repair' | 'diagnosis' | 'tyres' | 'inspection' | 'bodywork';
  systems: string[];
  symptoms: string;
  labourHours: number;
  partLines: { partIndex: number; quantity: number }[];
  diagnosisMinutes: number;
  approvalMinutes: number;
  qcFailures: number;
  pickupMinutes: number;
  survey: SurveyAnswer | null;
  complaint: CustomerComplaint | null;
}

export interface RescueCall {
  id: string;
  at: Date;
  regionIndex: number;
  vehicleIndex: number;
  problem: 'breakdown' | 'flat-tyre' | 'battery' | 'accident' | 'overheating' | 'lockout';
  priority: 'normal' | 'urgent';
  location: { latitude: number; longitude: number };
  dispatchMinutes: number;
  travelMinutes: number;
  towIn: boolean;
  storm: boolean;
  /** The towed car's repair (from diagnosis on) when towIn. */
  job: Job | null;
}

export interface Storm {
  regionIndex: number;
  start: Date;
  end: Date;
}

/** A customer calling or writing about an earlier visit (before the period). */
export interface ComplaintCall {
  id: string;
  at: Date;
  centreIndex: number;
  vehicleIndex: number;
  channel: 'phone' | 'email' | 'web';
  description: string;
}

export interface Workload {
  origin: Date;
  end: Date;
  jobs: Job[];
  rescues: RescueCall[];
  complaintCalls: ComplaintCall[];
  storm: Storm | null;
}

export interface WorkloadOptions {
  seed: number;
  days: number;
  /** A Monday, start of the simulated period. */
  origin: Date;
  /** Scales the number of cars (1 = a normal week for the group). */
  volume?: number;
}

const SERVICE_MIX = [
  ['maintenance', 0.42],
  ['repair', 0.3],
  ['tyres', 0.12],
  ['inspection', 0.08],
  ['diagnosis', 0.05],
  ['bodywork', 0.03],
] as const;

const SYMPTOMS: Record<string, string[]> = {
  engine: ['Engine warning light on', 'Rough idle when cold', 'Loss of power uphill', 'Oil service due'],
  brakes: ['Squeal when braking', 'Brake pedal feels soft', 'Vibration when braking from speed'],
  suspension: ['Knocking over bumps', 'Car pulls to the right'],
  electrical: ['Battery flat in the mornings', 'Headlight out', 'Starter clicks, engine does not turn'],
  hvac: ['Air conditioning blows warm', 'Musty smell from the vents'],
  tyres: ['Seasonal tyre change', 'Tyre pressure warning'],
  body: ['Scratch on the rear bumper', 'Wiper streaks'],
  transmission: ['Clutch slipping', 'Gear change jerky'],
};

const COMPLAINT_TEXTS = [
  'The car was ready a day later than promised and nobody called.',
  'The invoice is higher than the quote I approved.',
  'The noise is back two days after the repair.',
  'The advisor was unfriendly on the phone.',
  'There are grease marks on the seat after the service.',
];

/** The day's opening interval of the local date `date` falls on (local hours in the demo's zone). */
function openInterval(centreType: string, date: Date): { open: number; close: number } | null {
  const localDate = localDateOf(date, DEMO_TIME_ZONE);
  const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][
    new Date(`${localDate}T12:00:00Z`).getUTCDay()
  ] as keyof typeof OPENING_HOURS;
  const iv = OPENING_HOURS[day][0];
  if (!iv) return null;
  void centreType;
  const at = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return localDateTimeToInstant(localDate, h * 60 + m, DEMO_TIME_ZONE).getTime();
  };
  return { open: at(iv.open), close: at(iv.close) };
}

/** Arrival instant within opening hours, with most cars dropped off in the first two hours. */
function arrivalIn(rng: Rng, iv: { open: number; close: number }): number {
  const span = iv.close - iv.open - HOUR;
  const fraction = rng.chance(0.55) ? rng.between(0, 0.2) : rng.between(0, 1);
  return iv.open + Math.floor((fraction * span) / (15 * MINUTE)) * 15 * MINUTE;
}

function surveyOf(
  rng: Rng,
  job: Pick<Job, 'qcFailures' | 'partLines'>,
  shortage: boolean,
): SurveyAnswer | null {
  if (!rng.chance(0.55)) return null;
  // Most customers are content; rework and waiting for parts make unhappy ones likelier.
  const unhappy = rng.chance(0.06 + (job.qcFailures > 0 ? 0.2 : 0) + (shortage ? 0.08 : 0));
  const service = unhappy
    ? rng.int(1, 2)
    : rng.weighted([
        [5, 0.55],
        [4, 0.35],
        [3, 0.1],
      ] as const);
  // Content customers rate the other two aspects close to the service, never below 3.
  const floor = unhappy ? 1 : 3;
  const product = Math.max(floor, Math.min(5, service + rng.int(-1, 1)));
  const purchase = Math.max(floor, Math.min(5, service + rng.int(-1, 0)));
  const nps = unhappy
    ? rng.int(0, 5)
    : rng.weighted([
        [10, 0.32],
        [9, 0.28],
        [8, 0.2],
        [7, 0.14],
        [6, 0.06],
      ] as const);
  return {
    afterMinutes: rng.int(6 * 60, 48 * 60),
    scores: { product, service, purchase },
    nps,
    ...(unhappy ? { comment: rng.pick(COMPLAINT_TEXTS) } : {}),
  };
}

/**
 * A car of the centre's customers that has not been in this period yet (then any customer's);
 * now and then (2 %) one that was, which the complaint service sees as a comeback.
 */
function vehicleFor(rng: Rng, vehiclesOf: number[][], centreIndex: number, used: Set<number>): number {
  if (used.size > 0 && rng.chance(0.02)) return rng.pick([...used]);
  const fresh = (pool: number[]) => pool.filter((v) => !used.has(v));
  const local = fresh(vehiclesOf[centreIndex]!);
  const pool = local.length > 0 ? local : fresh(vehiclesOf.flat());
  const v = pool.length > 0 ? rng.pick(pool) : rng.pick(vehiclesOf.flat());
  used.add(v);
  return v;
}

function jobFor(
  rng: Rng,
  plan: DealerGroupPlan,
  id: string,
  centreIndex: number,
  arrivalAt: Date,
  vehiclesOf: number[][],
  used: Set<number>,
  booking: Job['booking'],
  forcedService?: Job['serviceType'],
): Job {
  const centre = plan.centres[centreIndex]!;
  const vehicleIndex = vehicleFor(rng, vehiclesOf, centreIndex, used);
  const serviceType = forcedService ?? rng.weighted(SERVICE_MIX);
  const system =
    serviceType === 'tyres'
      ? 'tyres'
      : serviceType === 'bodywork'
        ? 'body'
        : serviceType === 'maintenance'
          ? 'engine'
          : rng.pick(Object.keys(SYMPTOMS));
  const symptoms = rng.pick(SYMPTOMS[system]!);
  const labourHours =
    Math.round(
      Math.min(
        12,
        Math.max(
          0.5,
          rng.logNormal(
            { maintenance: 1.5, tyres: 0.8, inspection: 1, diagnosis: 1 }[serviceType as string] ?? 2.5,
            0.5,
          ),
        ),
      ) * 2,
    ) / 2;
  const candidates = plan.parts.map((p, i) => [p, i] as const).filter(([p]) => p.system === system);
  const partCount =
    serviceType === 'inspection' || serviceType === 'diagnosis'
      ? 0
      : rng.weighted([
          [0, 0.2],
          [1, 0.5],
          [2, 0.25],
          [3, 0.05],
        ] as const);
  const partLines: Job['partLines'] = [];
  for (let n = 0; n < partCount && candidates.length > 0; n++) {
    const [, partIndex] = rng.pick(candidates);
    if (partLines.some((l) => l.partIndex === partIndex)) continue;
    partLines.push({ partIndex, quantity: system === 'tyres' ? 4 : rng.chance(0.8) ? 1 : 2 });
  }
  const partner = centre.type === 'partner-workshop';
  const qcFailures = rng.chance(partner ? 0.1 : 0.055) ? (rng.chance(0.12) ? 2 : 1) : 0;
  const shortage = partLines.some((l) => plan.parts[l.partIndex]!.onHand < l.quantity || partner);
  const survey = surveyOf(rng, { qcFailures, partLines }, shortage);
  const complaint = rng.chance(0.015 + (qcFailures > 0 ? 0.05 : 0))
    ? {
        afterMinutes: rng.int(60, 72 * 60),
        channel: rng.pick(['phone', 'email', 'web'] as const),
        description: rng.pick(COMPLAINT_TEXTS),
      }
    : null;
  return {
    id,
    centreIndex,
    vehicleIndex,
    arrivalAt,
    booking,
    serviceType,
    systems: [system],
    symptoms,
    labourHours,
    partLines,
    diagnosisMinutes: Math.round(Math.min(240, rng.logNormal(40, 0.5))),
    approvalMinutes: Math.round(Math.min(24 * 60, rng.logNormal(45, 0.9))),
    qcFailures,
    pickupMinutes: Math.round(Math.min(20 * 60, rng.logNormal(90, 0.8))),
    survey,
    complaint,
  };
}

/** The simulated period's workload; deterministic for a seed. */
export function generateWorkload(plan: DealerGroupPlan, opts: WorkloadOptions): Workload {
  const rng = createRng(opts.seed * 7919 + 17);
  const volume = opts.volume ?? 1;
  const origin = opts.origin;
  const end = new Date(origin.getTime() + opts.days * DAY);
  const centreIndex = new Map(plan.centres.map((c, i) => [c.key, i]));
  const ownerCentre = new Map(plan.customers.map((c) => [c.key, centreIndex.get(c.homeCentreKey)!]));
  const vehiclesOf: number[][] = plan.centres.map(() => []);
  plan.vehicles.forEach((v, i) => vehiclesOf[ownerCentre.get(v.customerKey) ?? 0]!.push(i));

  const jobs: Job[] = [];
  const used = new Set<number>();
  // Booked slots per centre and hour: a booking needs a free bay (the repair service checks too).
  const slots = new Map<string, number>();
  for (let d = 0; d < opts.days; d++) {
    const date = new Date(origin.getTime() + d * DAY);
    const weight = DAY_WEIGHTS[date.getUTCDay()]!;
    plan.centres.forEach((centre, ci) => {
      const iv = openInterval(centre.type, date);
      if (!iv || weight === 0) return;
      const count = Math.round(
        BASE_ARRIVALS_PER_CENTRE * centre.workload * weight * volume * rng.between(0.85, 1.15),
      );
      for (let n = 0; n < count; n++) {
        let at = arrivalIn(rng, iv);
        const booked = rng.chance(0.7);
        let booking: Job['booking'] = null;
        if (booked) {
          // Find an hour with a free bay, moving later in the day if the preferred one is full.
          while (at + HOUR <= iv.close && (slots.get(`${ci}@${at - (at % HOUR)}`) ?? 0) >= centre.bays)
            at += HOUR;
          if (at + HOUR > iv.close) at = arrivalIn(rng, iv);
          else {
            const hour = `${ci}@${at - (at % HOUR)}`;
            slots.set(hour, (slots.get(hour) ?? 0) + 1);
            const ahead = rng.int(2, 96) * HOUR;
            booking = {
              // Bookings for the first days were made before the period: the simulator posts
              // them right away, while the demo clock is still before the origin.
              createdAt: new Date(at - ahead),
              channel: rng.weighted([
                ['online', 0.45],
                ['phone', 0.4],
                ['app', 0.15],
              ] as const),
              noShow: rng.chance(0.04),
            };
          }
        }
        jobs.push(jobFor(rng, plan, '', ci, new Date(at), vehiclesOf, used, booking));
      }
    });
  }
  jobs.sort((a, b) => a.arrivalAt.getTime() - b.arrivalAt.getTime());
  jobs.forEach((j, i) => (j.id = `job-${String(i + 1).padStart(4, '0')}`));

  // One storm: the third day's afternoon (or mid-period for short runs), in the first region.
  const stormDay = opts.days >= 3 ? 2 : Math.floor(opts.days / 2);
  const stormStart = new Date(origin.getTime() + stormDay * DAY + 12 * HOUR);
  const storm: Storm | null =
    opts.days >= 1
      ? { regionIndex: 0, start: stormStart, end: new Date(stormStart.getTime() + 14 * HOUR) }
      : null;

  const rescues: RescueCall[] = [];
  const rescue = (at: Date, regionIndex: number, stormy: boolean) => {
    const regionId = plan.regions[regionIndex]!.id;
    const centres = plan.centres.filter((c) => c.regionId === regionId);
    const near = rng.pick(centres).location;
    const regionCentres = plan.centres
      .map((c, i) => [c, i] as const)
      .filter(([c]) => c.regionId === regionId);
    const vehicleIndex = rng.pick(vehiclesOf[rng.pick(regionCentres)[1]]!.concat([0]));
    const problem = stormy
      ? rng.weighted([
          ['accident', 0.35],
          ['breakdown', 0.35],
          ['flat-tyre', 0.15],
          ['overheating', 0.15],
        ] as const)
      : rng.weighted([
          ['battery', 0.3],
          ['flat-tyre', 0.25],
          ['breakdown', 0.3],
          ['lockout', 0.1],
          ['accident', 0.05],
        ] as const);
    const dispatchMinutes = Math.round(rng.logNormal(stormy ? 35 : 12, 0.5));
    const travelMinutes = Math.round(rng.logNormal(stormy ? 70 : 30, 0.4));
    const towIn = problem === 'accident' || problem === 'breakdown' ? rng.chance(0.6) : rng.chance(0.1);
    const towCentre = rng.pick(regionCentres.filter(([c]) => c.type === 'regional-centre'))[1];
    const towedAt = new Date(at.getTime() + (dispatchMinutes + travelMinutes + 60) * MINUTE);
    rescues.push({
      id: '',
      at,
      regionIndex,
      vehicleIndex,
      problem,
      priority: stormy || problem === 'accident' ? 'urgent' : 'normal',
      location: {
        latitude: near.latitude + rng.between(-0.15, 0.15),
        longitude: near.longitude + rng.between(-0.2, 0.2),
      },
      dispatchMinutes,
      travelMinutes,
      towIn,
      storm: stormy,
      job: towIn
        ? { ...jobFor(rng, plan, '', towCentre, towedAt, vehiclesOf, used, null, 'repair'), vehicleIndex }
        : null,
    });
  };
  for (let d = 0; d < opts.days; d++) {
    const perDay = Math.round(rng.between(3, 7) * volume);
    for (let n = 0; n < perDay; n++)
      rescue(new Date(origin.getTime() + d * DAY + rng.int(5 * 60, 22 * 60) * MINUTE), rng.int(0, 1), false);
  }
  if (storm) {
    const calls = Math.round(18 * volume);
    for (let n = 0; n < calls; n++)
      rescue(new Date(storm.start.getTime() + rng.int(0, 10 * 60) * MINUTE), storm.regionIndex, true);
  }
  const inPeriod = rescues.filter((r) => r.at.getTime() < end.getTime());
  inPeriod.sort((a, b) => a.at.getTime() - b.at.getTime());
  inPeriod.forEach((r, i) => {
    r.id = `rescue-${String(i + 1).padStart(3, '0')}`;
    if (r.job) r.job.id = `${r.id}-tow`;
  });
  // Every working day at least one customer complains about an earlier visit.
  const complaintCalls: ComplaintCall[] = [];
  for (let d = 0; d < opts.days; d++) {
    const date = new Date(origin.getTime() + d * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const count = Math.max(1, Math.round(rng.between(1, 4) * volume));
    for (let n = 0; n < count; n++) {
      const centreIndex = rng.int(0, plan.centres.length - 1);
      complaintCalls.push({
        id: `call-${d + 1}-${n + 1}`,
        at: new Date(date.getTime() + rng.int(30, 9 * 60) * MINUTE),
        centreIndex,
        vehicleIndex: rng.pick(vehiclesOf[centreIndex]!.concat([0])),
        channel: rng.pick(['phone', 'email', 'web'] as const),
        description: rng.pick(COMPLAINT_TEXTS),
      });
    }
  }
  return {
    origin,
    end,
    jobs,
    rescues: inPeriod,
    complaintCalls: complaintCalls.filter((c) => c.at.getTime() < end.getTime()),
    storm: storm && storm.start < end ? storm : null,
  };
}

/** The next Monday opening (local time in the demo's zone) at or after `from`: the week starts with the workshops opening. */
export function nextMonday(from: Date): Date {
  const opens = OPENING_HOURS.mon[0]!.open.split(':').map(Number) as [number, number];
  const day = new Date(`${localDateOf(from, DEMO_TIME_ZONE)}T12:00:00Z`);
  for (;;) {
    const date = day.toISOString().slice(0, 10);
    const opening = localDateTimeToInstant(date, opens[0] * 60 + opens[1], DEMO_TIME_ZONE);
    if (day.getUTCDay() === 1 && opening.getTime() >= from.getTime()) return opening;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}
