// Courses: what is taught, the exam's pass mark and the certification a pass grants.
import { randomUUID } from 'node:crypto';
import { Conflict, type Identity } from '@aftersales/service-kit';
import { isUniqueViolation, type Course, type Tx } from '../../db/client';
import { ruleViolation, unknownReference } from '../../domain/errors';
import { type Uow } from '../unit-of-work';

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

export async function courseOf(
  tx: Tx,
  tenantId: string,
  courseId: string,
  field = 'courseId',
): Promise<Course> {
  const course = await tx.course.findFirst({ where: { id: courseId, tenantId } });
  if (!course) throw unknownReference(field, `Unknown course ${courseId}.`, { courseId });
  return course;
}
