// Orders by state, each with its vehicle (plate, make and model), its customer (as the customer
// service shows them to the user: in clear or masked), when it was promised (or its booking slot)
// in the centre's time zone, and the time left on its stage's service standard.
import { useEffect, useState } from 'react';
import { type Customer, type OrderStatus, type RepairOrder, type ServiceCentre } from '../../api/types';
import { Loadable, Section, useDuration, useTimeLeft } from '../../components/common';
import { useResource } from '../../hooks';
import { serviceTypeKey } from '../../i18n/labels';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { platformNow } from '../../lib/clock';
import { BOARD_COLUMNS, boardOf, type SlaClock } from '../../lib/time';
import { promiseOf, useBoardDetails, type BoardDetails } from './boardDetails';
import './advisor.css';

/** The catalogue key of an order status's name. */
export const statusKey = (status: OrderStatus) => `advisor.status.${status}` as MessageKey;

export function OrderBoard(props: {
  centreId?: string;
  centres: ReadonlyMap<string, ServiceCentre>;
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const { t, number } = useI18n();
  const orders = useResource(
    (api) => api.ordersIn(BOARD_COLUMNS, props.centreId),
    [props.centreId],
    ['repair'],
  );
  const details = useBoardDetails(orders.data);
  // Each order carries its stage clock as the repair service reads it on the centre's calendar.
  const now = useNow(30_000);
  const board = boardOf(orders.data ?? [], now);

  return (
    <Section title={t('advisor.board.title')} testId="order-board">
      <Loadable error={orders.error} ready={orders.data !== undefined}>
        {details.error && (
          <p className="error" role="alert">
            {t('advisor.board.detailsError', { error: details.error })}
          </p>
        )}
        {/* Scrolls sideways on small screens: focusable, so keyboard users can scroll it too. */}
        <div className="board" tabIndex={0} role="region" aria-label={t('advisor.board.title')}>
          {BOARD_COLUMNS.map((status) => (
            <div key={status} className="column" data-testid={`column-${status}`}>
              <h3 data-testid={`column-title-${status}`}>
                {t(statusKey(status))} <span className="muted">{number(board.get(status)!.length)}</span>
              </h3>
              {board.get(status)!.map(({ order, sla }) => (
                <OrderCard
                  key={order.id}
                  order={order}
                  sla={sla}
                  details={details}
                  timeZone={props.centres.get(order.centreId)?.timeZone}
                  selected={order.id === props.selected}
                  onSelect={props.onSelect}
                />
              ))}
            </div>
          ))}
        </div>
      </Loadable>
    </Section>
  );
}

function OrderCard(props: {
  order: RepairOrder;
  sla: SlaClock | null;
  details: BoardDetails;
  timeZone: string | undefined;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t, dateTime } = useI18n();
  const duration = useDuration();
  const timeLeft = useTimeLeft();
  const { order, sla, details } = props;
  const vehicle = details.vehicles.get(order.vehicleId);
  const customer = details.customers.get(order.customerId);
  const promise = promiseOf(order, details.bookings);
  const pending = !details.ready;

  return (
    <button
      type="button"
      className={`card${props.selected ? ' selected' : ''}${sla?.breached ? ' breached' : ''}`}
      onClick={() => props.onSelect(order.id)}
      data-testid={`order-card-${order.orderNumber}`}
    >
      <strong>{order.orderNumber}</strong>
      <span className="card-plate" data-testid="card-plate">
        {vehicle?.registrationNumber ??
          (pending ? '…' : vehicle ? t('advisor.card.noPlate') : t('advisor.card.unknownVehicle'))}
      </span>
      {vehicle && (
        <span className="card-model" data-testid="card-model">
          {t('advisor.card.model', { make: vehicle.make, model: vehicle.model })}
        </span>
      )}
      <span className="card-customer" data-testid="card-customer">
        {pending ? '…' : customerName(customer, t)}
      </span>
      <span className="muted">{t(serviceTypeKey(order.serviceType))}</span>
      {promise && (
        <span className="card-promise" data-testid="card-promise">
          {t(promise.kind === 'promised' ? 'advisor.card.promised' : 'advisor.card.slot', {
            time: dateTime(promise.at, props.timeZone),
          })}
        </span>
      )}
      <span
        className="sla"
        data-testid="card-sla"
        title={t(sla?.timeBasis === 'elapsed' ? 'advisor.card.slaElapsed' : 'advisor.card.slaWorking')}
      >
        {sla
          ? sla.breached
            ? timeLeft(sla.leftSeconds)
            : t(sla.ticking ? 'advisor.card.left' : 'advisor.card.leftPaused', {
                duration: duration(sla.leftSeconds),
              })
          : t('advisor.card.noStandard')}
      </span>
    </button>
  );
}

/** The name as the customer service answered it ("***" when masked), or why there is none. */
export function customerName(customer: Customer | undefined, t: (key: MessageKey) => string): string {
  if (!customer) return t('advisor.card.unknownCustomer');
  if (customer.piiAccess === 'erased' || customer.name === null) return t('advisor.card.erased');
  return customer.name;
}

/** The platform time, updated every `ms` so SLA clocks tick without refetching. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => platformNow());
  useEffect(() => {
    const t = setInterval(() => setNow(platformNow()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}
