// The service desk's search: what the typed text could be (a VIN, a phone number, a plate, a
// word of a name), the customer service's searches for each in parallel, then the vehicles of
// the customers found, the owners of the vehicles found, and each vehicle's open orders.
import { type ApiClient } from '../../api/client';
import { type Customer, type RepairOrder, type Vehicle } from '../../api/types';
import { BOARD_COLUMNS } from '../../lib/time';

export interface VehicleHit {
  vehicle: Vehicle;
  owner: Customer | undefined;
  openOrders: RepairOrder[];
}

export interface DeskResults {
  vehicles: VehicleHit[];
  /** Customers found who own none of the vehicles listed. */
  customers: Customer[];
}

export interface SearchKinds {
  vin?: string;
  phone?: string;
  plate?: string;
  name?: string;
}

const MAX_CUSTOMERS = 10;
const MAX_VEHICLES = 20;

/** The searches a text asks for: a 17-character VIN alone; otherwise phone, plate and name as they fit. */
export function searchKinds(text: string): SearchKinds {
  const trimmed = text.trim();
  const compact = trimmed.replace(/[\s\-.·]/g, '').toUpperCase();
  if (!compact) return {};
  if (/^[A-HJ-NPR-Z0-9]{17}$/.test(compact) && /[A-Z]/.test(compact) && /\d/.test(compact))
    return { vin: compact };
  const kinds: SearchKinds = {};
  if (/^\+?[\d\s\-()/]{6,}$/.test(trimmed) && (trimmed.match(/\d/g) ?? []).length >= 6) kinds.phone = trimmed;
  if (compact.length <= 16) kinds.plate = trimmed;
  if (/\p{L}/u.test(trimmed)) kinds.name = trimmed;
  return kinds;
}

/** The settled values; rejected searches (a text that is no valid phone, say) count as no hits. */
async function settled<T>(searches: (Promise<T> | null)[]): Promise<T[]> {
  const results = await Promise.allSettled(searches.filter((s): s is Promise<T> => s !== null));
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (ok.length === 0 && failed) throw failed.reason;
  return ok;
}

export async function searchDesk(api: ApiClient, text: string): Promise<DeskResults> {
  const kinds = searchKinds(text);
  const [vehiclePages, customerPages] = await Promise.all([
    settled([
      kinds.vin ? api.vehicles({ vin: kinds.vin }) : null,
      kinds.plate ? api.vehicles({ plate: kinds.plate }) : null,
    ]),
    settled([
      kinds.phone ? api.customers({ phone: kinds.phone }) : null,
      kinds.name ? api.customers({ name: kinds.name }) : null,
    ]),
  ]);
  const customers = new Map<string, Customer>();
  for (const c of customerPages.flatMap((p) => p.items)) customers.set(c.id, c);
  const vehicles = new Map<string, Vehicle>();
  for (const v of vehiclePages.flatMap((p) => p.items)) vehicles.set(v.id, v);

  // The vehicles of the customers found, and the owners of the vehicles found.
  const owned = await Promise.all(
    [...customers.keys()].slice(0, MAX_CUSTOMERS).map((ownerCustomerId) => api.vehicles({ ownerCustomerId })),
  );
  for (const v of owned.flatMap((p) => p.items)) vehicles.set(v.id, v);
  const ownerIds = [...vehicles.values()]
    .map((v) => v.ownerCustomerId)
    .filter((id): id is string => id !== null && !customers.has(id));
  if (ownerIds.length) {
    const owners = await api.customers({ ids: [...new Set(ownerIds)].slice(0, 100) });
    for (const c of owners.items) customers.set(c.id, c);
  }

  const listed = [...vehicles.values()].slice(0, MAX_VEHICLES);
  const orders = await Promise.all(listed.map((v) => api.ordersOfVehicle(v.id)));
  const hits = listed.map((vehicle, i) => ({
    vehicle,
    owner: vehicle.ownerCustomerId ? customers.get(vehicle.ownerCustomerId) : undefined,
    openOrders: orders[i]!.items.filter((o) => BOARD_COLUMNS.includes(o.status)),
  }));
  const owners = new Set(listed.map((v) => v.ownerCustomerId));
  return { vehicles: hits, customers: [...customers.values()].filter((c) => !owners.has(c.id)) };
}
