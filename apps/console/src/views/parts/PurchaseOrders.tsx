// Purchase orders, newest first, with their status and expected delivery.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { formatMoney } from '../../lib/time';

export function PurchaseOrders() {
  const pos = useResource((api) => api.purchaseOrders(), [], ['procurement']);
  const rows = [...(pos.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title="Purchase orders" testId="purchase-orders">
      <Loadable error={pos.error} ready={pos.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>PO</th>
              <th>Status</th>
              <th>Location</th>
              <th>Total</th>
              <th>Expected</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((po) => (
              <tr key={po.id}>
                <td>{po.poNumber}</td>
                <td>
                  <Pill tone={po.status === 'received' ? 'ok' : 'info'}>{po.status}</Pill>
                </td>
                <td>{po.locationId}</td>
                <td>{formatMoney(po.totalMinor, po.currency)}</td>
                <td>{po.expectedDeliveryAt?.slice(0, 10) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">No purchase orders.</p>}
      </Loadable>
    </Section>
  );
}
