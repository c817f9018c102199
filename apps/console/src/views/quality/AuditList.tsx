// Audits, newest first, with their template, score and number of findings.
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { scoreTone } from '../../lib/quality';

export function AuditList(props: { centreName: (id: string) => string }) {
  const audits = useResource((api) => api.audits(), [], ['audit']);
  const templates = useResource((api) => api.auditTemplates(), [], ['audit']);
  const templateName = (id: string) => templates.data?.items.find((t) => t.id === id)?.name ?? '—';
  const items = audits.data?.items ?? [];
  return (
    <Section title="Audits" testId="audits">
      <Loadable error={audits.error} ready={audits.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Template</th>
              <th>Centre</th>
              <th>Date</th>
              <th>Score</th>
              <th>Findings</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid={`audit-row-${a.id}`}>
                <td>
                  {templateName(a.templateId)}
                  {a.adHoc && <span className="muted"> (ad hoc)</span>}
                </td>
                <td>{props.centreName(a.centreId)}</td>
                <td>{(a.completedAt ?? a.scheduledFor).slice(0, 10)}</td>
                <td>
                  {a.status === 'completed' ? (
                    <Pill tone={scoreTone(a.scorePercent)}>
                      {a.score} / {a.maxScore} ({a.scorePercent} %)
                    </Pill>
                  ) : (
                    <span className="muted">scheduled</span>
                  )}
                </td>
                <td>{a.status === 'completed' ? a.findingCount : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="muted">No audits.</p>}
      </Loadable>
    </Section>
  );
}
