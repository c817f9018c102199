// Stock per part and location: on hand, reserved, available, and whether it is below its reorder point.
import { useState } from 'react';
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';

export function Availability(props: { partName: (id: string) => string }) {
  const [locationId, setLocationId] = useState('');
  const stock = useResource((api) => api.stock(), [], ['parts', 'procurement']);
  const rows = stock.data?.items ?? [];
  const locations = [...new Set(rows.map((r) => r.locationId))].sort();
  const shown = rows.filter((r) => !locationId || r.locationId === locationId);
  return (
    <Section
      title="Availability"
      testId="availability"
      actions={
        <select value={locationId} onChange={(e) => setLocationId(e.target.value)} aria-label="Location">
          <option value="">All locations</option>
          {locations.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      }
    >
      <Loadable error={stock.error} ready={stock.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Part</th>
              <th>Location</th>
              <th>On hand</th>
              <th>Reserved</th>
              <th>Available</th>
              <th>Reorder point</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.partId}@${r.locationId}`}>
                <td>{props.partName(r.partId)}</td>
                <td>{r.locationId}</td>
                <td>{Number(r.onHand)}</td>
                <td>{Number(r.reserved)}</td>
                <td>
                  {r.available}{' '}
                  {r.available <= Number(r.reorderPoint) && (
                    <Pill tone={r.available <= 0 ? 'bad' : 'warn'}>reorder</Pill>
                  )}
                </td>
                <td>{Number(r.reorderPoint)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="muted">No stock records.</p>}
      </Loadable>
    </Section>
  );
}
