// One repair order: reception, quote and totals, the workflow actions the user's roles may take in
// its current status (sent with If-Match of the version shown), the photos and signature taken at
// reception, and the printed job card and delivery summary (PDF in the console's language).
import { useState } from 'react';
import { type OrderCommandPath } from '../../api/client';
import { type Attachment, type OrderCommand, type RepairOrder } from '../../api/types';
import { Loadable, Pill, Section, download } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n, useLocale, type MessageKey } from '../../i18n/I18n';
import { actionsFor } from '../../lib/roles';
import { serviceTypeKey } from '../../i18n/labels';
import { DiagnosisForm, QuoteForm } from './WorkupForms';

const LABELS: Partial<Record<OrderCommand, MessageKey>> = {
  approve: 'reception.order.action.approve',
  decline: 'reception.order.action.decline',
  assign: 'reception.order.action.assign',
  'complete-work': 'reception.order.action.completeWork',
  'pass-qc': 'reception.order.action.passQc',
  'fail-qc': 'reception.order.action.failQc',
  deliver: 'reception.order.action.deliver',
  close: 'reception.order.action.close',
};
const DOCUMENTS = [
  ['job-card.pdf', 'reception.documents.jobCard'],
  ['delivery-summary.pdf', 'reception.documents.deliverySummary'],
] as const;

