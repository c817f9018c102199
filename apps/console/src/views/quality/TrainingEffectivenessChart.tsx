// Training effectiveness per course: first-time-fix and comeback rates of the trained technicians'
// orders before vs after the session, with the sample sizes (orders before/after) in the label.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { effectivenessBarsOf } from '../../lib/quality';

export function TrainingEffectivenessChart() {
  const report = useResource((api) => api.trainingEffectiveness(), [], ['technician', 'repair']);
  const bars = effectivenessBarsOf(report.data?.items ?? []);
  return (
    <Section
      title={`Training effectiveness (${report.data?.windowDays ?? 90} days before vs after)`}
      testId="chart-training-effectiveness"
    >
      <Loadable error={report.error} ready={report.data !== undefined}>
        {bars.length === 0 ? (
          <p className="muted">No attended training sessions yet.</p>
        ) : (
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={bars}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="course" fontSize={11} />
              <YAxis unit=" %" domain={[0, 100]} />
              <Tooltip />
              <Legend />
              <Bar
                dataKey="ftfBefore"
                name="First-time fix before"
                fill="#9bb3e0"
                isAnimationActive={false}
              />
              <Bar
                dataKey="ftfAfter"
                name="First-time fix after"
                fill="#3b6fd4"
                isAnimationActive={false}
                maxBarSize={48}
              />
              <Bar
                dataKey="comebackBefore"
                name="Comebacks before"
                fill="#e8c19b"
                isAnimationActive={false}
              />
              <Bar
                dataKey="comebackAfter"
                name="Comebacks after"
                fill="#d4873b"
                isAnimationActive={false}
                maxBarSize={48}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </Loadable>
    </Section>
  );
}
