// Purchase orders, newest first; one order's lines with its approval (four eyes: not by its
// creator), goods receipt with inspection, the supplier's invoice (three-way match of order,
// receipt and invoice, net prices with VAT per rate) and its payment.
import { useState, type FormEvent } from 'react';
import { type Invoice, type PurchaseOrderDetail } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { type PartsContext } from './PartsView';
import { messageOf } from './Tabs';

const STATUS_KEYS = {
  'pending-approval': 'parts.po.status.pendingApproval',
  ordered: 'parts.po.status.ordered',
  'partially-received': 'parts.po.status.partiallyReceived',
  received: 'parts.po.status.received',
} as const;

const PAYMENT_KEYS = {
  unbilled: 'parts.po.paymentStatus.unbilled',
  'awaiting-payment': 'parts.po.paymentStatus.awaiting',
  'partially-paid': 'parts.po.paymentStatus.partial',
  settled: 'parts.po.paymentStatus.settled',
} as const;

/** Tax on a net amount at a rate in basis points, rounded half away from zero (as the service does). */
const taxOf = (netMinor: number, rateBp: number) =>
  Math.sign(netMinor) * Math.round((Math.abs(netMinor) * rateBp) / 10_000);
/** A decimal amount typed in major units ("24.00" or "24,00") as minor units. */
const minorOf = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
const majorText = (minor: number) => (minor / 100).toFixed(2);

