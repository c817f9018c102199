// Opening hours as a person types them: one line per weekday, intervals "08:00-12:00, 13:00-18:00",
// empty for closed. Both the centres' hours and the complaint service's business week use it.
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export interface Interval {
  open: string;
  close: string;
}
export type Week = Partial<Record<Weekday, Interval[]>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "08:00-12:00, 13:00-18:00" from a day's intervals ("" when closed). */
export function formatDay(intervals: readonly Interval[] | undefined): string {
  return (intervals ?? []).map((i) => `${i.open}-${i.close}`).join(', ');
}

/** A day's intervals from the typed text, or null when it is not valid (times HH:MM, open before close). */
export function parseDay(text: string): Interval[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Interval[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return null;
    const [open, close] = [m[1]!.padStart(5, '0'), m[2]!.padStart(5, '0')];
    if (!TIME.test(open) || !TIME.test(close) || open >= close) return null;
    out.push({ open, close });
  }
  return out;
}

/** The week from one text per day; the days that do not parse, if any. */
export function parseWeek(texts: Record<Weekday, string>): { week: Week; invalid: Weekday[] } {
  const week: Week = {};
  const invalid: Weekday[] = [];
  for (const d of WEEKDAYS) {
    const parsed = parseDay(texts[d]);
    if (parsed === null) invalid.push(d);
    else week[d] = parsed;
  }
  return { week, invalid };
}

export function weekTexts(week: Week | Record<string, Interval[]>): Record<Weekday, string> {
  const w = week as Week;
  return Object.fromEntries(WEEKDAYS.map((d) => [d, formatDay(w[d])])) as Record<Weekday, string>;
}