export function OrderDetail(props: { id: string; onClose: () => void }) {
  const { api, user } = useConsole();
  const { t, dateTime, money, number } = useI18n();
  const { locale } = useLocale();
  const order = useResource((a) => a.order(props.id), [props.id], ['repair']);
  const attachments = useResource((a) => a.attachments(props.id), [props.id], ['repair']);
  const o = order.data;
  const centre = useResource(
    (a) => (o ? a.centre(o.centreId) : Promise.resolve(undefined)),
    [o?.centreId],
    [],
  );
  const zone = centre.data?.timeZone;
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
        return ['progress', { note: t('reception.order.workCompleteNote'), workComplete: true }];
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
    if (!call) return setError(t('reception.order.chooseTechnician'));
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

  /** A printed document or an attachment, saved as a file. */
  async function save(file: string, filename: string) {
    setError(undefined);
    try {
      download(await api.orderFile(props.id, file, file.endsWith('.pdf') ? { locale } : {}), filename);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  const attachmentName = (a: Attachment) =>
    `${o?.orderNumber ?? a.repairOrderId}-${a.kind}-${a.id.slice(0, 8)}.${a.contentType.split('/')[1]}`;

  const quote = o?.quotes?.find((q) => q.version === o.currentQuoteVersion);
  const actions = o
    ? actionsFor(o.allowedCommands, user.roles, { username: user.userId, workedOn: o.technicianIds })
    : [];
  return (
    <Section
      title={o ? t('reception.order.title', { orderNumber: o.orderNumber }) : t('reception.order.untitled')}
      actions={<button onClick={props.onClose}>{t('reception.order.close')}</button>}
      testId="order-detail"
    >
      <Loadable error={order.error} ready={o !== undefined}>
        {o && (
          <div className="detail">
            <p>
              {t('reception.order.status')}{' '}
              <Pill tone="info">
                <span data-testid="order-status" data-status={o.status}>
                  {t(`advisor.status.${o.status}` as MessageKey)}
                </span>
              </Pill>{' '}
              · {t(serviceTypeKey(o.serviceType))} ·{' '}
              {t('reception.order.received', { time: dateTime(o.reception.receivedAt, zone) })} ·{' '}
              {t(`reception.arrival.${o.arrival}` as MessageKey)} ·{' '}
              {t('reception.order.mileage', { km: number(o.reception.mileageKm) })} ·{' '}
              {t('reception.order.fuel', { percent: o.reception.fuelLevelPercent })}
            </p>
            <p className="muted">
              {t('reception.order.symptoms', { symptoms: o.reception.symptoms || '—' })}
            </p>
            {o.reception.damageNotes && (
              <p className="muted">{t('reception.order.damage', { notes: o.reception.damageNotes })}</p>
            )}
            {quote && (
              <div className="quote" data-testid="quote">
                <h3>
                  {t('reception.order.quote', { version: quote.version })}{' '}
                  <Pill tone={quote.status.toLowerCase() === 'approved' ? 'ok' : 'warn'}>
                    {t(`reception.order.quoteStatus.${quote.status}` as MessageKey)}
                  </Pill>
                </h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('reception.order.lineKind')}</th>
                      <th scope="col">{t('reception.order.lineDescription')}</th>
                      <th scope="col">{t('reception.order.lineQuantity')}</th>
                      <th scope="col">{t('reception.order.lineNet')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {quote.lines.map((l, i) => (
                      <tr key={i}>
                        <td>{t(`reception.order.kind.${l.kind}` as MessageKey)}</td>
                        <td>{l.description ?? l.operationCode ?? l.partId}</td>
                        <td>{number(l.quantity)}</td>
                        <td>{money(l.netMinor, quote.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p>
                  {t('reception.order.totals', {
                    net: money(quote.totals.netMinor, quote.currency),
                    tax: money(quote.totals.taxMinor, quote.currency),
                  })}{' '}
                  <strong>
                    {t('reception.order.gross', { gross: money(quote.totals.grossMinor, quote.currency) })}
                  </strong>
                </p>
              </div>
            )}
            {o.technicianIds.length > 0 && (
              <p>{t('reception.order.technicians', { ids: o.technicianIds.join(', ') })}</p>
            )}
            <div className="documents" data-testid="order-documents">
              <h3>{t('reception.documents.title')}</h3>
              {DOCUMENTS.map(([file, label]) => (
                <button
                  key={file}
                  type="button"
                  onClick={() => void save(file, `${o.orderNumber}-${file}`)}
                  data-testid={`document-${file.replace('.pdf', '')}`}
                >
                  {t(label)}
                </button>
              ))}
              <Loadable error={attachments.error} ready={attachments.data !== undefined}>
                {attachments.data?.items.length === 0 ? (
                  <p className="muted">{t('reception.attachments.none')}</p>
                ) : (
                  <ul data-testid="order-attachments">
                    {attachments.data?.items.map((a) => (
                      <li key={a.id} data-testid={`attachment-${a.kind}`}>
                        {t(`reception.attachments.kind.${a.kind}` as MessageKey)} ·{' '}
                        {t('reception.attachments.meta', {
                          kb: number(Math.max(1, Math.round(a.sizeBytes / 1024))),
                          time: dateTime(a.createdAt, zone),
                          by: a.createdBy,
                        })}{' '}
                        <button
                          type="button"
                          onClick={() => void save(`attachments/${a.id}`, attachmentName(a))}
                          aria-label={t('reception.attachments.downloadLabel', {
                            kind: t(`reception.attachments.kind.${a.kind}` as MessageKey),
                          })}
                        >
                          {t('reception.attachments.download')}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </Loadable>
            </div>
            {actions.includes('diagnose') && (
              <DiagnosisForm order={o} centre={centre.data} onDone={order.reload} />
            )}
            {actions.includes('quote') && <QuoteForm order={o} centre={centre.data} onDone={order.reload} />}
            <div className="actions">
              {actions.includes('assign') && (centre.data?.technicians.length ?? 0) > 0 && (
                <select
                  value={technicianId}
                  onChange={(e) => setTechnicianId(e.target.value)}
                  aria-label={t('reception.order.technician')}
                >
                  {centre.data!.technicians.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              )}
              {actions
                .filter((c) => c !== 'diagnose' && c !== 'quote')
                .map((c) => (
                  <button key={c} disabled={busy} onClick={() => void run(c)} data-testid={`action-${c}`}>
                    {t(LABELS[c] ?? 'reception.order.action.other', { command: c })}
                  </button>
                ))}
              {actions.length === 0 && <span className="muted">{t('reception.order.noAction')}</span>}
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
