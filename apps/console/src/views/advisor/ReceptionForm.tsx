// "Receive a car": the service desk opens a repair order for a car that walked in, came for its
// booking (today's bookings of the centre to pick from) or was towed in; customer and vehicle by
// id or found by VIN; mileage, fuel, symptoms and existing damage; photos and the customer's
// signature are uploaded as attachments of the order once it exists.
import { useState, type FormEvent } from 'react';
import { type Booking, type RepairOrder, type ServiceCentre } from '../../api/types';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { serviceTypeKey } from '../../i18n/labels';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { platformNow } from '../../lib/clock';
import { SignaturePad } from './SignaturePad';

const ARRIVALS = ['walk-in', 'booked', 'towed'] as const;
type Arrival = (typeof ARRIVALS)[number];
export const SERVICE_TYPES = [
  'maintenance',
  'repair',
  'diagnosis',
  'warranty',
  'recall',
  'bodywork',
  'tyres',
  'inspection',
] as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_PHOTOS = 19; // 20 attachments per order, one kept for the signature

/** YYYY-MM-DD of an instant in a time zone. */
export const localDate = (at: Date | string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(at),
  );

export interface Received {
  order: RepairOrder;
  /** Attachments that could not be uploaded (the order exists; they can be retried in the detail). */
  failedUploads: string[];
}

