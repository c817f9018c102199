// A customer's browser session and the identity it carries to the services.
import { type Identity } from '@aftersales/service-kit';
import { type StoredSession } from '../sign-in/sessions';

export interface CustomerSession extends StoredSession {
  customerId: string;
}

export function customerCookieName(publicUrl: string): { name: string; secure: boolean } {
  const secure = new URL(publicUrl).protocol === 'https:';
  return { name: `${secure ? '__Host-' : ''}aftersales_customer`, secure };
}

/** Role customer, subject the customer: the services confine it to /v1/me and filter by it. */
export function customerIdentity(tenantId: string, customerId: string): Identity {
  return { userId: customerId, tenantId, dealerIds: [], centreIds: [], roles: ['customer'] };
}
