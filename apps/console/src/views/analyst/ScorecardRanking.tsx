// The quarterly scorecard: centres ranked within their region, with CSV export.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section, download } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { centreLabel, type CentreNames } from '../../lib/centres';
import { previousQuarter, quarterOf } from '../../lib/time';
import { type Scorecard } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/I18n';

const INDICATOR: Record<Scorecard['worstIndicators'][number], MessageKey> = {
  csi: 'analyst.kpi.csi',
  nps: 'analyst.kpi.nps',
  firstTimeFixRate: 'analyst.kpi.firstTimeFixRate',
  comebackRate: 'analyst.kpi.comebackRate',
  slaBreachRate: 'analyst.kpi.slaBreachRate',
  complaintRate: 'analyst.kpi.complaintRate',
  responseTimeSeconds: 'analyst.kpi.responseTime',
  completionRate: 'analyst.kpi.completionRate',
};

export function ScorecardRanking(props: { names: CentreNames }) {
  const { api } = useConsole();
  const { t, number } = useI18n();
  const quarterId = useId();
  const quarterLabel = (q: string) => {
    const [year, n] = q.split('-Q');
    return t('analyst.quarterLabel', { year: year ?? q, quarter: n ?? '' });
  };
  const one = (v: number) => number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const current = quarterOf(platformNow());
  const [quarter, setQuarter] = useState(current);
  const cards = useResource((a) => a.scorecards(quarter), [quarter], ['analytics']);
  const items = [...(cards.data?.items ?? [])].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const quarters = [current, previousQuarter(current), previousQuarter(previousQuarter(current))];
  const exportCsv = async () =>
    download(await api.csv(`/v1/scorecards?quarter=${quarter}`), `scorecards-${quarter}.csv`);
  return (
    <Section
      title={t('analyst.scorecards.title')}
      testId="chart-scorecards"
      actions={
        <>
          <label htmlFor={quarterId}>{t('analyst.scorecards.quarter')}</label>{' '}
          <select id={quarterId} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q)}
              </option>
            ))}
          </select>
          <button onClick={() => void exportCsv()} data-testid="export-scorecards">
            {t('analyst.scorecards.exportCsv')}
          </button>
        </>
      }
    >
      <Loadable error={cards.error} ready={cards.data !== undefined}>
        {items.length === 0 ? (
          <p className="muted">{t('analyst.scorecards.empty', { quarter: quarterLabel(quarter) })}</p>
        ) : (
          <>
            <ResponsiveContainer width="100%" height={Math.max(120, items.length * 28)}>
              <BarChart
                data={items.map((c) => ({ centre: centreLabel(props.names, c.centreId), score: c.score }))}
                layout="vertical"
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  type="number"
                  domain={[0, 100]}
                  label={{
                    value: t('analyst.axis.score'),
                    position: 'insideBottom',
                    offset: -2,
                    fontSize: 11,
                  }}
                  height={40}
                />
                <YAxis type="category" dataKey="centre" width={140} fontSize={11} />
                <Tooltip />
                <Bar
                  dataKey="score"
                  name={t('analyst.column.score')}
                  fill="#3b6fd4"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
            <table>
              <thead>
                <tr>
                  <th>{t('analyst.column.centre')}</th>
                  <th>{t('analyst.column.region')}</th>
                  <th>{t('analyst.column.score')}</th>
                  <th>{t('analyst.column.rank')}</th>
                  <th>{t('analyst.column.change')}</th>
                  <th>{t('analyst.column.weakest')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.centreId}>
                    <td title={c.centreId}>{centreLabel(props.names, c.centreId)}</td>
                    <td>{c.regionId}</td>
                    <td>{c.score === null ? '—' : one(c.score)}</td>
                    <td>
                      {c.rankInRegion === null
                        ? t('analyst.unranked', { total: c.centresInRegion })
                        : t('analyst.rank', { rank: c.rankInRegion, total: c.centresInRegion })}
                    </td>
                    <td>
                      {c.change === null
                        ? '—'
                        : number(c.change, {
                            minimumFractionDigits: 1,
                            maximumFractionDigits: 1,
                            signDisplay: 'exceptZero',
                          })}
                    </td>
                    <td>{c.worstIndicators.map((i) => t(INDICATOR[i])).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loadable>
    </Section>
  );
}
