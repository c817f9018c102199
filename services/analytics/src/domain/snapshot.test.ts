import { createEvent } from '@aftersales/contracts';
import { computeKpis } from './kpis';

it('a day with more complaints than completed orders makes a valid snapshot carrying the true rate', () => {
  const day = { from: new Date('2026-07-01T00:00:00Z'), to: new Date('2026-07-02T00:00:00Z') };
  const at = new Date('2026-07-01T10:00:00Z');
  const complaint = (id: string) => ({
    complaintId: id,
    centreId: 'c',
    repairOrderId: null,
    category: 'billing',
    registeredAt: at,
    resolvedAt: null,
    resolutionSeconds: null,
    closedAt: null,
  });
  const order = {
    repairOrderId: 'o',
    centreId: 'c',
    regionId: 'r',
    openedAt: at,
    diagnosedAt: null,
    completedAt: at,
    closedAt: null,
    cancelledAt: null,
    reworkCount: 0,
    comeback: false,
    stageDurations: [],
    slaBreachedStages: [],
  };
  const report = computeKpis(
    {
      orders: [order],
      surveys: [],
      complaints: [complaint('a'), complaint('b')],
      partsRequests: [],
      receipts: [],
      rescues: [],
      emergencies: [],
    },
    day,
  );
  expect(report.kpis.complaintRate).toBe(2);
  const data = {
    snapshotId: 's',
    scope: 'centre' as const,
    scopeId: 'c',
    granularity: 'day' as const,
    periodStart: '2026-07-01',
    periodEnd: '2026-07-01',
    counts: report.counts,
  };
  const build = (kpis: typeof report.kpis) =>
    createEvent('analytics.kpi.snapshot', {
      producer: 'analytics',
      tenantId: 't',
      subject: 'centre:c',
      data: { ...data, kpis },
    });
  expect(build(report.kpis).data.kpis.complaintRate).toBe(2);
});
