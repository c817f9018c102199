// Loads the projected facts of one scope (centre, region or tenant) and period from the read
// models and computes the KPIs with the pure formulas.
import { type PrismaClient } from '../db/client';
import { addDays, addMonths, dayStart, monthStart, periodDays, weekStart } from '../domain/periods';
import {
  computeKpis,
  type KpiInputs,
  type KpiReport,
  type OrderFacts,
  type Period,
  type StageDurationFact,
} from '../domain/kpis';

export type Scope = 'centre' | 'region' | 'tenant';

export interface ScopeRef {
  tenantId: string;
  scope: Scope;
  /** Centre or region id; ignored for the tenant scope. */
  id?: string;
}

/** Centres (and regions) a scope covers; null centre list = the whole tenant. */
export async function resolveScope(
  prisma: PrismaClient,
  ref: ScopeRef,
): Promise<{ centreIds: string[] | null; regionIds: string[] | null }> {
  if (ref.scope === 'tenant') return { centreIds: null, regionIds: null };
  if (ref.scope === 'centre') {
    const c = await prisma.centreDirectory.findUnique({
      where: { tenantId_centreId: { tenantId: ref.tenantId, centreId: ref.id ?? '' } },
    });
    return { centreIds: [ref.id ?? ''], regionIds: c ? [c.regionId] : [] };
  }
  const centres = await prisma.centreDirectory.findMany({
    where: { tenantId: ref.tenantId, regionId: ref.id ?? '' },
  });
  return { centreIds: centres.map((c) => c.centreId), regionIds: [ref.id ?? ''] };
}

/** Whether the tenant's centre directory knows the scope: the centre, or a centre of the region. */
export async function scopeExists(prisma: PrismaClient, ref: ScopeRef): Promise<boolean> {
  if (ref.scope === 'tenant') return true;
  if (ref.scope === 'centre')
    return !!(await prisma.centreDirectory.findUnique({
      where: { tenantId_centreId: { tenantId: ref.tenantId, centreId: ref.id ?? '' } },
    }));
  return !!(await prisma.centreDirectory.findFirst({
    where: { tenantId: ref.tenantId, regionId: ref.id ?? '' },
  }));
}

const range = (p: Period) => ({ gte: p.from, lt: p.to });

export async function loadKpiInputs(prisma: PrismaClient, ref: ScopeRef, p: Period): Promise<KpiInputs> {
  const { tenantId } = ref;
  const { centreIds, regionIds } = await resolveScope(prisma, ref);
  const inCentres = centreIds ? { centreId: { in: centreIds } } : {};
  const orderScope =
    ref.scope === 'region'
      ? { OR: [{ regionId: ref.id ?? '' }, { centreId: { in: centreIds ?? [] } }] }
      : inCentres;

  const orderRows = await prisma.orderView.findMany({
    where: {
      tenantId,
      AND: [
        orderScope,
        { OR: [{ openedAt: range(p) }, { diagnosedAt: range(p) }, { completedAt: range(p) }] },
      ],
    },
  });
  const orders: OrderFacts[] = orderRows.map((o) => ({
    repairOrderId: o.repairOrderId,
    centreId: o.centreId,
    regionId: o.regionId,
    openedAt: o.openedAt,
    diagnosedAt: o.diagnosedAt,
    completedAt: o.completedAt,
    closedAt: o.closedAt,
    cancelledAt: o.cancelledAt,
    reworkCount: o.reworkCount,
    comeback: o.comeback,
    stageDurations: (
      (o.completion as { stageDurations?: StageDurationFact[] } | null)?.stageDurations ?? []
    ).map((s) => ({
      stage: s.stage,
      seconds: s.seconds,
      standardSeconds: s.standardSeconds,
    })),
    slaBreachedStages: o.slaBreachedStages,
  }));

  const surveys = await prisma.surveyView.findMany({
    where: { tenantId, ...inCentres, answeredAt: range(p) },
  });

  // Complaints without a centre count where their repair order was done.
  const complaintRows = await prisma.complaintView.findMany({
    where: { tenantId, OR: [{ registeredAt: range(p) }, { resolvedAt: range(p) }] },
  });
  const centreOfOrder = await centresOfOrders(
    prisma,
    tenantId,
    [...complaintRows.map((c) => c.repairOrderId)].filter((x): x is string => !!x),
  );
  const complaints = complaintRows
    .map((c) => ({
      ...c,
      centreId: c.centreId ?? (c.repairOrderId ? (centreOfOrder.get(c.repairOrderId) ?? null) : null),
    }))
    .filter((c) => !centreIds || (c.centreId !== null && centreIds.includes(c.centreId)));

  const requestRows = await prisma.partsRequestView.findMany({
    where: { tenantId, OR: [{ requestedAt: range(p) }, { backorderedAt: range(p) }] },
  });
  const centreOfRequestOrder = await centresOfOrders(
    prisma,
    tenantId,
    requestRows.map((r) => r.repairOrderId),
  );
  const partsRequests = requestRows
    .map((r) => ({ ...r, centreId: r.centreId ?? centreOfRequestOrder.get(r.repairOrderId) ?? null }))
    .filter((r) => !centreIds || (r.centreId !== null && centreIds.includes(r.centreId)));

  // Receipts belong to stock locations; a location is in scope when it served the scope's centres.
  const locations = centreIds
    ? (
        await prisma.partsRequestView.findMany({
          where: { tenantId, centreId: { in: centreIds }, locationId: { not: null } },
          select: { locationId: true },
          distinct: ['locationId'],
        })
      ).map((r) => r.locationId as string)
    : null;
  const receipts = await prisma.receiptView.findMany({
    where: { tenantId, receivedAt: range(p), ...(locations ? { locationId: { in: locations } } : {}) },
  });

  const rescues = await prisma.rescueView.findMany({
    where: {
      tenantId,
      completedAt: range(p),
      ...(ref.scope === 'centre'
        ? { centreId: ref.id ?? '' }
        : ref.scope === 'region'
          ? { regionId: ref.id ?? '' }
          : {}),
    },
  });
  const emergencies = await prisma.emergencyView.findMany({
    where: {
      tenantId,
      ...(regionIds ? { regionId: { in: regionIds } } : {}),
      enteredAt: { lt: p.to },
      OR: [{ leftAt: null }, { leftAt: { gt: p.from } }],
    },
  });

  return { orders, surveys, complaints, partsRequests, receipts, rescues, emergencies };
}

