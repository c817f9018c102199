// Open inquiries (online consultation), least time left to answer first (overdue on top).
import { type Inquiry } from '../../api/types';
import { Loadable, Pill, Section, useTimeLeft } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { platformNow } from '../../lib/clock';
import { inquiryQueueOf, timeLeftTone } from '../../lib/quality';

const CHANNEL: Record<Inquiry['channel'], MessageKey> = {
  web: 'complaints.channel.web',
  phone: 'complaints.channel.phone',
  chat: 'complaints.channel.chat',
};

export function InquiryQueue() {
  const { t, dateTime } = useI18n();
  const timeLeft = useTimeLeft();
  const inquiries = useResource((api) => api.inquiries({ status: 'open' }), [], ['inquiry']);
  const rows = inquiryQueueOf(inquiries.data?.items ?? [], platformNow());
  return (
    <Section title={t('complaints.inquiries.title')} testId="inquiry-queue">
      <Loadable error={inquiries.error} ready={inquiries.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('complaints.column.question')}</th>
              <th>{t('complaints.column.channel')}</th>
              <th>{t('complaints.column.team')}</th>
              <th>{t('complaints.column.received')}</th>
              <th>{t('complaints.column.timeLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ inquiry: i, leftSeconds }) => (
              <tr key={i.id}>
                <td>{i.question.length > 80 ? `${i.question.slice(0, 80)}…` : i.question}</td>
                <td>{CHANNEL[i.channel] ? t(CHANNEL[i.channel]) : i.channel}</td>
                <td>
                  {i.teamId}
                  {i.escalation.level > 0 && (
                    <>
                      {' '}
                      <Pill tone="bad">{t('complaints.escalated')}</Pill>
                    </>
                  )}
                </td>
                <td>{dateTime(i.receivedAt)}</td>
                <td>
                  <Pill tone={timeLeftTone(leftSeconds)}>{timeLeft(leftSeconds)}</Pill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('complaints.inquiries.empty')}</p>}
      </Loadable>
    </Section>
  );
}
