// Partner workshops and whether each is qualified for overflow work now (documents and audit).
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';

export function PartnerStatus() {
  const partners = useResource(
    async (api) => {
      const centres = await api.centres({ type: 'partner-workshop' });
      return Promise.all(
        centres.items.map(async (c) => ({ centre: c, q: await api.partnerQualification(c.id) })),
      );
    },
    [],
    ['partner'],
  );
  const items = partners.data ?? [];
  return (
    <Section title="Partner qualification" testId="partner-qualification">
      <Loadable error={partners.error} ready={partners.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>Partner workshop</th>
              <th>Status</th>
              <th>Audit score</th>
              <th>Valid until</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ centre, q }) => (
              <tr key={centre.id}>
                <td>{centre.name}</td>
                <td>
                  <Pill tone={q.qualified ? 'ok' : 'bad'}>{q.qualified ? 'qualified' : q.reason}</Pill>
                </td>
                <td>{q.auditScore ?? '—'}</td>
                <td>{q.validUntil?.slice(0, 10) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="muted">No partner workshops.</p>}
      </Loadable>
    </Section>
  );
}
