// Realistic event stories built with the contracts' createEvent (so every event is valid), used by
// the unit tests of the projections and by the integration tests that publish them to Kafka.
import { createEvent, type AnyEvent } from '@aftersales/contracts';

const H = 3_600_000;
const plus = (d: Date, hours: number) => new Date(d.getTime() + hours * H);
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export interface OrderStoryOptions {
  tenantId: string;
  orderId: string;
  centreId: string;
  regionId: string;
  start: Date;
  rework?: number;
  comeback?: boolean;
  breach?: 'RECEIVED' | 'DIAGNOSED' | 'IN_PROGRESS' | null;
  /** Hours from reception to diagnosis. */
  diagnoseAfter?: number;
  /** Hours from reception to completion (QC passed). */
  completeAfter?: number;
  survey?: { product: number; service: number; purchase: number; nps: number } | null;
  closed?: boolean;
  /** false: the order stops after diagnosis (still in the workshop). */
  completed?: boolean;
  customerId?: string;
  /** Default `veh-<orderId>`. */
  vehicleId?: string;
  /** Technicians named by repair.order.completed (default tech-1). */
  technicianIds?: string[];
}

/** The events of one repair order (and its survey), in the order they happen. */
export function orderStory(o: OrderStoryOptions): { events: AnyEvent[]; closedAt: Date | null } {
  const rework = o.rework ?? 0;
  const diag = o.diagnoseAfter ?? 2;
  const done = o.completeAfter ?? 24;
  const customerId = o.customerId ?? `cust-${o.orderId}`;
  const vehicleId = o.vehicleId ?? `veh-${o.orderId}`;
  const repair = { producer: 'repair', tenantId: o.tenantId, subject: o.orderId, correlationId: undefined };
  const ref = { repairOrderId: o.orderId, centreId: o.centreId };
  const events: AnyEvent[] = [
    createEvent('repair.order.opened', {
      ...repair,
      occurredAt: o.start,
      data: {
        ...ref,
        orderNumber: `RO-${o.orderId}`,
        centreType: 'regional-centre',
        regionId: o.regionId,
        customerId,
        vehicleId,
        origin: 'walk-in',
        bookingId: null,
        rescueId: null,
        serviceType: 'repair',
        mileageKm: 42_000,
        fuelLevelPercent: 50,
        symptomSystems: ['brakes'],
        damageNoted: false,
        emergencyMode: false,
      },
    }),
    createEvent('repair.order.diagnosed', {
      ...repair,
      occurredAt: plus(o.start, diag),
      data: {
        ...ref,
        technicianId: 'tech-1',
        faultCodes: ['C1234'],
        findings: [],
        estimatedLabourHours: 2,
        partsRequired: true,
      },
    }),
    createEvent('repair.order.quoted', {
      ...repair,
      occurredAt: plus(o.start, diag + 0.5),
      data: {
        ...ref,
        quoteVersion: 1,
        reason: 'initial',
        lines: [
          {
            lineId: 'l1',
            kind: 'labour',
            partId: null,
            operationCode: 'BRK',
            quantity: 2,
            unitPrice: eur(9_500),
            discount: eur(0),
            taxRateBasisPoints: 1900,
            netTotal: eur(19_000),
          },
        ],
        totals: { net: eur(19_000), discount: eur(0), tax: eur(3_610), gross: eur(22_610) },
        validUntil: plus(o.start, 24 * 14).toISOString(),
      },
    }),
  ];
  if (o.breach)
    events.push(
      createEvent('repair.sla.breached', {
        ...repair,
        occurredAt: plus(o.start, diag + 0.6),
        data: {
          ...ref,
          regionId: o.regionId,
          stage: o.breach,
          standardSeconds: 3600,
          elapsedSeconds: 7200,
          dueAt: plus(o.start, 1).toISOString(),
        },
      }),
    );
  for (let i = 1; i <= rework; i++)
    events.push(
      createEvent('repair.order.qc-failed', {
        ...repair,
        occurredAt: plus(o.start, done - rework + i - 1),
        data: {
          ...ref,
          inspectorId: 'qc-1',
          technicianIds: ['tech-1'],
          attempt: i,
          failedChecks: ['BRAKE-TEST'],
          reworkCount: i,
        },
      }),
    );
  const completedAt = plus(o.start, done);
  if (o.completed === false) return { events, closedAt: null };
  events.push(
    createEvent('repair.order.completed', {
      ...repair,
      occurredAt: completedAt,
      data: {
        ...ref,
        centreType: 'regional-centre',
        regionId: o.regionId,
        customerId,
        vehicleId,
        serviceType: 'repair',
        technicianIds: o.technicianIds ?? ['tech-1'],
        receivedAt: o.start.toISOString(),
        stageDurations: [
          { stage: 'RECEIVED', seconds: Math.round(diag * 3600), standardSeconds: 4 * 3600 },
          { stage: 'IN_PROGRESS', seconds: Math.round((done - diag) * 3600), standardSeconds: null },
        ],
        labourHours: 2,
        labourCost: eur(19_000),
        partsCost: eur(8_900),
        totalGross: eur(33_201),
        reworkCount: rework,
        qcAttempts: rework + 1,
        slaBreaches: o.breach ? [{ stage: o.breach, standardSeconds: 3600, elapsedSeconds: 7200 }] : [],
        comeback: o.comeback ?? false,
        comebackOfRepairOrderId: o.comeback ? `prev-${o.orderId}` : null,
      },
    }),
  );
  let closedAt: Date | null = null;
  if (o.closed !== false) {
    events.push(
      createEvent('repair.order.delivered', {
        ...repair,
        occurredAt: plus(completedAt, 2),
        data: {
          ...ref,
          customerId,
          vehicleId,
          mileageKm: 42_010,
          nextMaintenance: { dueMileageKm: 57_000, dueOn: null },
          deliveredBy: 'adv-1',
        },
      }),
    );
    closedAt = plus(completedAt, 3);
    events.push(
      createEvent('repair.order.closed', {
        ...repair,
        occurredAt: closedAt,
        data: { ...ref, regionId: o.regionId, invoiceTotal: eur(33_201), payer: 'customer' },
      }),
    );
  }
  if (o.survey)
    events.push(
      createEvent('survey.completed', {
        producer: 'customer',
        tenantId: o.tenantId,
        subject: `survey-${o.orderId}`,
        occurredAt: plus(completedAt, 26),
        data: {
          surveyId: `survey-${o.orderId}`,
          repairOrderId: o.orderId,
          customerId,
          vehicleId,
          centreId: o.centreId,
          channel: 'email',
          scores: { product: o.survey.product, service: o.survey.service, purchase: o.survey.purchase },
          nps: o.survey.nps,
          hasComment: false,
        },
      }),
    );
  return { events, closedAt };
}

