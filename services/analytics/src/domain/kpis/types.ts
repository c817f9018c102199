// The projected facts the KPI formulas read (what the read models hold per aggregate), as plain
// values so the formulas are pure and tested without a database.

export interface StageDurationFact {
  stage: string;
  seconds: number;
  standardSeconds: number | null;
}

export interface OrderFacts {
  repairOrderId: string;
  centreId: string | null;
  regionId: string | null;
  openedAt: Date | null;
  diagnosedAt: Date | null;
  completedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  /** From repair.order.completed; null until the order completed. */
  reworkCount: number | null;
  comeback: boolean | null;
  stageDurations: StageDurationFact[];
  /** Stages whose standard was breached (repair.sla.breached and the completed event, merged). */
  slaBreachedStages: string[];
}

export interface SurveyFacts {
  surveyId: string;
  repairOrderId: string;
  centreId: string;
  product: number;
  service: number;
  purchase: number;
  nps: number;
  answeredAt: Date;
}

export interface ComplaintFacts {
  complaintId: string;
  centreId: string | null;
  repairOrderId: string | null;
  category: string | null;
  registeredAt: Date | null;
  resolvedAt: Date | null;
  resolutionSeconds: number | null;
  closedAt: Date | null;
}

export interface PartsRequestFacts {
  requestId: string;
  repairOrderId: string;
  locationId: string | null;
  requestedAt: Date | null;
  /** Quantity reserved straight from stock when the request came in. */
  reservedFromStock: number;
  backordered: number;
  backorderedAt: Date | null;
  /** When the last backorder of the request was fulfilled (no open backorder lines left). */
  backorderFulfilledAt: Date | null;
}

export interface ReceiptFacts {
  receiptId: string;
  supplierId: string;
  locationId: string;
  onTime: boolean;
  receivedQuantity: number;
  acceptedQuantity: number;
  receivedAt: Date;
}

export interface RescueFacts {
  rescueId: string;
  regionId: string | null;
  centreId: string | null;
  requestedAt: Date | null;
  arrivedAt: Date | null;
  completedAt: Date | null;
  responseSeconds: number | null;
}

export interface EmergencyFacts {
  emergencyId: string;
  regionId: string;
  enteredAt: Date | null;
  leftAt: Date | null;
}

export interface Period {
  /** Inclusive start instant. */
  from: Date;
  /** Exclusive end instant. */
  to: Date;
}

export const within = (d: Date | null | undefined, p: Period): d is Date =>
  !!d && d.getTime() >= p.from.getTime() && d.getTime() < p.to.getTime();
