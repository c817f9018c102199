import { planFollowups } from './followup-plan';

const policy = { callAfterHours: 72, reminderDaysBefore: 14 };
const delivered = new Date('2026-03-02T15:00:00.000Z');

describe('follow-up plan after delivery', () => {
  it('schedules a call three days after delivery', () => {
    expect(planFollowups(delivered, null, policy)).toEqual([
      { kind: 'post-delivery-call', dueAt: new Date('2026-03-05T15:00:00.000Z') },
    ]);
  });

  it('adds a maintenance reminder two weeks before the advised date', () => {
    const plan = planFollowups(delivered, '2027-03-01', policy);
    expect(plan.map((p) => p.kind)).toEqual(['post-delivery-call', 'maintenance-reminder']);
    expect(plan[1]!.dueAt.toISOString()).toBe('2027-02-15T09:00:00.000Z');
  });

  it('skips a reminder that would come before the call', () => {
    expect(planFollowups(delivered, '2026-03-10', policy).map((p) => p.kind)).toEqual(['post-delivery-call']);
  });

  describe("in the centre's opening hours", () => {
    const day = [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '18:00' },
    ];
    const centre = {
      timeZone: 'Europe/Berlin',
      openingHours: {
        mon: day,
        tue: day,
        wed: day,
        thu: day,
        fri: day,
        sat: [{ open: '09:00', close: '13:00' }],
      },
      hoursExceptions: [{ date: '2027-02-15', closed: true }],
    };

    it('a call due at night moves to the next opening', () => {
      // Delivered Thursday 5 March 18:30 CET; 72 h later is Sunday 18:30 -> Monday 08:00 CET.
      const plan = planFollowups(new Date('2026-03-05T17:30:00.000Z'), null, policy, centre);
      expect(plan).toEqual([{ kind: 'post-delivery-call', dueAt: new Date('2026-03-09T07:00:00.000Z') }]);
      // Over lunch -> 13:00; on Saturday night -> Monday (Sunday closed).
      expect(planFollowups(new Date('2026-03-02T11:30:00.000Z'), null, policy, centre)[0]!.dueAt).toEqual(
        new Date('2026-03-05T12:00:00.000Z'),
      );
      expect(planFollowups(new Date('2026-03-04T20:00:00.000Z'), null, policy, centre)[0]!.dueAt).toEqual(
        new Date('2026-03-09T07:00:00.000Z'),
      );
    });

    it('a call due while the centre is open keeps its time', () => {
      expect(planFollowups(delivered, null, policy, centre)[0]!.dueAt).toEqual(
        new Date('2026-03-05T15:00:00.000Z'),
      );
    });

    it("a reminder is due at the centre's opening on its day, or the next open day", () => {
      // 14 days before 1 March 2027 is Monday 15 February: closed (exception) -> Tuesday 08:00 CET.
      expect(planFollowups(delivered, '2027-03-01', policy, centre)[1]).toEqual({
        kind: 'maintenance-reminder',
        dueAt: new Date('2027-02-16T07:00:00.000Z'),
      });
      // 14 days before 1 June 2027 is Tuesday 18 May: 08:00 CEST.
      expect(planFollowups(delivered, '2027-06-01', policy, centre)[1]!.dueAt).toEqual(
        new Date('2027-05-18T06:00:00.000Z'),
      );
    });

    it('a centre without hours keeps wall-clock times', () => {
      const none = { ...centre, openingHours: {}, hoursExceptions: [] };
      expect(planFollowups(delivered, '2027-03-01', policy, none)).toEqual(
        planFollowups(delivered, '2027-03-01', policy),
      );
    });
  });
});
