// Parts clerk and procurement: availability per location, open backorders, purchase orders.
import { useResource } from '../../hooks';
import { Availability } from './Availability';
import { Backorders } from './Backorders';
import { PurchaseOrders } from './PurchaseOrders';

export function PartsView() {
  // Part numbers for every table; the catalogue changes rarely, so it does not follow the stream.
  const parts = useResource((api) => api.parts(), [], []);
  const names = new Map((parts.data?.items ?? []).map((p) => [p.id, `${p.partNumber} ${p.description}`]));
  const partName = (id: string) => names.get(id) ?? id;
  return (
    <div className="view" data-testid="view-parts">
      <Availability partName={partName} />
      <Backorders partName={partName} />
      <PurchaseOrders />
    </div>
  );
}
