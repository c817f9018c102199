// The typed client of the gateway's public API (same origin). Calls go with the session cookie the
// browser holds (never a token the page could leak); writes add the session's CSRF token, which a
// page on another site cannot read. A 401 means the session ended: the shell shows the sign-in
// page. problem+json answers become ApiError with the problem's title and detail.
import {
  type ActionHistoryEntry,
  type Audit,
  type AuditTemplate,
  type Backorder,
  type Booking,
  type Complaint,
  type CourseEffectiveness,
  type ImprovementAction,
  type Inquiry,
  type KpiReport,
  type Logout,
  type Page,
  type Part,
  type PartnerQualification,
  type PurchaseOrder,
  type QueuedComplaint,
  type RepairOrder,
  type SafetyInspection,
  type Scorecard,
  type ServiceCentre,
  type ServiceDemandForecast,
  type SlaStandard,
  type StockBalance,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }
}

/** Reads a failed response's problem+json (or whatever it is) into an ApiError. */
export async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const problem = JSON.parse(text) as { title?: string; detail?: string };
    return new ApiError(res.status, problem.title ?? `HTTP ${res.status}`, problem.detail);
  } catch {
    return new ApiError(res.status, `HTTP ${res.status}`, text.slice(0, 200) || undefined);
  }
}

