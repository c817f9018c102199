// Which service answers which /v1 resource, and which roles may reach it at all. The services
// check the finer rules (tenant, centre, per-action roles) themselves; none trusts the gateway.
import { type Role } from '@aftersales/service-kit';

export type ServiceName =
  'customer' | 'repair' | 'parts-procurement' | 'complaint' | 'analytics' | 'notification';

export interface RouteGroup {
  service: ServiceName;
  /** First path segment after /v1. */
  resources: readonly string[];
  /** Roles allowed through (admin always is). */
  roles: readonly Role[];
}

export const routeGroups: readonly RouteGroup[] = [
  {
    service: 'customer',
    resources: ['customers', 'vehicles', 'follow-ups', 'surveys', 'admin', 'maintenance-plans'],
    roles: ['service-advisor', 'complaint-handler', 'technician', 'analyst'],
  },
  {
    // Customers' requests to be forgotten: admins decide them (the service allows admin only).
    service: 'customer',
    resources: ['erasure-requests'],
    roles: ['admin'],
  },
  {
    service: 'repair',
    resources: [
      'bookings',
      'repair-orders',
      'rescues',
      'rescue-rosters',
      'emergencies',
      'sla-standards',
      // The signed-in technician's queue and clock (/v1/technicians/me/queue).
      'technicians',
    ],
    roles: ['service-advisor', 'technician', 'parts-clerk', 'complaint-handler', 'analyst'],
  },
  {
    // Centres (names, partner workshops) also for quality managers, who see no orders or bookings.
    service: 'repair',
    resources: ['service-centres'],
    roles: [
      'service-advisor',
      'technician',
      'parts-clerk',
      'complaint-handler',
      'analyst',
      'quality-manager',
    ],
  },
  {
    // Repair-side quality management: training, certification, partner qualification, safety.
    service: 'repair',
    resources: [
      'courses',
      'training-sessions',
      'certifications',
      'certification-requirements',
      'training-plans',
      'partner-qualifications',
      'safety-inspections',
      // Comeback warranty (days/km from delivery) per service type.
      'warranty-rules',
    ],
    roles: ['quality-manager', 'service-advisor', 'technician', 'analyst'],
  },
  {
    service: 'parts-procurement',
    resources: [
      'parts',
      'stock',
      // Which centre (and dealer) each location serves: centre scope of stock (admin registers).
      'stock-locations',
      'requisitions',
      'purchase-orders',
      'invoices',
      'suppliers',
      // Goods going back to suppliers with a credit-note or replacement claim.
      'supplier-returns',
      'lots',
      'stocktakes',
      'reorder-points',
      'reservations',
      'backorders',
      'settings',
      // Transfers between locations, what is in transit, and transfer-before-purchase suggestions.
      'stock-transfers',
      'stock-in-transit',
      'transfer-suggestions',
    ],
    roles: ['parts-clerk', 'procurement-officer', 'service-advisor', 'technician', 'analyst'],
  },
  {
    service: 'complaint',
    resources: [
      'complaints',
      'queues',
      'routing-rules',
      'time-limits',
      'business-calendar',
      'complaint-settings',
      'inquiries',
    ],
    roles: ['complaint-handler', 'service-advisor', 'analyst'],
  },
  {
    // The quality loop of the complaint service: audits and improvement actions (CAPA).
    service: 'complaint',
    resources: ['audit-templates', 'audits', 'improvement-actions'],
    roles: ['quality-manager'],
  },
  {
    // Anyone in the tenant may file a supervision report; the service lets only quality
    // managers read and handle them.
    service: 'complaint',
    resources: ['supervision-reports'],
    roles: [
      'service-advisor',
      'technician',
      'parts-clerk',
      'procurement-officer',
      'complaint-handler',
      'quality-manager',
      'analyst',
    ],
  },
  {
    service: 'analytics',
    resources: ['kpis', 'scorecards', 'correlations', 'forecasts'],
    roles: ['analyst', 'service-advisor', 'complaint-handler', 'parts-clerk', 'procurement-officer'],
  },
  {
    // Appraisal inputs and training effectiveness (the service allows analyst and quality-manager).
    service: 'analytics',
    resources: ['appraisals', 'training-effectiveness', 'training-statistics'],
    roles: ['analyst', 'quality-manager'],
  },
  {
    // Delivery status, dead letters and customers' notification preferences.
    service: 'notification',
    resources: ['notifications'],
    roles: ['service-advisor'],
  },
];

// Looked up on every request: one map read instead of scanning the groups' lists.
const groupOfResource = new Map(routeGroups.flatMap((g) => g.resources.map((r) => [r, g] as const)));

/** The route group for a request path like `/v1/repair-orders/123/qc`, if any. */
export function routeFor(path: string): RouteGroup | undefined {
  const match = /^\/v1\/([^/?#]+)/.exec(path);
  if (!match) return undefined;
  return groupOfResource.get(match[1]!);
}

/**
 * Service endpoints the gateway calls itself and never routes (the customer service's sign-in
 * challenges, behind /v1/me/sign-in): left out of the public API document.
 */
export const GATEWAY_INTERNAL_PATHS: readonly string[] = ['/v1/sign-in-challenges'];

export const isGatewayInternal = (path: string): boolean =>
  GATEWAY_INTERNAL_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
