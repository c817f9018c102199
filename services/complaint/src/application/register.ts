// Intake: a complaint from any channel, or opened proactively by an event. One unit of work
// allocates the reference number, routes the complaint, sets deadlines if it is classified,
// writes its history and emits its events.
import { randomUUID } from 'node:crypto';
import { type Complaint, type Tx } from '../db/client';
import { route } from '../domain/routing';
import { deadlinesFor } from '../domain/time-limits';
import {
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSeverity,
  type Trigger,
} from '../domain/types';
import { emitAssigned, emitRegistered } from '../events/factories';
import { detectComplaintPattern } from './actions';
import { derivedClock } from './clock';
import { loadRules, loadSettings, type ServiceDefaults } from './settings';
import { type Work } from './unit-of-work';

/** A new complaint of the unit of work's tenant (an event that opens one is its causation). */
export interface RegisterInput {
  channel: ComplaintChannel;
  trigger: Trigger;
  sourceEventId: string | null;
  customerId: string | null;
  vehicleId: string | null;
  repairOrderId: string | null;
  centreId: string | null;
  description: string;
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  /** Staff member who took it in; null when an event opened it. */
  createdBy: string | null;
}

/**
 * Next reference of the tenant for the year, e.g. C-2026-000123. The counter row is updated in
 * the caller's transaction: concurrent intakes queue on its row lock (no duplicates) and a
 * rolled-back intake rolls its number back too (no gaps).
 */
export async function allocateReference(tx: Tx, tenantId: string, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const rows = await tx.$queryRawUnsafe<{ last_value: number }[]>(
    `INSERT INTO reference_counter (tenant_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = reference_counter.last_value + 1
     RETURNING last_value`,
    tenantId,
    year,
  );
  return `C-${year}-${String(rows[0]!.last_value).padStart(6, '0')}`;
}

export async function registerComplaint(
  uow: Work,
  defaults: ServiceDefaults,
  input: RegisterInput,
): Promise<Complaint> {
  const { tx, tenantId, now } = uow;
  const settings = await loadSettings(tx, tenantId, defaults);
  const rules = await loadRules(tx, tenantId);
  const referenceNumber = await allocateReference(tx, tenantId, now);
  const routing = route(
    rules,
    { category: input.category, severity: input.severity, centreId: input.centreId },
    settings.defaultTeamId,
  );
  const classified = input.category !== null && input.severity !== null;
  const deadlines = classified
    ? deadlinesFor(now, input.severity!, settings.timeLimits, settings.calendar)
    : null;
  const clock = {
    status: 'open',
    acknowledgedAt: null,
    acknowledgeBy: deadlines?.acknowledgeBy ?? null,
    resolveBy: deadlines?.resolveBy ?? null,
    acknowledgeEscalatedAt: null,
    resolveEscalatedAt: null,
  };
  const complaint = await tx.complaint.create({
    data: {
      id: randomUUID(),
      tenantId,
      referenceNumber,
      channel: input.channel,
      trigger: input.trigger,
      sourceEventId: input.sourceEventId,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      repairOrderId: input.repairOrderId,
      centreId: input.centreId,
      description: input.description,
      category: input.category,
      severity: input.severity,
      teamId: routing.teamId,
      teamSource: routing.ruleId ? 'routing-rule' : 'default',
      routingRuleId: routing.ruleId,
      clockStartedAt: now,
      registeredAt: now,
      createdBy: input.createdBy,
      ...clock,
      ...derivedClock(clock),
    },
  });
  const actorId = input.createdBy;
  await tx.complaintHistory.createMany({
    data: [
      {
        complaintId: complaint.id,
        kind: 'registered',
        actorId,
        at: now,
        data: { channel: input.channel, trigger: input.trigger, referenceNumber },
      },
      ...(classified
        ? [
            {
              complaintId: complaint.id,
              kind: 'classification',
              actorId,
              at: now,
              data: { category: input.category, severity: input.severity, previous: null },
            },
          ]
        : []),
      {
        complaintId: complaint.id,
        kind: 'assignment',
        actorId: null,
        at: now,
        data: {
          teamId: routing.teamId,
          previousTeamId: null,
          reason: 'routing-rule',
          ruleId: routing.ruleId,
        },
      },
    ],
  });
  emitRegistered(uow, complaint);
  // complaint.assigned carries deadlines, so an unclassified complaint announces its team
  // when it is classified.
  if (classified) emitAssigned(uow, complaint, null, 'routing-rule');
  // A classified complaint at a centre may complete a pattern that opens an improvement action.
  await detectComplaintPattern(uow, defaults, complaint);
  return complaint;
}
