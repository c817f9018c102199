import {
  addMonths,
  dayAtMileage,
  isReminderDue,
  matchingPlan,
  nextDueService,
  odometerPace,
  reminderDayOf,
  type PlanRule,
  type VehicleFacts,
} from './maintenance-due';

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

const plan = (over: Partial<PlanRule> = {}): PlanRule => ({
  id: 'plan-vw',
  make: 'Volkswagen',
  model: null,
  intervalMonths: 12,
  intervalKm: 15_000,
  services: ['Oil and filter change'],
  reminderDaysBefore: 14,
  createdAt: at('2026-01-01'),
  ...over,
});

const golf = (over: Partial<VehicleFacts> = {}): VehicleFacts => ({
  make: 'Volkswagen',
  model: 'Golf',
  purchaseDate: null,
  registeredAt: at('2026-02-10'),
  readings: [{ mileageKm: 30_000, recordedAt: at('2026-02-10') }],
  lastDelivery: null,
  ...over,
});

const defaults = { reminderDaysBefore: 21 };

describe('calendar arithmetic', () => {
  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('sends the reminder reminderDaysBefore ahead of the due day', () => {
    expect(reminderDayOf({ dueOn: '2027-03-10', reminderDaysBefore: 14 })).toBe('2027-02-24');
    expect(isReminderDue({ dueOn: '2027-03-10', reminderDaysBefore: 14 }, '2027-02-23')).toBe(false);
    expect(isReminderDue({ dueOn: '2027-03-10', reminderDaysBefore: 14 }, '2027-02-24')).toBe(true);
    expect(isReminderDue({ dueOn: '2027-03-10', reminderDaysBefore: 0 }, '2027-04-01')).toBe(true);
  });
});

describe('matchingPlan', () => {
  const makeWide = plan({ id: 'make-wide' });
  const golfPlan = plan({ id: 'golf', model: 'Golf' });
  it("prefers the model's own plan over the make-wide one, matching names loosely", () => {
    expect(matchingPlan([makeWide, golfPlan], 'volkswagen ', ' GOLF')?.id).toBe('golf');
    expect(matchingPlan([makeWide, golfPlan], 'Volkswagen', 'Passat')?.id).toBe('make-wide');
    expect(matchingPlan([golfPlan], 'Volkswagen', 'Passat')).toBeNull();
    expect(matchingPlan([makeWide], 'Skoda', 'Golf')).toBeNull();
  });
  it('takes the oldest of two plans for the same make and model', () => {
    const newer = plan({ id: 'newer', createdAt: at('2026-06-01') });
    expect(matchingPlan([newer, makeWide], 'Volkswagen', 'Golf')?.id).toBe('make-wide');
  });
});

describe('odometerPace', () => {
  it('is the average km per day between the first and the latest reading', () => {
    const pace = odometerPace([
      { mileageKm: 12_000, recordedAt: at('2026-03-02') },
      { mileageKm: 10_000, recordedAt: at('2026-01-01') },
      { mileageKm: 11_000, recordedAt: at('2026-02-01') },
    ]);
    expect(pace?.kmPerDay).toBeCloseTo(2000 / 60);
    expect(pace?.from.mileageKm).toBe(12_000);
    expect(dayAtMileage(pace!, 13_000)).toBe('2026-04-01');
    expect(dayAtMileage(pace!, 11_500)).toBe('2026-02-15'); // passed already: a past day
  });
  it('is unknown with one reading, readings less than a week apart, or no progress', () => {
    expect(odometerPace([{ mileageKm: 1, recordedAt: at('2026-01-01') }])).toBeNull();
    expect(
      odometerPace([
        { mileageKm: 1_000, recordedAt: at('2026-01-01') },
        { mileageKm: 2_000, recordedAt: at('2026-01-05') },
      ]),
    ).toBeNull();
    expect(
      odometerPace([
        { mileageKm: 2_000, recordedAt: at('2026-01-01') },
        { mileageKm: 1_500, recordedAt: at('2026-03-01') },
      ]),
    ).toBeNull();
  });
});

