// The quarterly scorecard: centres ranked within their region, with CSV export.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loadable, Section, download } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { centreLabel, type CentreNames } from '../../lib/centres';
import { previousQuarter, quarterOf } from '../../lib/time';

export function ScorecardRanking(props: { names: CentreNames }) {
  const { api } = useConsole();
  const current = quarterOf(platformNow());
  const [quarter, setQuarter] = useState(current);
  const cards = useResource((a) => a.scorecards(quarter), [quarter], ['analytics']);
  const items = [...(cards.data?.items ?? [])].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const quarters = [current, previousQuarter(current), previousQuarter(previousQuarter(current))];
  const exportCsv = async () =>
    download(await api.csv(`/v1/scorecards?quarter=${quarter}`), `scorecards-${quarter}.csv`);
  return (
    <Section
      title="Quarterly scorecard ranking"
      testId="chart-scorecards"
      actions={
        <>
          <select value={quarter} onChange={(e) => setQuarter(e.target.value)} aria-label="Quarter">
            {quarters.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
          <button onClick={() => void exportCsv()}>CSV</button>
        </>
      }
    >
      <Loadable error={cards.error} ready={cards.data !== undefined}>
        {items.length === 0 ? (
          <p className="muted">No scorecards for {quarter}.</p>
        ) : (
          <>
            <ResponsiveContainer width="100%" height={Math.max(120, items.length * 28)}>
              <BarChart
                data={items.map((c) => ({ centre: centreLabel(props.names, c.centreId), score: c.score }))}
                layout="vertical"
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 100]} />
                <YAxis type="category" dataKey="centre" width={140} fontSize={11} />
                <Tooltip />
                <Bar dataKey="score" fill="#3b6fd4" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
            <table>
              <thead>
                <tr>
                  <th>Centre</th>
                  <th>Region</th>
                  <th>Score</th>
                  <th>Rank</th>
                  <th>Change</th>
                  <th>Weakest</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.centreId}>
                    <td title={c.centreId}>{centreLabel(props.names, c.centreId)}</td>
                    <td>{c.regionId}</td>
                    <td>{c.score?.toFixed(1) ?? '—'}</td>
                    <td>
                      {c.rankInRegion ?? '—'} / {c.centresInRegion}
                    </td>
                    <td>{c.change === null ? '—' : c.change.toFixed(1)}</td>
                    <td>{c.worstIndicators.join(', ')}</td>
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