export function ReceptionForm(props: {
  centres: readonly ServiceCentre[];
  centreId?: string;
  onReceived: (r: Received) => void;
  onCancel: () => void;
}) {
  const { api } = useConsole();
  const { t, time } = useI18n();
  const [centreChoice, setCentreChoice] = useState(props.centreId ?? '');
  const centre = props.centres.find((c) => c.id === (centreChoice || props.centres[0]?.id));
  const [arrival, setArrival] = useState<Arrival>('walk-in');
  const [bookingId, setBookingId] = useState('');
  const [customerId, setCustomerId] = useState('');
  const [vehicleId, setVehicleId] = useState('');
  const [vin, setVin] = useState('');
  const [vinNote, setVinNote] = useState<string>();
  const [serviceType, setServiceType] = useState<string>('repair');
  const [mileage, setMileage] = useState('');
  const [fuel, setFuel] = useState('50');
  const [symptoms, setSymptoms] = useState('');
  const [damage, setDamage] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [signature, setSignature] = useState<Blob | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // One key per submitted order: a retried click after a lost answer opens no second order.
  const [key, setKey] = useState(() => crypto.randomUUID());

  const now = platformNow();
  const today = centre ? localDate(now, centre.timeZone) : '';
  const bookings = useResource(
    (a) =>
      centre && arrival === 'booked'
        ? a.bookings({
            centreId: centre.id,
            status: 'BOOKED',
            slotFrom: new Date(now.getTime() - 36 * 3_600_000).toISOString(),
            slotTo: new Date(now.getTime() + 36 * 3_600_000).toISOString(),
          })
        : Promise.resolve(undefined),
    [centre?.id, arrival, today],
    ['repair'],
  );
  const todays = (bookings.data?.items ?? [])
    .filter((b) => centre && localDate(b.slotStart, centre.timeZone) === today)
    .sort((a, b) => a.slotStart.localeCompare(b.slotStart));

  function pickBooking(id: string) {
    setBookingId(id);
    const b: Booking | undefined = todays.find((x) => x.id === id);
    if (b) {
      setCustomerId(b.customerId);
      setVehicleId(b.vehicleId);
      setServiceType(b.serviceType);
    }
  }

  async function findVin() {
    setVinNote(undefined);
    try {
      const found = await api.vehicles({ vin: vin.trim().toUpperCase() });
      const v = found.items[0];
      if (!v) return setVinNote(t('reception.form.vinNone'));
      setVehicleId(v.id);
      if (v.ownerCustomerId) setCustomerId(v.ownerCustomerId);
      if (!mileage) setMileage(String(v.mileageKm));
      setVinNote(t('reception.form.vinFound', { make: v.make, model: v.model, year: v.modelYear }));
    } catch (err) {
      setVinNote(err instanceof Error ? err.message : String(err));
    }
  }

  function choosePhotos(files: FileList | null) {
    const list = [...(files ?? [])];
    const bad = list.find((f) => !IMAGE_TYPES.includes(f.type));
    const big = list.find((f) => f.size > MAX_PHOTO_BYTES);
    if (bad) setPhotoError(t('reception.form.photoType', { name: bad.name }));
    else if (big) setPhotoError(t('reception.form.photoSize', { name: big.name, mb: 5 }));
    else if (list.length > MAX_PHOTOS) setPhotoError(t('reception.form.photoCount', { max: MAX_PHOTOS }));
    else setPhotoError(undefined);
    setPhotos(bad || big ? [] : list.slice(0, MAX_PHOTOS));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!centre) return;
    if (arrival === 'booked' && !bookingId) return setError(t('reception.form.pickBooking'));
    setBusy(true);
    setError(undefined);
    try {
      const order = await api.receiveOrder(
        {
          centreId: centre.id,
          arrival,
          bookingId: arrival === 'booked' ? bookingId : null,
          customerId: customerId.trim(),
          vehicleId: vehicleId.trim(),
          serviceType,
          mileageKm: Number(mileage),
          fuelLevelPercent: Number(fuel),
          symptoms: symptoms.trim(),
          symptomSystems: [],
          damageNotes: damage.trim() || null,
        },
        key,
      );
      const failedUploads: string[] = [];
      const uploads: [Blob, 'photo' | 'signature', string][] = [
        ...photos.map((p) => [p, 'photo', p.name] as [Blob, 'photo', string]),
        ...(signature
          ? [[signature, 'signature', t('reception.signature.title')] as [Blob, 'signature', string]]
          : []),
      ];
      for (const [i, [blob, kind, name]] of uploads.entries()) {
        try {
          // Keys are visible ASCII: the file's name (any language, spaces) stays out of them.
          await api.uploadAttachment(order.id, kind, blob, `${key}-${i}`);
        } catch {
          failedUploads.push(name);
        }
      }
      setKey(crypto.randomUUID());
      props.onReceived({ order, failedUploads });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="step-form reception-form" onSubmit={(e) => void submit(e)} data-testid="reception-form">
      <fieldset>
        <legend>{t('reception.form.legend')}</legend>
        <label>
          {t('reception.form.centre')}
          <select
            value={centre?.id ?? ''}
            onChange={(e) => {
              setCentreChoice(e.target.value);
              setBookingId('');
            }}
            data-testid="reception-centre"
          >
            {props.centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset
          className="arrival"
          data-testid="reception-arrival"
          style={{ display: 'flex', gap: 16, alignItems: 'center' }}
        >
          <legend>{t('reception.form.arrival')}</legend>
          {ARRIVALS.map((a) => (
            <label key={a} className="inline" style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
              <input
                type="radio"
                name="arrival"
                value={a}
                checked={arrival === a}
                onChange={() => {
                  setArrival(a);
                  setBookingId('');
                }}
                data-testid={`arrival-${a}`}
              />{' '}
              {t(`reception.arrival.${a}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        {arrival === 'booked' && (
          <label>
            {t('reception.form.booking')}
            <select
              value={bookingId}
              onChange={(e) => pickBooking(e.target.value)}
              data-testid="reception-booking"
              required
            >
              <option value="">
                {bookings.data === undefined && !bookings.error
                  ? t('common.loading')
                  : todays.length === 0
                    ? t('reception.form.noBookings')
                    : t('reception.form.chooseBooking')}
              </option>
              {todays.map((b) => (
                <option key={b.id} value={b.id}>
                  {t('reception.form.bookingOption', {
                    time: time(b.slotStart, centre?.timeZone),
                    serviceType: t(serviceTypeKey(b.serviceType)),
                    vehicle: b.vehicleId,
                  })}
                </option>
              ))}
            </select>
            {bookings.error && (
              <span className="error" role="alert">
                {bookings.error}
              </span>
            )}
          </label>
        )}
        <div className="vin-lookup">
          <label>
            {t('reception.form.vin')}
            <input
              value={vin}
              onChange={(e) => setVin(e.target.value)}
              maxLength={17}
              data-testid="reception-vin"
            />
          </label>
          <button type="button" onClick={() => void findVin()} disabled={vin.trim().length < 5}>
            {t('reception.form.vinFind')}
          </button>
          {vinNote && (
            <span className="muted" role="status">
              {vinNote}
            </span>
          )}
        </div>
        <label>
          {t('reception.form.customerId')}
          <input
            value={customerId}
            onChange={(e) => setCustomerId(e.target.value)}
            required
            data-testid="reception-customer"
          />
        </label>
        <label>
          {t('reception.form.vehicleId')}
          <input
            value={vehicleId}
            onChange={(e) => setVehicleId(e.target.value)}
            required
            data-testid="reception-vehicle"
          />
        </label>
        <label>
          {t('reception.form.serviceType')}
          <select
            value={serviceType}
            onChange={(e) => setServiceType(e.target.value)}
            data-testid="reception-service"
          >
            {SERVICE_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(serviceTypeKey(s))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reception.form.mileage')}
          <input
            type="number"
            min={0}
            max={5_000_000}
            step={1}
            value={mileage}
            onChange={(e) => setMileage(e.target.value)}
            required
            data-testid="reception-mileage"
          />
        </label>
        <label>
          {t('reception.form.fuel', { percent: Number(fuel) })}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={fuel}
            onChange={(e) => setFuel(e.target.value)}
            data-testid="reception-fuel"
          />
        </label>
        <label>
          {t('reception.form.symptoms')}
          <textarea
            value={symptoms}
            onChange={(e) => setSymptoms(e.target.value)}
            required
            maxLength={4000}
            rows={3}
            data-testid="reception-symptoms"
          />
        </label>
        <label>
          {t('reception.form.damage')}
          <textarea
            value={damage}
            onChange={(e) => setDamage(e.target.value)}
            maxLength={4000}
            rows={2}
            data-testid="reception-damage"
          />
        </label>
        <label>
          {t('reception.form.photos')}
          <input
            type="file"
            accept={IMAGE_TYPES.join(',')}
            multiple
            onChange={(e) => choosePhotos(e.target.files)}
            data-testid="reception-photos"
          />
          <span className="muted">{t('reception.form.photosChosen', { count: photos.length })}</span>
          {photoError && (
            <span className="error" role="alert">
              {photoError}
            </span>
          )}
        </label>
        <div>
          <p id="signature-label">{t('reception.signature.title')}</p>
          <SignaturePad onChange={setSignature} />
        </div>
      </fieldset>
      {error && (
        <p className="error" role="alert" data-testid="reception-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !centre} data-testid="reception-submit">
          {busy ? t('reception.form.submitting') : t('reception.form.submit')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('reception.form.cancel')}
        </button>
      </div>
    </form>
  );
}
