import { meServiceFor } from './routing';

describe('meServiceFor', () => {
  it.each([
    ['/v1/me', 'customer'],
    ['/v1/me/', 'customer'],
    ['/v1/me?x=1', 'customer'],
    ['/v1/me/vehicles', 'customer'],
    ['/v1/me/consents', 'customer'],
    ['/v1/me/surveys/inv-1', 'customer'],
    ['/v1/me/maintenance', 'customer'],
    ['/v1/me/erasure-request', 'customer'],
    ['/v1/me/repair-orders/1/quotes/2/approval', 'repair'],
    ['/v1/me/bookings', 'repair'],
    ['/v1/me/booking-slots?centreId=c&date=2026-12-07', 'repair'],
    ['/v1/me/service-centres', 'repair'],
    ['/v1/me/complaints/7', 'complaint'],
    ['/v1/me/inquiries', 'complaint'],
  ])('%s → %s', (path, service) => {
    expect(meServiceFor(path)).toBe(service);
  });

  it.each(['/v1/me/customers', '/v1/me/../customers', '/v1/mechanics', '/v1/customers', '/v1/me/sign-in-x'])(
    '%s → none',
    (path) => {
      expect(meServiceFor(path)).toBeUndefined();
    },
  );
});