export function PurchaseOrders(props: { ctx: PartsContext }) {
  const { t, money, date } = useI18n();
  const { ctx } = props;
  const pos = useResource((api) => api.purchaseOrders(), [], ['procurement']);
  const suppliers = useResource((api) => api.suppliers(), [], []);
  const [selected, setSelected] = useState<string>();
  const supplierName = (id: string) => suppliers.data?.items.find((s) => s.id === id)?.name ?? id.slice(0, 8);
  const rows = [...(pos.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <Section title={t('parts.po.title')} testId="purchase-orders">
        <Loadable error={pos.error} ready={pos.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('parts.po.number')}</th>
                <th>{t('parts.po.supplier')}</th>
                <th>{t('parts.status')}</th>
                <th>{t('parts.location')}</th>
                <th>{t('parts.po.total')}</th>
                <th>{t('parts.po.expected')}</th>
                <th>{t('parts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((po) => (
                <tr
                  key={po.id}
                  className={po.id === selected ? 'selected-row' : undefined}
                  data-testid="po-row"
                >
                  <td className="mono">{po.poNumber}</td>
                  <td>{supplierName(po.supplierId)}</td>
                  <td>
                    <Pill
                      tone={
                        po.status === 'received' ? 'ok' : po.status === 'pending-approval' ? 'warn' : 'info'
                      }
                    >
                      {t(STATUS_KEYS[po.status])}
                    </Pill>
                  </td>
                  <td>{ctx.locationName(po.locationId)}</td>
                  <td>{money(po.totalMinor, po.currency)}</td>
                  <td>{po.expectedDeliveryAt ? date(po.expectedDeliveryAt) : '—'}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(po.id)} data-testid="po-open">
                      {t('parts.po.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('parts.po.empty')}</p>}
        </Loadable>
      </Section>
      {selected && <PurchaseOrderPanel key={selected} id={selected} ctx={ctx} supplierName={supplierName} />}
    </>
  );
}

function PurchaseOrderPanel(props: { id: string; ctx: PartsContext; supplierName: (id: string) => string }) {
  const { t, money, number } = useI18n();
  const { api } = useConsole();
  const { ctx } = props;
  const po = useResource((a) => a.purchaseOrder(props.id), [props.id], ['procurement']);
  const invoices = useResource((a) => a.invoices({ purchaseOrderId: props.id }), [props.id], ['procurement']);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reload = () => {
    po.reload();
    invoices.reload();
  };

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      await what();
      setNotice(done);
      reload();
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const order = po.data;
  const mine = order?.createdBy === ctx.userId;
  return (
    <Section
      title={order ? t('parts.po.detail', { number: order.poNumber }) : t('parts.po.title')}
      testId="po-detail"
    >
      <Loadable error={po.error} ready={order !== undefined}>
        {order && (
          <>
            <p>
              {t('parts.po.summary', {
                supplier: props.supplierName(order.supplierId),
                location: ctx.locationName(order.locationId),
                total: money(order.totalMinor, order.currency),
                tax: money(order.taxMinor, order.currency),
              })}{' '}
              <Pill tone={order.status === 'pending-approval' ? 'warn' : 'info'}>
                <span data-testid="po-status">{t(STATUS_KEYS[order.status])}</span>
              </Pill>{' '}
              <span className="muted" data-testid="po-payment">
                {t('parts.po.payment', {
                  status:
                    order.paymentStatus in PAYMENT_KEYS
                      ? t(PAYMENT_KEYS[order.paymentStatus as keyof typeof PAYMENT_KEYS])
                      : order.paymentStatus,
                })}
              </span>
            </p>
            <table>
              <thead>
                <tr>
                  <th>{t('parts.part')}</th>
                  <th>{t('parts.quantity')}</th>
                  <th>{t('parts.po.unitPrice')}</th>
                  <th>{t('parts.po.taxRate')}</th>
                  <th>{t('parts.po.received')}</th>
                  <th>{t('parts.po.accepted')}</th>
                  <th>{t('parts.po.rejected')}</th>
                  <th>{t('parts.po.invoiced')}</th>
                </tr>
              </thead>
              <tbody>
                {order.lines.map((l) => (
                  <tr key={l.id}>
                    <td>{ctx.partName(l.partId)}</td>
                    <td>{number(l.quantity)}</td>
                    <td>{money(l.unitPriceMinor, order.currency)}</td>
                    <td>{number(l.taxRateBp / 10_000, { style: 'percent', maximumFractionDigits: 2 })}</td>
                    <td>{number(l.received)}</td>
                    <td>{number(l.accepted)}</td>
                    <td>{number(l.rejected)}</td>
                    <td>{number(l.invoiced)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {order.status === 'pending-approval' && ctx.officer && (
              <div className="form-row">
                <button
                  type="button"
                  className="primary"
                  disabled={busy || mine}
                  onClick={() => void run(() => api.approvePurchaseOrder(order), t('parts.po.approved'))}
                  data-testid="po-approve"
                >
                  {t('parts.po.approve')}
                </button>
                {mine && <span className="muted">{t('parts.po.fourEyes')}</span>}
              </div>
            )}
            {(order.status === 'ordered' || order.status === 'partially-received') && (
              <ReceiveForm order={order} ctx={ctx} busy={busy} run={run} />
            )}
            {ctx.officer && order.lines.some((l) => l.accepted > l.invoiced) && (
              <InvoiceForm order={order} ctx={ctx} busy={busy} run={run} />
            )}
          </>
        )}
      </Loadable>
      {problem && (
        <p className="error" role="alert" data-testid="po-problem">
          {problem}
        </p>
      )}
      {notice && (
        <p className="ok-text" role="status" data-testid="po-notice">
          {notice}
        </p>
      )}
      <h3>{t('parts.invoices.title')}</h3>
      <Loadable error={invoices.error} ready={invoices.data !== undefined}>
        <InvoiceTable items={invoices.data?.items ?? []} officer={ctx.officer} busy={busy} run={run} />
      </Loadable>
    </Section>
  );
}

type Run = (what: () => Promise<unknown>, done: string) => Promise<void>;

function ReceiveForm(props: { order: PurchaseOrderDetail; ctx: PartsContext; busy: boolean; run: Run }) {
  const { t } = useI18n();
  const { api } = useConsole();
  const { order, ctx } = props;
  const open = order.lines.filter((l) => l.quantity > l.received);
  const [received, setReceived] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map((l) => [l.id, String(l.quantity - l.received)])),
  );
  const [accepted, setAccepted] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map((l) => [l.id, String(l.quantity - l.received)])),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const lines = open
      .filter((l) => Number(received[l.id] ?? 0) > 0)
      .map((l) => {
        const r = Number(received[l.id]);
        const a = Number(accepted[l.id] ?? r);
        return {
          poLineId: l.id,
          receivedQuantity: r,
          acceptedQuantity: a,
          rejectedQuantity: Math.max(0, r - a),
        };
      });
    void props.run(() => api.receiveGoods(order.id, lines), t('parts.po.receivedNotice'));
  }
  return (
    <form onSubmit={submit} data-testid="receive-form">
      <h3>{t('parts.po.receiveTitle')}</h3>
      {open.map((l) => (
        <div className="form-grid" key={l.id}>
          <span>{ctx.partName(l.partId)}</span>
          <label>
            {t('parts.po.receivedQty')}
            <input
              type="number"
              min="0"
              step="any"
              value={received[l.id] ?? ''}
              onChange={(e) => setReceived((r) => ({ ...r, [l.id]: e.target.value }))}
              data-testid="receive-quantity"
            />
          </label>
          <label>
            {t('parts.po.acceptedQty')}
            <input
              type="number"
              min="0"
              step="any"
              value={accepted[l.id] ?? ''}
              onChange={(e) => setAccepted((a) => ({ ...a, [l.id]: e.target.value }))}
              data-testid="accept-quantity"
            />
          </label>
        </div>
      ))}
      <button type="submit" className="primary" disabled={props.busy} data-testid="receive-submit">
        {t('parts.po.receive')}
      </button>
    </form>
  );
}

function InvoiceForm(props: { order: PurchaseOrderDetail; ctx: PartsContext; busy: boolean; run: Run }) {
  const { t, money } = useI18n();
  const { api } = useConsole();
  const { order, ctx } = props;
  const billable = order.lines.filter((l) => l.accepted > l.invoiced);
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const [qty, setQty] = useState<Record<string, string>>(() =>
    Object.fromEntries(billable.map((l) => [l.id, String(l.accepted - l.invoiced)])),
  );
  const [price, setPrice] = useState<Record<string, string>>(() =>
    Object.fromEntries(billable.map((l) => [l.id, majorText(l.unitPriceMinor)])),
  );
  const [rate, setRate] = useState<Record<string, string>>(() =>
    Object.fromEntries(billable.map((l) => [l.id, String(l.taxRateBp / 100)])),
  );
  const lines = billable
    .map((l) => {
      const quantity = Number(qty[l.id] ?? 0);
      const unitPriceMinor = minorOf(price[l.id] ?? '0');
      const taxRateBp = Math.round(Number((rate[l.id] ?? '0').replace(',', '.')) * 100);
      const netMinor = Math.round(quantity * unitPriceMinor);
      return {
        poLineId: l.id,
        quantity,
        unitPriceMinor,
        taxRateBp,
        netMinor,
        taxMinor: taxOf(netMinor, taxRateBp),
      };
    })
    .filter((l) => l.quantity > 0);
  const netMinor = lines.reduce((a, l) => a + l.netMinor, 0);
  const rates = [...new Set(lines.map((l) => l.taxRateBp))].sort((a, b) => a - b);
  const taxes = rates.map((rateBp) => ({
    rateBp,
    taxMinor: lines.filter((l) => l.taxRateBp === rateBp).reduce((a, l) => a + l.taxMinor, 0),
  }));
  const grossMinor = netMinor + taxes.reduce((a, x) => a + x.taxMinor, 0);
  const [total, setTotal] = useState<string>();
  const totalText = total ?? majorText(grossMinor);
  const cur = order.currency;

  function submit(e: FormEvent) {
    e.preventDefault();
    void props.run(
      () =>
        api.registerInvoice({
          purchaseOrderId: order.id,
          invoiceNumber: invoiceNumber.trim(),
          lines: lines.map((l) => ({
            poLineId: l.poLineId,
            quantity: l.quantity,
            unitPriceMinor: l.unitPriceMinor,
            taxRateBp: l.taxRateBp,
          })),
          net: { amountMinor: netMinor, currency: cur },
          taxes,
          total: { amountMinor: minorOf(totalText), currency: cur },
        }),
      t('parts.invoices.matched'),
    );
  }

  return (
    <form onSubmit={submit} data-testid="invoice-form">
      <h3>{t('parts.invoices.register')}</h3>
      <p className="muted">{t('parts.invoices.hint')}</p>
      <div className="form-grid">
        <label>
          {t('parts.invoices.number')}
          <input
            required
            maxLength={64}
            value={invoiceNumber}
            onChange={(e) => setInvoiceNumber(e.target.value)}
            data-testid="invoice-number"
          />
        </label>
      </div>
      {billable.map((l) => (
        <div className="form-grid" key={l.id}>
          <span>{ctx.partName(l.partId)}</span>
          <label>
            {t('parts.quantity')}
            <input
              type="number"
              min="0"
              step="any"
              value={qty[l.id] ?? ''}
              onChange={(e) => setQty((q) => ({ ...q, [l.id]: e.target.value }))}
            />
          </label>
          <label>
            {t('parts.invoices.netUnitPrice', { currency: cur })}
            <input
              inputMode="decimal"
              value={price[l.id] ?? ''}
              onChange={(e) => setPrice((p) => ({ ...p, [l.id]: e.target.value }))}
              data-testid="invoice-price"
            />
          </label>
          <label>
            {t('parts.invoices.vatPercent')}
            <input
              inputMode="decimal"
              value={rate[l.id] ?? ''}
              onChange={(e) => setRate((r) => ({ ...r, [l.id]: e.target.value }))}
            />
          </label>
        </div>
      ))}
      <p data-testid="invoice-computed">
        {t('parts.invoices.computed', {
          net: money(netMinor, cur),
          tax: taxes
            .map((x) => t('parts.invoices.taxAt', { rate: x.rateBp / 100, amount: money(x.taxMinor, cur) }))
            .join(', '),
          gross: money(grossMinor, cur),
        })}
      </p>
      <div className="form-grid">
        <label>
          {t('parts.invoices.grossPrinted', { currency: cur })}
          <input
            required
            inputMode="decimal"
            value={totalText}
            onChange={(e) => setTotal(e.target.value)}
            data-testid="invoice-total"
          />
        </label>
        <button
          type="submit"
          className="primary"
          disabled={props.busy || lines.length === 0}
          data-testid="invoice-submit"
        >
          {t('parts.invoices.submit')}
        </button>
      </div>
    </form>
  );
}

function InvoiceTable(props: { items: Invoice[]; officer: boolean; busy: boolean; run: Run }) {
  const { t, money, dateTime } = useI18n();
  const { api } = useConsole();
  const [refs, setRefs] = useState<Record<string, string>>({});
  if (props.items.length === 0) return <p className="muted">{t('parts.invoices.empty')}</p>;
  return (
    <table data-testid="invoices">
      <thead>
        <tr>
          <th>{t('parts.invoices.number')}</th>
          <th>{t('parts.invoices.net')}</th>
          <th>{t('parts.invoices.tax')}</th>
          <th>{t('parts.invoices.gross')}</th>
          <th>{t('parts.invoices.payable')}</th>
          <th>{t('parts.status')}</th>
          <th>{t('parts.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((inv) => (
          <tr key={inv.id} data-testid="invoice-row">
            <td className="mono">{inv.invoiceNumber}</td>
            <td>{money(inv.netMinor, inv.currency)}</td>
            <td>{money(inv.taxMinor, inv.currency)}</td>
            <td>{money(inv.totalMinor, inv.currency)}</td>
            <td>{money(inv.payableMinor, inv.currency)}</td>
            <td>
              <Pill tone={inv.status === 'paid' ? 'ok' : 'info'}>
                <span data-testid="invoice-status">
                  {inv.status === 'paid'
                    ? t('parts.invoices.paid', {
                        at: inv.paidAt ? dateTime(inv.paidAt) : '',
                        ref: inv.paymentRef ?? '',
                      })
                    : t('parts.invoices.statusMatched')}
                </span>
              </Pill>
            </td>
            <td>
              {inv.status === 'matched' && props.officer && (
                <form
                  className="form-row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void props.run(
                      () => api.payInvoice(inv.id, (refs[inv.id] ?? '').trim()),
                      t('parts.invoices.paidNotice'),
                    );
                  }}
                >
                  <label>
                    {t('parts.invoices.paymentRef')}{' '}
                    <input
                      required
                      maxLength={128}
                      value={refs[inv.id] ?? ''}
                      onChange={(e) => setRefs((r) => ({ ...r, [inv.id]: e.target.value }))}
                      data-testid="payment-ref"
                    />
                  </label>
                  <button type="submit" disabled={props.busy} data-testid="invoice-pay">
                    {t('parts.invoices.pay')}
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
