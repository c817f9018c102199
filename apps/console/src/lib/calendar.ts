// The booking calendar: one column per day, bookings by slot start.
import { type Booking } from '../api/types';

export interface CalendarDay {
  day: string; // YYYY-MM-DD (UTC)
  bookings: Booking[];
}

/** `days` consecutive days from `start` (UTC), each with its bookings in slot order; cancelled ones left out. */
export function calendarOf(bookings: readonly Booking[], start: Date, days: number): CalendarDay[] {
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const columns: CalendarDay[] = Array.from({ length: days }, (_, i) => ({
    day: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
    bookings: [],
  }));
  const byDay = new Map(columns.map((c) => [c.day, c]));
  for (const b of bookings) {
    if (b.status === 'CANCELLED') continue;
    byDay.get(b.slotStart.slice(0, 10))?.bookings.push(b);
  }
  for (const c of columns) c.bookings.sort((a, b) => a.slotStart.localeCompare(b.slotStart));
  return columns;
}
