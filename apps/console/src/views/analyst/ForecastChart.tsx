// Weekly service demand of a centre: history, forecast and its prediction band.
import { useId, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { type ServiceDemandForecast } from '../../api/types';
import { centreLabel, type CentreNames } from '../../lib/centres';
import { useI18n } from '../../i18n/I18n';

/** One row per week: actual, or forecast with its [lower, upper] band. */
export function forecastRows(f: ServiceDemandForecast) {
  return [
    ...f.history.map((h) => ({ week: h.periodStart.slice(0, 10), actual: h.value })),
    ...f.forecast.points.map((p) => ({
      week: p.periodStart.slice(0, 10),
      forecast: p.value,
      band: [p.lower, p.upper] as [number, number],
    })),
  ];
}

export function ForecastChart(props: { names: CentreNames }) {
  const { t, date, number } = useI18n();
  const centreSelect = useId();
  const forecasts = useResource((api) => api.serviceDemand({ horizon: 8 }), [], ['analytics']);
  const [centreId, setCentreId] = useState('');
  const items = forecasts.data?.items ?? [];
  const f = items.find((i) => i.centreId === centreId) ?? items[0];
  return (
    <Section
      title={t('analyst.forecast.title')}
      testId="chart-forecast"
      actions={
        <>
          <label htmlFor={centreSelect}>{t('analyst.forecast.centre')}</label>{' '}
          <select id={centreSelect} value={f?.centreId ?? ''} onChange={(e) => setCentreId(e.target.value)}>
            {items.map((i) => (
              <option key={i.centreId} value={i.centreId}>
                {t('analyst.forecast.centreOption', {
                  centre: centreLabel(props.names, i.centreId),
                  region: i.regionId,
                })}
              </option>
            ))}
          </select>
        </>
      }
    >
      <Loadable error={forecasts.error} ready={forecasts.data !== undefined}>
        {!f ? (
          <p className="muted">{t('analyst.forecast.empty')}</p>
        ) : (
          <>
            <ResponsiveContainer width="100%" height={260}>
              <ComposedChart data={forecastRows(f)}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="week"
                  fontSize={11}
                  tickFormatter={(w: string) => date(`${w}T12:00:00Z`, 'UTC')}
                  label={{
                    value: t('analyst.axis.week'),
                    position: 'insideBottom',
                    offset: -2,
                    fontSize: 11,
                  }}
                  height={40}
                />
                <YAxis
                  label={{
                    value: t('analyst.axis.orders'),
                    angle: -90,
                    position: 'insideLeft',
                    fontSize: 11,
                  }}
                />
                <Tooltip labelFormatter={(w) => date(`${String(w)}T12:00:00Z`, 'UTC')} />
                <Legend verticalAlign="top" itemSorter={null} />
                <Area
                  dataKey="band"
                  name={t('analyst.forecast.band')}
                  fill="#d6e2f7"
                  stroke="none"
                  isAnimationActive={false}
                />
                <Line
                  dataKey="actual"
                  name={t('analyst.forecast.actual')}
                  stroke="#333"
                  isAnimationActive={false}
                />
                <Line
                  dataKey="forecast"
                  name={t('analyst.forecast.forecast')}
                  stroke="#3b6fd4"
                  strokeDasharray="4 3"
                  isAnimationActive={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
            <p className="muted">
              {f.forecast.mape === null
                ? t('analyst.forecast.method', { method: f.forecast.method })
                : t('analyst.forecast.methodError', {
                    method: f.forecast.method,
                    error: number(f.forecast.mape, { style: 'percent', maximumFractionDigits: 1 }),
                  })}
            </p>
          </>
        )}
      </Loadable>
    </Section>
  );
}
