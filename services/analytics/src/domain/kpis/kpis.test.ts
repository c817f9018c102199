// One test (or more) per KPI formula, on hand-computed examples, including the empty case.
import * as c from './customers';
import { computeKpis } from './index';
import * as o from './operations';
import * as ord from './orders';
import * as s from './supply';
import {
  type ComplaintFacts,
  type OrderFacts,
  type PartsRequestFacts,
  type Period,
  type SurveyFacts,
} from './types';

const t = (iso: string) => new Date(`2026-07-${iso}Z`);
const july: Period = { from: t('01T00:00:00'), to: new Date('2026-08-01T00:00:00Z') };
const empty: Period = { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2020-02-01T00:00:00Z') };

const order = (over: Partial<OrderFacts>): OrderFacts => ({
  repairOrderId: 'o',
  centreId: 'c1',
  regionId: 'r1',
  openedAt: null,
  diagnosedAt: null,
  completedAt: null,
  closedAt: null,
  cancelledAt: null,
  reworkCount: null,
  comeback: null,
  stageDurations: [],
  slaBreachedStages: [],
  ...over,
});
const done = (over: Partial<OrderFacts>) =>
  order({
    openedAt: t('02T08:00:00'),
    completedAt: t('03T08:00:00'),
    reworkCount: 0,
    comeback: false,
    ...over,
  });

describe('order KPIs', () => {
  it('response time is the mean of reception -> diagnosis over orders diagnosed in the period', () => {
    const orders = [
      order({ openedAt: t('02T08:00:00'), diagnosedAt: t('02T09:00:00') }), // 3600
      order({ openedAt: t('02T08:00:00'), diagnosedAt: t('02T11:00:00') }), // 10800
      order({ openedAt: t('02T08:00:00') }), // not diagnosed
      order({ openedAt: new Date('2026-06-30T23:00:00Z'), diagnosedAt: new Date('2026-08-01T01:00:00Z') }), // outside
    ];
    expect(ord.responseTimeSeconds(orders, july)).toBe(7200);
    expect(ord.responseTimeSeconds(orders, empty)).toBeNull();
  });

  it('completion rate counts orders received in the period that completed', () => {
    const orders = [
      done({}),
      done({}),
      order({ openedAt: t('04T08:00:00') }),
      order({ openedAt: t('05T08:00:00'), cancelledAt: t('05T09:00:00') }),
    ];
    expect(ord.completionRate(orders, july)).toBe(0.5);
    expect(ord.completionRate([], july)).toBeNull();
  });

  it('first-time-fix excludes rework and comebacks; comeback rate counts comebacks', () => {
    const orders = [done({}), done({ reworkCount: 1 }), done({ comeback: true }), done({})];
    expect(ord.firstTimeFixRate(orders, july)).toBe(0.5);
    expect(ord.comebackRate(orders, july)).toBe(0.25);
    expect(ord.firstTimeFixRate(orders, empty)).toBeNull();
  });

  it('SLA breach rate is the share of completed orders with at least one breached stage', () => {
    const orders = [
      done({ slaBreachedStages: ['RECEIVED', 'QC'] }),
      done({}),
      done({}),
      done({ slaBreachedStages: ['QC'] }),
    ];
    expect(ord.slaBreachRate(orders, july)).toBe(0.5);
  });

  it('stage durations: mean, mean standard and share within standard per stage', () => {
    const orders = [
      done({ stageDurations: [{ stage: 'RECEIVED', seconds: 1000, standardSeconds: 3600 }] }),
      done({
        stageDurations: [
          { stage: 'RECEIVED', seconds: 5000, standardSeconds: 3600 },
          { stage: 'QC', seconds: 60, standardSeconds: null },
        ],
      }),
    ];
    expect(ord.stageDurations(orders, july)).toEqual([
      { stage: 'QC', samples: 1, meanSeconds: 60, meanStandardSeconds: null, withinStandardRate: null },
      {
        stage: 'RECEIVED',
        samples: 2,
        meanSeconds: 3000,
        meanStandardSeconds: 3600,
        withinStandardRate: 0.5,
      },
    ]);
  });
});

const survey = (over: Partial<SurveyFacts>): SurveyFacts => ({
  surveyId: 's',
  repairOrderId: 'o',
  centreId: 'c1',
  product: 5,
  service: 5,
  purchase: 5,
  nps: 10,
  answeredAt: t('10T10:00:00'),
  ...over,
});

describe('customer KPIs', () => {
  it('CSI is the mean of the three scores over all surveys', () => {
    expect(
      c.csi(
        [survey({ product: 3, service: 4, purchase: 5 }), survey({ product: 5, service: 5, purchase: 5 })],
        july,
      ),
    ).toBe(4.5);
    expect(c.csi([], july)).toBeNull();
  });

  it('NPS is promoters% - detractors% (9-10 promote, 0-6 detract, 7-8 passive)', () => {
    const answers = [10, 9, 8, 7, 6, 0, 10, 9, 3, 5];
    expect(
      c.nps(
        answers.map((nps) => survey({ nps })),
        july,
      ),
    ).toBe(0); // 4 promoters, 4 detractors
    expect(c.nps([survey({ nps: 10 }), survey({ nps: 8 })], july)).toBe(50);
    expect(c.nps([], july)).toBeNull();
  });

  const complaint = (over: Partial<ComplaintFacts>): ComplaintFacts => ({
    complaintId: 'x',
    centreId: 'c1',
    repairOrderId: null,
    category: 'billing',
    registeredAt: t('11T10:00:00'),
    resolvedAt: null,
    resolutionSeconds: null,
    closedAt: null,
    ...over,
  });

  it('complaint rate per completed order, overall and by category', () => {
    const cs = [
      complaint({}),
      complaint({ category: 'waiting-time' }),
      complaint({ category: null }),
      complaint({}),
    ];
    expect(c.complaintRate(cs, 8, july)).toBe(0.5);
    expect(c.complaintRate(cs, 0, july)).toBeNull();
    expect(c.complaintRateByCategory(cs, 8, july)).toEqual([
      { category: 'billing', complaints: 2, rate: 0.25 },
      { category: 'unclassified', complaints: 1, rate: 0.125 },
      { category: 'waiting-time', complaints: 1, rate: 0.125 },
    ]);
  });

  it('mean resolution time over complaints resolved in the period', () => {
    const cs = [
      complaint({ resolvedAt: t('12T10:00:00'), resolutionSeconds: 86_400 }),
      complaint({ resolvedAt: t('13T10:00:00'), resolutionSeconds: 3_600 }),
      complaint({}),
    ];
    expect(c.complaintResolutionSeconds(cs, july)).toBe(45_000);
    expect(c.complaintResolutionSeconds(cs, empty)).toBeNull();
  });
});

describe('parts and supplier KPIs', () => {
  const req = (over: Partial<PartsRequestFacts>): PartsRequestFacts => ({
    requestId: 'r',
    repairOrderId: 'o',
    locationId: 'l',
    requestedAt: t('05T10:00:00'),
    reservedFromStock: 0,
    backordered: 0,
    backorderedAt: null,
    backorderFulfilledAt: null,
    ...over,
  });

  it('fill rate is the quantity reserved from stock over the quantity requested', () => {
    expect(
      s.partsFillRate([req({ reservedFromStock: 3 }), req({ reservedFromStock: 1, backordered: 4 })], july),
    ).toBe(0.5);
    expect(s.partsFillRate([], july)).toBeNull();
  });

  it('backorder age runs to fulfilment, or to the period end / now while open', () => {
    const rs = [
      req({ backordered: 1, backorderedAt: t('05T10:00:00'), backorderFulfilledAt: t('06T10:00:00') }), // 1 day
      req({ backordered: 1, backorderedAt: t('30T10:00:00') }), // open: to now (31T10:00) = 1 day
    ];
    expect(s.backorderAgeSeconds(rs, july, t('31T10:00:00'))).toBe(86_400);
  });

  it('supplier on-time and quality rates over receipts in the period', () => {
    const r = (onTime: boolean, received: number, accepted: number) => ({
      receiptId: 'x',
      supplierId: 's',
      locationId: 'l',
      onTime,
      receivedQuantity: received,
      acceptedQuantity: accepted,
      receivedAt: t('07T10:00:00'),
    });
    const rs = [r(true, 10, 10), r(false, 10, 5), r(true, 20, 15)];
    expect(s.supplierOnTimeRate(rs, july)).toBeCloseTo(2 / 3);
    expect(s.supplierQualityRate(rs, july)).toBe(0.75);
    expect(s.supplierQualityRate(rs, empty)).toBeNull();
  });
});

describe('rescue and emergency KPIs', () => {
  it('rescue response time uses the reported response, else request -> arrival', () => {
    const base = { rescueId: 'x', regionId: 'r1', centreId: 'c1', completedAt: t('08T12:00:00') };
    expect(
      o.rescueResponseSeconds(
        [
          { ...base, requestedAt: null, arrivedAt: null, responseSeconds: 1200 },
          { ...base, requestedAt: t('08T10:00:00'), arrivedAt: t('08T10:30:00'), responseSeconds: null },
          { ...base, requestedAt: t('08T10:00:00'), arrivedAt: null, responseSeconds: null }, // cancelled: no arrival
        ],
        july,
      ),
    ).toBe(1500);
  });

  it('emergency-mode hours are clipped to the period; an open one runs to now', () => {
    const es = [
      {
        emergencyId: 'a',
        regionId: 'r1',
        enteredAt: new Date('2026-06-30T22:00:00Z'),
        leftAt: t('01T04:00:00'),
      }, // 4 h inside
      { emergencyId: 'b', regionId: 'r1', enteredAt: t('20T00:00:00'), leftAt: null }, // open, now = 20T06
    ];
    expect(o.emergencyModeHours(es, july, t('20T06:00:00'))).toBe(10);
    expect(o.emergencyModeHours(es, empty)).toBeNull();
  });
});

describe('computeKpis', () => {
  it('is null everywhere for an empty scope, with zero counts', () => {
    const r = computeKpis(
      {
        orders: [],
        surveys: [],
        complaints: [],
        partsRequests: [],
        receipts: [],
        rescues: [],
        emergencies: [],
      },
      july,
    );
    expect(Object.values(r.kpis).every((v) => v === null)).toBe(true);
    expect(r.counts).toEqual({ ordersOpened: 0, ordersCompleted: 0, surveys: 0, complaints: 0, rescues: 0 });
  });
});
