// Partner workshops and whether each is qualified for overflow work now (documents and audit).
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { PARTNER_REASON } from './labels';

export function PartnerStatus() {
  const { t, date } = useI18n();
  const partners = useResource(
    async (api) => {
      const centres = await api.centres({ type: 'partner-workshop' });
      return Promise.all(
        centres.items.map(async (c) => ({ centre: c, q: await api.partnerQualification(c.id) })),
      );
    },
    [],
    ['partner'],
  );
  const items = partners.data ?? [];
  return (
    <Section title={t('quality.partners.title')} testId="partner-qualification">
      <Loadable error={partners.error} ready={partners.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('quality.column.partner')}</th>
              <th>{t('quality.column.status')}</th>
              <th>{t('quality.column.auditScore')}</th>
              <th>{t('quality.column.validUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ centre, q }) => (
              <tr key={centre.id}>
                <td>{centre.name}</td>
                <td>
                  <Pill tone={q.qualified ? 'ok' : 'bad'}>
                    {q.qualified
                      ? t('quality.partners.qualified')
                      : PARTNER_REASON[q.reason]
                        ? t(PARTNER_REASON[q.reason]!)
                        : q.reason}
                  </Pill>
                </td>
                <td>{q.auditScore ?? '—'}</td>
                <td>{q.validUntil ? date(q.validUntil) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="muted">{t('quality.partners.empty')}</p>}
      </Loadable>
    </Section>
  );
}
