// Orders by state, each with the time left on its stage's service standard.
import { useEffect, useState } from 'react';
import { Loadable, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { BOARD_COLUMNS, boardOf, formatDuration } from '../../lib/time';

export function OrderBoard(props: { centreId?: string; selected?: string; onSelect: (id: string) => void }) {
  const orders = useResource(
    (api) => api.ordersIn(BOARD_COLUMNS, props.centreId),
    [props.centreId],
    ['repair'],
  );
  // Each order carries its stage clock as the repair service reads it on the centre's calendar.
  const now = useNow(30_000);
  const board = boardOf(orders.data ?? [], now);

  return (
    <Section title="Repair orders" testId="order-board">
      <Loadable error={orders.error} ready={orders.data !== undefined}>
        <div className="board">
          {BOARD_COLUMNS.map((status) => (
            <div key={status} className="column" data-testid={`column-${status}`}>
              <h3>
                {status.replace('_', ' ')} <span className="muted">{board.get(status)!.length}</span>
              </h3>
              {board.get(status)!.map(({ order, sla }) => (
                <button
                  key={order.id}
                  className={`card${order.id === props.selected ? ' selected' : ''}${sla?.breached ? ' breached' : ''}`}
                  onClick={() => props.onSelect(order.id)}
                  data-testid={`order-card-${order.orderNumber}`}
                >
                  <strong>{order.orderNumber}</strong>
                  <span>{order.serviceType}</span>
                  <span
                    className="sla"
                    title={`Time left on this stage's service standard (${sla?.timeBasis === 'elapsed' ? 'elapsed time' : "the centre's working time"})`}
                  >
                    {sla
                      ? sla.breached
                        ? `overdue ${formatDuration(-sla.leftSeconds)}`
                        : `${formatDuration(sla.leftSeconds)} left${sla.ticking ? '' : ' (paused: closed)'}`
                      : 'no standard'}
                  </span>
                </button>
              ))}
            </div>
          ))}
        </div>
      </Loadable>
    </Section>
  );
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
