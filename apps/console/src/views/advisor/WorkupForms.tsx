// The two workshop steps between reception and approval, in the order detail: the diagnosis
// (findings per system, labour estimate, whether parts are needed) and the quote (labour at the
// centre's rate, parts and fees at their prices; the repair service prices, taxes and totals it).
// Both are sent with If-Match of the version shown; the service's refusals are shown as it words them.
import { useId, useState } from 'react';
import { type RepairOrder, type ServiceCentre } from '../../api/types';
import { useConsole } from '../../context';
import { useI18n } from '../../i18n/I18n';
import { minorOf } from './prices';

type Finding = NonNullable<RepairOrder['diagnosis']>['findings'][number];

/**
 * Every vehicle system the API knows, in the form's order: a Record over the API document's enum,
 * so the type check fails when the repair service names a system more or one fewer.
 */
const SYSTEM_LIST: Record<Finding['system'], true> = {
  engine: true,
  transmission: true,
  brakes: true,
  suspension: true,
  steering: true,
  electrical: true,
  hvac: true,
  body: true,
  tyres: true,
  'battery-ev': true,
  other: true,
};
const SYSTEMS = Object.keys(SYSTEM_LIST) as Finding['system'][];
const SEVERITIES = [
  'advisory',
  'required',
  'safety-critical',
] as const satisfies readonly Finding['severity'][];
const LINE_KINDS = ['labour', 'part', 'fee'] as const;

interface Props {
  order: RepairOrder;
  centre: ServiceCentre | undefined;
  onDone: () => void;
}

function useSubmit(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function submit(call: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, submit };
}

