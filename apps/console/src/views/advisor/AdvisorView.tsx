// Service advisor (and technician): the repair-order board of a centre (or all), an order's
// detail with its quote and workflow actions, and the centre's booking calendar.
import { useState } from 'react';
import { useResource } from '../../hooks';
import { BookingCalendar } from './BookingCalendar';
import { OrderBoard } from './OrderBoard';
import { OrderDetail } from './OrderDetail';

export function AdvisorView() {
  const centres = useResource((api) => api.centres(), [], ['repair']);
  const [centreId, setCentreId] = useState('');
  const [orderId, setOrderId] = useState<string>();
  const list = centres.data?.items ?? [];
  const calendarCentre = centreId || list[0]?.id;

  return (
    <div className="view" data-testid="view-advisor">
      <div className="toolbar">
        <label>
          Centre{' '}
          <select value={centreId} onChange={(e) => setCentreId(e.target.value)} data-testid="centre-select">
            <option value="">All centres</option>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <OrderBoard centreId={centreId || undefined} onSelect={setOrderId} selected={orderId} />
      {orderId && <OrderDetail id={orderId} onClose={() => setOrderId(undefined)} />}
      {calendarCentre && <BookingCalendar centreId={calendarCentre} />}
    </div>
  );
}
