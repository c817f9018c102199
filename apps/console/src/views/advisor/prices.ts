// Prices as staff type them into a quote.

/** A price typed in major units ("44.50", "44,5") as minor units (cents), or NaN when it is not one. */
export function minorOf(typed: string): number {
  const s = typed.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return Number.NaN;
  const [whole, fraction = ''] = s.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