describe('nextDueService', () => {
  it("takes the workshop's advice at the last delivery over the plan", () => {
    const due = nextDueService(
      golf({
        lastDelivery: {
          deliveredAt: at('2026-11-20'),
          mileageKm: 41_000,
          advice: { dueOn: '2027-06-01', dueMileageKm: 56_000 },
        },
      }),
      [plan()],
      defaults,
    );
    expect(due).toEqual({
      dueOn: '2027-06-01',
      dueMileageKm: 56_000,
      basis: 'workshop-advice',
      planId: null,
      services: ['Oil and filter change'],
      reminderDaysBefore: 14,
    });
  });

  it("moves the advice's date earlier when its mileage comes first at the usual pace", () => {
    const due = nextDueService(
      golf({
        readings: [
          { mileageKm: 40_000, recordedAt: at('2026-10-01') },
          { mileageKm: 41_000, recordedAt: at('2026-10-11') }, // 100 km/day
        ],
        lastDelivery: {
          deliveredAt: at('2026-10-11'),
          mileageKm: 41_000,
          advice: { dueOn: '2027-10-11', dueMileageKm: 51_000 },
        },
      }),
      [],
      defaults,
    );
    expect(due).toMatchObject({ dueOn: '2027-01-19', basis: 'workshop-advice', services: [] });
    expect(due?.reminderDaysBefore).toBe(21); // no plan: the configured default
  });

  it('falls back to the plan when the advice gives no date', () => {
    const due = nextDueService(
      golf({
        lastDelivery: {
          deliveredAt: at('2026-11-20'),
          mileageKm: 41_000,
          advice: { dueOn: null, dueMileageKm: 56_000 }, // no pace to date it
        },
      }),
      [plan()],
      defaults,
    );
    expect(due).toMatchObject({
      dueOn: '2027-11-20',
      basis: 'plan-time',
      planId: 'plan-vw',
      dueMileageKm: 56_000,
    });
  });

  it('counts time from the last delivery, else the purchase, else the registration with us', () => {
    const p = [plan({ intervalKm: null })];
    const delivered = {
      deliveredAt: at('2026-05-04'),
      mileageKm: 1,
      advice: { dueOn: null, dueMileageKm: null },
    };
    expect(
      nextDueService(golf({ lastDelivery: delivered, purchaseDate: at('2025-01-01') }), p, defaults)?.dueOn,
    ).toBe('2027-05-04');
    expect(nextDueService(golf({ purchaseDate: at('2025-01-01') }), p, defaults)?.dueOn).toBe('2026-01-01');
    expect(nextDueService(golf(), p, defaults)).toMatchObject({ dueOn: '2027-02-10', dueMileageKm: null });
  });

  it('dates the mileage rule at the usual pace and takes it when it comes first', () => {
    const readings = [
      { mileageKm: 40_000, recordedAt: at('2026-01-01') },
      { mileageKm: 46_000, recordedAt: at('2026-03-02') }, // 100 km/day
    ];
    const due = nextDueService(
      golf({
        readings,
        lastDelivery: {
          deliveredAt: at('2026-01-01'),
          mileageKm: 40_000,
          advice: { dueOn: null, dueMileageKm: null },
        },
      }),
      [plan()],
      defaults,
    );
    // 55 000 km is 9 000 km after the latest reading: 90 days later, before 2027-01-01.
    expect(due).toEqual({
      dueOn: '2026-05-31',
      dueMileageKm: 55_000,
      basis: 'plan-mileage',
      planId: 'plan-vw',
      services: ['Oil and filter change'],
      reminderDaysBefore: 14,
    });
  });

  it('keeps the time rule when the vehicle is driven little, or its pace is unknown', () => {
    const slow = [
      { mileageKm: 30_000, recordedAt: at('2026-01-01') },
      { mileageKm: 30_600, recordedAt: at('2026-03-02') }, // 10 km/day: 15 000 km take 4 years
    ];
    expect(nextDueService(golf({ readings: slow }), [plan()], defaults)).toMatchObject({
      dueOn: '2027-02-10',
      basis: 'plan-time',
      dueMileageKm: 45_000, // the next multiple of the interval above the first reading
    });
    expect(nextDueService(golf(), [plan({ intervalMonths: null })], defaults)).toBeNull();
  });

  it('knows nothing without advice and without a plan for the make', () => {
    expect(nextDueService(golf(), [plan({ make: 'Skoda' })], defaults)).toBeNull();
  });
});
