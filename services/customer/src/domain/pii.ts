// The personal data of a customer (encrypted as one JSON document) and who may see it in clear.
import { type Role } from '@aftersales/service-kit';

export interface Address {
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
}

export interface IdNumber {
  type: 'national-id' | 'passport' | 'driving-licence' | 'company-registration' | 'tax-id';
  value: string;
}

export interface CustomerPii {
  name: string;
  phone: string | null;
  email: string | null;
  address: Address | null;
  idNumbers: IdNumber[];
}

/** Roles whose work needs contact data; everyone else sees masked values and nothing is decrypted. */
export const PII_ROLES: readonly Role[] = ['admin', 'service-advisor', 'complaint-handler'];

export function mayReadPii(roles: readonly Role[]): boolean {
  return roles.some((r) => PII_ROLES.includes(r));
}

export const MASK = '***';

/** What a role without PII access sees: the shape, never a value (nothing was decrypted). */
export function maskedPii(): Record<keyof CustomerPii, typeof MASK> {
  return { name: MASK, phone: MASK, email: MASK, address: MASK, idNumbers: MASK };
}
