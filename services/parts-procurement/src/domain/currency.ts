// Money meets money only in one currency: amounts in different currencies are never summed or
// compared (there is no exchange rate here), the operation is refused naming both.
import { rule } from './errors';

/** Throws a 422 currency-mismatch naming both sides unless the currencies are the same. */
export function assertSameCurrency(
  a: { what: string; currency: string },
  b: { what: string; currency: string },
): void {
  if (a.currency === b.currency) return;
  throw rule(
    'currency-mismatch',
    `${a.what.charAt(0).toUpperCase()}${a.what.slice(1)} is in ${a.currency}; ${b.what} is in ${b.currency}. Amounts in different currencies are not combined.`,
    { currencies: [a.currency, b.currency], of: [a.what, b.what] },
  );
}

/** The one currency of several amounts, or a 422 naming the first two that differ. */
export function singleCurrency(items: readonly { what: string; currency: string }[]): string | undefined {
  for (const item of items) assertSameCurrency(items[0]!, item);
  return items[0]?.currency;
}
