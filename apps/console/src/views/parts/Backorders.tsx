// Open backorders: parts a repair order waits for.
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';

export function Backorders(props: { partName: (id: string) => string }) {
  const backorders = useResource((api) => api.backorders({ status: 'open' }), [], ['parts', 'procurement']);
  const rows = backorders.data?.items ?? [];
  return (
    <Section title="Open backorders" testId="backorders">
      <Loadable error={backorders.error} ready={backorders.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Part</th>
              <th>Location</th>
              <th>Quantity</th>
              <th>Fulfilled</th>
              <th>Repair order</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id}>
                <td>{props.partName(b.partId)}</td>
                <td>{b.locationId}</td>
                <td>{Number(b.quantity)}</td>
                <td>{Number(b.fulfilled)}</td>
                <td className="mono">{b.repairOrderId.slice(0, 8)}</td>
                <td>{b.createdAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">No open backorders.</p>}
      </Loadable>
    </Section>
  );
}
