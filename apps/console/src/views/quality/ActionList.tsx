// Improvement actions by due date (unclosed first); overdue and escalated ones stand out.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { actionRowsOf } from '../../lib/quality';
import { useDuration } from '../../components/common';
import { useI18n } from '../../i18n/I18n';
import { ACTION_SOURCE, ACTION_STATUS } from './labels';

export function ActionList(props: {
  selected: string | undefined;
  onSelect: (id: string) => void;
  centreName: (id: string) => string;
  centreZone: (id: string) => string | undefined;
  /** Changes when the user took a step elsewhere: refetch. */
  refresh: number;
}) {
  const { t, date } = useI18n();
  const duration = useDuration();
  const actions = useResource(
    (api) => api.improvementActions(),
    [props.refresh],
    ['action', 'audit', 'supervision'],
  );
  const rows = actionRowsOf(actions.data?.items ?? [], platformNow());
  return (
    <Section title={t('quality.actions.title')} testId="improvement-actions">
      <Loadable error={actions.error} ready={actions.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('quality.column.action')}</th>
              <th>{t('quality.column.centre')}</th>
              <th>{t('quality.column.status')}</th>
              <th>{t('quality.column.due')}</th>
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
                // Keyboard users open an action as mouse users do: Tab to the row, Enter or Space.
                tabIndex={0}
                aria-current={a.id === props.selected ? 'true' : undefined}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    props.onSelect(a.id);
                  }
                }}
              >
                <td>
                  {a.title}
                  <div className="muted">{t(ACTION_SOURCE[a.source])}</div>
                </td>
                <td>{props.centreName(a.centreId)}</td>
                <td>
                  <Pill tone={a.status === 'closed' ? 'ok' : 'info'}>{t(ACTION_STATUS[a.status])}</Pill>
                </td>
                <td>
                  {date(a.dueAt, props.centreZone(a.centreId))}{' '}
                  {overdue && (
                    <Pill tone="bad">{t('common.overdue', { duration: duration(-dueInSeconds) })}</Pill>
                  )}
                  {escalated && (
                    <Pill tone="bad">
                      {t('quality.actions.escalatedLevel', { level: a.escalation.level })}
                    </Pill>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('quality.actions.empty')}</p>}
      </Loadable>
    </Section>
  );
}
