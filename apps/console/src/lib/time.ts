// Durations and SLA clocks as the console shows them.
import { type OrderStatus, type RepairOrder } from '../api/types';

/** The parts of a duration as the console shows it: the two largest units, rounded down. */
export function durationParts(seconds: number): { negative: boolean; parts: [DurationUnit, number][] } {
  const negative = seconds < 0;
  let s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3_600);
  s -= h * 3_600;
  const m = Math.floor(s / 60);
  const parts: [DurationUnit, number][] =
    d > 0
      ? [
          ['day', d],
          ['hour', h],
        ]
      : h > 0
        ? [
            ['hour', h],
            ['minute', m],
          ]
        : m > 0
          ? [['minute', m]]
          : [['second', s - m * 60]];
  return { negative, parts };
}

export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * "2 d 3 h", "1 h 05 min", "12 min", "45 s"; negative durations get a leading minus. With a
 * locale other than English, the units are that language's ("2 Tg. 3 Std.", "2天3小时").
 */
export function formatDuration(seconds: number, locale?: string): string {
  const { negative, parts } = durationParts(seconds);
  const sign = negative ? '-' : '';
  if (!locale || locale === 'en' || locale.startsWith('en-')) {
    const short: Record<DurationUnit, string> = { day: 'd', hour: 'h', minute: 'min', second: 's' };
    return (
      sign +
      parts
        .map(
          ([unit, n], i) => `${i > 0 && unit === 'minute' ? String(n).padStart(2, '0') : n} ${short[unit]}`,
        )
        .join(' ')
    );
  }
  const text = parts.map(([unit, n]) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n),
  );
  // Chinese runs units together ("2天3小时") unless the locale spaces number and unit ("2 天 17 小時").
  return sign + text.join(locale.startsWith('zh') && !/\s/.test(text[0]!) ? '' : ' ');
}

export interface SlaClock {
  standardSeconds: number;
  /** Negative once the standard for the current stage has passed. */
  leftSeconds: number;
  breached: boolean;
  /** working: the centre's opening hours count; elapsed: wall time. */
  timeBasis: 'working' | 'elapsed';
  /** False while a working-time clock stands still (the centre is closed). */
  ticking: boolean;
}

/**
 * Time left on the order's current stage as the repair service read it (on the centre's working
 * calendar), or null when the stage has no standard. An elapsed-time clock is exact from its due
 * time; a working-time one is the server's reading, refreshed with the order.
 */
export function slaClockOf(order: Pick<RepairOrder, 'sla'>, now: Date): SlaClock | null {
  const sla = order.sla;
  if (!sla) return null;
  const leftSeconds =
    sla.timeBasis === 'elapsed'
      ? Math.round((Date.parse(sla.dueAt) - now.getTime()) / 1000)
      : sla.leftSeconds;
  return {
    standardSeconds: sla.standardSeconds,
    leftSeconds,
    breached: leftSeconds < 0,
    timeBasis: sla.timeBasis,
    ticking: sla.ticking,
  };
}

export const BOARD_COLUMNS: readonly OrderStatus[] = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
  'DELIVERED',
];

/**
 * Orders per board column, the one with the least SLA time left first (those without a clock
 * last, oldest first). Closed, cancelled and declined orders are not on the board.
 */
export function boardOf(
  orders: readonly RepairOrder[],
  now: Date,
): Map<OrderStatus, { order: RepairOrder; sla: SlaClock | null }[]> {
  const board = new Map<OrderStatus, { order: RepairOrder; sla: SlaClock | null }[]>(
    BOARD_COLUMNS.map((c) => [c, []]),
  );
  for (const order of orders) board.get(order.status)?.push({ order, sla: slaClockOf(order, now) });
  for (const cards of board.values()) {
    cards.sort(
      (a, b) =>
        (a.sla?.leftSeconds ?? Infinity) - (b.sla?.leftSeconds ?? Infinity) ||
        Date.parse(a.order.statusChangedAt) - Date.parse(b.order.statusChangedAt),
    );
  }
  return board;
}

/**
 * Money in minor units: "218.96 EUR" without a locale (plain, for files and logs), else in the
 * locale's currency format ("€218.96", "218,96 €").
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  if (!locale) return `${(minor / 100).toFixed(2)} ${currency}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}

/** The calendar quarter of a date, e.g. "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter before, e.g. "2026-Q1" -> "2025-Q4". */
export function previousQuarter(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** YYYY-MM-DD of a date (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
