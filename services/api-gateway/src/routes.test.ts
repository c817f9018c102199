import { routeFor, routeGroups } from './routes';

describe('routeFor', () => {
  it.each([
    ['/v1/repair-orders', 'repair'],
    ['/v1/repair-orders/ro-1/quotes/2/approval', 'repair'],
    ['/v1/customers?phone=%2B49', 'customer'],
    ['/v1/lots/L-7/trace', 'parts-procurement'],
    ['/v1/queues/team-a', 'complaint'],
    ['/v1/kpis', 'analytics'],
  ])('%s goes to %s', (path, service) => {
    expect(routeFor(path)?.service).toBe(service);
  });

  it.each(['/v1', '/v1/', '/v1/unknown', '/v2/customers', '/customers', '/v1repair-orders'])(
    '%s has no route',
    (path) => {
      expect(routeFor(path)).toBeUndefined();
    },
  );

  it('maps every resource to exactly one service', () => {
    const all = routeGroups.flatMap((g) => g.resources);
    expect(new Set(all).size).toBe(all.length);
  });
});
