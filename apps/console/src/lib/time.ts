// Durations and SLA clocks as the console shows them.
import { type OrderStatus, type RepairOrder, type SlaStandard } from '../api/types';

/** "2 d 3 h", "1 h 05 min", "12 min", "45 s"; negative durations get a leading minus. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3_600);
  s -= h * 3_600;
  const m = Math.floor(s / 60);
  if (d > 0) return `${sign}${d} d ${h} h`;
  if (h > 0) return `${sign}${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${sign}${m} min`;
  return `${sign}${s - m * 60} s`;
}

export interface SlaClock {
  standardSeconds: number;
  /** Negative once the standard for the current stage has passed. */
  leftSeconds: number;
  breached: boolean;
}

/** Time left on the standard for the order's current stage, or null when the stage has none. */
export function slaClockOf(
  order: Pick<RepairOrder, 'status' | 'statusChangedAt'>,
  standards: readonly Pick<SlaStandard, 'stage' | 'standardSeconds'>[],
  now: Date,
): SlaClock | null {
  const standard = standards.find((s) => s.stage === order.status);
  if (!standard) return null;
  const elapsed = (now.getTime() - Date.parse(order.statusChangedAt)) / 1000;
  const leftSeconds = Math.round(standard.standardSeconds - elapsed);
  return { standardSeconds: standard.standardSeconds, leftSeconds, breached: leftSeconds < 0 };
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
  standards: readonly Pick<SlaStandard, 'stage' | 'standardSeconds'>[],
  now: Date,
): Map<OrderStatus, { order: RepairOrder; sla: SlaClock | null }[]> {
  const board = new Map<OrderStatus, { order: RepairOrder; sla: SlaClock | null }[]>(
    BOARD_COLUMNS.map((c) => [c, []]),
  );
  for (const order of orders)
    board.get(order.status)?.push({ order, sla: slaClockOf(order, standards, now) });
  for (const cards of board.values()) {
    cards.sort(
      (a, b) =>
        (a.sla?.leftSeconds ?? Infinity) - (b.sla?.leftSeconds ?? Infinity) ||
        Date.parse(a.order.statusChangedAt) - Date.parse(b.order.statusChangedAt),
    );
  }
  return board;
}

/** Money in minor units as "218.96 EUR". */
export function formatMoney(minor: number, currency: string): string {
  return `${(minor / 100).toFixed(2)} ${currency}`;
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
