// Training effectiveness per course: first-time-fix and comeback rates of the trained technicians'
// orders before vs after the session, with the sample sizes (orders before/after) in the label.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { effectivenessBarsOf } from '../../lib/quality';
import { useI18n } from '../../i18n/I18n';

export function TrainingEffectivenessChart() {
  const { t } = useI18n();
  const report = useResource((api) => api.trainingEffectiveness(), [], ['technician', 'repair']);
  const bars = effectivenessBarsOf(report.data?.items ?? []);
  return (
    <Section
      title={t('quality.training.title', { days: report.data?.windowDays ?? 90 })}
      testId="chart-training-effectiveness"
    >
      <Loadable error={report.error} ready={report.data !== undefined}>
        {bars.length === 0 ? (
          <p className="muted">{t('quality.training.empty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={bars}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="course"
                fontSize={11}
                label={{
                  value: t('quality.training.axisCourse'),
                  position: 'insideBottom',
                  offset: -2,
                  fontSize: 11,
                }}
                height={40}
              />
              <YAxis
                unit=" %"
                domain={[0, 100]}
                label={{
                  value: t('quality.training.axisRate'),
                  angle: -90,
                  position: 'insideLeft',
                  fontSize: 11,
                }}
              />
              <Tooltip />
              <Legend verticalAlign="top" itemSorter={null} />
              <Bar
                dataKey="ftfBefore"
                name={t('quality.training.ftfBefore')}
                fill="#9bb3e0"
                isAnimationActive={false}
              />
              <Bar
                dataKey="ftfAfter"
                name={t('quality.training.ftfAfter')}
                fill="#3b6fd4"
                isAnimationActive={false}
                maxBarSize={48}
              />
              <Bar
                dataKey="comebackBefore"
                name={t('quality.training.comebackBefore')}
                fill="#e8c19b"
                isAnimationActive={false}
              />
              <Bar
                dataKey="comebackAfter"
                name={t('quality.training.comebackAfter')}
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
