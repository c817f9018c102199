// Audits, newest first, with their template, score and number of findings.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { scoreTone } from '../../lib/quality';
import { useI18n } from '../../i18n/I18n';

export function AuditList(props: {
  centreName: (id: string) => string;
  centreZone: (id: string) => string | undefined;
}) {
  const { t, date } = useI18n();
  const audits = useResource((api) => api.audits(), [], ['audit']);
  const templates = useResource((api) => api.auditTemplates(), [], ['audit']);
  const templateName = (id: string) => templates.data?.items.find((t) => t.id === id)?.name ?? '—';
  const items = audits.data?.items ?? [];
  return (
    <Section title={t('quality.audits.title')} testId="audits">
      <Loadable error={audits.error} ready={audits.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('quality.column.template')}</th>
              <th>{t('quality.column.centre')}</th>
              <th>{t('quality.column.date')}</th>
              <th>{t('quality.column.score')}</th>
              <th>{t('quality.column.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid={`audit-row-${a.id}`}>
                <td>
                  {templateName(a.templateId)}
                  {a.adHoc && <span className="muted"> {t('quality.audits.adHoc')}</span>}
                </td>
                <td>{props.centreName(a.centreId)}</td>
                <td>{date(a.completedAt ?? a.scheduledFor, props.centreZone(a.centreId))}</td>
                <td>
                  {a.status === 'completed' ? (
                    <Pill tone={scoreTone(a.scorePercent)}>
                      {t('quality.audits.score', {
                        score: a.score,
                        max: a.maxScore,
                        percent: a.scorePercent,
                      })}
                    </Pill>
                  ) : (
                    <span className="muted">{t('quality.audits.scheduled')}</span>
                  )}
                </td>
                <td>{a.status === 'completed' ? a.findingCount : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="muted">{t('quality.audits.empty')}</p>}
      </Loadable>
    </Section>
  );
}
