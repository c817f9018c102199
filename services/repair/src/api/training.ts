// /v1/courses, /v1/training-sessions (+ /results), /v1/certifications,
// /v1/certification-requirements/{jobType} and /v1/training-plans (with coverage).
// quality-manager manages; any staff of the centre may read.
import { Router } from 'express';
import {
  notFound,
  paginationQuerySchema,
  requestIdOf,
  requireIfMatch,
  route,
  setETag,
} from '@aftersales/service-kit';
import { type Course, type TechnicianCertification, type TrainingSession } from '../db/client';
import * as training from '../application/training';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import {
  certificationBody,
  courseBody,
  jobTypeParams,
  listCertificationsQuery,
  planBody,
  requirementBody,
  resultsBody,
  sessionBody,
} from './quality-schemas';
import { idParams } from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

const courseDto = (c: Course) => ({
  id: c.id,
  code: c.code,
  title: c.title,
  category: c.category,
  passScore: c.passScore,
  certificationCode: c.certificationCode,
  certificationValidMonths: c.certificationValidMonths,
  createdAt: c.createdAt.toISOString(),
});

const sessionDto = (s: TrainingSession) => ({
  id: s.id,
  courseId: s.courseId,
  centreId: s.centreId,
  startsAt: s.startsAt.toISOString(),
  trainer: s.trainer,
  invitees: s.invitees,
  resultedAt: s.resultedAt?.toISOString() ?? null,
  version: s.version,
});

const certificationDto = (c: TechnicianCertification, now: Date) => ({
  id: c.id,
  technicianId: c.technicianId,
  centreId: c.centreId,
  certificationCode: c.code,
  validUntil: c.validUntil.toISOString(),
  valid: c.validUntil.getTime() > now.getTime(),
  courseId: c.courseId,
});

/** The asked centre if in scope (else none), or every centre in scope (null: all). */
function centreFilter(centreId: string | undefined, scope: string[] | null): object {
  if (centreId) return { centreId: scope && !scope.includes(centreId) ? { in: [] } : centreId };
  return scope ? { centreId: { in: scope } } : {};
}

export function trainingRouter(deps: ApiDeps): Router {
  const r = Router();
  r.post(
    '/v1/courses',
    requireRole('quality-manager'),
    route({ body: courseBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/courses', body },
        async (tx) => {
          const c = await domain(() => training.createCourse(tx, identity, body));
          return { status: 201, body: courseDto(c), headers: { Location: `/v1/courses/${c.id}` } };
        },
      );
    }),
  );

  r.get(
    '/v1/courses',
    route({ query: paginationQuerySchema }, async ({ query }, req) => {
      const rows = await deps.prisma.course.findMany({
        where: { tenantId: identityOf(req).tenantId, ...afterCursor(query.cursor) },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, courseDto);
    }),
  );

  r.get(
    '/v1/courses/:id',
    route({ params: idParams }, async ({ params }, req) => {
      const c = await deps.prisma.course.findFirst({
        where: { id: params.id, tenantId: identityOf(req).tenantId },
      });
      if (!c) throw notFound(`Course ${params.id} not found.`);
      return courseDto(c);
    }),
  );

  r.post(
    '/v1/training-sessions',
    requireRole('quality-manager'),
    route({ body: sessionBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/training-sessions', body },
        async (tx) => {
          const s = await domain(() => training.scheduleSession(tx, identity, body));
          return {
            status: 201,
            body: sessionDto(s),
            headers: { ETag: `"${s.version}"`, Location: `/v1/training-sessions/${s.id}` },
          };
        },
      );
    }),
  );

  r.get(
    '/v1/training-sessions/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const s = await training.sessionInScope(deps.prisma, identityOf(req), params.id);
      const records = await deps.prisma.trainingRecord.findMany({
        where: { sessionId: s.id },
        orderBy: { technicianId: 'asc' },
      });
      setETag(res, s.version);
      return {
        ...sessionDto(s),
        results: records.map((x) => ({
          technicianId: x.technicianId,
          attended: x.attended,
          examScore: x.examScore,
          passed: x.passed,
        })),
      };
    }),
  );

  r.post(
    '/v1/training-sessions/:id/results',
    requireRole('quality-manager'),
    route({ params: idParams, body: resultsBody }, async ({ params, body }, req, res) => {
      const s = await domain(() =>
        training.recordResults(
          deps.prisma,
          identityOf(req),
          params.id,
          requireIfMatch(req),
          body.results,
          nowOf(deps),
          requestIdOf(req),
        ),
      );
      deps.onEvents?.();
      setETag(res, s.version);
      return sessionDto(s);
    }),
  );

  r.post(
    '/v1/certifications',
    requireRole('quality-manager'),
    route({ body: certificationBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      const now = nowOf(deps);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/certifications', body },
        async (tx) => {
          const c = await domain(() =>
            training.recordCertification(tx, identity, body, now, requestIdOf(req)),
          );
          return { status: 201, body: certificationDto(c, now) };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/certifications',
    route({ query: listCertificationsQuery }, async ({ query }, req) => {
      const identity = identityOf(req);
      const scope = await centresInScope(deps.prisma, identity);
      const rows = await deps.prisma.technicianCertification.findMany({
        where: {
          tenantId: identity.tenantId,
          ...(query.technicianId ? { technicianId: query.technicianId } : {}),
          ...centreFilter(query.centreId, scope),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      const now = nowOf(deps);
      return pageOf(rows, query.limit, (c) => certificationDto(c, now));
    }),
  );

  r.get(
    '/v1/certification-requirements',
    route({}, async (_input, req) => {
      const rows = await deps.prisma.certificationRequirement.findMany({
        where: { tenantId: identityOf(req).tenantId },
        orderBy: [{ jobType: 'asc' }, { certificationCode: 'asc' }],
      });
      const byJob = new Map<string, string[]>();
      for (const x of rows) byJob.set(x.jobType, [...(byJob.get(x.jobType) ?? []), x.certificationCode]);
      return { items: [...byJob].map(([jobType, certificationCodes]) => ({ jobType, certificationCodes })) };
    }),
  );

  r.put(
    '/v1/certification-requirements/:jobType',
    requireRole('quality-manager'),
    route({ params: jobTypeParams, body: requirementBody }, async ({ params, body }, req) => {
      const codes = await training.setRequirements(
        deps.prisma,
        identityOf(req),
        params.jobType,
        body.certificationCodes,
      );
      return { jobType: params.jobType, certificationCodes: codes };
    }),
  );

  r.post(
    '/v1/training-plans',
    requireRole('quality-manager'),
    route({ body: planBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/training-plans', body },
        async (tx) => {
          const p = await domain(() => training.createPlan(tx, identity, body));
          return {
            status: 201,
            body: {
              id: p.id,
              centreId: p.centreId,
              year: p.year,
              courseIds: p.courseIds,
              version: p.version,
            },
            headers: { Location: `/v1/training-plans/${p.id}` },
          };
        },
      );
    }),
  );

  r.get(
    '/v1/training-plans/:id',
    route({ params: idParams }, async ({ params }, req) => {
      const { plan, coverage } = await training.planWithCoverage(deps.prisma, identityOf(req), params.id);
      return { id: plan.id, centreId: plan.centreId, year: plan.year, courseIds: plan.courseIds, coverage };
    }),
  );

  return r;
}
