// Stock transfers between locations: request one, then pick at the source, ship and receive at the
// destination (the service offers the commands the transfer's status allows).
import { useState, type FormEvent } from 'react';
import { type StockTransfer, type TransferCommand } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { type PartsContext } from './PartsView';
import { messageOf } from './Tabs';

const COMMAND_KEYS = {
  pick: 'parts.transfers.pick',
  ship: 'parts.transfers.ship',
  receive: 'parts.transfers.receive',
  cancel: 'parts.transfers.cancel',
} as const;

const STATUS_KEYS = {
  requested: 'parts.transfers.status.requested',
  picked: 'parts.transfers.status.picked',
  'in-transit': 'parts.transfers.status.inTransit',
  received: 'parts.transfers.status.received',
  cancelled: 'parts.transfers.status.cancelled',
} as const;

export function Transfers(props: { ctx: PartsContext }) {
  const { t, number, dateTime } = useI18n();
  const { api } = useConsole();
  const { ctx } = props;
  const transfers = useResource((a) => a.transfers(), [], ['parts']);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const rows = [...(transfers.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function act(tr: StockTransfer, command: TransferCommand) {
    setBusy(true);
    setProblem(undefined);
    try {
      await api.transferCommand(tr, command);
      transfers.reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <RequestTransfer ctx={ctx} onDone={transfers.reload} />
      <Section title={t('parts.transfers.title')} testId="transfers">
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <Loadable error={transfers.error} ready={transfers.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('parts.transfers.number')}</th>
                <th>{t('parts.transfers.from')}</th>
                <th>{t('parts.transfers.to')}</th>
                <th>{t('parts.transfers.lines')}</th>
                <th>{t('parts.status')}</th>
                <th>{t('parts.transfers.requestedAt')}</th>
                <th>{t('parts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tr) => (
                <tr key={tr.id} data-testid="transfer-row">
                  <td className="mono">{tr.transferNumber}</td>
                  <td>{ctx.locationName(tr.fromLocationId)}</td>
                  <td>{ctx.locationName(tr.toLocationId)}</td>
                  <td>
                    {tr.lines.map((l) => (
                      <div key={l.id}>
                        {t('parts.transfers.line', {
                          part: ctx.partName(l.partId),
                          requested: number(l.requested),
                          inTransit: number(l.inTransit),
                          received: number(l.received),
                        })}
                      </div>
                    ))}
                  </td>
                  <td>
                    <Pill tone={tr.status === 'received' ? 'ok' : tr.status === 'cancelled' ? 'bad' : 'info'}>
                      {t(STATUS_KEYS[tr.status])}
                    </Pill>
                  </td>
                  <td>{dateTime(tr.createdAt)}</td>
                  <td>
                    <div className="form-row">
                      {tr.allowedCommands.map((c) => (
                        <button
                          key={c}
                          type="button"
                          disabled={busy}
                          onClick={() => void act(tr, c)}
                          data-testid={`transfer-${c}`}
                        >
                          {t(COMMAND_KEYS[c])}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('parts.transfers.empty')}</p>}
        </Loadable>
      </Section>
    </>
  );
}

function RequestTransfer(props: { ctx: PartsContext; onDone: () => void }) {
  const { t } = useI18n();
  const { api } = useConsole();
  const { ctx } = props;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [partId, setPartId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      const tr = await api.requestTransfer({
        fromLocationId: from,
        toLocationId: to,
        lines: [{ partId, quantity: Number(quantity) }],
        note: note.trim() || null,
      });
      setDone(t('parts.transfers.requested', { number: tr.transferNumber }));
      props.onDone();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('parts.transfers.new')} testId="transfer-form">
      <form onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <label>
            {t('parts.transfers.from')}
            <select required value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">{t('parts.choose')}</option>
              {ctx.locationIds.map((l) => (
                <option key={l} value={l}>
                  {ctx.locationName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('parts.transfers.to')}
            <select required value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('parts.choose')}</option>
              {ctx.locationIds
                .filter((l) => l !== from)
                .map((l) => (
                  <option key={l} value={l}>
                    {ctx.locationName(l)}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('parts.part')}
            <select required value={partId} onChange={(e) => setPartId(e.target.value)}>
              <option value="">{t('parts.choose')}</option>
              {ctx.partIds.map((p) => (
                <option key={p} value={p}>
                  {ctx.partName(p)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('parts.quantity')}
            <input
              type="number"
              min="0"
              step="any"
              required
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </label>
          <label>
            {t('parts.transfers.note')}
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t('parts.transfers.submit')}
          </button>
        </div>
      </form>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <p className="ok-text" role="status">
          {done}
        </p>
      )}
    </Section>
  );
}
