// Which service answers which part of /v1/me (the customer's own records). Each service filters
// by the token's subject itself; the gateway only picks the service.
import { type ServiceName } from '../routes';

const serviceOfResource: Readonly<Record<string, ServiceName>> = {
  '': 'customer', // GET /v1/me: the customer's own record
  vehicles: 'customer',
  consents: 'customer',
  surveys: 'customer',
  maintenance: 'customer',
  'erasure-request': 'customer',
  'repair-orders': 'repair',
  bookings: 'repair',
  'booking-slots': 'repair',
  'service-centres': 'repair',
  complaints: 'complaint',
  inquiries: 'complaint',
};

/** The service for a path like `/v1/me/repair-orders/1/quotes/2/approval`, if any. */
export function meServiceFor(path: string): ServiceName | undefined {
  const match = /^\/v1\/me(?:\/([^/?#]*))?(?:[/?#]|$)/.exec(path);
  if (!match) return undefined;
  return serviceOfResource[match[1] ?? ''];
}
