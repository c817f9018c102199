// Hazards of safety inspections not yet verified, nearest rectification deadline first.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { openHazardsOf, timeLeftTone } from '../../lib/quality';
import { useTimeLeft } from '../../components/common';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { HAZARD_SEVERITY, HAZARD_STATUS } from './labels';

const DAY = 86_400;

export function SafetyHazards(props: {
  centreName: (id: string) => string;
  centreZone: (id: string) => string | undefined;
}) {
  const { t, date } = useI18n();
  const timeLeft = useTimeLeft();
  // The rows carry the API's values as strings: an unknown one shows as sent.
  const label = (keys: Partial<Record<string, MessageKey>>, value: string) => {
    const key = keys[value];
    return key ? t(key) : value;
  };
  const inspections = useResource((api) => api.safetyInspections({ status: 'OPEN' }), [], ['safety']);
  const rows = openHazardsOf(inspections.data?.items ?? [], platformNow());
  return (
    <Section title={t('quality.hazards.title')} testId="safety-hazards">
      <Loadable error={inspections.error} ready={inspections.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('quality.column.hazard')}</th>
              <th>{t('quality.column.centre')}</th>
              <th>{t('quality.column.severity')}</th>
              <th>{t('quality.column.status')}</th>
              <th>{t('quality.column.rectifyBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.hazardId}>
                <td>{h.description}</td>
                <td>{props.centreName(h.centreId)}</td>
                <td>
                  <Pill tone={h.severity === 'critical' || h.severity === 'high' ? 'bad' : 'warn'}>
                    {label(HAZARD_SEVERITY, h.severity)}
                  </Pill>
                </td>
                <td>{label(HAZARD_STATUS, h.status)}</td>
                <td>
                  {date(h.rectifyBy, props.centreZone(h.centreId))}{' '}
                  <Pill tone={timeLeftTone(h.leftSeconds, DAY)}>{timeLeft(h.leftSeconds)}</Pill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('quality.hazards.empty')}</p>}
      </Loadable>
    </Section>
  );
}
