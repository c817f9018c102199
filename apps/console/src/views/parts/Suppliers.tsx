// Suppliers with their rating and grade; one supplier's quarterly ratings (scores per criterion).
import { useState } from 'react';
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';

const GRADE_TONE: Record<string, 'ok' | 'info' | 'warn' | 'bad'> = {
  preferred: 'ok',
  approved: 'info',
  conditional: 'warn',
  blocked: 'bad',
};
const GRADE_KEYS = {
  preferred: 'parts.suppliers.grade.preferred',
  approved: 'parts.suppliers.grade.approved',
  conditional: 'parts.suppliers.grade.conditional',
  blocked: 'parts.suppliers.grade.blocked',
} as const;
const RATING_STATUS_KEYS = {
  current: 'parts.suppliers.period.current',
  open: 'parts.suppliers.period.open',
  closed: 'parts.suppliers.period.closed',
} as const;

export function Suppliers() {
  const { t, number } = useI18n();
  const suppliers = useResource((a) => a.suppliers(), [], ['procurement']);
  const [selected, setSelected] = useState<string>();
  const rows = [...(suppliers.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const score = (v: number | null) => (v === null ? '—' : number(v, { maximumFractionDigits: 1 }));
  const grade = (g: string) => (g in GRADE_KEYS ? t(GRADE_KEYS[g as keyof typeof GRADE_KEYS]) : g);
  const current = rows.find((s) => s.id === selected);
  return (
    <>
      <Section title={t('parts.suppliers.title')} testId="suppliers">
        <Loadable error={suppliers.error} ready={suppliers.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('parts.suppliers.name')}</th>
                <th>{t('parts.suppliers.gradeHeader')}</th>
                <th>{t('parts.suppliers.overall')}</th>
                <th>{t('parts.suppliers.quality')}</th>
                <th>{t('parts.suppliers.onTime')}</th>
                <th>{t('parts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr
                  key={s.id}
                  className={s.id === selected ? 'selected-row' : undefined}
                  data-testid="supplier-row"
                >
                  <td>{s.name}</td>
                  <td>
                    <Pill tone={GRADE_TONE[s.grade] ?? 'info'}>{grade(s.grade)}</Pill>
                  </td>
                  <td>{score(s.overallScore)}</td>
                  <td>{score(s.qualityScore)}</td>
                  <td>{s.onTimeRate === null ? '—' : number(s.onTimeRate, { style: 'percent' })}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(s.id)}>
                      {t('parts.suppliers.showRatings')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('parts.suppliers.empty')}</p>}
        </Loadable>
      </Section>
      {current && <Ratings supplierId={current.id} name={current.name} />}
    </>
  );
}

function Ratings(props: { supplierId: string; name: string }) {
  const { t, number, date } = useI18n();
  const ratings = useResource(
    (a) => a.supplierRatings(props.supplierId),
    [props.supplierId],
    ['procurement'],
  );
  const rows = ratings.data?.items ?? [];
  const n = (v: number) => number(v, { maximumFractionDigits: 1 });
  return (
    <Section title={t('parts.suppliers.ratingsOf', { name: props.name })} testId="supplier-ratings">
      <Loadable error={ratings.error} ready={ratings.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('parts.suppliers.periodHeader')}</th>
              <th>{t('parts.status')}</th>
              <th>{t('parts.suppliers.quality')}</th>
              <th>{t('parts.suppliers.price')}</th>
              <th>{t('parts.suppliers.leadTime')}</th>
              <th>{t('parts.suppliers.onTime')}</th>
              <th>{t('parts.suppliers.overall')}</th>
              <th>{t('parts.suppliers.gradeHeader')}</th>
              <th>{t('parts.suppliers.receipts')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <td>
                  {r.period}{' '}
                  <span className="muted">
                    ({date(r.periodStart, 'UTC')} – {date(r.periodEnd, 'UTC')})
                  </span>
                </td>
                <td>{t(RATING_STATUS_KEYS[r.status])}</td>
                <td>{n(r.scores.quality)}</td>
                <td>{n(r.scores.price)}</td>
                <td>{n(r.scores.leadTime)}</td>
                <td>{n(r.scores.onTime)}</td>
                <td>
                  <strong>{n(r.overall)}</strong>
                </td>
                <td>
                  <Pill tone={GRADE_TONE[r.grade] ?? 'info'}>{t(GRADE_KEYS[r.grade])}</Pill>
                </td>
                <td>
                  {t('parts.suppliers.receiptCounts', {
                    receipts: r.counts.receipts,
                    late: r.counts.lateDeliveries,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('parts.suppliers.noRatings')}</p>}
      </Loadable>
    </Section>
  );
}
