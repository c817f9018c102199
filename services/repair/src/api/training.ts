// /v1/courses, /v1/training-sessions (+ /results), /v1/certifications,
// /v1/certification-requirements/{jobType} and /v1/training-plans (with coverage).
// quality-manager manages; any staff of the centre may read.
import { Router } from 'express';
import {
  NotFound,
  identityOf,
  paginationQuerySchema,
  route,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { recordCertification, setRequirements } from '../application/training/certifications';
import { createCourse } from '../application/training/courses';
import { createPlan, planWithCoverage } from '../application/training/plans';
import { recordResults, scheduleSession, sessionInScope } from '../application/training/sessions';
import { ANY_ROLE, contextOf, nowOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import {
  certificationDto,
  courseDto,
  planCoverageDto,
  planDto,
  sessionDto,
  sessionWithResultsDto,
} from './quality-dto';
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
import {
  CertificationView,
  CourseView,
  PlanCoverageView,
  PlanView,
  RequirementView,
  RequirementsView,
  SessionView,
  SessionWithResultsView,
} from './quality-views';
import { idParams } from './schemas';
import { centresInScope, pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';

const QUALITY: readonly Role[] = ['quality-manager'];

/** The asked centre if in scope (else none), or every centre in scope (null: all). */
function centreFilter(centreId: string | undefined, scope: string[] | null): object {
  if (centreId) return { centreId: scope && !scope.includes(centreId) ? { in: [] } : centreId };
  return scope ? { centreId: { in: scope } } : {};
}

export function trainingRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/courses',
    route(
      { body: courseBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/courses', body, async (uow, ctx) => {
          const c = await createCourse(uow, ctx.identity, body);
          return created(CourseView, courseDto(c), { location: `/v1/courses/${c.id}` });
        }),
      {
        summary: 'Create a course (a pass may grant a certification)',
        roles: QUALITY,
        response: CourseView,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  r.get(
    '/v1/courses',
    route(
      { query: paginationQuerySchema },
      async ({ query }, req) => {
        const rows = await deps.prisma.course.findMany({
          where: { tenantId: identityOf(req).tenantId, ...byCreation.where(query.cursor) },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, courseDto);
      },
      { summary: 'List courses', roles: ANY_ROLE, response: pageSchema(CourseView) },
    ),
  );

  r.get(
    '/v1/courses/:id',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const c = await deps.prisma.course.findFirst({
          where: { id: params.id, tenantId: identityOf(req).tenantId },
        });
        if (!c) throw new NotFound(`Course ${params.id} not found.`);
        return courseDto(c);
      },
      { summary: 'Read a course', roles: ANY_ROLE, response: CourseView },
    ),
  );

  r.post(
    '/v1/training-sessions',
    route(
      { body: sessionBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/training-sessions', body, async (uow, ctx) => {
          const s = await scheduleSession(uow, ctx.identity, body);
          return created(SessionView, sessionDto(s), {
            version: s.version,
            location: `/v1/training-sessions/${s.id}`,
          });
        }),
      {
        summary: 'Schedule a training session at a centre',
        roles: QUALITY,
        response: SessionView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/training-sessions/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const s = await sessionInScope(deps.prisma, identityOf(req), params.id);
        const records = await deps.prisma.trainingRecord.findMany({
          where: { sessionId: s.id },
          orderBy: { technicianId: 'asc' },
        });
        setETag(res, s.version);
        return sessionWithResultsDto(s, records);
      },
      {
        summary: 'Read a training session with its results',
        roles: ANY_ROLE,
        response: SessionWithResultsView,
      },
    ),
  );

  r.post(
    '/v1/training-sessions/:id/results',
    route(
      { params: idParams, body: resultsBody },
      async ({ params, body }, req, res) => {
        const s = await recordResults(deps, contextOf(deps, req), params.id, body.results);
        setETag(res, s.version);
        return sessionDto(s);
      },
      {
        summary: 'Record the results of a session, once (grants certifications)',
        roles: QUALITY,
        response: SessionView,
        problems: [409, 412, 422, 428],
      },
    ),
  );

  r.post(
    '/v1/certifications',
    route(
      { body: certificationBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/certifications', body, async (uow, ctx) => {
          const c = await recordCertification(uow, ctx.identity, body);
          return created(CertificationView, certificationDto(c, ctx.now));
        }),
      {
        summary: "Record or renew a technician's certification obtained elsewhere",
        roles: QUALITY,
        response: CertificationView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/certifications',
    route(
      { query: listCertificationsQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await centresInScope(deps.prisma, identity);
        const rows = await deps.prisma.technicianCertification.findMany({
          where: {
            tenantId: identity.tenantId,
            ...(query.technicianId ? { technicianId: query.technicianId } : {}),
            ...centreFilter(query.centreId, scope),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        const now = nowOf(deps);
        return pageOf(rows, query.limit, (c) => certificationDto(c, now));
      },
      {
        summary: 'List certifications in scope (by technician, centre)',
        roles: ANY_ROLE,
        response: pageSchema(CertificationView),
      },
    ),
  );

  r.get(
    '/v1/certification-requirements',
    route(
      {},
      async (_input, req) => {
        const rows = await deps.prisma.certificationRequirement.findMany({
          where: { tenantId: identityOf(req).tenantId },
          orderBy: [{ jobType: 'asc' }, { certificationCode: 'asc' }],
        });
        const byJob = new Map<string, string[]>();
        for (const x of rows) byJob.set(x.jobType, [...(byJob.get(x.jobType) ?? []), x.certificationCode]);
        return {
          items: [...byJob].map(([jobType, certificationCodes]) => ({ jobType, certificationCodes })),
        };
      },
      {
        summary: 'The certifications each job type requires (all of them, no paging)',
        roles: ANY_ROLE,
        response: RequirementsView,
      },
    ),
  );

  r.put(
    '/v1/certification-requirements/:jobType',
    route(
      { params: jobTypeParams, body: requirementBody },
      async ({ params, body }, req) => {
        const codes = await setRequirements(
          deps,
          contextOf(deps, req, 'none'),
          params.jobType,
          body.certificationCodes,
        );
        return { jobType: params.jobType, certificationCodes: codes };
      },
      {
        summary: 'Replace the certifications a job type requires (empty: none)',
        roles: QUALITY,
        response: RequirementView,
      },
    ),
  );

  r.post(
    '/v1/training-plans',
    route(
      { body: planBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/training-plans', body, async (uow, ctx) => {
          const p = await createPlan(uow, ctx.identity, body);
          return created(PlanView, planDto(p), { location: `/v1/training-plans/${p.id}` });
        }),
      {
        summary: "Create a centre's annual training plan",
        roles: QUALITY,
        response: PlanView,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  r.get(
    '/v1/training-plans/:id',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const { plan, coverage } = await planWithCoverage(deps.prisma, identityOf(req), params.id);
        return planCoverageDto(plan, coverage);
      },
      {
        summary: 'Read a training plan with its coverage of the centre technicians',
        roles: ANY_ROLE,
        response: PlanCoverageView,
      },
    ),
  );

  return r;
}
