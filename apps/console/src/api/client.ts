// The typed client of the gateway's public API (same origin). Calls go with the session cookie the
// browser holds (never a token the page could leak); writes add the session's CSRF token, which a
// page on another site cannot read. A 401 means the session ended: the shell shows the sign-in
// page. problem+json answers become ApiError with the problem's title and detail.
import {
  type ActionHistoryEntry,
  type Audit,
  type AuditTemplate,
  type Attachment,
  type Availability,
  type Backorder,
  type BusinessCalendar,
  type Certification,
  type CertificationRequirement,
  type Course,
  type IdentityMappingDryRunResult,
  type Invoice,
  type Booking,
  type Complaint,
  type Customer,
  type Vehicle,
  type CourseEffectiveness,
  type Emergency,
  type ImprovementAction,
  type Inquiry,
  type KpiReport,
  type Labour,
  type TechnicianQueue,
  type Logout,
  type Page,
  type Part,
  type PartnerQualification,
  type PurchaseOrder,
  type PurchaseOrderDetail,
  type QueuedComplaint,
  type Rescue,
  type Receipt,
  type RepairOrder,
  type RoutingRule,
  type SafetyInspection,
  type Scorecard,
  type ServiceCentre,
  type ServiceDemandForecast,
  type SlaStandard,
  type StockBalance,
  type StockLocation,
  type Stocktake,
  type StockTransfer,
  type Supplier,
  type SupplierRating,
  type TimeLimits,
  type TransferCommand,
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
  | 'diagnosis'
  | 'quotes'
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

  /** A write with a JSON body (PUT, PATCH, DELETE); `headers` carry If-Match where the API wants it. */
  async send<T>(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await this.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  /** A resource with the version its ETag names (for If-Match on the next write). */
  async versioned<T>(path: string): Promise<{ data: T; etag: string | null }> {
    const res = await this.request(path);
    return { data: (await res.json()) as T, etag: res.headers.get('etag') };
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

  // Reception: receive a car, its photos and signature, printed documents, booking at free slots
  /** Opens a repair order; the Idempotency-Key makes a retried submit one order. */
  receiveOrder(body: unknown, idempotencyKey: string) {
    return this.post<RepairOrder>('/v1/repair-orders', body, { 'idempotency-key': idempotencyKey });
  }
  /** Uploads a JPEG, PNG or WebP image as the body, with its own Content-Type. */
  async uploadAttachment(orderId: string, kind: 'photo' | 'signature', image: Blob, idempotencyKey: string) {
    const res = await this.request(
      `/v1/repair-orders/${encodeURIComponent(orderId)}/attachments${queryOf({ kind })}`,
      {
        method: 'POST',
        headers: { 'content-type': image.type, 'idempotency-key': idempotencyKey },
        body: image,
      },
    );
    return (await res.json()) as Attachment;
  }
  attachments(orderId: string) {
    return this.get<{ items: Attachment[] }>(`/v1/repair-orders/${encodeURIComponent(orderId)}/attachments`);
  }
  /** An attachment's bytes, or a printed document (`job-card.pdf`, `delivery-summary.pdf`). */
  async orderFile(orderId: string, file: string, q: { locale?: string } = {}): Promise<Blob> {
    return (
      await this.request(`/v1/repair-orders/${encodeURIComponent(orderId)}/${file}${queryOf(q)}`)
    ).blob();
  }
  availability(centreId: string, q: { date: string; durationMinutes?: number; stepMinutes?: number }) {
    return this.get<Availability>(
      `/v1/service-centres/${encodeURIComponent(centreId)}/availability${queryOf(q)}`,
    );
  }
  createBooking(body: unknown, idempotencyKey: string) {
    return this.post<Booking>('/v1/bookings', body, { 'idempotency-key': idempotencyKey });
  }
  cancelBooking(b: Pick<Booking, 'id' | 'version'>, reason: 'rescheduled' | 'customer-request' | 'other') {
    return this.post<Booking>(
      `/v1/bookings/${encodeURIComponent(b.id)}/cancellation`,
      { cancelledBy: 'staff', reason },
      { 'if-match': `"${b.version}"` },
    );
  }

  // Workshop: the technician's queue and clock, an order's labour time
  technicianQueue() {
    return this.get<TechnicianQueue>('/v1/technicians/me/queue');
  }
  /** Clocks the signed-in technician on or off an order (their own clock: no If-Match). */
  clockLabour(orderId: string, action: 'clock-on' | 'clock-off') {
    return this.post<Labour>(`/v1/repair-orders/${encodeURIComponent(orderId)}/${action}`, {});
  }
  labour(orderId: string) {
    return this.get<Labour>(`/v1/repair-orders/${encodeURIComponent(orderId)}/labour`);
  }

  // Rescue desk and emergency mode
  rescues(q: { status?: string } = {}) {
    return this.get<Page<Rescue>>(`/v1/rescues${queryOf({ limit: 200, ...q })}`);
  }
  /** A rescue command; If-Match carries the version the user was looking at. */
  rescueCommand(
    rescue: Pick<Rescue, 'id' | 'version'>,
    path: 'dispatch' | 'arrival' | 'resolution' | 'tow-in',
    body: unknown,
  ) {
    return this.post<Rescue>(`/v1/rescues/${encodeURIComponent(rescue.id)}/${path}`, body, {
      'if-match': `"${rescue.version}"`,
    });
  }
  emergencies(q: { active?: boolean; regionId?: string } = {}) {
    return this.get<Page<Emergency>>(
      `/v1/emergencies${queryOf({ limit: 200, ...q, active: q.active?.toString() })}`,
    );
  }
  /** Declares emergency mode (admin); the Idempotency-Key makes a retried click one declaration. */
  declareEmergency(body: unknown, idempotencyKey: string) {
    return this.post<Emergency>('/v1/emergencies', body, { 'idempotency-key': idempotencyKey });
  }
  endEmergency(e: Pick<Emergency, 'id' | 'version'>) {
    return this.post<Emergency>(
      `/v1/emergencies/${encodeURIComponent(e.id)}/end`,
      {},
      {
        'if-match': `"${e.version}"`,
      },
    );
  }

  // Customer: vehicles and customers, read in batches by ids (up to 100 each) or searched
  vehicles(q: { ids?: readonly string[]; plate?: string; vin?: string; ownerCustomerId?: string }) {
    const { ids, ...rest } = q;
    return this.get<Page<Vehicle>>(`/v1/vehicles${queryOf({ limit: 100, ...rest, ids: ids?.join(',') })}`);
  }
  customers(q: { ids?: readonly string[]; name?: string; phone?: string }) {
    const { ids, ...rest } = q;
    return this.get<Page<Customer>>(`/v1/customers${queryOf({ limit: 100, ...rest, ids: ids?.join(',') })}`);
  }
  /** The orders of one vehicle (any status). */
  ordersOfVehicle(vehicleId: string) {
    return this.get<Page<RepairOrder>>(`/v1/repair-orders${queryOf({ limit: 50, vehicleId })}`);
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
  stockLocations() {
    return this.get<Page<StockLocation>>('/v1/stock-locations?limit=200');
  }
  transfers(q: { status?: string } = {}) {
    return this.get<Page<StockTransfer>>(`/v1/stock-transfers${queryOf({ limit: 200, ...q })}`);
  }
  requestTransfer(body: {
    fromLocationId: string;
    toLocationId: string;
    lines: { partId: string; quantity: number }[];
    note?: string | null;
  }) {
    return this.post<StockTransfer>('/v1/stock-transfers', body, { 'idempotency-key': crypto.randomUUID() });
  }
  /** pick, ship, receive or cancel; If-Match carries the version the user was looking at. */
  transferCommand(t: Pick<StockTransfer, 'id' | 'version'>, command: TransferCommand, body: object = {}) {
    return this.post<StockTransfer>(`/v1/stock-transfers/${encodeURIComponent(t.id)}/${command}`, body, {
      'if-match': `"${t.version}"`,
    });
  }
  stocktakes(q: { status?: string; locationId?: string } = {}) {
    return this.get<Page<Stocktake>>(`/v1/stocktakes${queryOf({ limit: 200, ...q })}`);
  }
  openStocktake(locationId: string) {
    return this.post<Stocktake>('/v1/stocktakes', { locationId }, { 'idempotency-key': crypto.randomUUID() });
  }
  recordCounts(id: string, counts: { partId: string; countedQuantity: number }[]) {
    return this.post<Stocktake>(`/v1/stocktakes/${encodeURIComponent(id)}/counts`, { counts });
  }
  approveStocktake(st: Pick<Stocktake, 'id' | 'version'>) {
    return this.post<Stocktake>(
      `/v1/stocktakes/${encodeURIComponent(st.id)}/approval`,
      {},
      {
        'if-match': `"${st.version}"`,
      },
    );
  }
  suppliers() {
    return this.get<Page<Supplier>>('/v1/suppliers?limit=200');
  }
  supplierRatings(id: string) {
    return this.get<{ items: SupplierRating[] }>(`/v1/suppliers/${encodeURIComponent(id)}/ratings`);
  }
  purchaseOrder(id: string) {
    return this.get<PurchaseOrderDetail>(`/v1/purchase-orders/${encodeURIComponent(id)}`);
  }
  approvePurchaseOrder(po: Pick<PurchaseOrder, 'id' | 'version'>) {
    return this.post<PurchaseOrderDetail>(
      `/v1/purchase-orders/${encodeURIComponent(po.id)}/approval`,
      {},
      {
        'if-match': `"${po.version}"`,
      },
    );
  }
  receiveGoods(
    poId: string,
    lines: {
      poLineId: string;
      receivedQuantity: number;
      acceptedQuantity: number;
      rejectedQuantity?: number;
    }[],
  ) {
    return this.post<Receipt>(
      `/v1/purchase-orders/${encodeURIComponent(poId)}/receipts`,
      { lines },
      { 'idempotency-key': crypto.randomUUID() },
    );
  }
  invoices(q: { purchaseOrderId?: string; status?: string } = {}) {
    return this.get<Page<Invoice>>(`/v1/invoices${queryOf({ limit: 200, ...q })}`);
  }
  /** A supplier's invoice; the service matches it three ways (order, receipt, invoice) or answers 422. */
  registerInvoice(body: {
    purchaseOrderId: string;
    invoiceNumber: string;
    lines: { poLineId: string; quantity: number; unitPriceMinor: number; taxRateBp?: number }[];
    net?: { amountMinor: number; currency: string };
    taxes?: { rateBp: number; taxMinor: number }[];
    total: { amountMinor: number; currency: string };
    dueAt?: string | null;
  }) {
    return this.post<Invoice>('/v1/invoices', body, { 'idempotency-key': crypto.randomUUID() });
  }
  payInvoice(id: string, paymentRef: string) {
    return this.post<Invoice>(`/v1/invoices/${encodeURIComponent(id)}/payment`, { paymentRef });
  }

  // Administration
  updateCentre(
    centre: Pick<ServiceCentre, 'id' | 'version'>,
    patch: Partial<Pick<ServiceCentre, 'name' | 'timeZone' | 'openingHours'>>,
  ) {
    return this.send<ServiceCentre>('PATCH', `/v1/service-centres/${encodeURIComponent(centre.id)}`, patch, {
      'if-match': `"${centre.version}"`,
    });
  }
  putSlaStandard(
    stage: SlaStandard['stage'],
    body: { standardSeconds: number; timeBasis: SlaStandard['timeBasis'] },
    version?: number,
  ) {
    return this.send<SlaStandard>(
      'PUT',
      `/v1/sla-standards/${encodeURIComponent(stage)}`,
      body,
      version === undefined ? {} : { 'if-match': `"${version}"` },
    );
  }
  routingRules() {
    return this.get<{ items: RoutingRule[] }>('/v1/routing-rules');
  }
  addRoutingRule(body: Pick<RoutingRule, 'category' | 'severity' | 'centreId' | 'teamId'>) {
    return this.post<RoutingRule>('/v1/routing-rules', body);
  }
  deleteRoutingRule(id: string) {
    return this.send<void>('DELETE', `/v1/routing-rules/${encodeURIComponent(id)}`, undefined);
  }
  timeLimits() {
    return this.versioned<TimeLimits>('/v1/time-limits');
  }
  putTimeLimits(body: TimeLimits, etag: string | null) {
    return this.send<TimeLimits>('PUT', '/v1/time-limits', body, etag ? { 'if-match': etag } : {});
  }
  businessCalendar() {
    return this.versioned<BusinessCalendar>('/v1/business-calendar');
  }
  putBusinessCalendar(body: BusinessCalendar, etag: string | null) {
    return this.send<BusinessCalendar>(
      'PUT',
      '/v1/business-calendar',
      body,
      etag ? { 'if-match': etag } : {},
    );
  }
  courses() {
    return this.get<Page<Course>>('/v1/courses?limit=200');
  }
  certifications() {
    return this.get<Page<Certification>>('/v1/certifications?limit=200');
  }
  certificationRequirements() {
    return this.get<{ items: CertificationRequirement[] }>('/v1/certification-requirements');
  }
  /** What the gateway's claims mapping grants a set of claims (admins; changes nothing). */
  identityDryRun(claims: Record<string, unknown>) {
    return this.post<IdentityMappingDryRunResult>('/v1/admin/identity-mapping/dry-run', { claims });
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
