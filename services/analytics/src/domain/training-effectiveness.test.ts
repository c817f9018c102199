import {
  courseStatistics,
  rates,
  trainingCoverage,
  trainingEffectiveness,
  type TrainingCompletion,
} from './training-effectiveness';

const T = new Date('2026-03-01T00:00:00.000Z');
const day = (n: number) => new Date(T.getTime() + n * 86_400_000);
const done = (technicianId: string, o: Partial<TrainingCompletion> = {}): TrainingCompletion => ({
  technicianId,
  centreId: 'c1',
  courseId: 'k1',
  courseCode: 'K-1',
  attended: true,
  passed: true,
  examScore: 80,
  completedAt: T,
  ...o,
});
const order = (id: string, techs: string[], d: number, comeback = false, reworkCount = 0) => ({
  repairOrderId: id,
  centreId: 'c1',
  technicianIds: techs,
  completedAt: day(d),
  comeback,
  reworkCount,
});

describe('training effectiveness', () => {
  it('rates with their sample size; null without orders', () => {
    expect(rates([])).toEqual({
      orders: 0,
      comebacks: 0,
      firstTimeFixes: 0,
      comebackRate: null,
      firstTimeFixRate: null,
    });
    expect(
      rates([
        { comeback: true, reworkCount: 0 },
        { comeback: false, reworkCount: 1 },
      ]),
    ).toMatchObject({
      comebackRate: 0.5,
      firstTimeFixRate: 0,
    });
  });

  it('compares each trained technician before vs after their first attended session, within the window', () => {
    const result = trainingEffectiveness(
      [done('a'), done('a', { completedAt: day(50) }), done('b', { attended: false, passed: false })],
      [
        order('1', ['a'], -5, true),
        order('2', ['a', 'b'], -10),
        order('3', ['a'], 10),
        order('4', ['a'], 40, false, 1),
        order('5', ['a'], -40, true), // outside a 30-day window
        order('6', ['b'], 5, true), // b did not attend
      ],
      30,
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({
      courseId: 'k1',
      technicians: 1,
      before: { orders: 2, comebackRate: 0.5, firstTimeFixRate: 0.5 },
      after: { orders: 1, comebackRate: 0, firstTimeFixRate: 1 },
      change: { comebackRate: -0.5, firstTimeFixRate: 0.5 },
    });
    expect(result[0]!.byTechnician[0]!.trainedAt).toBe(T.toISOString());
  });

  it('exam pass rates per course and coverage per centre', () => {
    const cs = [
      done('a'),
      done('b', { passed: false, examScore: 40 }),
      done('c', { attended: false, passed: false, examScore: null }),
    ];
    expect(courseStatistics(cs)).toEqual([
      {
        courseId: 'k1',
        courseCode: 'K-1',
        results: 3,
        attended: 2,
        examsTaken: 2,
        passed: 1,
        passRate: 0.5,
        meanExamScore: 60,
      },
    ]);
    expect(trainingCoverage(cs, [order('1', ['d'], 1)])).toEqual([
      { centreId: 'c1', technicians: 4, trained: 2, coverage: 0.5 },
    ]);
  });
});
