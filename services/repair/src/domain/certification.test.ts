import { hasPassed, missingCertifications, planCoverage, validUntilOf } from './certification';

const at = new Date('2026-06-01T00:00:00.000Z');

describe('exam results', () => {
  it('passes on attendance and a score at or above the pass mark', () => {
    expect(hasPassed({ passScore: 80 }, { attended: true, examScore: 80 })).toBe(true);
    expect(hasPassed({ passScore: 80 }, { attended: true, examScore: 79.5 })).toBe(false);
    expect(hasPassed({ passScore: 80 }, { attended: true })).toBe(false);
    expect(hasPassed({ passScore: 80 }, { attended: false, examScore: 95 })).toBe(false);
    expect(hasPassed({ passScore: null }, { attended: true })).toBe(true);
  });

  it('certifies for calendar months', () => {
    expect(validUntilOf(new Date('2026-01-31T10:00:00.000Z'), 24).toISOString()).toBe(
      '2028-01-31T10:00:00.000Z',
    );
  });
});

describe('missingCertifications', () => {
  const reqs = [
    { jobType: 'battery-ev', certificationCode: 'HV-EV' },
    { jobType: 'hvac', certificationCode: 'F-GAS' },
  ];
  const held = [
    { technicianId: 't1', code: 'HV-EV', validUntil: new Date('2027-01-01T00:00:00.000Z') },
    { technicianId: 't2', code: 'HV-EV', validUntil: new Date('2026-05-31T23:59:59.000Z') },
  ];

  it('needs nothing for job types without requirements', () => {
    expect(missingCertifications(['t3'], ['brakes'], reqs, held, at)).toEqual([]);
  });

  it('names each technician and certification missing or expired', () => {
    expect(missingCertifications(['t1', 't2', 't3'], ['battery-ev'], reqs, held, at)).toEqual([
      {
        technicianId: 't2',
        certificationCode: 'HV-EV',
        jobType: 'battery-ev',
        problem: 'expired',
        expiredAt: held[1]!.validUntil,
      },
      {
        technicianId: 't3',
        certificationCode: 'HV-EV',
        jobType: 'battery-ev',
        problem: 'missing',
        expiredAt: null,
      },
    ]);
    expect(
      missingCertifications(['t1'], ['battery-ev', 'hvac'], reqs, held, at).map((m) => m.certificationCode),
    ).toEqual(['F-GAS']);
  });

  it('treats validity as ending at validUntil', () => {
    expect(missingCertifications(['t1'], ['battery-ev'], reqs, held, held[0]!.validUntil)).toHaveLength(1);
  });
});

describe('planCoverage', () => {
  it('counts technicians trained on every plan course and per course', () => {
    const c = planCoverage(
      ['a', 'b', 'c', 'd'],
      ['c1', 'c2'],
      [
        { technicianId: 'a', courseId: 'c1' },
        { technicianId: 'a', courseId: 'c2' },
        { technicianId: 'b', courseId: 'c1' },
        { technicianId: 'x', courseId: 'c1' }, // not at this centre
      ],
    );
    expect(c).toEqual({
      technicians: 4,
      fullyTrained: 1,
      coverage: 0.25,
      byCourse: [
        { courseId: 'c1', trained: 2, share: 0.5 },
        { courseId: 'c2', trained: 1, share: 0.25 },
      ],
    });
    expect(planCoverage([], ['c1'], []).coverage).toBeNull();
  });
});
