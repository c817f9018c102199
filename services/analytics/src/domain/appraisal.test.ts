import { centreScorecards, employeeScorecards } from './appraisal';

const audits = [
  {
    auditId: 'a1',
    centreId: 'c1',
    kind: 'process-audit',
    scorePercent: 90,
    employeeIds: ['e1'],
    findingCount: 1,
  },
  {
    auditId: 'a2',
    centreId: 'c1',
    kind: 'mystery-shopper',
    scorePercent: 70,
    employeeIds: ['e1', 'e2'],
    findingCount: 2,
  },
];
const orders = [
  { repairOrderId: 'o1', centreId: 'c1', technicianIds: ['e1'], reworkCount: 0, comeback: false },
  { repairOrderId: 'o2', centreId: 'c1', technicianIds: ['e1', 'e3'], reworkCount: 1, comeback: true },
];
const complaints = [
  { complaintId: 'k1', centreId: 'c1', repairOrderId: 'o2' },
  { complaintId: 'k2', centreId: 'c2', repairOrderId: null },
];
const surveys = [{ repairOrderId: 'o1', centreId: 'c1', csi: 4 }];

describe('appraisal scorecards', () => {
  it('per employee: audits covering them, their orders, complaints and surveys about those orders', () => {
    const cards = employeeScorecards(audits, orders, complaints, surveys);
    expect(cards.map((c) => c.employeeId)).toEqual(['e1', 'e2', 'e3']);
    expect(cards[0]).toEqual({
      employeeId: 'e1',
      centreIds: ['c1'],
      audits: 2,
      meanAuditScore: 80,
      auditFindings: 3,
      ordersCompleted: 2,
      comebacks: 1,
      comebackRate: 0.5,
      firstTimeFixRate: 0.5,
      complaints: 1,
      complaintRate: 0.5,
      surveys: 1,
      csi: 4,
    });
    expect(cards[1]).toMatchObject({
      audits: 1,
      ordersCompleted: 0,
      comebackRate: null,
      complaintRate: null,
    });
  });

  it('per centre, with safety hazards', () => {
    const cards = centreScorecards(audits, orders, complaints, surveys, [{ centreId: 'c1', hazardCount: 2 }]);
    expect(cards.map((c) => [c.centreId, c.complaints, c.ordersCompleted, c.safetyHazards])).toEqual([
      ['c1', 1, 2, 2],
      ['c2', 1, 0, 0],
    ]);
  });
});
