// Headline KPI tiles for the tenant, and the CSV export of the whole report.
import { Loadable, download } from '../../components/common';
import { useConsole } from '../../context';
import { type KpiReport, type KpiValues } from '../../api/types';
import { type Resource } from '../../hooks';
import { useDuration } from '../../components/common';
import { useI18n, type MessageKey } from '../../i18n/I18n';

type Format = 'pct' | 'decimal' | 'integer' | 'duration';
const TILES: { key: keyof KpiValues; label: MessageKey; format: Format }[] = [
  { key: 'completionRate', label: 'analyst.kpi.completionRate', format: 'pct' },
  { key: 'firstTimeFixRate', label: 'analyst.kpi.firstTimeFixRate', format: 'pct' },
  { key: 'slaBreachRate', label: 'analyst.kpi.slaBreachRate', format: 'pct' },
  { key: 'csi', label: 'analyst.kpi.csi', format: 'decimal' },
  { key: 'nps', label: 'analyst.kpi.nps', format: 'integer' },
  { key: 'complaintRate', label: 'analyst.kpi.complaintRate', format: 'pct' },
  { key: 'partsFillRate', label: 'analyst.kpi.partsFillRate', format: 'pct' },
  { key: 'responseTimeSeconds', label: 'analyst.kpi.responseTime', format: 'duration' },
];

export function KpiSummary(props: { from: string; to: string; report: Resource<KpiReport> }) {
  const { api } = useConsole();
  const { t, number } = useI18n();
  const duration = useDuration();
  const format = (v: number, f: Format) =>
    f === 'pct'
      ? number(v, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
      : f === 'decimal'
        ? number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
        : f === 'integer'
          ? number(v, { maximumFractionDigits: 0 })
          : duration(v);
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
              <span className="muted">{t('analyst.kpi.orders')}</span>
              <strong>
                {number(r.counts.ordersOpened ?? 0)} / {number(r.counts.ordersCompleted ?? 0)}
              </strong>
            </div>
            {TILES.map((tile) => {
              const v = r.kpis[tile.key];
              return (
                <div key={tile.key} className="tile">
                  <span className="muted">{t(tile.label)}</span>
                  <strong>{v === null || v === undefined ? '—' : format(v, tile.format)}</strong>
                </div>
              );
            })}
          </div>
          <button onClick={() => void exportCsv()} data-testid="export-kpis">
            {t('analyst.exportCsv')}
          </button>
        </>
      )}
    </Loadable>
  );
}
