// Money at the boundaries. Columns are BIGINT minor units; request bodies, responses and events
// carry JSON numbers. Every amount the service accepts or computes stays at or below
// Number.MAX_SAFE_INTEGER (2^53 - 1) minor units, so number <-> bigint is exact both ways; a larger
// amount is refused with 422 (code amount-too-large) before it reaches the database.
import { RuleViolation } from '@aftersales/service-kit/domain';
import { ProblemTypes } from './errors';

export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** An amount (or a total computed from amounts) above MAX_MINOR minor units: 422. */
export class AmountTooLarge extends RuleViolation {
  override name = 'AmountTooLarge';
  constructor(field: string, message?: string) {
    super(message ?? `${field} is larger than ${MAX_MINOR} minor units, the most this service accepts.`, {
      type: ProblemTypes.rule,
      code: 'amount-too-large',
      details: { field, maxMinor: MAX_MINOR },
    });
  }
}

/** Refuses an amount above MAX_MINOR (422); returns it as a number. */
export function checkedMinor(value: number | bigint, field: string): number {
  if (typeof value === 'bigint' ? value > BigInt(MAX_MINOR) : value > MAX_MINOR)
    throw new AmountTooLarge(field);
  return Number(value);
}

/** A money column (BIGINT) as the JSON number views and events carry. */
export const minorOf = (value: number | bigint): number => checkedMinor(value, 'amount');