async function centresOfOrders(prisma: PrismaClient, tenantId: string, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, string>();
  const rows = await prisma.orderView.findMany({
    where: { tenantId, repairOrderId: { in: [...new Set(orderIds)] } },
    select: { repairOrderId: true, centreId: true },
  });
  return new Map(rows.filter((r) => r.centreId).map((r) => [r.repairOrderId, r.centreId as string]));
}

export async function kpisOf(
  prisma: PrismaClient,
  ref: ScopeRef,
  p: Period,
  now = new Date(),
): Promise<KpiReport> {
  return computeKpis(await loadKpiInputs(prisma, ref, p), p, now);
}

export type Granularity = 'day' | 'week' | 'month';

export interface KpiSeriesPoint {
  /** First and last day of the bucket (clipped to the period). */
  from: string;
  to: string;
  counts: KpiReport['counts'];
  kpis: KpiReport['kpis'];
}

/**
 * Consecutive buckets covering the period: local days, ISO weeks (Monday) or calendar months of
 * the reporting time zone, clipped to the period.
 */
export function bucketsOf(p: Period, granularity: Granularity, timeZone: string): Period[] {
  const align = granularity === 'day' ? dayStart : granularity === 'week' ? weekStart : monthStart;
  const next =
    granularity === 'day'
      ? (d: Date) => addDays(d, 1, timeZone)
      : granularity === 'week'
        ? (d: Date) => addDays(d, 7, timeZone)
        : (d: Date) => addMonths(d, 1, timeZone);
  const out: Period[] = [];
  for (let b = align(p.from, timeZone); b.getTime() < p.to.getTime(); b = next(b)) {
    const from = new Date(Math.max(b.getTime(), p.from.getTime()));
    const to = new Date(Math.min(next(b).getTime(), p.to.getTime()));
    out.push({ from, to });
  }
  return out;
}

/** The KPIs of each day, week or month of the period, from one load of the period's facts. */
export async function kpiSeriesOf(
  prisma: PrismaClient,
  ref: ScopeRef,
  p: Period,
  granularity: Granularity,
  timeZone: string,
  now = new Date(),
): Promise<KpiSeriesPoint[]> {
  // Every row a bucket needs touches the whole period, so the period's load is a superset of it.
  const inputs = await loadKpiInputs(prisma, ref, p);
  return bucketsOf(p, granularity, timeZone).map((b) => {
    const r = computeKpis(inputs, b, now);
    return { ...periodDays(b, timeZone), counts: r.counts, kpis: r.kpis };
  });
}
