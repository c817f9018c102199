// ABC classification by consumption value (quantity issued x unit cost over a period): sorted by
// value, the parts making up the first 80 % of total value are A, the next 15 % B, the rest C.
// A part is classed by where its value starts in the cumulative curve, so the single part that
// crosses 80 % is still A. Parts with no consumption are C.
import { type AbcClassName } from './reorder';

export interface Consumption {
  partId: string;
  value: number; // minor units
}

export function classifyAbc(
  items: readonly Consumption[],
  aShare = 0.8,
  bShare = 0.95,
): Map<string, AbcClassName> {
  const total = items.reduce((a, i) => a + Math.max(0, i.value), 0);
  const sorted = [...items].sort((a, b) => b.value - a.value || a.partId.localeCompare(b.partId));
  const out = new Map<string, AbcClassName>();
  let before = 0;
  for (const item of sorted) {
    if (total <= 0 || item.value <= 0) {
      out.set(item.partId, 'C');
      continue;
    }
    const startShare = before / total;
    out.set(item.partId, startShare < aShare ? 'A' : startShare < bShare ? 'B' : 'C');
    before += item.value;
  }
  return out;
}
