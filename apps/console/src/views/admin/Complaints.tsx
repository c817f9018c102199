// Complaint handling settings: routing rules (category x severity x centre -> team), time limits
// per severity in working minutes, and the business calendar those minutes count in. Time limits
// and the calendar are replaced whole with If-Match on the settings version read (ETag).
import { useEffect, useState, type FormEvent } from 'react';
import { type BusinessCalendar, type RoutingRule, type TimeLimits as Limits } from '../../api/types';
import { Loadable, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { messageOf } from '../parts/Tabs';
import { parseWeek, weekTexts, type Weekday } from './hours';
import { DAY_KEYS, WeekEditor } from './WeekEditor';

const CATEGORIES = [
  'repair-quality',
  'service-attitude',
  'waiting-time',
  'parts',
  'billing',
  'product-quality',
  'other',
] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const CATEGORY_KEYS = {
  'repair-quality': 'admin.category.repairQuality',
  'service-attitude': 'admin.category.serviceAttitude',
  'waiting-time': 'admin.category.waitingTime',
  parts: 'admin.category.parts',
  billing: 'admin.category.billing',
  'product-quality': 'admin.category.productQuality',
  other: 'admin.category.other',
} as const;
const SEVERITY_KEYS = {
  low: 'admin.severity.low',
  medium: 'admin.severity.medium',
  high: 'admin.severity.high',
  critical: 'admin.severity.critical',
} as const;

/** Outcome line under a form. */
function Outcome(props: { problem?: string; notice?: string; testId: string }) {
  return (
    <>
      {props.problem && (
        <p className="error" role="alert">
          {props.problem}
        </p>
      )}
      {props.notice && (
        <p className="ok-text" role="status" data-testid={props.testId}>
          {props.notice}
        </p>
      )}
    </>
  );
}

export function RoutingRules() {
  const { t, dateTime } = useI18n();
  const { api } = useConsole();
  const rules = useResource((a) => a.routingRules(), [], ['complaint']);
  const centres = useResource((a) => a.centres(), [], []);
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState('');
  const [centreId, setCentreId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const centreName = (id: string | null) =>
    id === null
      ? t('admin.routing.any')
      : (centres.data?.items.find((c) => c.id === id)?.name ?? id.slice(0, 8));

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      await what();
      setNotice(done);
      rules.reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  function add(e: FormEvent) {
    e.preventDefault();
    const rule = {
      category: (category || null) as RoutingRule['category'],
      severity: (severity || null) as RoutingRule['severity'],
      centreId: centreId || null,
      teamId: teamId.trim(),
    };
    void run(() => api.addRoutingRule(rule), t('admin.routing.added', { team: rule.teamId }));
  }

  return (
    <Section title={t('admin.routing.title')} testId="admin-routing">
      <p className="muted">{t('admin.routing.hint')}</p>
      <Loadable error={rules.error} ready={rules.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('admin.routing.category')}</th>
              <th>{t('admin.routing.severity')}</th>
              <th>{t('admin.routing.centre')}</th>
              <th>{t('admin.routing.team')}</th>
              <th>{t('admin.routing.created')}</th>
              <th>{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(rules.data?.items ?? []).map((r) => (
              <tr key={r.id} data-testid="routing-row">
                <td>{r.category ? t(CATEGORY_KEYS[r.category]) : t('admin.routing.any')}</td>
                <td>{r.severity ? t(SEVERITY_KEYS[r.severity]) : t('admin.routing.any')}</td>
                <td>{centreName(r.centreId)}</td>
                <td className="mono">{r.teamId}</td>
                <td>{dateTime(r.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void run(() => api.deleteRoutingRule(r.id), t('admin.routing.deleted'))}
                  >
                    {t('admin.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {(rules.data?.items ?? []).length === 0 && <p className="muted">{t('admin.routing.empty')}</p>}
      </Loadable>
      <form onSubmit={add}>
        <h3>{t('admin.routing.add')}</h3>
        <div className="form-grid">
          <label>
            {t('admin.routing.category')}
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('admin.routing.any')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(CATEGORY_KEYS[c])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.routing.severity')}
            <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
              <option value="">{t('admin.routing.any')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(SEVERITY_KEYS[s])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.routing.centre')}
            <select value={centreId} onChange={(e) => setCentreId(e.target.value)}>
              <option value="">{t('admin.routing.any')}</option>
              {(centres.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.routing.team')}
            <input required maxLength={64} value={teamId} onChange={(e) => setTeamId(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t('admin.routing.addButton')}
          </button>
        </div>
      </form>
      <Outcome problem={problem} notice={notice} testId="routing-notice" />
    </Section>
  );
}

export function TimeLimits() {
  const { t } = useI18n();
  const { api } = useConsole();
  const limits = useResource((a) => a.timeLimits(), [], []);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = limits.data?.data;
    if (!d) return;
    setValues(
      Object.fromEntries(
        SEVERITIES.flatMap((s) => [
          [`${s}.ack`, String(d[s].acknowledgeMinutes)],
          [`${s}.resolve`, String(d[s].resolveMinutes)],
        ]),
      ),
    );
  }, [limits.data]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      const body = Object.fromEntries(
        SEVERITIES.map((s) => [
          s,
          { acknowledgeMinutes: Number(values[`${s}.ack`]), resolveMinutes: Number(values[`${s}.resolve`]) },
        ]),
      ) as Limits;
      await api.putTimeLimits(body, limits.data?.etag ?? null);
      setNotice(t('admin.limits.saved'));
      limits.reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('admin.limits.title')} testId="admin-limits">
      <p className="muted">{t('admin.limits.hint')}</p>
      <Loadable error={limits.error} ready={limits.data !== undefined}>
        <form onSubmit={(e) => void submit(e)}>
          <table>
            <thead>
              <tr>
                <th>{t('admin.routing.severity')}</th>
                <th>{t('admin.limits.acknowledge')}</th>
                <th>{t('admin.limits.resolve')}</th>
              </tr>
            </thead>
            <tbody>
              {SEVERITIES.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(SEVERITY_KEYS[s])}</th>
                  {(['ack', 'resolve'] as const).map((k) => (
                    <td key={k}>
                      <input
                        type="number"
                        min="1"
                        step="1"
                        required
                        aria-label={t(k === 'ack' ? 'admin.limits.acknowledgeOf' : 'admin.limits.resolveOf', {
                          severity: t(SEVERITY_KEYS[s]),
                        })}
                        value={values[`${s}.${k}`] ?? ''}
                        onChange={(e) => setValues((v) => ({ ...v, [`${s}.${k}`]: e.target.value }))}
                        data-testid={`limit-${s}-${k}`}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="primary" disabled={busy}>
            {t('admin.save')}
          </button>
        </form>
      </Loadable>
      <Outcome problem={problem} notice={notice} testId="limits-notice" />
    </Section>
  );
}

export function Calendar() {
  const { t } = useI18n();
  const { api } = useConsole();
  const calendar = useResource((a) => a.businessCalendar(), [], []);
  const [timeZone, setTimeZone] = useState('');
  const [texts, setTexts] = useState<Record<Weekday, string>>(() => weekTexts({}));
  const [holidays, setHolidays] = useState('');
  const [invalid, setInvalid] = useState<Weekday[]>([]);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = calendar.data?.data;
    if (!d) return;
    setTimeZone(d.timeZone);
    setTexts(weekTexts(d.week));
    setHolidays(d.holidays.join('\n'));
  }, [calendar.data]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setNotice(undefined);
    const { week, invalid: bad } = parseWeek(texts);
    setInvalid(bad);
    const days = holidays
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const badDays = days.filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
    if (bad.length || badDays.length) {
      setProblem(
        [
          bad.length ? t('admin.hours.invalid', { days: bad.map((d) => t(DAY_KEYS[d])).join(', ') }) : '',
          badDays.length ? t('admin.calendar.badHolidays', { days: badDays.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      return;
    }
    setBusy(true);
    try {
      await api.putBusinessCalendar(
        { timeZone: timeZone.trim(), week: week as BusinessCalendar['week'], holidays: days },
        calendar.data?.etag ?? null,
      );
      setNotice(t('admin.calendar.saved'));
      calendar.reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('admin.calendar.title')} testId="admin-calendar">
      <p className="muted">{t('admin.hours.hint')}</p>
      <Loadable error={calendar.error} ready={calendar.data !== undefined}>
        <form onSubmit={(e) => void submit(e)}>
          <div className="form-grid">
            <label>
              {t('admin.centres.timeZone')}
              <input required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
            </label>
          </div>
          <WeekEditor
            idPrefix="calendar"
            texts={texts}
            invalid={invalid}
            onChange={(d, v) => setTexts((x) => ({ ...x, [d]: v }))}
          />
          <label>
            {t('admin.calendar.holidays')}
            <br />
            <textarea rows={4} cols={30} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
          </label>
          <div>
            <button type="submit" className="primary" disabled={busy}>
              {t('admin.save')}
            </button>
          </div>
        </form>
      </Loadable>
      <Outcome problem={problem} notice={notice} testId="calendar-notice" />
    </Section>
  );
}
