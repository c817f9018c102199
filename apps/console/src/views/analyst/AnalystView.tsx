// Analyst: the tenant's KPIs for a period with charts (stage durations against standards, CSI and
// NPS trend, quarterly scorecard ranking, service-demand forecast with its band) and CSV export.
import { useId, useState } from 'react';
import { Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { centreNamesOf } from '../../lib/centres';
import { useI18n } from '../../i18n/I18n';
import { isoDay } from '../../lib/time';
import { ForecastChart } from './ForecastChart';
import { KpiSummary } from './KpiSummary';
import { ScorecardRanking } from './ScorecardRanking';
import { StageChart } from './StageChart';
import { TrendChart } from './TrendChart';

export function AnalystView() {
  const { t, date } = useI18n();
  const periodId = useId();
  const [days, setDays] = useState(84);
  // The period ends today on the platform's clock (the demo's simulated week, not the PC's date).
  const now = platformNow();
  const to = isoDay(now);
  const from = isoDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  // Analytics knows centres by id only: names from the repair service for the ranking and forecast.
  const centres = useResource((api) => api.centres(), [], ['repair']);
  const names = centreNamesOf(centres.data?.items ?? []);
  // One report for the tiles and the stage chart.
  const report = useResource((api) => api.kpis({ scope: 'tenant', from, to }), [from, to], ['analytics']);
  return (
    <div className="view" data-testid="view-analyst">
      <Section
        title={t('analyst.title', {
          from: date(`${from}T12:00:00Z`, 'UTC'),
          to: date(`${to}T12:00:00Z`, 'UTC'),
        })}
        actions={
          <>
            <label htmlFor={periodId}>{t('analyst.period')}</label>{' '}
            <select id={periodId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {[28, 84, 182].map((d) => (
                <option key={d} value={d}>
                  {t('analyst.weeks', { count: d / 7 })}
                </option>
              ))}
            </select>
          </>
        }
      >
        <KpiSummary from={from} to={to} report={report} />
      </Section>
      <div className="grid2">
        <StageChart report={report} />
        <TrendChart from={from} to={to} />
        <ScorecardRanking names={names} />
        <ForecastChart names={names} />
      </div>
    </div>
  );
}
