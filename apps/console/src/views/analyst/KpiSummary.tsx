// Headline KPI tiles for the tenant, and the CSV export of the whole report.
import { Loadable, download } from '../../components/common';
import { useConsole } from '../../context';
import { type KpiReport, type KpiValues } from '../../api/types';
import { type Resource } from '../../hooks';
import { formatDuration } from '../../lib/time';

const TILES: { key: keyof KpiValues; label: string; format: (v: number) => string }[] = [
  { key: 'completionRate', label: 'Completion', format: pct },
  { key: 'firstTimeFixRate', label: 'First-time fix', format: pct },
  { key: 'slaBreachRate', label: 'SLA breaches', format: pct },
  { key: 'csi', label: 'CSI', format: (v) => v.toFixed(1) },
  { key: 'nps', label: 'NPS', format: (v) => v.toFixed(0) },
  { key: 'complaintRate', label: 'Complaint rate', format: pct },
  { key: 'partsFillRate', label: 'Parts fill rate', format: pct },
  { key: 'responseTimeSeconds', label: 'Response time', format: formatDuration },
];

function pct(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}

export function KpiSummary(props: { from: string; to: string; report: Resource<KpiReport> }) {
  const { api } = useConsole();
  const { report } = props;
  const r = report.data;
  const exportCsv = async () =>
    download(
      await api.csv(`/v1/kpis?scope=tenant&from=${props.from}&to=${props.to}`),
      `kpis-${props.from}-${props.to}.csv`,
    );
  return (
    <Loadable error={report.error} ready={r !== undefined}>
      {r && (
        <>
          <div className="tiles" data-testid="kpi-tiles">
            <div className="tile">
              <span className="muted">Orders opened / completed</span>
              <strong>
                {r.counts.ordersOpened ?? 0} / {r.counts.ordersCompleted ?? 0}
              </strong>
            </div>
            {TILES.map((t) => {
              const v = r.kpis[t.key];
              return (
                <div key={t.key} className="tile">
                  <span className="muted">{t.label}</span>
                  <strong>{v === null || v === undefined ? '—' : t.format(v)}</strong>
                </div>
              );
            })}
          </div>
          <button onClick={() => void exportCsv()} data-testid="export-kpis">
            Export CSV
          </button>
        </>
      )}
    </Loadable>
  );
}