export function complaintStory(o: {
  tenantId: string;
  complaintId: string;
  orderId: string | null;
  centreId: string | null;
  category: 'repair-quality' | 'waiting-time' | 'billing';
  at: Date;
  resolveAfterHours: number | null;
}): AnyEvent[] {
  const base = { producer: 'complaint', tenantId: o.tenantId, subject: o.complaintId };
  const deadlines = { acknowledgeBy: plus(o.at, 4).toISOString(), resolveBy: plus(o.at, 72).toISOString() };
  const events: AnyEvent[] = [
    createEvent('complaint.registered', {
      ...base,
      occurredAt: o.at,
      data: {
        complaintId: o.complaintId,
        referenceNumber: `C-${o.complaintId}`,
        channel: 'phone',
        trigger: 'customer',
        sourceEventId: null,
        customerId: null,
        vehicleId: null,
        repairOrderId: o.orderId,
        centreId: o.centreId,
        category: null,
        severity: null,
        deadlines: null,
      },
    }),
    createEvent('complaint.classified', {
      ...base,
      occurredAt: plus(o.at, 1),
      data: {
        complaintId: o.complaintId,
        category: o.category,
        severity: 'medium',
        previous: null,
        classifiedBy: null,
        deadlines,
      },
    }),
  ];
  if (o.resolveAfterHours !== null)
    events.push(
      createEvent('complaint.resolved', {
        ...base,
        occurredAt: plus(o.at, o.resolveAfterHours),
        data: {
          complaintId: o.complaintId,
          resolvedBy: 'handler-1',
          remedy: 'apology',
          goodwill: null,
          resolutionSeconds: Math.round(o.resolveAfterHours * 3600),
          withinDeadline: true,
          customerNotifiedVia: 'phone',
        },
      }),
    );
  return events;
}

