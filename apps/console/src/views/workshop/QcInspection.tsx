// Quality control by an independent inspector: the orders in QC that the signed-in user did not
// work on (the repair service refuses a self-inspection), each with the workshop's checklist as
// checkboxes. Every item ticked passes QC (-> READY); any unticked item fails it (-> rework), with
// the note on the failed items. The inspector is the signed-in user.
import { useState, type FormEvent } from 'react';
import { type RepairOrder } from '../../api/types';
import { Loadable, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { serviceTypeKey } from '../../i18n/labels';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { actionsFor } from '../../lib/roles';

/** The workshop's final inspection: the codes stored with the result, and their labels. */
export const CHECKLIST: readonly { code: string; label: MessageKey }[] = [
  { code: 'ROAD-TEST', label: 'workshop.qc.item.roadTest' },
  { code: 'BRAKES', label: 'workshop.qc.item.brakes' },
  { code: 'FLUIDS', label: 'workshop.qc.item.fluids' },
  { code: 'TORQUE', label: 'workshop.qc.item.torque' },
  { code: 'LIGHTS', label: 'workshop.qc.item.lights' },
  { code: 'CLEAN', label: 'workshop.qc.item.clean' },
];

export function QcInspection() {
  const { user } = useConsole();
  const { t } = useI18n();
  const orders = useResource((api) => api.orders({ status: 'QC' }), [], ['repair']);
  const mine = (orders.data?.items ?? []).filter((o) =>
    actionsFor(o.allowedCommands, user.roles, {
      username: user.userId,
      workedOn: o.technicianIds,
    }).includes('pass-qc'),
  );
  const [selected, setSelected] = useState<string>();
  const order = mine.find((o) => o.id === selected) ?? mine[0];
  return (
    <Section title={t('workshop.qc.title')} testId="workshop-qc">
      <Loadable error={orders.error} ready={orders.data !== undefined}>
        {mine.length === 0 ? (
          <p className="muted">{t('workshop.qc.empty')}</p>
        ) : (
          <>
            <label>
              {t('workshop.qc.order')}{' '}
              <select
                value={order?.id ?? ''}
                onChange={(e) => setSelected(e.target.value)}
                data-testid="qc-order-select"
              >
                {mine.map((o) => (
                  <option key={o.id} value={o.id}>
                    {t('workshop.order.title', {
                      order: o.orderNumber,
                      service: t(serviceTypeKey(o.serviceType)),
                    })}
                  </option>
                ))}
              </select>
            </label>
            {order && <Checklist key={`${order.id}:${order.version}`} order={order} onDone={orders.reload} />}
          </>
        )}
      </Loadable>
    </Section>
  );
}

function Checklist(props: { order: RepairOrder; onDone: () => void }) {
  const { order } = props;
  const { api, user } = useConsole();
  const { t } = useI18n();
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const failed = CHECKLIST.filter((c) => !ticked[c.code]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.orderCommand(order, 'qc', {
        inspectorId: user.userId,
        checklist: CHECKLIST.map((c) => ({
          code: c.code,
          passed: !!ticked[c.code],
          note: !ticked[c.code] && note.trim() ? note.trim() : null,
        })),
      });
      props.onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} data-testid={`qc-form-${order.orderNumber}`}>
      <fieldset>
        <legend>{t('workshop.qc.legend', { order: order.orderNumber })}</legend>
        <p className="muted">{order.reception.symptoms}</p>
        {CHECKLIST.map((c) => (
          <label key={c.code} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={!!ticked[c.code]}
              onChange={(e) => setTicked({ ...ticked, [c.code]: e.target.checked })}
              data-testid={`qc-item-${c.code}`}
            />{' '}
            {t(c.label)}
          </label>
        ))}
        <label style={{ display: 'block' }}>
          {t('workshop.qc.note')}
          <br />
          <textarea value={note} onChange={(e) => setNote(e.target.value)} data-testid="qc-note" />
        </label>
      </fieldset>
      <p aria-live="polite" data-testid="qc-verdict">
        {failed.length === 0
          ? t('workshop.qc.willPass')
          : t('workshop.qc.willFail', { count: failed.length })}
      </p>
      <button type="submit" disabled={busy} data-testid="qc-submit">
        {failed.length === 0 ? t('workshop.qc.pass') : t('workshop.qc.fail')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
