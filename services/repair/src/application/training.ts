// Training and certification use cases: courses, sessions and their results (attendance, exam
// score), certifications per technician (granted by a passed exam or recorded directly), the
// certifications job types require, annual training plans with coverage, and the sweep step
// that reports expired certifications. Each write is one transaction with its outbox events.
import { randomUUID } from 'node:crypto';
import {
  Conflict,
  NotFound,
  assertCentreAccess,
  expectVersion,
  type Identity,
} from '@aftersales/service-kit';
import {
  isUniqueViolation,
  type Course,
  type Db,
  type PrismaClient,
  type ServiceCentre,
  type TechnicianCertification,
  type TrainingPlan,
  type TrainingSession,
  type Tx,
} from '../db/client';
import {
  hasPassed,
  missingCertifications,
  planCoverage,
  validUntilOf,
  type PlanCoverage,
} from '../domain/certification';
import { certificationRequired, concurrentChange, ruleViolation, unknownReference } from '../domain/errors';
import { emit, iso } from '../events/emit';
import { runCommand, systemWithin, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export interface CourseInput {
  code: string;
  title: string;
  category: 'new-technology' | 'equipment' | 'case-study' | 'safety' | 'soft-skills';
  passScore?: number | null;
  certificationCode?: string | null;
  certificationValidMonths?: number | null;
}

export async function createCourse(uow: Uow, identity: Identity, input: CourseInput): Promise<Course> {
  if (!!input.certificationCode !== !!input.certificationValidMonths)
    throw ruleViolation('certificationCode and certificationValidMonths go together.', {
      details: { field: 'certificationValidMonths' },
    });
  try {
    return await uow.tx.course.create({
      data: {
        id: randomUUID(),
        tenantId: identity.tenantId,
        code: input.code,
        title: input.title,
        category: input.category,
        passScore: input.passScore ?? null,
        certificationCode: input.certificationCode ?? null,
        certificationValidMonths: input.certificationValidMonths ?? null,
        createdBy: identity.userId,
      },
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new Conflict(`A course with code ${input.code} exists already.`, { code: 'duplicate-course' });
    throw err;
  }
}

const technicianIdsOf = (centre: ServiceCentre): string[] =>
  (Array.isArray(centre.technicians) ? (centre.technicians as { id: string }[]) : []).map((t) => t.id);

async function centreInScope(tx: Tx, identity: Identity, centreId: string): Promise<ServiceCentre> {
  const centre = await tx.serviceCentre.findFirst({ where: { id: centreId, tenantId: identity.tenantId } });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${centreId}.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  return centre;
}

function assertTechniciansAt(centre: ServiceCentre, ids: readonly string[], field: string): void {
  const known = new Set(technicianIdsOf(centre));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw unknownReference(field, `Not technicians of centre ${centre.id}: ${unknown.join(', ')}.`, {
      technicianIds: unknown,
    });
}

async function courseOf(tx: Tx, tenantId: string, courseId: string, field = 'courseId'): Promise<Course> {
  const course = await tx.course.findFirst({ where: { id: courseId, tenantId } });
  if (!course) throw unknownReference(field, `Unknown course ${courseId}.`, { courseId });
  return course;
}

export interface SessionInput {
  courseId: string;
  centreId: string;
  startsAt: string;
  trainer?: string | null;
  invitees: string[];
}

export async function scheduleSession(
  uow: Uow,
  identity: Identity,
  input: SessionInput,
): Promise<TrainingSession> {
  const { tx } = uow;
  await courseOf(tx, identity.tenantId, input.courseId);
  const centre = await centreInScope(tx, identity, input.centreId);
  assertTechniciansAt(centre, input.invitees, 'invitees');
  return tx.trainingSession.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      courseId: input.courseId,
      centreId: centre.id,
      startsAt: new Date(input.startsAt),
      trainer: input.trainer ?? null,
      invitees: [...new Set(input.invitees)],
      createdBy: identity.userId,
    },
  });
}

export async function sessionInScope(db: Db, identity: Identity, id: string): Promise<TrainingSession> {
  const session = await db.trainingSession.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!session) throw new NotFound(`Training session ${id} not found.`);
  assertCentreAccess(identity, session.centreId);
  return session;
}

