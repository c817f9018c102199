// Stocktake, laid out for a tablet on the shop floor: pick (or open) a count sheet of a location,
// one line per part with a large count field and +/- buttons, save the counts; then a procurement
// officer who counted none of it approves (four eyes; above the tenant's variance value a second,
// different officer books it). Variances show before approval.
import { useState } from 'react';
import { type Stocktake } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { type PartsContext } from './PartsView';
import { messageOf } from './Tabs';

const STATUS_KEYS = {
  counting: 'parts.stocktake.status.counting',
  'awaiting-second-approval': 'parts.stocktake.status.awaitingSecond',
  approved: 'parts.stocktake.status.approved',
} as const;

export function Stocktakes(props: { ctx: PartsContext }) {
  const { t, dateTime } = useI18n();
  const { api } = useConsole();
  const { ctx } = props;
  const sheets = useResource((a) => a.stocktakes(), [], ['parts']);
  const [selected, setSelected] = useState<string>();
  const [locationId, setLocationId] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const rows = [...(sheets.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const open = rows.filter((s) => s.status !== 'approved');
  const current = rows.find((s) => s.id === selected);

  async function openSheet() {
    setBusy(true);
    setProblem(undefined);
    try {
      const st = await api.openStocktake(locationId);
      setSelected(st.id);
      sheets.reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Section title={t('parts.stocktake.title')} testId="stocktakes">
        {ctx.clerk && (
          <div className="form-row">
            <label>
              {t('parts.location')}{' '}
              <select
                className="count-input"
                style={{ width: 'auto' }}
                value={locationId}
                onChange={(e) => setLocationId(e.target.value)}
                data-testid="stocktake-location"
              >
                <option value="">{t('parts.choose')}</option>
                {ctx.locationIds.map((l) => (
                  <option key={l} value={l}>
                    {ctx.locationName(l)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="big-button"
              disabled={busy || !locationId}
              onClick={() => void openSheet()}
              data-testid="stocktake-open"
            >
              {t('parts.stocktake.open')}
            </button>
          </div>
        )}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <Loadable error={sheets.error} ready={sheets.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('parts.location')}</th>
                <th>{t('parts.stocktake.opened')}</th>
                <th>{t('parts.stocktake.progress')}</th>
                <th>{t('parts.status')}</th>
                <th>{t('parts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((s) => (
                <tr
                  key={s.id}
                  className={s.id === selected ? 'selected-row' : undefined}
                  data-testid="stocktake-row"
                >
                  <td>{ctx.locationName(s.locationId)}</td>
                  <td>{dateTime(s.createdAt)}</td>
                  <td>
                    {t('parts.stocktake.counted', {
                      counted: s.lines.length - s.uncounted.length,
                      total: s.lines.length,
                    })}
                  </td>
                  <td>
                    <Pill tone={s.status === 'counting' ? 'info' : 'warn'}>{t(STATUS_KEYS[s.status])}</Pill>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="big-button"
                      onClick={() => setSelected(s.id)}
                      data-testid="stocktake-select"
                    >
                      {t('parts.stocktake.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {open.length === 0 && <p className="muted">{t('parts.stocktake.none')}</p>}
        </Loadable>
      </Section>
      {current && <CountSheet key={current.id} sheet={current} ctx={ctx} onChange={sheets.reload} />}
    </>
  );
}

function CountSheet(props: { sheet: Stocktake; ctx: PartsContext; onChange: () => void }) {
  const { t, number, dateTime } = useI18n();
  const { api } = useConsole();
  const { sheet, ctx } = props;
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      sheet.lines.map((l) => [l.partId, l.countedQuantity === null ? '' : String(l.countedQuantity)]),
    ),
  );
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const counting = sheet.status === 'counting';
  const iCounted = sheet.countedBy.includes(ctx.userId);
  const iApproved = sheet.approvedBy === ctx.userId;
  const changed = sheet.lines.filter((l) => {
    const v = counts[l.partId] ?? '';
    return v !== '' && Number(v) !== l.countedQuantity;
  });

  const step = (partId: string, delta: number) =>
    setCounts((c) => {
      const now = c[partId] === '' || c[partId] === undefined ? 0 : Number(c[partId]);
      return { ...c, [partId]: String(Math.max(0, (Number.isFinite(now) ? now : 0) + delta)) };
    });

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      await what();
      setNotice(done);
      props.onChange();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(
      () =>
        api.recordCounts(
          sheet.id,
          changed.map((l) => ({ partId: l.partId, countedQuantity: Number(counts[l.partId]) })),
        ),
      t('parts.stocktake.saved'),
    );
  const approve = () => run(() => api.approveStocktake(sheet), t('parts.stocktake.approvedNotice'));

  return (
    <Section
      title={t('parts.stocktake.sheet', { location: ctx.locationName(sheet.locationId) })}
      testId="count-sheet"
    >
      <p className="muted">
        {t('parts.stocktake.sheetInfo', { opened: dateTime(sheet.createdAt), lines: sheet.lines.length })}
      </p>
      <ul className="count-sheet">
        {sheet.lines.map((l) => {
          const label = ctx.partName(l.partId);
          const inputId = `count-${l.partId}`;
          return (
            <li key={l.partId} className="count-line" data-testid="count-line">
              <div className="count-part">
                <label htmlFor={inputId}>{label}</label>
                <div className="count-expected">
                  {t('parts.stocktake.expected', { quantity: number(l.expectedQuantity) })}
                </div>
              </div>
              <button
                type="button"
                className="count-step"
                aria-label={t('parts.stocktake.minus', { part: label })}
                disabled={!counting || !ctx.clerk}
                onClick={() => step(l.partId, -1)}
                data-testid="count-minus"
              >
                −
              </button>
              <input
                id={inputId}
                className="count-input"
                type="number"
                inputMode="decimal"
                min="0"
                step="any"
                value={counts[l.partId] ?? ''}
                readOnly={!counting || !ctx.clerk}
                onChange={(e) => setCounts((c) => ({ ...c, [l.partId]: e.target.value }))}
                data-testid="count-input"
              />
              <button
                type="button"
                className="count-step"
                aria-label={t('parts.stocktake.plus', { part: label })}
                disabled={!counting || !ctx.clerk}
                onClick={() => step(l.partId, 1)}
                data-testid="count-plus"
              >
                +
              </button>
            </li>
          );
        })}
      </ul>
      {counting && ctx.clerk && (
        <div className="form-row">
          <button
            type="button"
            className="big-button primary"
            disabled={busy || changed.length === 0}
            onClick={() => void save()}
            data-testid="count-save"
          >
            {t('parts.stocktake.save', { count: changed.length })}
          </button>
        </div>
      )}
      <h3>{t('parts.stocktake.variances')}</h3>
      {sheet.variances.length === 0 ? (
        <p className="muted">{t('parts.stocktake.noVariances')}</p>
      ) : (
        <table data-testid="variances">
          <thead>
            <tr>
              <th>{t('parts.part')}</th>
              <th>{t('parts.stocktake.expectedHeader')}</th>
              <th>{t('parts.stocktake.countedHeader')}</th>
              <th>{t('parts.stocktake.variance')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.variances.map((v) => (
              <tr key={v.partId}>
                <td>{ctx.partName(v.partId)}</td>
                <td>{number(v.expectedQuantity)}</td>
                <td>{number(v.countedQuantity)}</td>
                <td data-testid="variance">{number(v.variance, { signDisplay: 'exceptZero' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sheet.uncounted.length > 0 && (
        <p className="muted">{t('parts.stocktake.uncounted', { count: sheet.uncounted.length })}</p>
      )}
      {ctx.officer && sheet.status !== 'approved' && (
        <div className="form-row">
          <button
            type="button"
            className="big-button primary"
            disabled={busy || iCounted || iApproved || sheet.uncounted.length > 0}
            onClick={() => void approve()}
            data-testid="stocktake-approve"
          >
            {sheet.status === 'awaiting-second-approval'
              ? t('parts.stocktake.approveSecond')
              : t('parts.stocktake.approve')}
          </button>
          {iCounted && <span className="muted">{t('parts.stocktake.fourEyesCounted')}</span>}
          {iApproved && <span className="muted">{t('parts.stocktake.fourEyesApproved')}</span>}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="ok-text" role="status" data-testid="stocktake-notice">
          {notice}
        </p>
      )}
    </Section>
  );
}