/** `?a=1&b=x` from the defined entries only. */
export function queryOf(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export type OrderCommandPath =
  | `quotes/${number}/approval`
  | `quotes/${number}/decline`
  | 'assignment'
  | 'progress'
  | 'qc'
  | 'delivery'
  | 'closure';

/** The CAPA steps of an improvement action (POST sub-resources of the complaint service). */
export type ActionStepPath = 'analysis' | 'implementation' | 'verification' | 'closure';

/** Methods that change nothing: the gateway wants no CSRF token on them. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

export class ApiClient {
  constructor(
    /** The session's CSRF token (GET /auth/session), sent as `x-csrf-token` on every write. */
    private readonly csrfToken: string,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (!SAFE_METHODS.has(method)) headers['x-csrf-token'] = this.csrfToken;
    const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
    if (res.status === 401) this.onUnauthorized();
    if (!res.ok) throw await errorOf(res);
    return res;
  }

  async get<T>(path: string): Promise<T> {
    return (await (await this.request(path)).json()) as T;
  }

  async post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    const res = await this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await res.json()) as T;
  }

  /** Ends the session here; the answer is where to end it at the identity provider too. */
  async logout(): Promise<Logout> {
    return (await (await this.request('/auth/logout', { method: 'POST' })).json()) as Logout;
  }

  /** The platform time (the gateway's clock; the demo's simulated time under `npm run dev`). */
  clock() {
    return this.get<{ now: string }>('/v1/clock');
  }

  // Repair: orders, SLA standards, centres, bookings
  orders(q: { centreId?: string; status?: string; limit?: number } = {}) {
    return this.get<Page<RepairOrder>>(`/v1/repair-orders${queryOf({ limit: 200, ...q })}`);
  }
  /** The open orders of the given statuses (one request per status: pages are oldest first). */
  async ordersIn(statuses: readonly string[], centreId?: string): Promise<RepairOrder[]> {
    const pages = await Promise.all(statuses.map((status) => this.orders({ status, centreId })));
    return pages.flatMap((p) => p.items);
  }
  order(id: string) {
    return this.get<RepairOrder>(`/v1/repair-orders/${encodeURIComponent(id)}`);
  }
  /** A workflow command; If-Match carries the version the user was looking at. */
  orderCommand(order: Pick<RepairOrder, 'id' | 'version'>, path: OrderCommandPath, body: unknown) {
    return this.post<RepairOrder>(`/v1/repair-orders/${encodeURIComponent(order.id)}/${path}`, body, {
      'if-match': `"${order.version}"`,
    });
  }
  slaStandards() {
    return this.get<{ items: SlaStandard[] }>('/v1/sla-standards');
  }
  centres(q: { type?: string } = {}) {
    return this.get<Page<ServiceCentre>>(`/v1/service-centres${queryOf({ limit: 200, ...q })}`);
  }
  centre(id: string) {
    return this.get<ServiceCentre>(`/v1/service-centres/${encodeURIComponent(id)}`);
  }
  /** Bookings whose slot starts in [slotFrom, slotTo) (ISO instants). */
  bookings(q: { centreId?: string; status?: string; slotFrom?: string; slotTo?: string }) {
    return this.get<Page<Booking>>(`/v1/bookings${queryOf({ limit: 200, ...q })}`);
  }

  // Parts and procurement
  stock(q: { locationId?: string } = {}) {
    return this.get<Page<StockBalance>>(`/v1/stock${queryOf({ limit: 200, ...q })}`);
  }
  parts() {
    return this.get<Page<Part>>('/v1/parts?limit=200');
  }
  backorders(q: { status?: string } = {}) {
    return this.get<Page<Backorder>>(`/v1/backorders${queryOf({ limit: 200, ...q })}`);
  }
  purchaseOrders(q: { status?: string } = {}) {
    return this.get<Page<PurchaseOrder>>(`/v1/purchase-orders${queryOf({ limit: 200, ...q })}`);
  }

  // Complaints
  queue(team: string) {
    return this.get<{ team: string; items: QueuedComplaint[] }>(
      `/v1/queues/${encodeURIComponent(team)}?limit=200`,
    );
  }
  complaints(q: { status?: string } = {}) {
    return this.get<Page<Complaint>>(`/v1/complaints${queryOf({ limit: 200, ...q })}`);
  }

  /** Inquiries (online consultation); the list is newest first, the console sorts by time left. */
  inquiries(q: { status?: string } = {}) {
    return this.get<Page<Inquiry>>(`/v1/inquiries${queryOf({ limit: 200, ...q })}`);
  }

  // Quality: improvement actions (CAPA), audits, safety, partners, training effectiveness
  improvementActions(q: { status?: string } = {}) {
    return this.get<Page<ImprovementAction>>(`/v1/improvement-actions${queryOf({ limit: 200, ...q })}`);
  }
  improvementAction(id: string) {
    return this.get<ImprovementAction>(`/v1/improvement-actions/${encodeURIComponent(id)}`);
  }
  actionHistory(id: string) {
    return this.get<{ items: ActionHistoryEntry[] }>(
      `/v1/improvement-actions/${encodeURIComponent(id)}/history`,
    );
  }
  /** A CAPA step; If-Match carries the version the user was looking at. */
  actionStep(action: Pick<ImprovementAction, 'id' | 'version'>, step: ActionStepPath, body: unknown) {
    return this.post<ImprovementAction>(
      `/v1/improvement-actions/${encodeURIComponent(action.id)}/${step}`,
      body,
      { 'if-match': `"${action.version}"` },
    );
  }
  audits(q: { status?: string } = {}) {
    return this.get<Page<Audit>>(`/v1/audits${queryOf({ limit: 200, ...q })}`);
  }
  auditTemplates() {
    return this.get<{ items: AuditTemplate[] }>('/v1/audit-templates');
  }
  safetyInspections(q: { status?: 'OPEN' | 'CLOSED' } = {}) {
    return this.get<Page<SafetyInspection>>(`/v1/safety-inspections${queryOf({ limit: 200, ...q })}`);
  }
  partnerQualification(centreId: string) {
    return this.get<PartnerQualification>(`/v1/partner-qualifications/${encodeURIComponent(centreId)}`);
  }
  trainingEffectiveness(q: { windowDays?: number } = {}) {
    return this.get<{ windowDays: number; items: CourseEffectiveness[] }>(
      `/v1/training-effectiveness${queryOf(q)}`,
    );
  }

  // Analytics
  kpis(q: { scope?: string; id?: string; from?: string; to?: string; granularity?: string }) {
    return this.get<KpiReport>(`/v1/kpis${queryOf(q)}`);
  }
  scorecards(quarter: string) {
    return this.get<{ quarter: string; items: Scorecard[] }>(`/v1/scorecards${queryOf({ quarter })}`);
  }
  serviceDemand(q: { horizon?: number } = {}) {
    return this.get<{ items: ServiceDemandForecast[] }>(`/v1/forecasts/service-demand${queryOf(q)}`);
  }
  /** The same resource as CSV (analytics answers `Accept: text/csv`). */
  async csv(path: string): Promise<Blob> {
    return (await this.request(path, { headers: { accept: 'text/csv' } })).blob();
  }
}
