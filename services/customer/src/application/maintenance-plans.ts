// Maintenance plans: a tenant's schedule per make (and model). One plan per make and model
// (names compared case-insensitively): a second one would make the matching rule arbitrary, so
// creating or renaming into an existing pair is a 409. An advisory lock per tenant and make
// serialises the check with concurrent creates. Plans change no other record and emit nothing.
import { randomUUID } from 'node:crypto';
import { expectVersion, type Identity } from '@aftersales/service-kit';
import { Conflict } from '@aftersales/service-kit/domain';
import { notFound, ruleViolation } from '../domain/errors';
import { type MaintenancePlan, type Tx } from '../db/client';
import { type CustomerDeps } from './deps';
import { idempotentCreate, type CreateRequest, type Created } from './idempotency';
import { runCommand } from './unit-of-work';

export interface PlanInput {
  make: string;
  model: string | null;
  name: string;
  intervalMonths: number | null;
  intervalKm: number | null;
  services: string[];
  reminderDaysBefore?: number | undefined;
}

export type PlanChange = Partial<PlanInput>;

/** Another plan already covers this make and model (409). */
export const duplicatePlan = (make: string, model: string | null, existingId: string) =>
  new Conflict(
    model === null
      ? `The make ${make} already has a plan for all its models.`
      : `The model ${make} ${model} already has a plan.`,
    {
      type: 'urn:aftersales:problem:customer:duplicate-maintenance-plan',
      code: 'duplicate-maintenance-plan',
      details: { planId: existingId },
    },
  );

/** Serialises plan writes of one tenant and make (released at commit). */
async function lockMake(tx: Tx, tenantId: string, make: string): Promise<void> {
  const key = `maintenance-plan:${tenantId}:${make.trim().toLowerCase()}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

async function assertNoOtherPlan(
  tx: Tx,
  tenantId: string,
  make: string,
  model: string | null,
  exceptId?: string,
): Promise<void> {
  const other = await tx.maintenancePlan.findFirst({
    where: {
      tenantId,
      make: { equals: make.trim(), mode: 'insensitive' },
      model: model === null ? null : { equals: model.trim(), mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (other) throw duplicatePlan(make, model, other.id);
}

/** Creates a plan once per Idempotency-Key; reminderDaysBefore defaults to the service's setting. */
export function createPlan(
  deps: CustomerDeps,
  me: Identity,
  request: CreateRequest,
  input: PlanInput,
): Promise<Created> {
  return idempotentCreate(deps, me, request, async ({ tx }) => {
    await lockMake(tx, me.tenantId, input.make);
    await assertNoOtherPlan(tx, me.tenantId, input.make, input.model);
    const plan = await tx.maintenancePlan.create({
      data: {
        id: randomUUID(),
        tenantId: me.tenantId,
        make: input.make,
        model: input.model,
        name: input.name,
        intervalMonths: input.intervalMonths,
        intervalKm: input.intervalKm,
        services: input.services,
        reminderDaysBefore: input.reminderDaysBefore ?? deps.followups.reminderDaysBefore,
        createdBy: me.userId,
      },
    });
    return plan.id;
  });
}

/** Changes a plan at the version the caller saw (If-Match). */
export function updatePlan(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number,
  change: PlanChange,
): Promise<MaintenancePlan> {
  return runCommand(deps, me, async ({ tx }) => {
    const rows = await tx.$queryRaw<
      { make: string }[]
    >`SELECT make FROM maintenance_plan WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const current = (await tx.maintenancePlan.findUnique({ where: { id } }))!;
    expectVersion(expectedVersion, current.version);
    const next = {
      make: change.make ?? current.make,
      model: change.model !== undefined ? change.model : current.model,
      intervalMonths: change.intervalMonths !== undefined ? change.intervalMonths : current.intervalMonths,
      intervalKm: change.intervalKm !== undefined ? change.intervalKm : current.intervalKm,
    };
    if (next.intervalMonths === null && next.intervalKm === null)
      throw ruleViolation('A plan needs an interval in months, in kilometres, or both.', {
        code: 'no-interval',
      });
    if (change.make !== undefined || change.model !== undefined) {
      await lockMake(tx, me.tenantId, next.make);
      await assertNoOtherPlan(tx, me.tenantId, next.make, next.model, id);
    }
    return tx.maintenancePlan.update({
      where: { id },
      data: {
        ...next,
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.services !== undefined ? { services: change.services } : {}),
        ...(change.reminderDaysBefore !== undefined ? { reminderDaysBefore: change.reminderDaysBefore } : {}),
        version: { increment: 1 },
      },
    });
  });
}
