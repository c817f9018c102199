// Parts clerk and procurement: stock by location with backorders and incoming orders, transfers between locations, the
// stocktake count sheet (tablet), suppliers with ratings, and purchase orders through approval,
// receipt, invoice (three-way match) and payment.
import { useState } from 'react';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { Availability } from './Availability';
import { Backorders } from './Backorders';
import { PurchaseOrders } from './PurchaseOrders';
import { Stocktakes } from './Stocktakes';
import { Suppliers } from './Suppliers';
import { Tabs } from './Tabs';
import { Transfers } from './Transfers';

type Tab = 'stock' | 'transfers' | 'stocktake' | 'suppliers' | 'purchasing';

/** What the tables need: names of parts and locations, and the user's procurement powers. */
export interface PartsContext {
  partName: (id: string) => string;
  locationName: (id: string) => string;
  locationIds: string[];
  partIds: string[];
  /** Holds procurement-officer (or admin): approves, invoices, pays. */
  officer: boolean;
  /** Holds parts-clerk (or admin): counts stocktakes. */
  clerk: boolean;
  userId: string;
}

export function PartsView() {
  const { t } = useI18n();
  const { user } = useConsole();
  const [tab, setTab] = useState<Tab>('stock');
  // Part numbers and locations for every table; they change rarely, so they do not follow the stream.
  const parts = useResource((api) => api.parts(), [], []);
  const locations = useResource((api) => api.stockLocations(), [], []);
  const names = new Map((parts.data?.items ?? []).map((p) => [p.id, `${p.partNumber} ${p.description}`]));
  const locationNames = new Map((locations.data?.items ?? []).map((l) => [l.id, l.name ?? l.id]));
  const has = (role: 'parts-clerk' | 'procurement-officer') =>
    user.roles.includes(role) || user.roles.includes('admin');
  const ctx: PartsContext = {
    partName: (id) => names.get(id) ?? id,
    locationName: (id) => locationNames.get(id) ?? id,
    locationIds: [...locationNames.keys()].sort(),
    partIds: [...names.keys()],
    officer: has('procurement-officer'),
    clerk: has('parts-clerk'),
    userId: user.userId,
  };
  const tabs = [
    { key: 'stock' as const, label: t('parts.tab.stock') },
    { key: 'transfers' as const, label: t('parts.tab.transfers') },
    { key: 'stocktake' as const, label: t('parts.tab.stocktake') },
    { key: 'suppliers' as const, label: t('parts.tab.suppliers') },
    { key: 'purchasing' as const, label: t('parts.tab.purchasing') },
  ];
  return (
    <div className="view" data-testid="view-parts">
      <Tabs label={t('parts.tabs')} tabs={tabs} current={tab} onChange={setTab}>
        {tab === 'stock' && (
          <>
            <Availability ctx={ctx} />
            <Backorders ctx={ctx} />
            <PurchaseOrders ctx={ctx} />
          </>
        )}
        {tab === 'transfers' && <Transfers ctx={ctx} />}
        {tab === 'stocktake' && <Stocktakes ctx={ctx} />}
        {tab === 'suppliers' && <Suppliers />}
        {tab === 'purchasing' && <PurchaseOrders ctx={ctx} />}
      </Tabs>
    </div>
  );
}
