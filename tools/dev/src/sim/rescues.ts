// The rescue dispatcher (a service advisor) and the storm: roadside calls are taken, a nearby
// centre's technician is dispatched, arrives, fixes the car on the spot or tows it in (the towed
// car then gets a repair order like any other). The storm puts its region into emergency mode
// (extended hours, partner workshops take the overflow) and floods the line with urgent calls.
import { runOrder } from './repair-order';
import { type RescueCall } from './scenario';
import { runKey, type World } from './world';

const MINUTE = 60_000;

export async function runRescue(w: World, call: RescueCall): Promise<void> {
  const { plan } = w.group;
  await w.clock.until(call.at);
  if (w.over()) return;
  const vehicle = plan.vehicles[call.vehicleIndex]!;
  const customerId = w.group.customerIds.get(vehicle.customerKey) ?? null;
  const vehicleId = w.group.vehicleIds[call.vehicleIndex] ?? null;
  const created = await w.api.post(
    'service-advisor',
    '/v1/rescues',
    {
      regionId: plan.regions[call.regionIndex]!.id,
      customerId,
      vehicleId,
      problem: call.problem,
      channel: 'phone',
      priority: call.priority,
      location: call.location,
      description: call.storm ? 'Storm damage: fallen branches on the road' : null,
    },
    { idempotencyKey: runKey(w, call.id) },
  );
  if (!created) return;
  w.counts.rescues++;
  const rescue = { id: created.body.id as string, version: created.body.version as number };
  const next = async (
    minutes: number,
    path: string,
    body: object,
    role: 'service-advisor' | 'technician',
  ) => {
    await w.clock.until(new Date(w.clock.now().getTime() + minutes * MINUTE));
    if (w.over()) return undefined;
    const res = await w.api.post(role, `/v1/rescues/${rescue.id}/${path}`, body, { ifMatch: rescue.version });
    if (res) rescue.version = res.body.version;
    return res;
  };
  if (!(await next(call.dispatchMinutes, 'dispatch', {}, 'service-advisor'))) return;
  if (!(await next(call.travelMinutes, 'arrival', {}, 'technician'))) return;
  if (!call.towIn || !call.job || !customerId || !vehicleId) {
    await next(35, 'resolution', { resolution: 'fixed-on-site' }, 'technician');
    return;
  }
  const towed = await next(
    60,
    'tow-in',
    {
      customerId,
      vehicleId,
      serviceType: 'repair',
      mileageKm: vehicle.mileageKm + 150,
      fuelLevelPercent: 40,
      symptoms: `Towed in after roadside call (${call.problem})`,
      symptomSystems: call.job.systems,
    },
    'service-advisor',
  );
  const orderId = towed?.body.repairOrderId as string | undefined;
  if (!orderId) return;
  w.counts.towIns++;
  const order = await w.api.get('service-advisor', `/v1/repair-orders/${orderId}`);
  if (!order) return;
  w.counts.ordersReceived++;
  await runOrder(
    w,
    { ...call.job, centreIndex: Math.max(0, w.group.centreIds.indexOf(order.body.centreId)) },
    { id: orderId, version: order.body.version },
    { customerId, vehicleId, centreId: order.body.centreId },
  );
}

/** Declares the storm's emergency at its start and ends it when it is over. */
export async function runStorm(w: World): Promise<void> {
  const storm = w.workload.storm;
  if (!storm) return;
  const { plan } = w.group;
  const region = plan.regions[storm.regionIndex]!;
  await w.clock.until(storm.start);
  if (w.over()) return;
  const partners = plan.centres
    .map((c, i) => [c, w.group.centreIds[i]] as const)
    .filter(([c, id]) => c.regionId === region.id && c.type === 'partner-workshop' && id)
    .map(([, id]) => id!);
  const declared = await w.api.post(
    'admin',
    '/v1/emergencies',
    {
      regionId: region.id,
      cause: 'weather',
      extraHours: 3,
      overflowCentreIds: partners,
      note: `Storm over ${region.name}: fallen trees, many breakdowns and accidents`,
    },
    { idempotencyKey: runKey(w, 'storm'), expect: [409] },
  );
  if (!declared || declared.status === 409) return;
  w.counts.emergencies++;
  // Ended at the latest when the period is over, so the demo does not stay in emergency mode.
  await w.clock.until(new Date(Math.min(storm.end.getTime(), w.workload.end.getTime())));
  await w.api.post(
    'admin',
    `/v1/emergencies/${declared.body.id}/end`,
    {},
    { ifMatch: declared.body.version },
  );
}
