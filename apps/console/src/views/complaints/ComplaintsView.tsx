// Complaint handler: a team's queue, least time left first (overdue on top), the open complaints
// that were escalated, and the open inquiries by time left to answer.
import { useId, useState } from 'react';
import { type QueuedComplaint } from '../../api/types';
import { Loadable, Pill, Section, useTimeLeft } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { InquiryQueue } from './InquiryQueue';

type Severity = NonNullable<QueuedComplaint['severity']>;
const SEVERITY: Record<Severity, MessageKey> = {
  low: 'complaints.severity.low',
  medium: 'complaints.severity.medium',
  high: 'complaints.severity.high',
  critical: 'complaints.severity.critical',
};
const CATEGORY: Record<NonNullable<QueuedComplaint['category']>, MessageKey> = {
  'repair-quality': 'complaints.category.repairQuality',
  'service-attitude': 'complaints.category.serviceAttitude',
  'waiting-time': 'complaints.category.waitingTime',
  parts: 'complaints.category.parts',
  billing: 'complaints.category.billing',
  'product-quality': 'complaints.category.productQuality',
  other: 'complaints.category.other',
};
const DEADLINE: Record<NonNullable<QueuedComplaint['nextDeadline']>['kind'], MessageKey> = {
  acknowledge: 'complaints.deadline.acknowledge',
  resolve: 'complaints.deadline.resolve',
};

export function ComplaintsView() {
  const { t, dateTime } = useI18n();
  const timeLeft = useTimeLeft();
  const teamId = useId();
  const [team, setTeam] = useState('complaints-desk');
  const queue = useResource((api) => api.queue(team), [team], ['complaint']);
  const open = useResource((api) => api.complaints({ status: 'open' }), [], ['complaint']);
  const escalated = (open.data?.items ?? [])
    .filter((c) => c.escalation.level > 0)
    .sort((a, b) => b.escalation.level - a.escalation.level);
  const items = queue.data?.items ?? [];
  const severity = (s: Severity | null) => (s ? t(SEVERITY[s]) : '—');

  return (
    <div className="view" data-testid="view-complaints">
      <Section
        title={t('complaints.queue.title')}
        testId="complaint-queue"
        actions={
          <>
            <label htmlFor={teamId}>{t('complaints.queue.team')}</label>{' '}
            <input id={teamId} value={team} onChange={(e) => setTeam(e.target.value)} />
          </>
        }
      >
        <Loadable error={queue.error} ready={queue.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('complaints.column.reference')}</th>
                <th>{t('complaints.column.category')}</th>
                <th>{t('complaints.column.severity')}</th>
                <th>{t('complaints.column.nextDeadline')}</th>
                <th>{t('complaints.column.timeLeft')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const left = c.nextDeadline?.timeLeftSeconds;
                return (
                  <tr key={c.id}>
                    <td>{c.referenceNumber}</td>
                    <td>
                      {c.category ? (
                        t(CATEGORY[c.category])
                      ) : (
                        <span className="muted">{t('complaints.unclassified')}</span>
                      )}
                    </td>
                    <td>{severity(c.severity)}</td>
                    <td>{c.nextDeadline ? t(DEADLINE[c.nextDeadline.kind]) : '—'}</td>
                    <td>
                      {left === undefined ? (
                        '—'
                      ) : (
                        <Pill tone={left < 0 ? 'bad' : left < 3_600 ? 'warn' : 'ok'}>{timeLeft(left)}</Pill>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {items.length === 0 && <p className="muted">{t('complaints.queue.empty')}</p>}
        </Loadable>
      </Section>
      <Section title={t('complaints.escalations.title')} testId="escalations">
        <Loadable error={open.error} ready={open.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('complaints.column.reference')}</th>
                <th>{t('complaints.column.level')}</th>
                <th>{t('complaints.column.escalatedTo')}</th>
                <th>{t('complaints.column.severity')}</th>
                <th>{t('complaints.column.due')}</th>
              </tr>
            </thead>
            <tbody>
              {escalated.map((c) => (
                <tr key={c.id}>
                  <td>{c.referenceNumber}</td>
                  <td>
                    <Pill tone="bad">{t('complaints.level', { level: c.escalation.level })}</Pill>
                  </td>
                  <td>{c.escalation.toTeamId ?? '—'}</td>
                  <td>{severity(c.severity)}</td>
                  <td>{c.dueAt ? dateTime(c.dueAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {escalated.length === 0 && <p className="muted">{t('complaints.escalations.empty')}</p>}
        </Loadable>
      </Section>
      <InquiryQueue />
    </div>
  );
}