export interface ResultInput {
  technicianId: string;
  attended: boolean;
  examScore?: number | null;
}

/**
 * Records the results of a session, once (If-Match on the session): one training record and
 * `technician.training-completed` per technician; a pass of a certifying course grants or renews
 * the certification (`technician.certified`).
 */
export function recordResults(
  deps: CommandDeps,
  ctx: CommandContext,
  sessionId: string,
  results: ResultInput[],
): Promise<TrainingSession> {
  const { identity } = ctx;
  return runCommand(deps, ctx, async (uow) => {
    const { tx, now } = uow;
    const session = await sessionInScope(tx, identity, sessionId);
    expectVersion(ctx.expectedVersion, session.version);
    if (session.resultedAt)
      throw new Conflict(`The results of session ${session.id} were recorded already.`, {
        code: 'results-recorded',
        details: { resultedAt: iso(session.resultedAt) },
      });
    const ids = results.map((r) => r.technicianId);
    if (new Set(ids).size !== ids.length)
      throw ruleViolation('A technician appears twice in the results.', { details: { field: 'results' } });
    const centre = await tx.serviceCentre.findFirstOrThrow({ where: { id: session.centreId } });
    assertTechniciansAt(centre, ids, 'results');
    const course = await courseOf(tx, identity.tenantId, session.courseId);
    const absentScore = results.find((r) => !r.attended && r.examScore !== null && r.examScore !== undefined);
    if (absentScore)
      throw ruleViolation(`Technician ${absentScore.technicianId} did not attend but has an exam score.`, {
        details: { field: 'results' },
      });
    const { count } = await tx.trainingSession.updateMany({
      where: { id: session.id, version: session.version },
      data: { version: { increment: 1 }, resultedAt: now },
    });
    if (count === 0) throw concurrentChange();
    for (const r of results) {
      const passed = hasPassed({ passScore: course.passScore }, r);
      await tx.trainingRecord.create({
        data: {
          id: randomUUID(),
          tenantId: identity.tenantId,
          sessionId: session.id,
          courseId: course.id,
          centreId: session.centreId,
          technicianId: r.technicianId,
          attended: r.attended,
          examScore: r.examScore ?? null,
          passed,
          completedAt: now,
        },
      });
      emit(
        uow,
        'technician.training-completed',
        r.technicianId,
        {
          technicianId: r.technicianId,
          centreId: session.centreId,
          courseId: course.id,
          courseCode: course.code,
          sessionId: session.id,
          attended: r.attended,
          ...(r.examScore === null || r.examScore === undefined ? {} : { examScore: r.examScore }),
          passed,
          completedAt: iso(now),
        },
        session.id,
      );
      if (passed && course.certificationCode && course.certificationValidMonths) {
        const cert = await certify(tx, identity, {
          technicianId: r.technicianId,
          centreId: session.centreId,
          code: course.certificationCode,
          validUntil: validUntilOf(now, course.certificationValidMonths),
          courseId: course.id,
        });
        certified(uow, cert, session.id);
      }
    }
    return { ...session, version: session.version + 1, resultedAt: now };
  });
}

async function certify(
  tx: Tx,
  identity: Identity,
  c: { technicianId: string; centreId: string; code: string; validUntil: Date; courseId?: string | null },
): Promise<TechnicianCertification> {
  const data = {
    centreId: c.centreId,
    validUntil: c.validUntil,
    courseId: c.courseId ?? null,
    expiryReportedAt: null,
    updatedBy: identity.userId,
  };
  return tx.technicianCertification.upsert({
    where: {
      tenantId_technicianId_code: { tenantId: identity.tenantId, technicianId: c.technicianId, code: c.code },
    },
    create: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      technicianId: c.technicianId,
      code: c.code,
      ...data,
    },
    update: data,
  });
}

function certified(uow: Uow, cert: TechnicianCertification, correlationId?: string): void {
  emit(
    uow,
    'technician.certified',
    cert.technicianId,
    {
      technicianId: cert.technicianId,
      centreId: cert.centreId,
      certificationCode: cert.code,
      validUntil: iso(cert.validUntil),
      ...(cert.courseId ? { courseId: cert.courseId } : {}),
    },
    correlationId,
  );
}

export interface CertificationInput {
  technicianId: string;
  centreId: string;
  certificationCode: string;
  validUntil: string;
}

