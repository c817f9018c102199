// Placeholder until the rescue screens land (issue 23).
import { useI18n } from '../../i18n/I18n';

export function RescueView() {
  const { t } = useI18n();
  return <p className="muted">{t('shell.noView')}</p>;
}
