// The KPI scorecard at the end of the run, read from analytics (GET /v1/kpis) for the group and
// each centre over the simulated period, printed as a table.
import { type Api, type Body } from './api';
import { type SeededGroup } from './seed';

export interface ScorecardRow {
  scope: string;
  report: Body;
}

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '-' : `${Math.round(v * 100)} %`;
const num = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '-' : v.toFixed(digits);
const minutes = (s: number | null | undefined) =>
  s === null || s === undefined ? '-' : `${Math.round(s / 60)} min`;
const hours = (s: number | null | undefined) =>
  s === null || s === undefined ? '-' : `${(s / 3_600).toFixed(1)} h`;

export async function readScorecard(
  api: Api,
  group: SeededGroup,
  from: Date,
  to: Date,
): Promise<ScorecardRow[]> {
  const period = `from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
  const rows: ScorecardRow[] = [];
  for (const [i, c] of group.plan.centres.entries()) {
    const id = group.centreIds[i];
    if (!id) continue;
    // 404: analytics has not seen the centre yet (no event of it in the period).
    const res = await api.get('analyst', `/v1/kpis?scope=centre&id=${id}&${period}`, { expect: [404] });
    if (res) rows.push({ scope: c.name, report: res.status === 200 ? res.body : null });
  }
  const tenant = await api.get('analyst', `/v1/kpis?scope=tenant&${period}`);
  if (tenant) rows.push({ scope: 'Dealer group', report: tenant.body });
  return rows;
}

/** The scorecard as text lines (a fixed-width table). */
export function formatScorecard(rows: ScorecardRow[]): string[] {
  const header = [
    '',
    'Opened',
    'Done',
    'First-time fix',
    'SLA breach',
    'CSI',
    'NPS',
    'Complaints',
    'Parts fill',
    'Backorder age',
    'Rescue resp.',
  ];
  const table = rows.map(({ scope, report }) => {
    const k = report?.kpis ?? {};
    const c = report?.counts ?? {};
    return [
      scope,
      String(c.ordersOpened ?? '-'),
      String(c.ordersCompleted ?? '-'),
      pct(k.firstTimeFixRate),
      pct(k.slaBreachRate),
      num(k.csi),
      num(k.nps, 0),
      pct(k.complaintRate),
      pct(k.partsFillRate),
      hours(k.backorderAgeSeconds),
      minutes(k.rescueResponseSeconds),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.map(line)];
}
