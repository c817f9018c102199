// The service desk's reception: a "Receive a car" button opening the form, then the new order's
// number with its job card to print and a link into the order's detail.
import { useState } from 'react';
import { Section, download } from '../../components/common';
import { useConsole } from '../../context';
import { useI18n, useLocale } from '../../i18n/I18n';
import { type ServiceCentre } from '../../api/types';
import { ReceptionForm, type Received } from './ReceptionForm';

export function ReceptionDesk(props: {
  centres: readonly ServiceCentre[];
  centreId?: string;
  onOpenOrder: (id: string) => void;
}) {
  const { api, user } = useConsole();
  const { t } = useI18n();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState<Received>();
  const [error, setError] = useState<string>();
  if (!user.roles.includes('service-advisor')) return null;

  async function jobCard(id: string, orderNumber: string) {
    setError(undefined);
    try {
      download(await api.orderFile(id, 'job-card.pdf', { locale }), `${orderNumber}-job-card.pdf`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Section
      title={t('reception.title')}
      testId="reception"
      actions={
        !open && (
          <button
            onClick={() => {
              setOpen(true);
              setReceived(undefined);
            }}
            data-testid="reception-open"
          >
            {t('reception.open')}
          </button>
        )
      }
    >
      {received && (
        <div className="notice" role="status" data-testid="reception-done">
          <p>
            {t('reception.done', { orderNumber: received.order.orderNumber })}{' '}
            <button onClick={() => props.onOpenOrder(received.order.id)} data-testid="reception-open-order">
              {t('reception.openOrder')}
            </button>{' '}
            <button
              onClick={() => void jobCard(received.order.id, received.order.orderNumber)}
              data-testid="reception-job-card"
            >
              {t('reception.documents.jobCard')}
            </button>
          </p>
          {received.failedUploads.length > 0 && (
            <p className="error" role="alert">
              {t('reception.uploadsFailed', { names: received.failedUploads.join(', ') })}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {open && props.centres.length > 0 && (
        <ReceptionForm
          centres={props.centres}
          centreId={props.centreId}
          onCancel={() => setOpen(false)}
          onReceived={(r) => {
            setReceived(r);
            setOpen(false);
          }}
        />
      )}
    </Section>
  );
}
