import { routeFor, routeGroups } from './routes';

describe('routeFor', () => {
  it.each([
    ['/v1/repair-orders', 'repair'],
    ['/v1/repair-orders/ro-1/quotes/2/approval', 'repair'],
    ['/v1/customers?phone=%2B49', 'customer'],
    ['/v1/lots/L-7/trace', 'parts-procurement'],
    ['/v1/stock-locations/loc-1', 'parts-procurement'],
    ['/v1/queues/team-a', 'complaint'],
    ['/v1/inquiries/i-1/conversion', 'complaint'],
    ['/v1/audits/a-1/results', 'complaint'],
    ['/v1/improvement-actions/x/closure', 'complaint'],
    ['/v1/supervision-reports', 'complaint'],
    ['/v1/kpis', 'analytics'],
    ['/v1/notifications/dead-letters', 'notification'],
    ['/v1/partner-qualifications/c-1/documents', 'repair'],
    ['/v1/rescue-rosters/region-bayern', 'repair'],
    ['/v1/technicians/me/queue', 'repair'],
    ['/v1/safety-inspections/i-1/hazards/h-1/verification', 'repair'],
    ['/v1/training-sessions/s-1/results', 'repair'],
    ['/v1/warranty-rules/repair', 'repair'],
    ['/v1/training-effectiveness', 'analytics'],
    ['/v1/appraisals/employees', 'analytics'],
  ])('%s goes to %s', (path, service) => {
    expect(routeFor(path)?.service).toBe(service);
  });

  it.each(['/v1', '/v1/', '/v1/unknown', '/v2/customers', '/customers', '/v1repair-orders'])(
    '%s has no route',
    (path) => {
      expect(routeFor(path)).toBeUndefined();
    },
  );

  it('lets every role file a supervision report but only quality managers reach audits and actions', () => {
    expect(routeFor('/v1/supervision-reports')?.roles).toContain('technician');
    expect(routeFor('/v1/audits')?.roles).toEqual(['quality-manager']);
    expect(routeFor('/v1/improvement-actions/a-1')?.roles).toEqual(['quality-manager']);
  });

  it('lets quality managers list centres (names, partner workshops) but not repair orders', () => {
    expect(routeFor('/v1/service-centres?type=partner-workshop')?.roles).toContain('quality-manager');
    expect(routeFor('/v1/service-centres')?.roles).toContain('service-advisor');
    // The analyst console maps scorecard and forecast centre ids to names.
    expect(routeFor('/v1/service-centres')?.roles).toContain('analyst');
    expect(routeFor('/v1/repair-orders')?.roles).not.toContain('quality-manager');
  });

  it('maps every resource to exactly one service', () => {
    const all = routeGroups.flatMap((g) => g.resources);
    expect(new Set(all).size).toBe(all.length);
  });
});
