// A realistic July 2026 for one dealer group: 3 centres in 2 regions, 8 repair orders (rework,
// a comeback, SLA breaches, surveys, one order still open), complaints, parts with backorders,
// supplier receipts, rescues and a storm emergency. The expected KPIs below are worked out by
// hand from these facts (see the comments), not by the code under test.
import { type AnyEvent } from '@aftersales/contracts';
import * as ev from './events';

const july = (day: number, hour = 8) => new Date(Date.UTC(2026, 6, day, hour));

export function julyStream(tenantId: string): AnyEvent[] {
  const order = (
    orderId: string,
    centreId: string,
    regionId: string,
    day: number,
    o: Partial<ev.OrderStoryOptions>,
  ) => ev.orderStory({ tenantId, orderId, centreId, regionId, start: july(day), ...o }).events;
  return [
    ...order('o1', 'c-n1', 'r-north', 6, {
      diagnoseAfter: 1,
      survey: { product: 5, service: 5, purchase: 5, nps: 10 },
    }),
    ...order('o2', 'c-n1', 'r-north', 7, {
      diagnoseAfter: 3,
      rework: 1,
      breach: 'DIAGNOSED',
      survey: { product: 3, service: 4, purchase: 2, nps: 6 },
    }),
    ...order('o3', 'c-n1', 'r-north', 8, {
      diagnoseAfter: 2,
      comeback: true,
      survey: { product: 4, service: 4, purchase: 4, nps: 8 },
    }),
    ...order('o4', 'c-n2', 'r-north', 9, {
      diagnoseAfter: 2,
      survey: { product: 5, service: 4, purchase: 5, nps: 9 },
    }),
    ...order('o5', 'c-n2', 'r-north', 10, { diagnoseAfter: 4, rework: 2, breach: 'IN_PROGRESS' }),
    ...order('o6', 'c-s1', 'r-south', 11, {
      diagnoseAfter: 1,
      survey: { product: 2, service: 2, purchase: 2, nps: 3 },
    }),
    ...order('o7', 'c-s1', 'r-south', 12, { diagnoseAfter: 2, closed: false }),
    ...order('o8', 'c-s1', 'r-south', 13, { diagnoseAfter: 6, completed: false }),
    // o2's complaint names no centre: it counts at the order's centre.
    ...ev.complaintStory({
      tenantId,
      complaintId: 'k1',
      orderId: 'o2',
      centreId: null,
      category: 'repair-quality',
      at: july(14),
      resolveAfterHours: 24,
    }),
    ...ev.complaintStory({
      tenantId,
      complaintId: 'k2',
      orderId: 'o6',
      centreId: 'c-s1',
      category: 'waiting-time',
      at: july(14),
      resolveAfterHours: 48,
    }),
    ...ev.complaintStory({
      tenantId,
      complaintId: 'k3',
      orderId: 'o5',
      centreId: 'c-n2',
      category: 'billing',
      at: july(15),
      resolveAfterHours: null,
    }),
    ...ev.partsStory({
      tenantId,
      orderId: 'o1',
      requestId: 'p1',
      centreId: 'c-n1',
      at: july(6, 12),
      stock: 2,
      short: 0,
      fulfilAfterHours: null,
    }),
    ...ev.partsStory({
      tenantId,
      orderId: 'o2',
      requestId: 'p2',
      centreId: 'c-n1',
      at: july(7, 12),
      stock: 1,
      short: 1,
      fulfilAfterHours: 48,
    }),
    ...ev.partsStory({
      tenantId,
      orderId: 'o6',
      requestId: 'p3',
      centreId: 'c-s1',
      at: july(11, 12),
      stock: 0,
      short: 2,
      fulfilAfterHours: 24,
    }),
    ev.receiptEvent({
      tenantId,
      receiptId: 'g1',
      supplierId: 's1',
      locationId: 'loc-c-n1',
      at: july(15),
      onTime: true,
      received: 10,
      accepted: 10,
    }),
    ev.receiptEvent({
      tenantId,
      receiptId: 'g2',
      supplierId: 's2',
      locationId: 'loc-c-s1',
      at: july(16),
      onTime: false,
      received: 10,
      accepted: 8,
    }),
    ev.receiptEvent({
      tenantId,
      receiptId: 'g3',
      supplierId: 's1',
      locationId: 'loc-c-n1',
      at: july(17),
      onTime: true,
      received: 20,
      accepted: 18,
    }),
    ...ev.rescueStory({
      tenantId,
      rescueId: 'x1',
      regionId: 'r-north',
      centreId: 'c-n1',
      at: july(18),
      responseMinutes: 30,
    }),
    ...ev.rescueStory({
      tenantId,
      rescueId: 'x2',
      regionId: 'r-south',
      centreId: 'c-s1',
      at: july(19),
      responseMinutes: 60,
    }),
    ...ev.emergencyStory({ tenantId, emergencyId: 'e1', regionId: 'r-south', at: july(20), hours: 5 }),
  ];
}

export const JULY = 'from=2026-07-01&to=2026-07-31';

/** Orders that are closed and surveyed: each gets a complete service outcome. */
export const SURVEYED_CLOSED = ['o1', 'o2', 'o3', 'o4', 'o6'];

/** Tenant-wide July KPIs, by hand. */
export const EXPECTED_TENANT = {
  counts: { ordersOpened: 8, ordersCompleted: 7, surveys: 5, complaints: 3, rescues: 2 },
  kpis: {
    responseTimeSeconds: 9450, // (1+3+2+2+4+1+2+6) h / 8
    completionRate: 0.875, // 7 of 8 completed
    firstTimeFixRate: 0.571429, // o1 o4 o6 o7 of 7
    comebackRate: 0.142857, // o3
    slaBreachRate: 0.285714, // o2 o5
    complaintRate: 0.428571, // 3 / 7
    complaintResolutionSeconds: 129_600, // (24 + 48) h / 2
    csi: 3.733333, // (5 + 3 + 4 + 14/3 + 2) / 5
    nps: 0, // 10 9 promote, 6 3 detract, 8 passive
    partsFillRate: 0.5, // 3 from stock of 6 requested
    backorderAgeSeconds: 129_528, // (48 h + 24 h) / 2, less the 72 s between request and backorder
    supplierOnTimeRate: 0.666667, // g1 g3
    supplierQualityRate: 0.9, // 36 / 40 accepted
    rescueResponseSeconds: 2_700, // (30 + 60) min / 2
    emergencyModeHours: 5,
  },
};

/** Centre c-n1 (o1, o2, o3). */
export const EXPECTED_CENTRE_N1 = {
  counts: { ordersOpened: 3, ordersCompleted: 3, surveys: 3, complaints: 1, rescues: 1 },
  kpis: {
    responseTimeSeconds: 7200,
    completionRate: 1,
    firstTimeFixRate: 0.333333,
    comebackRate: 0.333333,
    slaBreachRate: 0.333333,
    complaintRate: 0.333333, // k1 via its order
    complaintResolutionSeconds: 86_400,
    csi: 4,
    nps: 0,
    partsFillRate: 0.75, // 3 of 4
    backorderAgeSeconds: 172_728, // 48 h less 72 s
    supplierOnTimeRate: 1, // g1 g3 at loc-c-n1
    supplierQualityRate: 0.933333, // 28 / 30
    rescueResponseSeconds: 1_800,
    emergencyModeHours: null, // the storm was in the south
  },
};
