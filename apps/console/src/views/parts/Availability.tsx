// Stock per part and location: on hand, reserved, available, and whether it is below its reorder point.
import { useState } from 'react';
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { type PartsContext } from './PartsView';

export function Availability(props: { ctx: PartsContext }) {
  const { t, number } = useI18n();
  const { ctx } = props;
  const [locationId, setLocationId] = useState('');
  const stock = useResource((api) => api.stock(), [], ['parts', 'procurement']);
  const rows = stock.data?.items ?? [];
  const locations = [...new Set([...ctx.locationIds, ...rows.map((r) => r.locationId)])].sort();
  const shown = rows.filter((r) => !locationId || r.locationId === locationId);
  return (
    <Section
      title={t('parts.availability.title')}
      testId="availability"
      actions={
        <label>
          {t('parts.location')}{' '}
          <select
            value={locationId}
            onChange={(e) => setLocationId(e.target.value)}
            data-testid="stock-location"
          >
            <option value="">{t('parts.allLocations')}</option>
            {locations.map((l) => (
              <option key={l} value={l}>
                {ctx.locationName(l)}
              </option>
            ))}
          </select>
        </label>
      }
    >
      <Loadable error={stock.error} ready={stock.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('parts.part')}</th>
              <th>{t('parts.location')}</th>
              <th>{t('parts.availability.onHand')}</th>
              <th>{t('parts.availability.reserved')}</th>
              <th>{t('parts.availability.available')}</th>
              <th>{t('parts.availability.reorderPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.partId}@${r.locationId}`} data-testid="stock-row">
                <td>{ctx.partName(r.partId)}</td>
                <td>{ctx.locationName(r.locationId)}</td>
                <td data-testid="on-hand">{number(Number(r.onHand))}</td>
                <td>{number(Number(r.reserved))}</td>
                <td>
                  {number(r.available)}{' '}
                  {r.available <= Number(r.reorderPoint) && (
                    <Pill tone={r.available <= 0 ? 'bad' : 'warn'}>{t('parts.availability.reorder')}</Pill>
                  )}
                </td>
                <td>{number(Number(r.reorderPoint))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="muted">{t('parts.availability.empty')}</p>}
      </Loadable>
    </Section>
  );
}
