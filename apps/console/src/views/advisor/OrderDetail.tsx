// One repair order: reception, quote and totals, and the workflow actions the user's roles may
// take in its current status (sent with If-Match of the version shown).
import { useState } from 'react';
import { type OrderCommandPath } from '../../api/client';
import { type OrderCommand, type RepairOrder } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { actionsFor } from '../../lib/roles';
import { formatMoney } from '../../lib/time';

const LABELS: Partial<Record<OrderCommand, string>> = {
  approve: 'Approve quote',
  decline: 'Decline quote',
  assign: 'Assign technician',
  'complete-work': 'Work complete',
  'pass-qc': 'Pass QC',
  'fail-qc': 'Fail QC',
  deliver: 'Deliver to customer',
  close: 'Close order',
};

export function OrderDetail(props: { id: string; onClose: () => void }) {
  const { api, user } = useConsole();
  const order = useResource((a) => a.order(props.id), [props.id], ['repair']);
  const o = order.data;
  const centre = useResource(
    (a) => (o ? a.centre(o.centreId) : Promise.resolve(undefined)),
    [o?.centreId],
    [],
  );
  const [technicianId, setTechnicianId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  function commandOf(o: RepairOrder, command: OrderCommand): [OrderCommandPath, unknown] | undefined {
    const quote = o.currentQuoteVersion ?? 1;
    switch (command) {
      case 'approve':
        return [`quotes/${quote}/approval`, { method: 'in-person', approvedByCustomerId: o.customerId }];
      case 'decline':
        return [`quotes/${quote}/decline`, { method: 'in-person', reason: 'other' }];
      case 'assign': {
        const tech = technicianId || centre.data?.technicians[0]?.id;
        return tech ? ['assignment', { technicianIds: [tech] }] : undefined;
      }
      case 'complete-work':
        return ['progress', { note: 'Work complete', workComplete: true }];
      case 'pass-qc':
        return ['qc', { inspectorId: user.userId, checklist: [{ code: 'FINAL-CHECK', passed: true }] }];
      case 'fail-qc':
        return ['qc', { inspectorId: user.userId, checklist: [{ code: 'FINAL-CHECK', passed: false }] }];
      case 'deliver':
        return ['delivery', { mileageKm: o.reception.mileageKm, nextMaintenance: {} }];
      case 'close':
        return ['closure', { payer: 'customer' }];
      default:
        return undefined;
    }
  }

  async function run(command: OrderCommand) {
    if (!o) return;
    const call = commandOf(o, command);
    if (!call) return setError('choose a technician first');
    setBusy(true);
    setError(undefined);
    try {
      await api.orderCommand(o, call[0], call[1]);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      order.reload();
    }
  }

  const quote = o?.quotes?.find((q) => q.version === o.currentQuoteVersion);
  const actions = o
    ? actionsFor(o.allowedCommands, user.roles, { username: user.userId, workedOn: o.technicianIds })
    : [];
  return (
    <Section
      title={o ? `Order ${o.orderNumber}` : 'Order'}
      actions={<button onClick={props.onClose}>Close</button>}
      testId="order-detail"
    >
      <Loadable error={order.error} ready={o !== undefined}>
        {o && (
          <div className="detail">
            <p>
              Status <Pill tone="info">{<span data-testid="order-status">{o.status}</span>}</Pill> ·{' '}
              {o.serviceType} · received {o.reception.receivedAt?.slice(0, 16).replace('T', ' ')} ·{' '}
              {o.reception.mileageKm} km
            </p>
            <p className="muted">Symptoms: {o.reception.symptoms || '—'}</p>
            {quote && (
              <div className="quote" data-testid="quote">
                <h3>
                  Quote v{quote.version}{' '}
                  <Pill tone={quote.status.toLowerCase() === 'approved' ? 'ok' : 'warn'}>{quote.status}</Pill>
                </h3>
                <table>
                  <tbody>
                    {quote.lines.map((l, i) => (
                      <tr key={i}>
                        <td>{l.kind}</td>
                        <td>{l.description ?? l.operationCode ?? l.partId}</td>
                        <td>× {l.quantity}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p>
                  Net {formatMoney(quote.totals.netMinor, quote.currency)} · tax{' '}
                  {formatMoney(quote.totals.taxMinor, quote.currency)} ·{' '}
                  <strong>total {formatMoney(quote.totals.grossMinor, quote.currency)}</strong>
                </p>
              </div>
            )}
            {o.technicianIds.length > 0 && <p>Technicians: {o.technicianIds.join(', ')}</p>}
            <div className="actions">
              {actions.includes('assign') && (centre.data?.technicians.length ?? 0) > 0 && (
                <select
                  value={technicianId}
                  onChange={(e) => setTechnicianId(e.target.value)}
                  aria-label="Technician"
                >
                  {centre.data!.technicians.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              )}
              {actions.map((c) => (
                <button key={c} disabled={busy} onClick={() => void run(c)} data-testid={`action-${c}`}>
                  {LABELS[c]}
                </button>
              ))}
              {actions.length === 0 && <span className="muted">No action for your role in this status.</span>}
            </div>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
      </Loadable>
    </Section>
  );
}
