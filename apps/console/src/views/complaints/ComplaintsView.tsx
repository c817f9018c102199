// Complaint handler: a team's queue, least time left first (overdue on top), the open complaints
// that were escalated, and the open inquiries by time left to answer.
import { useState } from 'react';
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { formatDuration } from '../../lib/time';
import { InquiryQueue } from './InquiryQueue';

export function ComplaintsView() {
  const [team, setTeam] = useState('complaints-desk');
  const queue = useResource((api) => api.queue(team), [team], ['complaint']);
  const open = useResource((api) => api.complaints({ status: 'open' }), [], ['complaint']);
  const escalated = (open.data?.items ?? [])
    .filter((c) => c.escalation.level > 0)
    .sort((a, b) => b.escalation.level - a.escalation.level);
  const items = queue.data?.items ?? [];

  return (
    <div className="view" data-testid="view-complaints">
      <Section
        title="Queue"
        testId="complaint-queue"
        actions={
          <label>
            Team <input value={team} onChange={(e) => setTeam(e.target.value)} aria-label="Team" />
          </label>
        }
      >
        <Loadable error={queue.error} ready={queue.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>Reference</th>
                <th>Category</th>
                <th>Severity</th>
                <th>Next deadline</th>
                <th>Time left</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const left = c.nextDeadline?.timeLeftSeconds;
                return (
                  <tr key={c.id}>
                    <td>{c.referenceNumber}</td>
                    <td>{c.category ?? <span className="muted">unclassified</span>}</td>
                    <td>{c.severity ?? '—'}</td>
                    <td>{c.nextDeadline?.kind ?? '—'}</td>
                    <td>
                      {left === undefined ? (
                        '—'
                      ) : (
                        <Pill tone={left < 0 ? 'bad' : left < 3_600 ? 'warn' : 'ok'}>
                          {left < 0 ? `overdue ${formatDuration(-left)}` : formatDuration(left)}
                        </Pill>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {items.length === 0 && <p className="muted">The queue is empty.</p>}
        </Loadable>
      </Section>
      <Section title="Escalations" testId="escalations">
        <Loadable error={open.error} ready={open.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>Reference</th>
                <th>Level</th>
                <th>Escalated to</th>
                <th>Severity</th>
                <th>Due</th>
              </tr>
            </thead>
            <tbody>
              {escalated.map((c) => (
                <tr key={c.id}>
                  <td>{c.referenceNumber}</td>
                  <td>
                    <Pill tone="bad">level {c.escalation.level}</Pill>
                  </td>
                  <td>{c.escalation.toTeamId ?? '—'}</td>
                  <td>{c.severity ?? '—'}</td>
                  <td>{c.dueAt?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {escalated.length === 0 && <p className="muted">No escalated complaints.</p>}
        </Loadable>
      </Section>
      <InquiryQueue />
    </div>
  );
}
