// The advisor board at the end of the run: every open order's stage clock as the repair service
// reads it (on the centre's working calendar), counted per state: how many have a standard and
// how many of those are overdue. Printed in the report so a run shows whether the SLA clocks
// tell a plausible story (a board where nearly everything is overdue is a broken clock).
import { type Api } from './api';

/** The board's columns (open orders): the console's BOARD_COLUMNS. */
export const BOARD_STATUSES = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
  'DELIVERED',
] as const;

export interface BoardReading {
  open: number;
  withStandard: number;
  overdue: number;
  byStatus: Record<string, { open: number; overdue: number }>;
}

interface OrderCard {
  status: string;
  sla: { breached: boolean } | null;
}

/** Reads every open order of the tenant (all pages of each board column). */
export async function readBoard(api: Api): Promise<BoardReading> {
  const reading: BoardReading = { open: 0, withStandard: 0, overdue: 0, byStatus: {} };
  for (const status of BOARD_STATUSES) {
    const column = { open: 0, overdue: 0 };
    let cursor: string | null = null;
    do {
      const page = await api.get(
        'service-advisor',
        `/v1/repair-orders?status=${status}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (!page) break;
      const body = page.body as { items: OrderCard[]; nextCursor: string | null };
      for (const o of body.items) {
        column.open++;
        if (o.sla) reading.withStandard++;
        if (o.sla?.breached) column.overdue++;
      }
      cursor = body.nextCursor;
    } while (cursor);
    reading.open += column.open;
    reading.overdue += column.overdue;
    reading.byStatus[status] = column;
  }
  return reading;
}

/** "412 open orders, 380 with a stage standard, 31 overdue (8 %): RECEIVED 3/20, ..." */
export function formatBoard(b: BoardReading): string {
  const share = b.withStandard > 0 ? Math.round((b.overdue / b.withStandard) * 100) : 0;
  const columns = Object.entries(b.byStatus)
    .filter(([, c]) => c.open > 0)
    .map(([s, c]) => `${s} ${c.overdue}/${c.open}`)
    .join(', ');
  return `${b.open} open orders, ${b.withStandard} with a stage standard, ${b.overdue} overdue (${share} %): ${columns}`;
}
