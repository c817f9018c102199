// Open inquiries (online consultation), least time left to answer first (overdue on top).
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { inquiryQueueOf, timeLeftTone } from '../../lib/quality';
import { formatDuration } from '../../lib/time';

export function InquiryQueue() {
  const inquiries = useResource((api) => api.inquiries({ status: 'open' }), [], ['inquiry']);
  const rows = inquiryQueueOf(inquiries.data?.items ?? [], platformNow());
  return (
    <Section title="Inquiries" testId="inquiry-queue">
      <Loadable error={inquiries.error} ready={inquiries.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Question</th>
              <th>Channel</th>
              <th>Team</th>
              <th>Received</th>
              <th>Time left</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ inquiry: i, leftSeconds }) => (
              <tr key={i.id}>
                <td>{i.question.length > 80 ? `${i.question.slice(0, 80)}…` : i.question}</td>
                <td>{i.channel}</td>
                <td>
                  {i.teamId}
                  {i.escalation.level > 0 && <Pill tone="bad">escalated</Pill>}
                </td>
                <td>{i.receivedAt.slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <Pill tone={timeLeftTone(leftSeconds)}>
                    {leftSeconds < 0
                      ? `overdue ${formatDuration(-leftSeconds)}`
                      : formatDuration(leftSeconds)}
                  </Pill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">No open inquiries.</p>}
      </Loadable>
    </Section>
  );
}
