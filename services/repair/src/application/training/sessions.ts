// Training sessions: scheduled at a centre for invited technicians; their results (attendance,
// exam score) are recorded once, each as a training record and technician.training-completed,
// and a pass of a certifying course grants or renews the certification (technician.certified).
import { randomUUID } from 'node:crypto';
import {
  Conflict,
  NotFound,
  assertCentreAccess,
  expectVersion,
  type Identity,
} from '@aftersales/service-kit';
import { type Db, type TrainingSession } from '../../db/client';
import { hasPassed, validUntilOf } from '../../domain/certification';
import { concurrentChange, ruleViolation } from '../../domain/errors';
import { emit, iso } from '../../events/emit';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from '../unit-of-work';
import { certified, certify } from './certifications';
import { courseOf } from './courses';
import { assertTechniciansAt, centreInScope } from './staff';

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
