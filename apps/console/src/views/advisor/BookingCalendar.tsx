// A centre's bookings for the coming week, one column per day (times in the centre's zone); the
// service desk books a free slot of a day against the live capacity (bays and technician hours,
// GET /v1/service-centres/{id}/availability), or moves a booking there: the new slot is booked
// first, then the old one cancelled as rescheduled, so a refused slot leaves the booking as it was.
import { useState, type FormEvent } from 'react';
import { type Booking } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { calendarOf } from '../../lib/calendar';
import { platformNow } from '../../lib/clock';
import { serviceTypeKey } from '../../i18n/labels';
import { SERVICE_TYPES, localDate } from './ReceptionForm';

const DAYS = 7;
const statusKey = (s: string) => `reception.calendar.status.${s}` as MessageKey;

export function BookingCalendar(props: { centreId: string }) {
  const { api, user } = useConsole();
  const { t, time, date } = useI18n();
  const canBook = user.roles.includes('service-advisor');
  const start = new Date(platformNow().toISOString().slice(0, 10) + 'T00:00:00.000Z');
  const slotFrom = start.toISOString();
  const slotTo = new Date(start.getTime() + DAYS * 86_400_000).toISOString();
  const centre = useResource((a) => a.centre(props.centreId), [props.centreId], ['repair']);
  const bookings = useResource(
    (a) => a.bookings({ centreId: props.centreId, slotFrom, slotTo }),
    [props.centreId, slotFrom],
    ['repair'],
  );
  const zone = centre.data?.timeZone;
  const days = calendarOf(bookings.data?.items ?? [], start, DAYS);

  const [day, setDay] = useState(() => localDate(platformNow(), 'UTC'));
  const [hours, setHours] = useState('1');
  const [customerId, setCustomerId] = useState('');
  const [vehicleId, setVehicleId] = useState('');
  const [serviceType, setServiceType] = useState<string>('maintenance');
  const [moving, setMoving] = useState<Booking>();
  const [query, setQuery] = useState<{ date: string; durationMinutes: number }>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const availability = useResource(
    (a) =>
      query ? a.availability(props.centreId, { ...query, stepMinutes: 30 }) : Promise.resolve(undefined),
    [props.centreId, query?.date, query?.durationMinutes],
    ['repair'],
  );

  function findSlots(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    setQuery({ date: day, durationMinutes: Math.max(15, Math.round(Number(hours) * 60)) });
  }

  function startMove(b: Booking) {
    setMoving(b);
    setCustomerId(b.customerId);
    setVehicleId(b.vehicleId);
    setServiceType(b.serviceType);
    setHours(String(b.estimatedLabourHours));
    setMessage(undefined);
    setQuery(undefined);
  }

  async function book(slotStart: string) {
    setBusy(true);
    setMessage(undefined);
    try {
      const created = await api.createBooking(
        {
          centreId: props.centreId,
          customerId: customerId.trim(),
          vehicleId: vehicleId.trim(),
          channel: moving ? moving.channel : 'phone',
          serviceType,
          slotStart,
          estimatedLabourHours: Number(hours),
          notes: moving?.notes ?? null,
        },
        key,
      );
      setKey(crypto.randomUUID());
      if (moving) await api.cancelBooking(moving, 'rescheduled');
      setMessage({
        ok: true,
        text: t(moving ? 'reception.calendar.moved' : 'reception.calendar.booked', {
          time: `${date(created.slotStart, zone)} ${time(created.slotStart, zone)}`,
        }),
      });
      setMoving(undefined);
      setQuery(undefined);
      bookings.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
      availability.reload();
    } finally {
      setBusy(false);
    }
  }

  const slots = availability.data?.slots ?? [];
  return (
    <Section title={t('reception.calendar.title')} testId="booking-calendar">
      <Loadable error={bookings.error ?? centre.error} ready={bookings.data !== undefined}>
        <div className="calendar">
          {days.map((d) => (
            <div key={d.day} className="day" data-testid={`calendar-day-${d.day}`}>
              <h3>{date(`${d.day}T12:00:00Z`, 'UTC')}</h3>
              {d.bookings.length === 0 && <p className="muted">{t('reception.calendar.free')}</p>}
              {d.bookings.map((b) => (
                <div key={b.id} className="booking" data-testid="calendar-booking">
                  <strong>
                    {time(b.slotStart, zone)}–{time(b.slotEnd, zone)}
                  </strong>{' '}
                  {t(serviceTypeKey(b.serviceType))}{' '}
                  <span className="muted">{t('reception.calendar.bay', { bay: b.bay })}</span>{' '}
                  <Pill tone={b.status === 'NO_SHOW' ? 'bad' : 'info'}>{t(statusKey(b.status))}</Pill>{' '}
                  {canBook && b.status === 'BOOKED' && (
                    <button
                      type="button"
                      onClick={() => startMove(b)}
                      aria-label={t('reception.calendar.moveLabel', { time: time(b.slotStart, zone) })}
                      data-testid="calendar-move"
                    >
                      {t('reception.calendar.move')}
                    </button>
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      </Loadable>
      {canBook && (
        <form className="step-form" onSubmit={findSlots} data-testid="booking-form">
          <fieldset>
            <legend>
              {moving
                ? t('reception.calendar.moveLegend', {
                    time: `${date(moving.slotStart, zone)} ${time(moving.slotStart, zone)}`,
                  })
                : t('reception.calendar.newLegend')}
            </legend>
            <label>
              {t('reception.calendar.day')}
              <input
                type="date"
                value={day}
                onChange={(e) => setDay(e.target.value)}
                required
                data-testid="booking-day"
              />
            </label>
            <label>
              {t('reception.calendar.hours')}
              <input
                type="number"
                min={0.25}
                max={24}
                step={0.25}
                value={hours}
                onChange={(e) => setHours(e.target.value)}
                required
                disabled={moving !== undefined}
                data-testid="booking-hours"
              />
            </label>
            <label>
              {t('reception.form.customerId')}
              <input
                value={customerId}
                onChange={(e) => setCustomerId(e.target.value)}
                required
                disabled={moving !== undefined}
                data-testid="booking-customer"
              />
            </label>
            <label>
              {t('reception.form.vehicleId')}
              <input
                value={vehicleId}
                onChange={(e) => setVehicleId(e.target.value)}
                required
                disabled={moving !== undefined}
                data-testid="booking-vehicle"
              />
            </label>
            <label>
              {t('reception.form.serviceType')}
              <select
                value={serviceType}
                onChange={(e) => setServiceType(e.target.value)}
                disabled={moving !== undefined}
                data-testid="booking-service"
              >
                {SERVICE_TYPES.map((s) => (
                  <option key={s} value={s}>
                    {t(serviceTypeKey(s))}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <div className="actions">
            <button type="submit" data-testid="booking-find">
              {t('reception.calendar.findSlots')}
            </button>
            {moving && (
              <button type="button" onClick={() => setMoving(undefined)}>
                {t('reception.calendar.cancelMove')}
              </button>
            )}
          </div>
        </form>
      )}
      {query && (
        <Loadable error={availability.error} ready={availability.data !== undefined}>
          <div className="slots" data-testid="booking-slots" aria-live="polite">
            <h3>
              {t('reception.calendar.slotsOf', {
                day: date(`${query.date}T12:00:00Z`, 'UTC'),
                free: availability.data?.freeTechnicianHours ?? 0,
              })}
            </h3>
            {slots.length === 0 && <p className="muted">{t('reception.calendar.closed')}</p>}
            {slots.map((s) => (
              <button
                key={s.start}
                type="button"
                disabled={!s.available || busy}
                onClick={() => void book(s.start)}
                data-testid="booking-slot"
                data-start={s.start}
                title={t('reception.calendar.freeBays', { count: s.freeBays })}
              >
                {time(s.start, zone)}
              </button>
            ))}
          </div>
        </Loadable>
      )}
      {message && (
        <p
          className={message.ok ? 'muted' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="booking-message"
        >
          {message.text}
        </p>
      )}
    </Section>
  );
}
