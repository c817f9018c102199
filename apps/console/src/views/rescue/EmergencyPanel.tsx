// Emergency mode of the regions: the active ones with their effects (hours extended after each
// day's closing, overflow of bookings to partner workshops), the ended ones, and for admins (the
// repair service lets only them) declaring one for a region and ending it.
import { useState, type FormEvent } from 'react';
import { type Emergency, type ServiceCentre } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { type Resource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';

const CAUSES = ['disaster', 'weather', 'epidemic', 'other'] as const;

export function EmergencyPanel(props: {
  emergencies: Resource<{ items: Emergency[] }>;
  centres: readonly ServiceCentre[];
}) {
  const { emergencies, centres } = props;
  const { api, user } = useConsole();
  const { t, dateTime, number } = useI18n();
  const isAdmin = user.roles.includes('admin');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const items = emergencies.data?.items ?? [];
  const active = items.filter((e) => e.active);
  const ended = items.filter((e) => !e.active).slice(0, 5);
  const nameOf = (id: string) => centres.find((c) => c.id === id)?.name ?? id;
  const zoneOf = (regionId: string) => centres.find((c) => c.regionId === regionId)?.timeZone;

  async function end(e: Emergency) {
    setBusy(true);
    setError(undefined);
    try {
      await api.endEmergency(e);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      emergencies.reload();
    }
  }

  return (
    <Section title={t('rescue.emergency.title')} testId="emergencies">
      <Loadable error={emergencies.error} ready={emergencies.data !== undefined}>
        {active.length === 0 && <p className="muted">{t('rescue.emergency.none')}</p>}
        {active.map((e) => (
          <article key={e.id} className="notice" data-testid={`emergency-${e.regionId}`}>
            <h3>
              {t('rescue.emergency.active', { region: e.regionId })}{' '}
              <Pill tone="bad">{t('rescue.emergency.cause', { cause: e.cause })}</Pill>
            </h3>
            <ul>
              <li>
                {t('rescue.emergency.since', {
                  at: dateTime(e.startedAt, zoneOf(e.regionId)),
                  by: e.declaredBy ?? t('rescue.emergency.backlogTrigger'),
                })}
              </li>
              <li data-testid={`emergency-hours-${e.regionId}`}>
                {e.extraHours > 0
                  ? t('rescue.emergency.extraHours', { hours: number(e.extraHours) })
                  : t('rescue.emergency.noExtraHours')}
              </li>
              <li data-testid={`emergency-overflow-${e.regionId}`}>
                {e.overflowCentreIds.length > 0
                  ? t('rescue.emergency.overflow', { partners: e.overflowCentreIds.map(nameOf).join(', ') })
                  : t('rescue.emergency.noOverflow')}
              </li>
              {e.note && <li>{e.note}</li>}
            </ul>
            {isAdmin && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void end(e)}
                data-testid={`end-emergency-${e.regionId}`}
              >
                {t('rescue.emergency.end')}
              </button>
            )}
          </article>
        ))}
        {ended.length > 0 && (
          <>
            <h3>{t('rescue.emergency.ended')}</h3>
            <ul className="history" data-testid="emergencies-ended">
              {ended.map((e) => (
                <li key={e.id}>
                  {t('rescue.emergency.endedEntry', {
                    region: e.regionId,
                    cause: t('rescue.emergency.cause', { cause: e.cause }),
                    from: dateTime(e.startedAt, zoneOf(e.regionId)),
                    to: e.endedAt ? dateTime(e.endedAt, zoneOf(e.regionId)) : '–',
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {isAdmin && (
          <DeclareForm
            centres={centres}
            activeRegions={active.map((e) => e.regionId)}
            onDone={emergencies.reload}
            onError={setError}
          />
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </Loadable>
    </Section>
  );
}

function DeclareForm(props: {
  centres: readonly ServiceCentre[];
  activeRegions: readonly string[];
  onDone: () => void;
  onError: (message: string | undefined) => void;
}) {
  const { api } = useConsole();
  const { t } = useI18n();
  const regions = [...new Set(props.centres.map((c) => c.regionId))]
    .filter((r) => !props.activeRegions.includes(r))
    .sort();
  const [regionId, setRegionId] = useState('');
  const region = regionId || regions[0] || '';
  const [cause, setCause] = useState<(typeof CAUSES)[number]>('weather');
  const [extraHours, setExtraHours] = useState('2');
  const [partners, setPartners] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const regionPartners = props.centres.filter((c) => c.regionId === region && c.type === 'partner-workshop');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    props.onError(undefined);
    try {
      await api.declareEmergency(
        {
          regionId: region,
          cause,
          extraHours: Number(extraHours),
          ...(partners ? { overflowCentreIds: partners } : {}),
          note: note.trim() || null,
        },
        key,
      );
      setKey(crypto.randomUUID());
      setNote('');
      setPartners(null);
      props.onDone();
    } catch (err) {
      props.onError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (regions.length === 0) return <p className="muted">{t('rescue.declare.allActive')}</p>;
  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} data-testid="declare-emergency">
      <fieldset>
        <legend>{t('rescue.declare.legend')}</legend>
        <label>
          {t('rescue.declare.region')}
          <select
            value={region}
            onChange={(e) => {
              setRegionId(e.target.value);
              setPartners(null);
            }}
            data-testid="declare-region"
          >
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rescue.declare.cause')}
          <select value={cause} onChange={(e) => setCause(e.target.value as (typeof CAUSES)[number])}>
            {CAUSES.map((c) => (
              <option key={c} value={c}>
                {t('rescue.emergency.cause', { cause: c })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rescue.declare.extraHours')}
          <input
            type="number"
            min={0}
            max={12}
            step={0.5}
            value={extraHours}
            onChange={(e) => setExtraHours(e.target.value)}
            data-testid="declare-extra-hours"
          />
        </label>
        {regionPartners.length > 0 && (
          <fieldset>
            <legend>{t('rescue.declare.partners')}</legend>
            {regionPartners.map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={partners === null || partners.includes(p.id)}
                  onChange={(e) => {
                    const current = partners ?? regionPartners.map((x) => x.id);
                    setPartners(e.target.checked ? [...current, p.id] : current.filter((x) => x !== p.id));
                  }}
                />{' '}
                {p.name}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          {t('rescue.declare.note')}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !region} data-testid="declare-submit">
          {t('rescue.declare.submit')}
        </button>
      </fieldset>
    </form>
  );
}
