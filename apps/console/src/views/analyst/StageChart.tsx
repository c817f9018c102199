// Mean time per repair stage against the mean standard that applied.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section } from '../../components/common';
import { type KpiReport } from '../../api/types';
import { type Resource } from '../../hooks';
import { type OrderStatus } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/I18n';

/** The repair stages by the order-status names the service desk uses (advisor.json). */
const STAGE: Record<OrderStatus, MessageKey> = {
  RECEIVED: 'advisor.status.RECEIVED',
  DIAGNOSED: 'advisor.status.DIAGNOSED',
  QUOTED: 'advisor.status.QUOTED',
  APPROVED: 'advisor.status.APPROVED',
  IN_PROGRESS: 'advisor.status.IN_PROGRESS',
  WAITING_PARTS: 'advisor.status.WAITING_PARTS',
  QC: 'advisor.status.QC',
  READY: 'advisor.status.READY',
  DELIVERED: 'advisor.status.DELIVERED',
  CLOSED: 'advisor.status.CLOSED',
  CANCELLED: 'advisor.status.CANCELLED',
  DECLINED: 'advisor.status.DECLINED',
};

export function StageChart(props: { report: Resource<KpiReport> }) {
  const { report } = props;
  const { t } = useI18n();
  const data = (report.data?.stageDurations ?? []).map((s) => ({
    stage: s.stage in STAGE ? t(STAGE[s.stage as OrderStatus]) : s.stage,
    actual: Math.round(s.meanSeconds / 60),
    standard: s.meanStandardSeconds === null ? null : Math.round(s.meanStandardSeconds / 60),
  }));
  return (
    <Section title={t('analyst.stages.title')} testId="chart-stages">
      <Loadable error={report.error} ready={report.data !== undefined}>
        {data.length === 0 ? (
          <p className="muted">{t('analyst.stages.empty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="stage"
                fontSize={11}
                label={{ value: t('analyst.axis.stage'), position: 'insideBottom', offset: -2, fontSize: 11 }}
                height={40}
              />
              <YAxis
                label={{ value: t('analyst.axis.minutes'), angle: -90, position: 'insideLeft', fontSize: 11 }}
              />
              <Tooltip />
              <Legend verticalAlign="top" itemSorter={null} />
              <Bar
                dataKey="actual"
                name={t('analyst.stages.actual')}
                fill="#3b6fd4"
                isAnimationActive={false}
              />
              <Bar
                dataKey="standard"
                name={t('analyst.stages.standard')}
                fill="#b8c4d6"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </Loadable>
    </Section>
  );
}