export function partsStory(o: {
  tenantId: string;
  orderId: string;
  requestId: string;
  centreId: string;
  at: Date;
  stock: number;
  short: number;
  fulfilAfterHours: number | null;
}): AnyEvent[] {
  const repair = { producer: 'repair', tenantId: o.tenantId, subject: o.orderId };
  const parts = { producer: 'parts-procurement', tenantId: o.tenantId, subject: o.orderId };
  const events: AnyEvent[] = [
    createEvent('repair.parts.requested', {
      ...repair,
      occurredAt: o.at,
      data: {
        repairOrderId: o.orderId,
        requestId: o.requestId,
        centreId: o.centreId,
        locationId: `loc-${o.centreId}`,
        quoteVersion: 1,
        priority: 'normal',
        neededBy: null,
        lines: [{ lineId: 'l1', partId: 'part-pad', quantity: o.stock + o.short }],
      },
    }),
  ];
  const loc = `loc-${o.centreId}`;
  if (o.stock > 0)
    events.push(
      createEvent('parts.reserved', {
        ...parts,
        occurredAt: plus(o.at, 0.01),
        data: {
          repairOrderId: o.orderId,
          requestId: o.requestId,
          reservationId: `res-${o.requestId}`,
          locationId: loc,
          source: 'stock',
          lines: [{ lineId: 'l1', partId: 'part-pad', quantity: o.stock }],
          openBackorderLines: o.short > 0 ? 1 : 0,
        },
      }),
    );
  if (o.short > 0) {
    events.push(
      createEvent('parts.backordered', {
        ...parts,
        occurredAt: plus(o.at, 0.02),
        data: {
          repairOrderId: o.orderId,
          requestId: o.requestId,
          locationId: loc,
          lines: [{ lineId: 'l1', partId: 'part-pad', quantity: o.short, backorderId: `bo-${o.requestId}` }],
          expectedAt: null,
        },
      }),
    );
    if (o.fulfilAfterHours !== null)
      events.push(
        createEvent('parts.reserved', {
          ...parts,
          occurredAt: plus(o.at, o.fulfilAfterHours),
          data: {
            repairOrderId: o.orderId,
            requestId: o.requestId,
            reservationId: `res2-${o.requestId}`,
            locationId: loc,
            source: 'backorder-fulfilment',
            lines: [{ lineId: 'l1', partId: 'part-pad', quantity: o.short }],
            openBackorderLines: 0,
          },
        }),
      );
  }
  return events;
}

export function rescueStory(o: {
  tenantId: string;
  rescueId: string;
  regionId: string;
  centreId: string;
  at: Date;
  responseMinutes: number;
}): AnyEvent[] {
  const base = { producer: 'repair', tenantId: o.tenantId, subject: o.rescueId };
  const arrived = new Date(o.at.getTime() + o.responseMinutes * 60_000);
  return [
    createEvent('rescue.requested', {
      ...base,
      occurredAt: o.at,
      data: {
        rescueId: o.rescueId,
        regionId: o.regionId,
        customerId: null,
        vehicleId: null,
        problem: 'battery',
        channel: 'phone',
        priority: 'normal',
      },
    }),
    createEvent('rescue.dispatched', {
      ...base,
      occurredAt: plus(o.at, 0.1),
      data: {
        rescueId: o.rescueId,
        regionId: o.regionId,
        centreId: o.centreId,
        centreType: 'regional-centre',
        technicianId: null,
        distanceKm: 12,
        etaAt: arrived.toISOString(),
      },
    }),
    createEvent('rescue.completed', {
      ...base,
      occurredAt: plus(arrived, 0.5),
      data: {
        rescueId: o.rescueId,
        regionId: o.regionId,
        centreId: o.centreId,
        resolution: 'fixed-on-site',
        repairOrderId: null,
        arrivedAt: arrived.toISOString(),
        responseSeconds: o.responseMinutes * 60,
      },
    }),
  ];
}

export function emergencyStory(o: {
  tenantId: string;
  emergencyId: string;
  regionId: string;
  at: Date;
  hours: number;
}): AnyEvent[] {
  const base = { producer: 'repair', tenantId: o.tenantId, subject: o.regionId };
  return [
    createEvent('emergency.mode.entered', {
      ...base,
      occurredAt: o.at,
      data: {
        emergencyId: o.emergencyId,
        regionId: o.regionId,
        trigger: 'declared',
        cause: 'weather',
        declaredBy: 'admin',
        backlogHours: null,
        capacityHours: null,
        extendedHours: true,
        overflowCentreIds: [],
      },
    }),
    createEvent('emergency.mode.left', {
      ...base,
      occurredAt: plus(o.at, o.hours),
      data: {
        emergencyId: o.emergencyId,
        regionId: o.regionId,
        enteredAt: o.at.toISOString(),
        durationSeconds: o.hours * 3600,
        endedBy: 'admin',
      },
    }),
  ];
}

export function receiptEvent(o: {
  tenantId: string;
  receiptId: string;
  supplierId: string;
  locationId: string;
  at: Date;
  onTime: boolean;
  received: number;
  accepted: number;
}): AnyEvent {
  return createEvent('procurement.po.received', {
    producer: 'parts-procurement',
    tenantId: o.tenantId,
    subject: `po-${o.receiptId}`,
    occurredAt: o.at,
    data: {
      purchaseOrderId: `po-${o.receiptId}`,
      receiptId: o.receiptId,
      supplierId: o.supplierId,
      locationId: o.locationId,
      lines: [
        {
          lineId: 'l1',
          partId: 'part-pad',
          receivedQuantity: o.received,
          acceptedQuantity: o.accepted,
          rejectedQuantity: o.received - o.accepted,
          rejectionReason: o.received > o.accepted ? 'damaged' : null,
          lotNumber: 'LOT-1',
        },
      ],
      expectedDeliveryAt: o.at.toISOString(),
      onTime: o.onTime,
      complete: true,
      inspectedBy: 'clerk-1',
    },
  });
}
