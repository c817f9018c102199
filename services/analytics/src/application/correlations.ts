// Correlations over the orders of a scope completed in a period: each order is one sample.
import { type PrismaClient } from '../db/client';
import { correlate, type CorrelationResult } from '../domain/correlation';
import { type Period } from '../domain/kpis';
import { resolveScope, type ScopeRef } from './kpi-query';

export interface Correlation {
  name: string;
  x: string;
  y: string;
  result: CorrelationResult;
}

const HOUR = 3_600_000;

export async function correlationsOf(
  prisma: PrismaClient,
  ref: ScopeRef,
  p: Period,
  minSamples: number,
): Promise<Correlation[]> {
  const { centreIds } = await resolveScope(prisma, ref);
  const orders = await prisma.orderView.findMany({
    where: {
      tenantId: ref.tenantId,
      completedAt: { gte: p.from, lt: p.to },
      ...(centreIds ? { centreId: { in: centreIds } } : {}),
    },
    orderBy: { repairOrderId: 'asc' },
  });
  const ids = orders.map((o) => o.repairOrderId);
  const surveys = new Map(
    (await prisma.surveyView.findMany({ where: { tenantId: ref.tenantId, repairOrderId: { in: ids } } })).map(
      (s) => [s.repairOrderId, s],
    ),
  );
  const complaintCounts = new Map<string, number>();
  for (const c of await prisma.complaintView.findMany({
    where: { tenantId: ref.tenantId, repairOrderId: { in: ids } },
  }))
    complaintCounts.set(c.repairOrderId as string, (complaintCounts.get(c.repairOrderId as string) ?? 0) + 1);

  const waiting = (o: (typeof orders)[number]) =>
    o.openedAt && o.completedAt ? (o.completedAt.getTime() - o.openedAt.getTime()) / HOUR : NaN;
  const response = (o: (typeof orders)[number]) =>
    o.openedAt && o.diagnosedAt ? (o.diagnosedAt.getTime() - o.openedAt.getTime()) / HOUR : NaN;
  const surveyed = orders.filter((o) => surveys.has(o.repairOrderId));
  const csiOf = (id: string) => {
    const s = surveys.get(id)!;
    return (s.product + s.service + s.purchase) / 3;
  };

  return [
    {
      name: 'satisfaction-vs-waiting-time',
      x: 'hours from reception to completion',
      y: 'survey mean score (1-5)',
      result: correlate(
        surveyed.map((o) => [waiting(o), csiOf(o.repairOrderId)] as const),
        minSamples,
      ),
    },
    {
      name: 'nps-vs-response-time',
      x: 'hours from reception to diagnosis',
      y: 'NPS answer (0-10)',
      result: correlate(
        surveyed.map((o) => [response(o), surveys.get(o.repairOrderId)!.nps] as const),
        minSamples,
      ),
    },
    {
      name: 'complaints-vs-rework',
      x: 'QC rework rounds',
      y: 'complaints about the order',
      result: correlate(
        orders
          .filter((o) => o.reworkCount !== null)
          .map((o) => [o.reworkCount as number, complaintCounts.get(o.repairOrderId) ?? 0] as const),
        minSamples,
      ),
    },
    {
      name: 'satisfaction-vs-rework',
      x: 'QC rework rounds',
      y: 'survey mean score (1-5)',
      result: correlate(
        surveyed
          .filter((o) => o.reworkCount !== null)
          .map((o) => [o.reworkCount as number, csiOf(o.repairOrderId)] as const),
        minSamples,
      ),
    },
  ];
}
