// CSI and NPS per week over the period.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';

export function TrendChart(props: { from: string; to: string }) {
  const { t, date } = useI18n();
  const report = useResource(
    (api) => api.kpis({ scope: 'tenant', from: props.from, to: props.to, granularity: 'week' }),
    [props.from, props.to],
    ['analytics'],
  );
  const data = (report.data?.series ?? []).map((b) => ({ week: b.from, csi: b.kpis.csi, nps: b.kpis.nps }));
  return (
    <Section title={t('analyst.trend.title')} testId="chart-trend">
      <Loadable error={report.error} ready={report.data !== undefined}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="week"
              fontSize={11}
              tickFormatter={(w: string) => date(`${w.slice(0, 10)}T12:00:00Z`, 'UTC')}
              label={{ value: t('analyst.axis.week'), position: 'insideBottom', offset: -2, fontSize: 11 }}
              height={40}
            />
            <YAxis
              yAxisId="csi"
              domain={[0, 100]}
              label={{ value: t('analyst.trend.csi'), angle: -90, position: 'insideLeft', fontSize: 11 }}
            />
            <YAxis
              yAxisId="nps"
              orientation="right"
              domain={[-100, 100]}
              label={{ value: t('analyst.trend.nps'), angle: 90, position: 'insideRight', fontSize: 11 }}
            />
            <Tooltip labelFormatter={(w) => date(`${String(w).slice(0, 10)}T12:00:00Z`, 'UTC')} />
            <Legend verticalAlign="top" itemSorter={null} />
            <Line
              yAxisId="csi"
              dataKey="csi"
              name={t('analyst.trend.csi')}
              stroke="#3b6fd4"
              connectNulls
              isAnimationActive={false}
            />
            <Line
              yAxisId="nps"
              dataKey="nps"
              name={t('analyst.trend.nps')}
              stroke="#d4873b"
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Loadable>
    </Section>
  );
}
