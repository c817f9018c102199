// Weekly service demand of a centre: history, forecast and its prediction band.
import { useState } from 'react';
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
  const forecasts = useResource((api) => api.serviceDemand({ horizon: 8 }), [], ['analytics']);
  const [centreId, setCentreId] = useState('');
  const items = forecasts.data?.items ?? [];
  const f = items.find((i) => i.centreId === centreId) ?? items[0];
  return (
    <Section
      title="Service demand forecast"
      testId="chart-forecast"
      actions={
        <select value={f?.centreId ?? ''} onChange={(e) => setCentreId(e.target.value)} aria-label="Centre">
          {items.map((i) => (
            <option key={i.centreId} value={i.centreId}>
              {centreLabel(props.names, i.centreId)} ({i.regionId})
            </option>
          ))}
        </select>
      }
    >
      <Loadable error={forecasts.error} ready={forecasts.data !== undefined}>
        {!f ? (
          <p className="muted">No demand history yet.</p>
        ) : (
          <>
            <ResponsiveContainer width="100%" height={260}>
              <ComposedChart data={forecastRows(f)}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="week" fontSize={11} />
                <YAxis />
                <Tooltip />
                <Legend />
                <Area
                  dataKey="band"
                  name="95 % band"
                  fill="#d6e2f7"
                  stroke="none"
                  isAnimationActive={false}
                />
                <Line dataKey="actual" name="orders" stroke="#333" isAnimationActive={false} />
                <Line
                  dataKey="forecast"
                  name="forecast"
                  stroke="#3b6fd4"
                  strokeDasharray="4 3"
                  isAnimationActive={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
            <p className="muted">
              Method {f.forecast.method}
              {f.forecast.mape !== null && `, back-tested error ${(f.forecast.mape * 100).toFixed(1)} %`}
            </p>
          </>
        )}
      </Loadable>
    </Section>
  );
}
