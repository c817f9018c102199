// GET /v1/appraisals/employees and /v1/appraisals/centres?from=&to=[&centreId=]: the inputs of
// appraisals per employee and per centre (audits, complaints, comebacks, first-time fixes,
// survey scores, safety hazards), each with its sample size. JSON or CSV.
import { Router } from 'express';
import { canAccessCentre, identityOf, route } from '@aftersales/service-kit';
import { centreAppraisalsOf, employeeAppraisalsOf } from '../application/quality-analytics';
import { type AppraisalFigures } from '../domain/appraisal';
import { assertCentreScope, QUALITY_ROLES } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { appraisalQuery } from './quality-schemas';
import { periodOf } from './schemas';
import {
  CentreAppraisalsView,
  centreAppraisalsView,
  EmployeeAppraisalsView,
  employeeAppraisalsView,
} from './views';

const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

const FIGURES = [
  'audits',
  'meanAuditScore',
  'auditFindings',
  'ordersCompleted',
  'comebacks',
  'comebackRate',
  'firstTimeFixRate',
  'complaints',
  'complaintRate',
  'surveys',
  'csi',
] as const satisfies readonly (keyof AppraisalFigures)[];
const figureCells = (f: AppraisalFigures) => FIGURES.map((k) => round(f[k]));

export function appraisalsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/appraisals/employees',
    route(
      { query: appraisalQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        assertCentreScope(identity, query.centreId);
        const p = periodOf(query, nowOf(deps), deps.settings.timeZone);
        const items = await employeeAppraisalsOf(deps.prisma, identity.tenantId, p, query.centreId);
        const body = employeeAppraisalsView(p, items, deps.settings.timeZone);
        return respond(req, res, body, () => ({
          filename: `appraisals-employees-${body.from}-${body.to}.csv`,
          header: ['employeeId', 'centreIds', ...FIGURES],
          rows: items.map((e) => [e.employeeId, e.centreIds.join(' '), ...figureCells(e)]),
        }));
      },
      {
        summary:
          'Appraisal inputs per employee (audits, comebacks, first-time fixes, complaints, CSI) in a period (CSV with Accept: text/csv)',
        roles: QUALITY_ROLES,
        response: EmployeeAppraisalsView,
        problems: [],
      },
    ),
  );

  r.get(
    '/v1/appraisals/centres',
    route(
      { query: appraisalQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        if (query.centreId) assertCentreScope(identity, query.centreId);
        const p = periodOf(query, nowOf(deps), deps.settings.timeZone);
        const items = (await centreAppraisalsOf(deps.prisma, identity.tenantId, p)).filter(
          (c) => canAccessCentre(identity, c.centreId) && (!query.centreId || c.centreId === query.centreId),
        );
        const body = centreAppraisalsView(p, items, deps.settings.timeZone);
        return respond(req, res, body, () => ({
          filename: `appraisals-centres-${body.from}-${body.to}.csv`,
          header: ['centreId', ...FIGURES, 'safetyHazards'],
          rows: items.map((c) => [c.centreId, ...figureCells(c), c.safetyHazards]),
        }));
      },
      {
        summary:
          'Appraisal inputs per centre the caller sees, with safety hazards found, in a period (CSV with Accept: text/csv)',
        roles: QUALITY_ROLES,
        response: CentreAppraisalsView,
        problems: [],
      },
    ),
  );
  return r;
}
