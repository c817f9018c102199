// Improvement actions by due date (unclosed first); overdue and escalated ones stand out.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { actionRowsOf } from '../../lib/quality';
import { formatDuration } from '../../lib/time';

export function ActionList(props: {
  selected: string | undefined;
  onSelect: (id: string) => void;
  centreName: (id: string) => string;
  /** Changes when the user took a step elsewhere: refetch. */
  refresh: number;
}) {
  const actions = useResource(
    (api) => api.improvementActions(),
    [props.refresh],
    ['action', 'audit', 'supervision'],
  );
  const rows = actionRowsOf(actions.data?.items ?? [], platformNow());
  return (
    <Section title="Improvement actions" testId="improvement-actions">
      <Loadable error={actions.error} ready={actions.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Action</th>
              <th>Centre</th>
              <th>Status</th>
              <th>Due</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ action: a, overdue, escalated, dueInSeconds }) => (
              <tr
                key={a.id}
                data-testid={`action-row-${a.id}`}
                className={[
                  'clickable',
                  a.id === props.selected ? 'selected' : '',
                  overdue || escalated ? 'alert' : '',
                ].join(' ')}
                onClick={() => props.onSelect(a.id)}
              >
                <td>
                  {a.title}
                  <div className="muted">{a.source}</div>
                </td>
                <td>{props.centreName(a.centreId)}</td>
                <td>
                  <Pill tone={a.status === 'closed' ? 'ok' : 'info'}>{a.status}</Pill>
                </td>
                <td>
                  {a.dueAt.slice(0, 10)}{' '}
                  {overdue && <Pill tone="bad">overdue {formatDuration(-dueInSeconds)}</Pill>}
                  {escalated && <Pill tone="bad">escalated L{a.escalation.level}</Pill>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">No improvement actions.</p>}
      </Loadable>
    </Section>
  );
}
