import { dealerGroupPlan } from './data';
import { generateWorkload, nextMonday } from './scenario';

const plan = dealerGroupPlan(1);
const origin = new Date('2026-11-30T06:00:00.000Z'); // a Monday
const week = generateWorkload(plan, { seed: 1, days: 7, origin });

describe('workload generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateWorkload(dealerGroupPlan(1), { seed: 1, days: 7, origin });
    expect(again).toEqual(week);
    expect(generateWorkload(plan, { seed: 2, days: 7, origin }).jobs.length).not.toBe(week.jobs.length);
  });

  it('has a Monday peak, a short Saturday and no cars on Sunday', () => {
    const perDay = [0, 0, 0, 0, 0, 0, 0];
    for (const j of week.jobs) perDay[j.arrivalAt.getUTCDay()]!++;
    const [sun, mon, tue, wed, thu, fri, sat] = perDay as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect(sun).toBe(0);
    expect(mon).toBeGreaterThan(1.25 * Math.max(tue, wed, thu, fri));
    expect(sat).toBeLessThan(0.5 * wed);
    expect(week.jobs.length).toBeGreaterThan(250);
    expect(week.jobs.length).toBeLessThan(420);
  });

  it('books slots within bay capacity and arrivals within opening hours', () => {
    const perHour = new Map<string, number>();
    for (const j of week.jobs) {
      const h = j.arrivalAt.getUTCHours();
      expect(h).toBeGreaterThanOrEqual(6);
      expect(h).toBeLessThan(j.arrivalAt.getUTCDay() === 6 ? 12 : 17);
      if (!j.booking) continue;
      expect(j.booking.createdAt.getTime()).toBeLessThanOrEqual(j.arrivalAt.getTime());
      const key = `${j.centreIndex}@${Math.floor(j.arrivalAt.getTime() / 3_600_000)}`;
      perHour.set(key, (perHour.get(key) ?? 0) + 1);
    }
    for (const [key, n] of perHour)
      expect(n).toBeLessThanOrEqual(plan.centres[Number(key.split('@')[0])]!.bays);
  });

  it('keeps booked slots inside local opening hours in summer time too (Europe/Berlin, UTC+2)', () => {
    const summer = generateWorkload(plan, { seed: 1, days: 7, origin: new Date('2027-06-07T05:00:00.000Z') });
    const local = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(11, 16);
    const booked = summer.jobs.filter((j) => j.booking);
    expect(booked.length).toBeGreaterThan(100);
    for (const j of booked) {
      const saturday = j.arrivalAt.getUTCDay() === 6;
      expect(local(j.arrivalAt) >= (saturday ? '08:00' : '07:00')).toBe(true);
      expect(local(new Date(j.arrivalAt.getTime() + 3_600_000)) <= (saturday ? '13:00' : '18:00')).toBe(true);
    }
  });

  it('has a realistic share of QC failures, shortages and a survey score spread', () => {
    const qcShare = week.jobs.filter((j) => j.qcFailures > 0).length / week.jobs.length;
    expect(qcShare).toBeGreaterThan(0.04);
    expect(qcShare).toBeLessThan(0.14);

    const lines = week.jobs.flatMap((j) => j.partLines);
    const short = lines.filter((l) => plan.parts[l.partIndex]!.onHand < l.quantity).length / lines.length;
    expect(short).toBeGreaterThan(0.08);
    expect(short).toBeLessThan(0.4);

    const surveys = week.jobs.flatMap((j) => (j.survey ? [j.survey] : []));
    expect(surveys.length / week.jobs.length).toBeGreaterThan(0.45);
    expect(surveys.length / week.jobs.length).toBeLessThan(0.65);
    const low = surveys.filter((s) => s.scores.service <= 2).length / surveys.length;
    expect(low).toBeGreaterThan(0.05);
    expect(low).toBeLessThan(0.25);
    const promoters = surveys.filter((s) => s.nps >= 9).length / surveys.length;
    expect(promoters).toBeGreaterThan(0.35);
    expect(promoters).toBeLessThan(0.7);
    expect(new Set(surveys.map((s) => s.scores.service)).size).toBe(5);
  });

  it('has one storm with a burst of urgent rescues in its region', () => {
    expect(week.storm).toMatchObject({ regionIndex: 0 });
    const inStorm = week.rescues.filter((r) => r.storm);
    expect(inStorm.length).toBeGreaterThanOrEqual(15);
    for (const r of inStorm) {
      expect(r.regionIndex).toBe(0);
      expect(r.priority).toBe('urgent');
      expect(r.at.getTime()).toBeGreaterThanOrEqual(week.storm!.start.getTime());
    }
    expect(week.rescues.some((r) => r.towIn)).toBe(true);
  });

  it('starts the week at the next Monday 06:00 UTC', () => {
    expect(nextMonday(new Date('2026-11-27T04:00:00Z')).toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(nextMonday(new Date('2026-11-30T05:00:00Z')).toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(nextMonday(new Date('2026-11-30T07:00:00Z')).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    // Summer time: Monday 07:00 in Berlin is 05:00 UTC.
    expect(nextMonday(new Date('2027-06-02T10:00:00Z')).toISOString()).toBe('2027-06-07T05:00:00.000Z');
  });
});

describe('complaint calls', () => {
  it('has at least one customer complaint about an earlier visit every working day, none at the weekend', () => {
    const days = new Set(week.complaintCalls.map((c) => c.at.getUTCDay()));
    expect([...days].sort()).toEqual([1, 2, 3, 4, 5]);
    const short = generateWorkload(plan, { seed: 3, days: 1, origin, volume: 0.2 });
    expect(short.complaintCalls.length).toBeGreaterThanOrEqual(1);
  });
});

describe('customers', () => {
  it('brings few cars twice in a week and a realistic share of surveys low enough to open a complaint', () => {
    const vehicles = week.jobs.map((j) => j.vehicleIndex);
    const repeats = vehicles.length - new Set(vehicles).size;
    expect(repeats).toBeGreaterThan(0); // some comebacks
    expect(repeats / vehicles.length).toBeLessThan(0.06);

    // The complaint service opens one when a score is at most 2 or the NPS answer at most 6.
    const surveys = week.jobs.flatMap((j) => (j.survey ? [j.survey] : []));
    const low = surveys.filter(
      (s) => Math.min(s.scores.product, s.scores.service, s.scores.purchase) <= 2 || s.nps <= 6,
    );
    expect(low.length / surveys.length).toBeGreaterThan(0.08);
    expect(low.length / surveys.length).toBeLessThan(0.25);
  });
});
