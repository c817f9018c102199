// One labelled text field per weekday ("08:00-12:00, 13:00-18:00"; empty: closed).
import { useI18n } from '../../i18n/I18n';
import { WEEKDAYS, type Weekday } from './hours';

export const DAY_KEYS = {
  mon: 'admin.day.mon',
  tue: 'admin.day.tue',
  wed: 'admin.day.wed',
  thu: 'admin.day.thu',
  fri: 'admin.day.fri',
  sat: 'admin.day.sat',
  sun: 'admin.day.sun',
} as const;

export function WeekEditor(props: {
  idPrefix: string;
  texts: Record<Weekday, string>;
  invalid: readonly Weekday[];
  onChange: (day: Weekday, text: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      {WEEKDAYS.map((d) => (
        <label key={d}>
          {t(DAY_KEYS[d])}
          <input
            value={props.texts[d]}
            placeholder={t('admin.hours.closed')}
            aria-invalid={props.invalid.includes(d) || undefined}
            onChange={(e) => props.onChange(d, e.target.value)}
            data-testid={`${props.idPrefix}-${d}`}
          />
        </label>
      ))}
    </div>
  );
}
