// Service centres and their opening hours (time zone, hours per weekday); changes go with If-Match
// on the version read, so a concurrent change is refused (412) instead of overwritten.
import { useState, type FormEvent } from 'react';
import { type ServiceCentre } from '../../api/types';
import { Loadable, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { messageOf } from '../parts/Tabs';
import { parseWeek, weekTexts, type Weekday } from './hours';
import { WeekEditor, DAY_KEYS } from './WeekEditor';

export function Centres() {
  const { t } = useI18n();
  const centres = useResource((api) => api.centres(), [], ['repair']);
  const [selected, setSelected] = useState<string>();
  const rows = [...(centres.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const current = rows.find((c) => c.id === selected);
  return (
    <>
      <Section title={t('admin.centres.title')} testId="admin-centres">
        <Loadable error={centres.error} ready={centres.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('admin.centres.name')}</th>
                <th>{t('admin.centres.type')}</th>
                <th>{t('admin.centres.city')}</th>
                <th>{t('admin.centres.timeZone')}</th>
                <th>{t('admin.centres.bays')}</th>
                <th>{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr
                  key={c.id}
                  className={c.id === selected ? 'selected-row' : undefined}
                  data-testid="centre-row"
                >
                  <td>{c.name}</td>
                  <td>
                    {c.type === 'regional-centre' ? t('admin.centres.regional') : t('admin.centres.partner')}
                  </td>
                  <td>{c.address.city}</td>
                  <td>{c.timeZone}</td>
                  <td>{c.bays}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(c.id)} data-testid="centre-edit">
                      {t('admin.centres.editHours')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('admin.centres.empty')}</p>}
        </Loadable>
      </Section>
      {current && <HoursForm key={current.id} centre={current} onSaved={centres.reload} />}
    </>
  );
}

function HoursForm(props: { centre: ServiceCentre; onSaved: () => void }) {
  const { t, date } = useI18n();
  const { api } = useConsole();
  const { centre } = props;
  const [timeZone, setTimeZone] = useState(centre.timeZone);
  const [texts, setTexts] = useState(() => weekTexts(centre.openingHours));
  const [invalid, setInvalid] = useState<Weekday[]>([]);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setNotice(undefined);
    const { week, invalid: bad } = parseWeek(texts);
    setInvalid(bad);
    if (bad.length) {
      setProblem(t('admin.hours.invalid', { days: bad.map((d) => t(DAY_KEYS[d])).join(', ') }));
      return;
    }
    setBusy(true);
    try {
      await api.updateCentre(centre, {
        timeZone: timeZone.trim(),
        openingHours: week as ServiceCentre['openingHours'],
      });
      setNotice(t('admin.centres.saved', { name: centre.name }));
      props.onSaved();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('admin.centres.hoursOf', { name: centre.name })} testId="centre-hours">
      <form onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('admin.hours.hint')}</p>
        <div className="form-grid">
          <label>
            {t('admin.centres.timeZone')}
            <input required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
          </label>
        </div>
        <WeekEditor
          idPrefix="hours"
          texts={texts}
          invalid={invalid}
          onChange={(d, v) => setTexts((x) => ({ ...x, [d]: v }))}
        />
        {centre.hoursExceptions.length > 0 && (
          <p className="muted">
            {t('admin.centres.exceptions', {
              list: centre.hoursExceptions
                .map(
                  (x) =>
                    `${date(`${x.date}T12:00:00Z`, 'UTC')}${x.closed ? ` (${t('admin.hours.closed')})` : ''}`,
                )
                .join(', '),
            })}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="hours-save">
          {t('admin.save')}
        </button>
      </form>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="ok-text" role="status" data-testid="hours-notice">
          {notice}
        </p>
      )}
    </Section>
  );
}
