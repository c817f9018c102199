// Periodic analytics.kpi.snapshot: once per day, per tenant, region and centre, the KPIs of the
// previous day in the reporting time zone (local midnight to local midnight). The log row and the outbox
// row commit together, so each goes out once.
import { randomUUID } from 'node:crypto';
import { createEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type PrismaClient } from '../db/client';
import { isoDate, shiftDate, startOfDate } from '../domain/periods';
import { kpisOf, type Scope } from './kpi-query';
import { PRODUCER } from './outcomes';

export async function emitDailySnapshots(prisma: PrismaClient, now: Date, timeZone: string): Promise<number> {
  const today = isoDate(now, timeZone);
  const date = shiftDate(today, -1); // yesterday, local
  const period = { from: startOfDate(date, timeZone), to: startOfDate(today, timeZone) };
  const day = new Date(`${date}T00:00:00Z`); // the log's DATE key
  const centres = await prisma.centreDirectory.findMany({
    orderBy: [{ tenantId: 'asc' }, { centreId: 'asc' }],
  });
  const scopes = new Map<string, { tenantId: string; scope: Scope; id: string }>();
  for (const c of centres) {
    scopes.set(`${c.tenantId}|tenant`, { tenantId: c.tenantId, scope: 'tenant', id: c.tenantId });
    scopes.set(`${c.tenantId}|region|${c.regionId}`, {
      tenantId: c.tenantId,
      scope: 'region',
      id: c.regionId,
    });
    scopes.set(`${c.tenantId}|centre|${c.centreId}`, {
      tenantId: c.tenantId,
      scope: 'centre',
      id: c.centreId,
    });
  }
  let emitted = 0;
  for (const s of scopes.values()) {
    const key = { tenantId: s.tenantId, scope: s.scope, scopeId: s.id, granularity: 'day', periodStart: day };
    const done = await prisma.kpiSnapshotLog.findUnique({
      where: { tenantId_scope_scopeId_granularity_periodStart: key },
    });
    if (done) continue;
    const report = await kpisOf(prisma, s, period, now);
    const event = createEvent('analytics.kpi.snapshot', {
      producer: PRODUCER,
      tenantId: s.tenantId,
      subject: `${s.scope}:${s.id}`,
      occurredAt: now,
      data: {
        snapshotId: randomUUID(),
        scope: s.scope,
        scopeId: s.id,
        granularity: 'day',
        periodStart: date,
        periodEnd: date,
        counts: report.counts,
        kpis: report.kpis,
      },
    });
    const inserted = await prisma.$transaction(async (tx) => {
      const n = await tx.$executeRaw`
        INSERT INTO kpi_snapshot_log (tenant_id, scope, scope_id, granularity, period_start, event_id, emitted_at)
        VALUES (${s.tenantId}, ${s.scope}, ${s.id}, 'day', ${day}::date, ${event.id}::uuid, ${now})
        ON CONFLICT DO NOTHING`;
      if (n > 0) await enqueueEvents(tx, [event]);
      return n > 0;
    });
    if (inserted) emitted++;
  }
  return emitted;
}
