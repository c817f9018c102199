// Mean time per repair stage against the mean standard that applied.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { type KpiReport } from '../../api/types';
import { type Resource } from '../../hooks';

export function StageChart(props: { report: Resource<KpiReport> }) {
  const { report } = props;
  const data = (report.data?.stageDurations ?? []).map((s) => ({
    stage: s.stage,
    actual: Math.round(s.meanSeconds / 60),
    standard: s.meanStandardSeconds === null ? null : Math.round(s.meanStandardSeconds / 60),
  }));
  return (
    <Section title="Stage durations vs standards (minutes)" testId="chart-stages">
      <Loadable error={report.error} ready={report.data !== undefined}>
        {data.length === 0 ? (
          <p className="muted">No completed stages in the period.</p>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="stage" fontSize={11} />
              <YAxis />
              <Tooltip />
              <Legend />
              <Bar dataKey="actual" name="mean time" fill="#3b6fd4" isAnimationActive={false} />
              <Bar dataKey="standard" name="standard" fill="#b8c4d6" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </Loadable>
    </Section>
  );
}
