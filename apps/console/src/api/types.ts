// The response shapes the console reads from the gateway's /v1 API (only the fields it shows).
// Money is integer minor units with a currency; times are ISO-8601 UTC strings.

export type Role =
  | 'admin'
  | 'service-advisor'
  | 'technician'
  | 'parts-clerk'
  | 'procurement-officer'
  | 'complaint-handler'
  | 'quality-manager'
  | 'analyst';

export interface SessionUser {
  username: string;
  displayName: string;
  tenantId: string;
  roles: Role[];
  centreIds: string[] | '*';
  dealerIds: string[] | '*';
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type OrderStatus =
  | 'RECEIVED'
  | 'DIAGNOSED'
  | 'QUOTED'
  | 'APPROVED'
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'WAITING_PARTS'
  | 'QC'
  | 'READY'
  | 'DELIVERED'
  | 'CLOSED'
  | 'CANCELLED';

export type OrderCommand =
  | 'diagnose'
  | 'quote'
  | 'approve'
  | 'decline'
  | 'assign'
  | 'note-progress'
  | 'complete-work'
  | 'pass-qc'
  | 'fail-qc'
  | 'deliver'
  | 'close'
  | 'cancel'
  | 'parts-backordered'
  | 'parts-available';

export interface Quote {
  version: number;
  status: string;
  currency: string;
  lines: { kind: string; description?: string; operationCode?: string; partId?: string; quantity: number }[];
  totals: { netMinor: number; discountMinor: number; taxMinor: number; grossMinor: number };
  validUntil: string | null;
}

export interface RepairOrder {
  id: string;
  orderNumber: string;
  status: OrderStatus;
  version: number;
  allowedCommands: OrderCommand[];
  centreId: string;
  customerId: string;
  vehicleId: string;
  serviceType: string;
  reception: { mileageKm: number; symptoms: string; receivedAt: string | null };
  currentQuoteVersion: number | null;
  technicianIds: string[];
  parts: { status: string | null };
  statusChangedAt: string;
  createdAt: string;
  quotes?: Quote[];
}

export interface SlaStandard {
  stage: OrderStatus;
  standardSeconds: number;
}

export interface ServiceCentre {
  id: string;
  name: string;
  type?: string;
  regionId: string;
  bays: number;
  technicians: { id: string; name: string; skills?: string[] }[];
  stockLocationId: string | null;
}

export interface Booking {
  id: string;
  centreId: string;
  serviceType: string;
  slotStart: string;
  slotEnd: string;
  bay: number | null;
  status: string;
  channel: string;
}

/** Decimal quantities arrive as numbers or numeric strings. */
export type Quantity = number | string;

export interface StockBalance {
  partId: string;
  locationId: string;
  onHand: Quantity;
  reserved: Quantity;
  available: number;
  reorderPoint: Quantity;
}

export interface Part {
  id: string;
  partNumber: string;
  description: string;
}

export interface Backorder {
  id: string;
  repairOrderId: string;
  partId: string;
  locationId: string;
  quantity: Quantity;
  fulfilled: Quantity;
  status: string;
  createdAt: string;
}

export interface PurchaseOrder {
  id: string;
  poNumber: string;
  supplierId: string;
  locationId: string;
  status: string;
  totalMinor: number;
  currency: string;
  expectedDeliveryAt: string | null;
  createdAt: string;
}

export interface Complaint {
  id: string;
  referenceNumber: string;
  status: string;
  channel: string;
  category: string | null;
  severity: string | null;
  teamId: string;
  centreId: string | null;
  repairOrderId: string | null;
  dueAt: string | null;
  escalation: { level: number; toTeamId: string | null };
  createdAt: string;
}

export interface QueuedComplaint extends Complaint {
  nextDeadline: { kind: string; dueAt: string; timeLeftSeconds: number } | null;
}

export interface StageDuration {
  stage: string;
  samples: number;
  meanSeconds: number;
  meanStandardSeconds: number | null;
  withinStandardRate: number | null;
}

export interface KpiValues {
  [name: string]: number | null;
}

export interface KpiReport {
  scope: string;
  id: string;
  from: string;
  to: string;
  counts: Record<string, number>;
  kpis: KpiValues;
  stageDurations: StageDuration[];
  granularity?: string;
  series?: { from: string; to: string; counts: Record<string, number>; kpis: KpiValues }[];
}

export interface Scorecard {
  centreId: string;
  regionId: string;
  score: number | null;
  rankInRegion: number | null;
  centresInRegion: number;
  previousScore: number | null;
  change: number | null;
  worstIndicators: string[];
}

export interface ServiceDemandForecast {
  centreId: string;
  regionId: string;
  history: { periodStart: string; value: number }[];
  forecast: {
    method: string;
    mape: number | null;
    points: { periodStart: string; value: number; lower: number; upper: number }[];
  };
}

/** A live notice from GET /v1/live: what changed, never its content. */
export interface LiveNotice {
  id: string;
  type: string;
  subject: string;
  occurredAt: string;
  data: Record<string, string | number>;
}

// Quality management (complaint service: inquiries, audits, improvement actions; repair: safety
// inspections, partner qualification; analytics: training effectiveness).

export interface Inquiry {
  id: string;
  status: 'open' | 'answered' | 'converted';
  channel: string;
  centreId: string | null;
  question: string;
  teamId: string;
  receivedAt: string;
  answerBy: string;
  escalation: { level: number; toTeamId: string | null; escalatedAt: string | null };
  version: number;
}

export type ActionStatus = 'open' | 'planned' | 'implemented' | 'verified' | 'closed';

export interface ImprovementAction {
  id: string;
  status: ActionStatus;
  centreId: string;
  source: string;
  sourceRef: string;
  title: string;
  ownerId: string;
  dueAt: string;
  indicator: { name: string | null; before: number | null; after: number | null };
  rootCause: string | null;
  plan: string | null;
  implementedAt: string | null;
  verifyFrom: string | null;
  verification: { effective: boolean | null; verifiedAt: string | null; verifiedBy: string | null } | null;
  closedAt: string | null;
  escalation: { level: number; toTeamId: string | null; escalatedAt: string | null };
  version: number;
}

export interface ActionHistoryEntry {
  kind: string;
  data: unknown;
  actorId: string | null;
  at: string;
}

export interface Audit {
  id: string;
  status: 'scheduled' | 'completed';
  centreId: string;
  templateId: string;
  adHoc: boolean;
  scheduledFor: string;
  score: number | null;
  maxScore: number | null;
  scorePercent: number | null;
  findingCount: number;
  completedAt: string | null;
  version: number;
}

export interface AuditTemplate {
  id: string;
  name: string;
  kind: string;
}

export interface Hazard {
  id: string;
  description: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  rectifyBy: string;
  status: 'OPEN' | 'RECTIFIED' | 'VERIFIED';
}

export interface SafetyInspection {
  id: string;
  centreId: string;
  inspectedAt: string;
  score: number;
  status: 'OPEN' | 'CLOSED';
  nextRectifyBy: string | null;
  hazards: Hazard[];
  version: number;
}

export interface PartnerQualification {
  centreId: string;
  auditScore: number | null;
  auditedAt: string | null;
  qualified: boolean;
  reason: string;
  validUntil: string | null;
  expiredDocumentIds: string[];
}

export interface OutcomeRates {
  orders: number;
  comebackRate: number | null;
  firstTimeFixRate: number | null;
}

export interface CourseEffectiveness {
  courseId: string;
  courseCode: string;
  technicians: number;
  before: OutcomeRates;
  after: OutcomeRates;
  change: { comebackRate: number | null; firstTimeFixRate: number | null };
}
