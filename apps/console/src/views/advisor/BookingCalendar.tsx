// A centre's bookings for the coming week, one column per day.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { calendarOf } from '../../lib/calendar';

const DAYS = 7;

export function BookingCalendar(props: { centreId: string }) {
  const start = new Date(platformNow().toISOString().slice(0, 10) + 'T00:00:00.000Z');
  const slotFrom = start.toISOString();
  const slotTo = new Date(start.getTime() + DAYS * 86_400_000).toISOString();
  const bookings = useResource(
    (api) => api.bookings({ centreId: props.centreId, slotFrom, slotTo }),
    [props.centreId, slotFrom],
    ['repair'],
  );
  const days = calendarOf(bookings.data?.items ?? [], start, DAYS);
  return (
    <Section title="Booking calendar" testId="booking-calendar">
      <Loadable error={bookings.error} ready={bookings.data !== undefined}>
        <div className="calendar">
          {days.map((d) => (
            <div key={d.day} className="day">
              <h3>{d.day}</h3>
              {d.bookings.length === 0 && <p className="muted">free</p>}
              {d.bookings.map((b) => (
                <div key={b.id} className="booking">
                  <strong>
                    {b.slotStart.slice(11, 16)}–{b.slotEnd.slice(11, 16)}
                  </strong>{' '}
                  {b.serviceType} {b.bay !== null && <span className="muted">bay {b.bay}</span>}{' '}
                  <Pill tone={b.status === 'NO_SHOW' ? 'bad' : 'info'}>{b.status}</Pill>
                </div>
              ))}
            </div>
          ))}
        </div>
      </Loadable>
    </Section>
  );
}
