// Placeholder until the workshop screens land (issue 23).
import { useI18n } from '../../i18n/I18n';

export function WorkshopView() {
  const { t } = useI18n();
  return <p className="muted">{t('shell.noView')}</p>;
}
