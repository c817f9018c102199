// The service desk's search box: a plate, VIN, phone number or a word of a name finds customers
// and vehicles with their open orders; choosing an order opens it.
import { useState, type FormEvent } from 'react';
import { Section } from '../../components/common';
import { useConsole } from '../../context';
import { useI18n } from '../../i18n/I18n';
import { searchDesk, type DeskResults } from './deskSearch';
import { customerName, statusKey } from './OrderBoard';

type State =
  | { phase: 'idle' }
  | { phase: 'searching'; query: string }
  | { phase: 'done'; query: string; results: DeskResults }
  | { phase: 'failed'; query: string; error: string };

export function DeskSearch(props: { onSelect: (orderId: string) => void }) {
  const { api } = useConsole();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ phase: 'idle' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const query = text.trim();
    if (!query) return;
    setState({ phase: 'searching', query });
    searchDesk(api, query).then(
      (results) => setState({ phase: 'done', query, results }),
      (err: unknown) =>
        setState({ phase: 'failed', query, error: err instanceof Error ? err.message : String(err) }),
    );
  };

  return (
    <Section title={t('advisor.search.title')} testId="desk-search">
      <form role="search" className="desk-search" onSubmit={submit}>
        <label htmlFor="desk-search-input">{t('advisor.search.label')}</label>
        <input
          id="desk-search-input"
          type="search"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          data-testid="desk-search-input"
        />
        <button type="submit" disabled={state.phase === 'searching'} data-testid="desk-search-submit">
          {t('advisor.search.submit')}
        </button>
      </form>
      {state.phase === 'searching' && (
        <p className="muted" role="status">
          {t('advisor.search.searching')}
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert">
          {t('advisor.search.failed', { error: state.error })}
        </p>
      )}
      {state.phase === 'done' && (
        <Results query={state.query} results={state.results} onSelect={props.onSelect} />
      )}
    </Section>
  );
}

function Results(props: { query: string; results: DeskResults; onSelect: (orderId: string) => void }) {
  const { t } = useI18n();
  const { vehicles, customers } = props.results;
  if (vehicles.length === 0 && customers.length === 0)
    return (
      <p className="muted" role="status" data-testid="desk-search-none">
        {t('advisor.search.none', { query: props.query })}
      </p>
    );
  return (
    <ul
      className="desk-results"
      aria-label={t('advisor.search.results')}
      data-testid="desk-search-results"
      data-query={props.query}
    >
      {vehicles.map(({ vehicle, owner, openOrders }) => (
        <li key={vehicle.id} data-testid={`search-vehicle-${vehicle.id}`}>
          <div>
            <strong>{vehicle.registrationNumber ?? t('advisor.card.noPlate')}</strong>{' '}
            {t('advisor.card.model', { make: vehicle.make, model: vehicle.model })}{' '}
            <span className="muted">{t('advisor.search.vin', { vin: vehicle.vin })}</span>
          </div>
          <div>
            {vehicle.ownerCustomerId
              ? t('advisor.search.owner', { name: customerName(owner, t) })
              : t('advisor.search.noOwner')}
          </div>
          <div className="desk-orders">
            <span className="muted">{t('advisor.search.openOrders', { count: openOrders.length })}</span>
            {openOrders.map((o) => (
              <button
                key={o.id}
                type="button"
                onClick={() => props.onSelect(o.id)}
                data-testid={`search-order-${o.orderNumber}`}
              >
                {t('advisor.search.order', { orderNumber: o.orderNumber, status: t(statusKey(o.status)) })}
              </button>
            ))}
          </div>
        </li>
      ))}
      {customers.map((c) => (
        <li key={c.id} data-testid={`search-customer-${c.id}`}>
          <div>
            <strong>{customerName(c, t)}</strong>
          </div>
          <div className="muted">{t('advisor.search.noVehicles')}</div>
        </li>
      ))}
    </ul>
  );
}
