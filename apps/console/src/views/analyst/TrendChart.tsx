// CSI and NPS per week over the period.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';

export function TrendChart(props: { from: string; to: string }) {
  const report = useResource(
    (api) => api.kpis({ scope: 'tenant', from: props.from, to: props.to, granularity: 'week' }),
    [props.from, props.to],
    ['analytics'],
  );
  const data = (report.data?.series ?? []).map((b) => ({ week: b.from, csi: b.kpis.csi, nps: b.kpis.nps }));
  return (
    <Section title="CSI and NPS trend (weekly)" testId="chart-trend">
      <Loadable error={report.error} ready={report.data !== undefined}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" fontSize={11} />
            <YAxis yAxisId="csi" domain={[0, 100]} />
            <YAxis yAxisId="nps" orientation="right" domain={[-100, 100]} />
            <Tooltip />
            <Legend />
            <Line
              yAxisId="csi"
              dataKey="csi"
              name="CSI"
              stroke="#3b6fd4"
              connectNulls
              isAnimationActive={false}
            />
            <Line
              yAxisId="nps"
              dataKey="nps"
              name="NPS"
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
