// /v1/rescue-rosters/{regionId}: a region's 24 h rescue roster (who is on call when) and its
// escalation contact. Read by every role within its scope; replaced as a whole by an admin (the
// first PUT creates it; replacing needs If-Match).
import { Router } from 'express';
import { identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { putRoster, readRoster, rosterEntriesOf } from '../application/rescue-rosters';
import { type RescueRoster } from '../db/client';
import { iso } from '../events/emit';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { regionParams, rescueRosterBody } from './schemas';
import { RescueRosterView } from './views';

const ADMIN: readonly Role[] = ['admin'];

function rescueRosterDto(r: RescueRoster): RescueRosterView {
  return {
    regionId: r.regionId,
    escalation: { name: r.escalationName, phone: r.escalationPhone },
    onCall: rosterEntriesOf(r),
    version: r.version,
    updatedBy: r.updatedBy,
    updatedAt: iso(r.updatedAt),
  };
}

export function rescueRostersRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/rescue-rosters/:regionId',
    route(
      { params: regionParams },
      async ({ params }, req, res) => {
        const roster = await readRoster(deps.prisma, identityOf(req), params.regionId);
        setETag(res, roster.version);
        return rescueRosterDto(roster);
      },
      { summary: "Read a region's rescue roster", roles: ANY_ROLE, response: RescueRosterView },
    ),
  );

  r.put(
    '/v1/rescue-rosters/:regionId',
    route(
      { params: regionParams, body: rescueRosterBody },
      async ({ params, body }, req, res) => {
        const roster = await putRoster(deps, contextOf(deps, req, 'optional'), params.regionId, body);
        setETag(res, roster.version);
        return rescueRosterDto(roster);
      },
      {
        summary: "Create or replace a region's rescue roster (If-Match to replace)",
        roles: ADMIN,
        response: RescueRosterView,
        problems: [409, 412, 422, 428],
      },
    ),
  );
  return r;
}
