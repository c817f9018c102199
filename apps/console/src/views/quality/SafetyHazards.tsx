// Hazards of safety inspections not yet verified, nearest rectification deadline first.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { openHazardsOf, timeLeftTone } from '../../lib/quality';
import { formatDuration } from '../../lib/time';

const DAY = 86_400;

export function SafetyHazards(props: { centreName: (id: string) => string }) {
  const inspections = useResource((api) => api.safetyInspections({ status: 'OPEN' }), [], ['safety']);
  const rows = openHazardsOf(inspections.data?.items ?? [], platformNow());
  return (
    <Section title="Open safety hazards" testId="safety-hazards">
      <Loadable error={inspections.error} ready={inspections.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Hazard</th>
              <th>Centre</th>
              <th>Severity</th>
              <th>Status</th>
              <th>Rectify by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.hazardId}>
                <td>{h.description}</td>
                <td>{props.centreName(h.centreId)}</td>
                <td>
                  <Pill tone={h.severity === 'critical' || h.severity === 'high' ? 'bad' : 'warn'}>
                    {h.severity}
                  </Pill>
                </td>
                <td>{h.status}</td>
                <td>
                  {h.rectifyBy.slice(0, 10)}{' '}
                  <Pill tone={timeLeftTone(h.leftSeconds, DAY)}>
                    {h.leftSeconds < 0
                      ? `overdue ${formatDuration(-h.leftSeconds)}`
                      : formatDuration(h.leftSeconds)}
                  </Pill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">No open hazards.</p>}
      </Loadable>
    </Section>
  );
}
