// Placeholder until the admin screens land (issue 23).
import { useI18n } from '../../i18n/I18n';

export function AdminView() {
  const { t } = useI18n();
  return <p className="muted">{t('shell.noView')}</p>;
}
