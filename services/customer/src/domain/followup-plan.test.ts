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
});
