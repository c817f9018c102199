// Open backorders: parts a repair order waits for.
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { type PartsContext } from './PartsView';

export function Backorders(props: { ctx: PartsContext }) {
  const { t, number, dateTime } = useI18n();
  const { ctx } = props;
  const backorders = useResource((api) => api.backorders({ status: 'open' }), [], ['parts', 'procurement']);
  const rows = backorders.data?.items ?? [];
  return (
    <Section title={t('parts.backorders.title')} testId="backorders">
      <Loadable error={backorders.error} ready={backorders.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('parts.part')}</th>
              <th>{t('parts.location')}</th>
              <th>{t('parts.quantity')}</th>
              <th>{t('parts.backorders.fulfilled')}</th>
              <th>{t('parts.backorders.repairOrder')}</th>
              <th>{t('parts.backorders.since')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id}>
                <td>{ctx.partName(b.partId)}</td>
                <td>{ctx.locationName(b.locationId)}</td>
                <td>{number(Number(b.quantity))}</td>
                <td>{number(Number(b.fulfilled))}</td>
                <td className="mono">{b.repairOrderId.slice(0, 8)}</td>
                <td>{dateTime(b.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('parts.backorders.empty')}</p>}
      </Loadable>
    </Section>
  );
}
