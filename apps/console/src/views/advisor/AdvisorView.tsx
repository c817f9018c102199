// Service advisor (and technician): the desk's search, the repair-order board of a centre (or
// all), an order's detail with its quote and workflow actions, and the centre's booking calendar.
import { useMemo, useState } from 'react';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { BookingCalendar } from './BookingCalendar';
import { DeskSearch } from './DeskSearch';
import { OrderBoard } from './OrderBoard';
import { OrderDetail } from './OrderDetail';
import { ReceptionDesk } from './ReceptionDesk';

export function AdvisorView() {
  const { t } = useI18n();
  const centres = useResource((api) => api.centres(), [], ['repair']);
  const [centreId, setCentreId] = useState('');
  const [orderId, setOrderId] = useState<string>();
  const list = useMemo(() => centres.data?.items ?? [], [centres.data]);
  const byId = useMemo(() => new Map(list.map((c) => [c.id, c])), [list]);
  const calendarCentre = centreId || list[0]?.id;

  return (
    <div className="view" data-testid="view-advisor">
      <div className="toolbar">
        <label>
          {t('advisor.centre')}{' '}
          <select value={centreId} onChange={(e) => setCentreId(e.target.value)} data-testid="centre-select">
            <option value="">{t('advisor.allCentres')}</option>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DeskSearch onSelect={setOrderId} />
      <ReceptionDesk centres={list} centreId={centreId || undefined} onOpenOrder={setOrderId} />
      <OrderBoard centreId={centreId || undefined} centres={byId} onSelect={setOrderId} selected={orderId} />
      {orderId && <OrderDetail id={orderId} onClose={() => setOrderId(undefined)} />}
      {calendarCentre && <BookingCalendar centreId={calendarCentre} />}
    </div>
  );
}
