// Courses, technicians' certifications and what each job type requires (read here; the quality
// manager changes them in the quality view).
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';

const COURSE_CATEGORY_KEYS = {
  'new-technology': 'admin.training.category.newTechnology',
  equipment: 'admin.training.category.equipment',
  'case-study': 'admin.training.category.caseStudy',
  safety: 'admin.training.category.safety',
  'soft-skills': 'admin.training.category.softSkills',
} as const;

export function Training() {
  const { t, date, number } = useI18n();
  const courses = useResource((a) => a.courses(), [], []);
  const certifications = useResource((a) => a.certifications(), [], []);
  const requirements = useResource((a) => a.certificationRequirements(), [], []);
  const centres = useResource((a) => a.centres(), [], []);
  const centreName = (id: string) => centres.data?.items.find((c) => c.id === id)?.name ?? id.slice(0, 8);
  return (
    <>
      <p className="muted">{t('admin.training.hint')}</p>
      <Section title={t('admin.training.courses')} testId="admin-courses">
        <Loadable error={courses.error} ready={courses.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('admin.training.code')}</th>
                <th>{t('admin.training.courseTitle')}</th>
                <th>{t('admin.training.categoryHeader')}</th>
                <th>{t('admin.training.passScore')}</th>
                <th>{t('admin.training.grants')}</th>
              </tr>
            </thead>
            <tbody>
              {(courses.data?.items ?? []).map((c) => (
                <tr key={c.id}>
                  <td className="mono">{c.code}</td>
                  <td>{c.title}</td>
                  <td>{t(COURSE_CATEGORY_KEYS[c.category])}</td>
                  <td>{c.passScore === null ? '—' : number(c.passScore)}</td>
                  <td>
                    {c.certificationCode
                      ? t('admin.training.grantsFor', {
                          code: c.certificationCode,
                          months: c.certificationValidMonths ?? 0,
                        })
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {(courses.data?.items ?? []).length === 0 && (
            <p className="muted">{t('admin.training.noCourses')}</p>
          )}
        </Loadable>
      </Section>
      <Section title={t('admin.training.certifications')} testId="admin-certifications">
        <Loadable error={certifications.error} ready={certifications.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('admin.training.technician')}</th>
                <th>{t('admin.routing.centre')}</th>
                <th>{t('admin.training.certification')}</th>
                <th>{t('admin.training.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {(certifications.data?.items ?? []).map((c) => (
                <tr key={c.id}>
                  <td>{c.technicianId}</td>
                  <td>{centreName(c.centreId)}</td>
                  <td className="mono">{c.certificationCode}</td>
                  <td>
                    {date(c.validUntil)}{' '}
                    <Pill tone={c.valid ? 'ok' : 'bad'}>
                      {c.valid ? t('admin.training.valid') : t('admin.training.expired')}
                    </Pill>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {(certifications.data?.items ?? []).length === 0 && (
            <p className="muted">{t('admin.training.noCertifications')}</p>
          )}
        </Loadable>
      </Section>
      <Section title={t('admin.training.requirements')} testId="admin-requirements">
        <Loadable error={requirements.error} ready={requirements.data !== undefined}>
          <table>
            <thead>
              <tr>
                <th>{t('admin.training.jobType')}</th>
                <th>{t('admin.training.required')}</th>
              </tr>
            </thead>
            <tbody>
              {(requirements.data?.items ?? []).map((r) => (
                <tr key={r.jobType}>
                  <td className="mono">{r.jobType}</td>
                  <td>
                    {r.certificationCodes.length ? r.certificationCodes.join(', ') : t('admin.training.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {(requirements.data?.items ?? []).length === 0 && (
            <p className="muted">{t('admin.training.noRequirements')}</p>
          )}
        </Loadable>
      </Section>
    </>
  );
}