export function DiagnosisForm({ order, centre, onDone }: Props) {
  const { api } = useConsole();
  const { t } = useI18n();
  const id = useId();
  const technicians = centre?.technicians ?? [];
  const [technicianId, setTechnicianId] = useState('');
  const [system, setSystem] = useState<Finding['system']>(order.reception.symptomSystems[0] ?? 'other');
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('required');
  const [finding, setFinding] = useState('');
  const [hours, setHours] = useState('1');
  const [partsRequired, setPartsRequired] = useState(false);
  const { busy, error, submit } = useSubmit(onDone);

  return (
    <form
      className="workup"
      data-testid="diagnosis-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          api.orderCommand(order, 'diagnosis', {
            technicianId: technicianId || technicians[0]?.id,
            findings: [{ system, severity, description: finding || null }],
            estimatedLabourHours: Number(hours),
            partsRequired,
          }),
        );
      }}
    >
      <h3>{t('advisor.workup.diagnosis')}</h3>
      <label htmlFor={`${id}-tech`}>{t('advisor.workup.technician')}</label>
      <select id={`${id}-tech`} value={technicianId} onChange={(e) => setTechnicianId(e.target.value)}>
        {technicians.map((tech) => (
          <option key={tech.id} value={tech.id}>
            {tech.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-system`}>{t('advisor.workup.system')}</label>
      <select
        id={`${id}-system`}
        value={system}
        onChange={(e) => setSystem(e.target.value as Finding['system'])}
      >
        {SYSTEMS.map((s) => (
          <option key={s} value={s}>
            {t(`advisor.workup.systems.${s}` as const)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-severity`}>{t('advisor.workup.severity')}</label>
      <select
        id={`${id}-severity`}
        value={severity}
        onChange={(e) => setSeverity(e.target.value as (typeof SEVERITIES)[number])}
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`advisor.workup.severities.${s}` as const)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-finding`}>{t('advisor.workup.finding')}</label>
      <input
        id={`${id}-finding`}
        value={finding}
        maxLength={2000}
        onChange={(e) => setFinding(e.target.value)}
        data-testid="diagnosis-finding"
      />
      <label htmlFor={`${id}-hours`}>{t('advisor.workup.hours')}</label>
      <input
        id={`${id}-hours`}
        type="number"
        min={0}
        max={500}
        step={0.1}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        data-testid="diagnosis-hours"
      />
      <label>
        <input type="checkbox" checked={partsRequired} onChange={(e) => setPartsRequired(e.target.checked)} />{' '}
        {t('advisor.workup.partsRequired')}
      </label>
      <button type="submit" disabled={busy || technicians.length === 0} data-testid="diagnosis-submit">
        {t('advisor.workup.recordDiagnosis')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

interface Line {
  kind: (typeof LINE_KINDS)[number];
  description: string;
  partId: string;
  quantity: string;
  /** Major units as typed (e.g. "44.50"); labour lines have none (the centre's rate). */
  unitPrice: string;
}

const emptyLine = (kind: Line['kind']): Line => ({
  kind,
  description: '',
  partId: '',
  quantity: '1',
  unitPrice: '',
});

export function QuoteForm({ order, centre, onDone }: Props) {
  const { api } = useConsole();
  const { t, money } = useI18n();
  const id = useId();
  const first = order.currentQuoteVersion === null || order.currentQuoteVersion === undefined;
  const [lines, setLines] = useState<Line[]>([emptyLine('labour')]);
  const { busy, error, submit } = useSubmit(onDone);
  const update = (i: number, change: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...change } : l)));

  return (
    <form
      className="workup"
      data-testid="quote-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          api.orderCommand(order, 'quotes', {
            reason: first ? 'initial' : 'revision',
            lines: lines.map((l) => ({
              kind: l.kind,
              description: l.description || null,
              quantity: Number(l.quantity.replace(',', '.')),
              ...(l.kind === 'part' ? { partId: l.partId } : {}),
              ...(l.kind === 'labour' ? {} : { unitPriceMinor: minorOf(l.unitPrice) }),
            })),
          }),
        );
      }}
    >
      <h3>{first ? t('advisor.workup.quote') : t('advisor.workup.revision')}</h3>
      {centre && (
        <p className="muted">
          {t('advisor.workup.labourRate', { rate: money(centre.labourRateMinor, centre.currency) })}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('advisor.workup.kind')}</th>
            <th scope="col">{t('advisor.workup.description')}</th>
            <th scope="col">{t('advisor.workup.partId')}</th>
            <th scope="col">{t('advisor.workup.quantity')}</th>
            <th scope="col">{t('advisor.workup.unitPrice')}</th>
            <th scope="col">
              <span className="sr-only">{t('advisor.workup.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} data-testid={`quote-line-${i}`}>
              <td>
                <select
                  aria-label={t('advisor.workup.lineKind', { line: i + 1 })}
                  value={l.kind}
                  onChange={(e) => update(i, { kind: e.target.value as Line['kind'] })}
                >
                  {LINE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`reception.order.kind.${k}` as const)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={t('advisor.workup.lineDescription', { line: i + 1 })}
                  value={l.description}
                  maxLength={500}
                  onChange={(e) => update(i, { description: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('advisor.workup.linePart', { line: i + 1 })}
                  value={l.partId}
                  disabled={l.kind !== 'part'}
                  onChange={(e) => update(i, { partId: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('advisor.workup.lineQuantity', { line: i + 1 })}
                  inputMode="decimal"
                  value={l.quantity}
                  onChange={(e) => update(i, { quantity: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('advisor.workup.linePrice', { line: i + 1 })}
                  inputMode="decimal"
                  value={l.kind === 'labour' ? '' : l.unitPrice}
                  placeholder={l.kind === 'labour' ? t('advisor.workup.centreRate') : ''}
                  disabled={l.kind === 'labour'}
                  onChange={(e) => update(i, { unitPrice: e.target.value })}
                />
              </td>
              <td>
                {lines.length > 1 && (
                  <button
                    type="button"
                    aria-label={t('advisor.workup.removeLine', { line: i + 1 })}
                    onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => setLines((ls) => [...ls, emptyLine('part')])} id={`${id}-add`}>
          {t('advisor.workup.addLine')}
        </button>{' '}
        <button type="submit" disabled={busy} data-testid="quote-submit">
          {t('advisor.workup.issueQuote')}
        </button>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
