// Annual training plans of a centre, and their coverage: which of the centre's technicians
// passed the plan's courses within the plan year.
import { randomUUID } from 'node:crypto';
import { Conflict, NotFound, assertCentreAccess, type Identity } from '@aftersales/service-kit';
import { isUniqueViolation, type PrismaClient, type TrainingPlan } from '../../db/client';
import { planCoverage, type PlanCoverage } from '../../domain/certification';
import { type Uow } from '../unit-of-work';
import { courseOf } from './courses';
import { centreInScope, technicianIdsOf } from './staff';

export interface PlanInput {
  centreId: string;
  year: number;
  courseIds: string[];
}

export async function createPlan(uow: Uow, identity: Identity, input: PlanInput): Promise<TrainingPlan> {
  const { tx } = uow;
  const centre = await centreInScope(tx, identity, input.centreId);
  const courseIds = [...new Set(input.courseIds)];
  for (const id of courseIds) await courseOf(tx, identity.tenantId, id, 'courseIds');
  try {
    return await tx.trainingPlan.create({
      data: {
        id: randomUUID(),
        tenantId: identity.tenantId,
        centreId: centre.id,
        year: input.year,
        courseIds,
        createdBy: identity.userId,
      },
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new Conflict(`Centre ${centre.id} already has a training plan for ${input.year}.`, {
        code: 'duplicate-plan',
      });
    throw err;
  }
}

/** A plan with its coverage: the centre's technicians who passed its courses within the plan year. */
export async function planWithCoverage(
  prisma: PrismaClient,
  identity: Identity,
  id: string,
): Promise<{ plan: TrainingPlan; coverage: PlanCoverage }> {
  const plan = await prisma.trainingPlan.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!plan) throw new NotFound(`Training plan ${id} not found.`);
  const centre = await prisma.serviceCentre.findFirst({ where: { id: plan.centreId } });
  if (!centre) throw new NotFound(`Training plan ${id} not found.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  const technicians = technicianIdsOf(centre);
  const passed = await prisma.trainingRecord.findMany({
    where: {
      tenantId: identity.tenantId,
      courseId: { in: plan.courseIds },
      technicianId: { in: technicians },
      passed: true,
      completedAt: { gte: new Date(Date.UTC(plan.year, 0, 1)), lt: new Date(Date.UTC(plan.year + 1, 0, 1)) },
    },
    select: { technicianId: true, courseId: true },
  });
  return { plan, coverage: planCoverage(technicians, plan.courseIds, passed) };
}
