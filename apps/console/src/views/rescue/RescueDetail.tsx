// One rescue call and its next step: dispatch (the console suggests the nearest open centre of the
// region by great-circle distance at 50 km/h plus turnout: its own estimate; the repair service
// picks for real, or takes the centre chosen here), arrival on site, resolution on the spot, or
// tow-in, which opens a repair order at the dispatched centre (shown once it exists).
import { useState, type FormEvent } from 'react';
import { type Rescue, type ServiceCentre } from '../../api/types';
import { Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { selectKey } from './labels';
import { type Suggestion } from './geo';

export function RescueDetail(props: {
  rescue: Rescue;
  centres: readonly ServiceCentre[];
  suggestion: Suggestion<ServiceCentre> | undefined;
  onChange: () => void;
}) {
  const { rescue, centres, suggestion } = props;
  const { api } = useConsole();
  const { t, dateTime, number } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const regionCentres = centres.filter((c) => c.regionId === rescue.regionId);
  const [centreId, setCentreId] = useState<string>(suggestion?.centre.id ?? '');
  const dispatched = centres.find((c) => c.id === rescue.centreId);
  const zone = dispatched?.timeZone;

  async function run(path: 'dispatch' | 'arrival' | 'resolution' | 'tow-in', body: unknown) {
    setBusy(true);
    setError(undefined);
    try {
      await api.rescueCommand(rescue, path, body);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      props.onChange();
    }
  }

  return (
    <Section
      title={t('rescue.detail.title', {
        problem: t('rescue.problem', { problem: selectKey(rescue.problem) }),
      })}
      testId="rescue-detail"
    >
      <dl className="tiles">
        <div className="tile">
          <dt>{t('rescue.detail.status')}</dt>
          <dd data-testid="rescue-status">{t('rescue.status', { status: rescue.status })}</dd>
        </div>
        <div className="tile">
          <dt>{t('rescue.detail.priority')}</dt>
          <dd>
            <Pill tone={rescue.priority === 'normal' ? 'info' : 'bad'}>
              {t('rescue.priority', { priority: selectKey(rescue.priority) })}
            </Pill>
          </dd>
        </div>
        <div className="tile">
          <dt>{t('rescue.detail.requested')}</dt>
          <dd>{dateTime(rescue.requestedAt, zone)}</dd>
        </div>
        <div className="tile">
          <dt>{t('rescue.detail.location')}</dt>
          <dd>
            {rescue.location
              ? t('rescue.detail.coordinates', {
                  lat: number(rescue.location.latitude, { maximumFractionDigits: 4 }),
                  lon: number(rescue.location.longitude, { maximumFractionDigits: 4 }),
                })
              : t('rescue.detail.noLocation')}
          </dd>
        </div>
        {dispatched && (
          <div className="tile">
            <dt>{t('rescue.detail.centre')}</dt>
            <dd data-testid="rescue-centre">
              {t('rescue.detail.dispatchedTo', {
                centre: dispatched.name,
                km: number(rescue.distanceKm ?? 0, { maximumFractionDigits: 1 }),
                eta: rescue.etaAt ? dateTime(rescue.etaAt, zone) : '–',
              })}
            </dd>
          </div>
        )}
      </dl>
      {rescue.description && <p>{rescue.description}</p>}

      {rescue.status === 'REQUESTED' && (
        <form
          className="step-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run('dispatch', centreId ? { centreId } : {});
          }}
        >
          <p className="muted" data-testid="dispatch-suggestion">
            {suggestion
              ? t('rescue.dispatch.suggestion', {
                  centre: suggestion.centre.name,
                  km: number(suggestion.distanceKm, { maximumFractionDigits: 1 }),
                  eta: dateTime(suggestion.etaAt, suggestion.centre.timeZone),
                })
              : t('rescue.dispatch.noSuggestion')}{' '}
            {t('rescue.dispatch.estimateNote')}
          </p>
          <label>
            {t('rescue.dispatch.centre')}
            <select
              value={centreId}
              onChange={(e) => setCentreId(e.target.value)}
              data-testid="dispatch-centre"
            >
              <option value="">{t('rescue.dispatch.serviceChooses')}</option>
              {regionCentres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} data-testid="dispatch">
            {t('rescue.dispatch.submit')}
          </button>
        </form>
      )}
      {rescue.status === 'DISPATCHED' && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void run('arrival', {})} data-testid="arrive">
            {t('rescue.arrive')}
          </button>
        </div>
      )}
      {rescue.status === 'ON_SITE' && (
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void run('resolution', { resolution: 'fixed-on-site' })}
            data-testid="resolve-fixed"
          >
            {t('rescue.resolve.fixed')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => void run('resolution', { resolution: 'no-fault-found' })}
            data-testid="resolve-no-fault"
          >
            {t('rescue.resolve.noFault')}
          </button>
        </div>
      )}
      {(rescue.status === 'DISPATCHED' || rescue.status === 'ON_SITE') && (
        <TowInForm rescue={rescue} busy={busy} onSubmit={(body) => void run('tow-in', body)} />
      )}
      {rescue.repairOrderId && <TowedOrder id={rescue.repairOrderId} />}
      {rescue.resolution && (
        <p data-testid="rescue-resolution">
          {t('rescue.resolution', { resolution: selectKey(rescue.resolution) })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Section>
  );
}

function TowInForm(props: { rescue: Rescue; busy: boolean; onSubmit: (body: unknown) => void }) {
  const { rescue } = props;
  const { t } = useI18n();
  const [customerId, setCustomerId] = useState(rescue.customerId ?? '');
  const [vehicleId, setVehicleId] = useState(rescue.vehicleId ?? '');
  const [mileageKm, setMileageKm] = useState('');
  const [fuel, setFuel] = useState('50');
  const [symptoms, setSymptoms] = useState(rescue.description ?? rescue.problem);
  function submit(e: FormEvent) {
    e.preventDefault();
    props.onSubmit({
      customerId: customerId || null,
      vehicleId: vehicleId || null,
      mileageKm: Number(mileageKm),
      fuelLevelPercent: Number(fuel),
      symptoms,
    });
  }
  return (
    <form className="step-form" onSubmit={submit} data-testid="tow-in-form">
      <fieldset>
        <legend>{t('rescue.towIn.legend')}</legend>
        {!rescue.customerId && (
          <label>
            {t('rescue.towIn.customer')}
            <input value={customerId} onChange={(e) => setCustomerId(e.target.value)} required />
          </label>
        )}
        {!rescue.vehicleId && (
          <label>
            {t('rescue.towIn.vehicle')}
            <input value={vehicleId} onChange={(e) => setVehicleId(e.target.value)} required />
          </label>
        )}
        <label>
          {t('rescue.towIn.mileage')}
          <input
            type="number"
            min={0}
            value={mileageKm}
            onChange={(e) => setMileageKm(e.target.value)}
            required
            data-testid="tow-in-mileage"
          />
        </label>
        <label>
          {t('rescue.towIn.fuel')}
          <input
            type="number"
            min={0}
            max={100}
            value={fuel}
            onChange={(e) => setFuel(e.target.value)}
            required
          />
        </label>
        <label>
          {t('rescue.towIn.symptoms')}
          <textarea value={symptoms} onChange={(e) => setSymptoms(e.target.value)} required />
        </label>
        <button type="submit" disabled={props.busy} data-testid="tow-in">
          {t('rescue.towIn.submit')}
        </button>
      </fieldset>
    </form>
  );
}

/** The repair order a tow-in opened. */
function TowedOrder(props: { id: string }) {
  const { t } = useI18n();
  const order = useResource((api) => api.order(props.id), [props.id], ['repair']);
  if (order.error)
    return (
      <p className="error" role="alert">
        {order.error}
      </p>
    );
  return (
    <p className="notice" data-testid="towed-order">
      {order.data
        ? t('rescue.towIn.opened', { order: order.data.orderNumber, status: order.data.status })
        : t('rescue.towIn.loading')}
    </p>
  );
}
