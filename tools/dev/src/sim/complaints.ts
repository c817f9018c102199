// The complaint handler: during office hours picks up new complaints (filed by customers, or opened
// by the complaint service itself after a low survey or a failed QC), classifies, acknowledges —
// not always within the time limit, so some escalate — resolves, records the customer's verdict
// and closes. Escalations themselves are the complaint service's sweep, on the demo clock.
import { type Body } from './api';
import { type ComplaintCall } from './scenario';
import { addWorkingMinutes } from './working-time';
import { runKey, stablePick, type World } from './world';

const CATEGORY_BY_HINT: [RegExp, string][] = [
  [/late|waiting|day later/i, 'waiting-time'],
  [/invoice|quote|price/i, 'billing'],
  [/noise|back|repair/i, 'repair-quality'],
  [/unfriendly|advisor/i, 'service-attitude'],
  [/grease|seat/i, 'repair-quality'],
];

async function handle(w: World, c: Body): Promise<void> {
  const id = c.id as string;
  const slow = stablePick([false, false, false, true], id);
  const pause = async (minutes: number) => {
    await w.clock.until(addWorkingMinutes(w.clock.now(), minutes));
    return !w.over();
  };
  if (!c.category) {
    if (!(await pause(stablePick([10, 20, 45], id)))) return;
    const category = CATEGORY_BY_HINT.find(([re]) => re.test(c.description ?? ''))?.[1] ?? 'other';
    const severity = stablePick(['low', 'medium', 'medium', 'high', 'high', 'critical'], id);
    if (
      !(await w.api.post('complaint-handler', `/v1/complaints/${id}/classification`, { category, severity }))
    )
      return;
  }
  // One in four waits too long for the acknowledgement: the escalation chain moves it up.
  // (An earlier run may have left it acknowledged already.)
  if (!c.acknowledgedAt) {
    if (!(await pause(slow ? 300 : stablePick([15, 30, 60], id)))) return;
    if (!(await w.api.post('complaint-handler', `/v1/complaints/${id}/acknowledgement`, {}))) return;
  }
  if (!(await pause(stablePick([240, 540, 900, 1_400], id)))) return;
  const remedy = stablePick(['apology', 'goodwill', 'repair-redone', 'explanation'], id);
  const resolved = await w.api.post('complaint-handler', `/v1/complaints/${id}/resolution`, {
    remedy,
    summary: 'Called the customer, explained what happened and agreed the remedy',
    goodwill: remedy === 'goodwill' ? { amountMinor: 5_000, currency: 'EUR' } : null,
    notifiedVia: 'phone',
  });
  if (!resolved) return;
  if (!(await pause(stablePick([60, 180, 300], id)))) return;
  const verdict = stablePick(['accepted', 'accepted', 'accepted', 'accepted', 'rejected'], id);
  if (!(await w.api.post('complaint-handler', `/v1/complaints/${id}/verdict`, { verdict }))) return;
  if (verdict === 'accepted' && (await w.api.post('complaint-handler', `/v1/complaints/${id}/closure`, {})))
    w.counts.complaintsHandled++;
}

export async function complaintHandler(w: World): Promise<void> {
  const seen = new Set<string>();
  const work: Promise<void>[] = [];
  while (!w.over()) {
    await w.clock.until(addWorkingMinutes(w.clock.now(), 30));
    if (w.over()) break;
    const open = (await w.api.all('complaint-handler', '/v1/complaints?status=open')) ?? [];
    for (const c of open) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      work.push(handle(w, c));
    }
  }
  await Promise.all(work);
}

/** A customer's call or mail about an earlier visit, taken by the complaint handler. */
export async function runComplaintCall(w: World, call: ComplaintCall): Promise<void> {
  await w.clock.until(call.at);
  if (w.over()) return;
  const vehicle = w.group.plan.vehicles[call.vehicleIndex]!;
  const res = await w.api.post(
    'complaint-handler',
    '/v1/complaints',
    {
      channel: call.channel,
      customerId: w.group.customerIds.get(vehicle.customerKey) ?? null,
      vehicleId: w.group.vehicleIds[call.vehicleIndex] ?? null,
      centreId: w.group.centreIds[call.centreIndex] ?? null,
      description: call.description,
    },
    { idempotencyKey: runKey(w, call.id) },
  );
  if (res) w.counts.complaintsFiled++;
}

/** Complaints that were escalated at least once (read at the end of the run). */
export async function countEscalations(w: World): Promise<number> {
  const all = (await w.api.all('complaint-handler', '/v1/complaints')) ?? [];
  return all.filter((c: Body) => (c.escalation?.level ?? 0) > 0).length;
}