/** Records a certification obtained elsewhere (e.g. a manufacturer's), or renews one. */
export async function recordCertification(
  uow: Uow,
  identity: Identity,
  input: CertificationInput,
): Promise<TechnicianCertification> {
  const { tx, now } = uow;
  const centre = await centreInScope(tx, identity, input.centreId);
  assertTechniciansAt(centre, [input.technicianId], 'technicianId');
  const validUntil = new Date(input.validUntil);
  if (validUntil.getTime() <= now.getTime())
    throw ruleViolation('validUntil is in the past; an expired certification cannot be recorded.', {
      details: { field: 'validUntil' },
    });
  const cert = await certify(tx, identity, {
    technicianId: input.technicianId,
    centreId: centre.id,
    code: input.certificationCode,
    validUntil,
  });
  certified(uow, cert);
  return cert;
}

/** Replaces the certifications a job type requires (empty list: none). */
export async function setRequirements(
  deps: CommandDeps,
  ctx: CommandContext,
  jobType: string,
  certificationCodes: string[],
): Promise<string[]> {
  const codes = [...new Set(certificationCodes)].sort();
  await runCommand(deps, ctx, async ({ tx, tenantId, actor }) => {
    await tx.certificationRequirement.deleteMany({ where: { tenantId, jobType } });
    if (codes.length)
      await tx.certificationRequirement.createMany({
        data: codes.map((certificationCode) => ({ tenantId, jobType, certificationCode, createdBy: actor })),
      });
  });
  return codes;
}

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

/**
 * Sweep step: certifications past their validity not yet reported emit
 * `technician.certification-expired`, once per validity (a renewal clears the mark).
 */
export async function reportExpiredCertifications(
  prisma: PrismaClient,
  now: Date,
  batch = 100,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM technician_certification
        WHERE valid_until <= $1 AND expiry_reported_at IS NULL
        ORDER BY valid_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      batch,
    );
    if (due.length === 0) return 0;
    const certs = await tx.technicianCertification.findMany({ where: { id: { in: due.map((d) => d.id) } } });
    await tx.technicianCertification.updateMany({
      where: { id: { in: certs.map((c) => c.id) } },
      data: { expiryReportedAt: now },
    });
    for (const c of certs)
      await systemWithin(tx, c.tenantId, now, null, async (uow) => {
        emit(uow, 'technician.certification-expired', c.technicianId, {
          technicianId: c.technicianId,
          centreId: c.centreId,
          certificationCode: c.code,
          expiredAt: iso(c.validUntil),
        });
      });
    return certs.length;
  });
}

/**
 * Refuses an assignment when the order's job types (its diagnosed vehicle systems) require a
 * certification one of the technicians lacks or let lapse: 422 naming each technician and code.
 */
export async function assertCertified(
  tx: Tx,
  order: { id: string; tenantId: string; faultSystems: string[] },
  technicianIds: readonly string[],
  now: Date,
): Promise<void> {
  const requirements = await tx.certificationRequirement.findMany({
    where: { tenantId: order.tenantId, jobType: { in: order.faultSystems } },
  });
  if (requirements.length === 0) return;
  const held = await tx.technicianCertification.findMany({
    where: {
      tenantId: order.tenantId,
      technicianId: { in: [...technicianIds] },
      code: { in: requirements.map((r) => r.certificationCode) },
    },
  });
  const missing = missingCertifications(
    technicianIds,
    order.faultSystems,
    requirements,
    held.map((h) => ({ technicianId: h.technicianId, code: h.code, validUntil: h.validUntil })),
    now,
  );
  if (missing.length === 0) return;
  const text = missing
    .map(
      (m) =>
        `technician ${m.technicianId} ${m.problem === 'expired' ? 'has an expired' : 'lacks the'} ${m.certificationCode} certification (required for ${m.jobType})`,
    )
    .join('; ');
  throw certificationRequired(
    `Cannot assign order ${order.id}: ${text}.`,
    missing.map((m) => ({
      technicianId: m.technicianId,
      certificationCode: m.certificationCode,
      jobType: m.jobType,
      problem: m.problem,
      expiredAt: m.expiredAt ? iso(m.expiredAt) : null,
    })),
  );
}
