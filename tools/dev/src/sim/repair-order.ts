// One car's visit, played by the service advisor and the technician: booking (or walk-in),
// reception, diagnosis, quote, approval, assignment, waiting for parts, work, QC (with rework when
// it fails), pick-up, survey, the customer's own complaint and closure. Durations come from the
// job; work happens in opening hours only.
import { type Role } from '@aftersales/service-kit';
import { type Body } from './api';
import { type Job } from './scenario';
import { addWorkingMinutes, nextOpen } from './working-time';
import { runKey, stablePick, type World } from './world';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface OrderRef {
  id: string;
  version: number;
}

/** A repair-order command with the current version; one refetch and retry when the version moved on. */
async function command(
  w: World,
  order: OrderRef,
  role: Role,
  path: string,
  body: object,
): Promise<Body | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await w.api.post(role, `/v1/repair-orders/${order.id}/${path}`, body, {
      ifMatch: order.version,
      expect: attempt === 0 ? [409, 412] : [],
    });
    if (!res) return undefined;
    if (res.status !== 412 && res.status !== 409) {
      order.version = res.body.version;
      return res.body;
    }
    // An event (parts reserved, SLA breach) changed the order meanwhile (412), or a consumer's
    // transaction was writing it at that moment (409): take the new version and retry once.
    const fresh = await w.api.get('service-advisor', `/v1/repair-orders/${order.id}`);
    if (!fresh) return undefined;
    order.version = fresh.body.version;
  }
  return undefined;
}

/** Plays the whole visit; returns when the car left (or the simulated period ended). */
export async function runJob(w: World, job: Job): Promise<void> {
  const { plan } = w.group;
  const centreId = w.group.centreIds[job.centreIndex];
  const vehicle = plan.vehicles[job.vehicleIndex]!;
  const vehicleId = w.group.vehicleIds[job.vehicleIndex];
  const customerId = w.group.customerIds.get(vehicle.customerKey);
  if (!centreId || !vehicleId || !customerId) return;

  let bookingId: string | null = null;
  let booked = job.booking;
  if (booked) {
    await w.clock.until(booked.createdAt);
    if (w.over()) return;
    // When the machine lags behind the demo clock the slot may be (nearly) past by now: the
    // customer simply turns up, as a walk-in, instead of a booking the service must refuse.
    const margin = Math.max(20 * MINUTE, 2_000 * w.clock.settings.speed);
    if (w.clock.now().getTime() + margin >= job.arrivalAt.getTime()) booked = null;
  }
  if (booked) {
    // A booking lasts the job's labour (the repair service computes its end) and needs a free bay
    // and free technician hours that day; when the day is full (409) or the labour does not fit
    // before closing (422), the customer simply turns up as a walk-in.
    const answer = await w.api.post(
      'service-advisor',
      '/v1/bookings',
      {
        centreId,
        customerId,
        vehicleId,
        channel: booked.channel,
        serviceType: job.serviceType,
        slotStart: job.arrivalAt.toISOString(),
        estimatedLabourHours: job.labourHours,
        notes: job.symptoms,
      },
      { idempotencyKey: runKey(w, job.id, 'booking'), expect: [409, 422] },
    );
    const booking = answer?.status === 201 ? answer : undefined;
    const noShow = booked.noShow;
    if (answer && !booking) booked = null; // refused: a walk-in
    if (booking) {
      w.counts.bookings++;
      bookingId = booking.body.id;
    }
    if (booking && noShow) {
      await w.clock.until(new Date(job.arrivalAt.getTime() + 45 * MINUTE));
      if (w.over()) return;
      const marked = await w.api.post(
        'service-advisor',
        `/v1/bookings/${bookingId}/no-show`,
        {},
        {
          ifMatch: booking.body.version,
        },
      );
      if (marked) w.counts.noShows++;
      return;
    }
  }
  await w.clock.until(job.arrivalAt);
  if (w.over()) return;
  if (!booked) w.counts.walkIns++;
  const opened = await w.api.post(
    'service-advisor',
    '/v1/repair-orders',
    {
      centreId,
      ...(bookingId ? { bookingId } : {}),
      customerId,
      vehicleId,
      serviceType: job.serviceType,
      mileageKm: vehicle.mileageKm + 150,
      fuelLevelPercent: stablePick([20, 35, 50, 65, 80], job.id),
      symptoms: job.symptoms,
      symptomSystems: job.systems,
      damageNotes: stablePick(['', '', 'Small dent rear left door', 'Stone chip windscreen'], job.id),
    },
    { idempotencyKey: runKey(w, job.id, 'reception') },
  );
  if (!opened) return;
  w.counts.ordersReceived++;
  await runOrder(
    w,
    job,
    { id: opened.body.id, version: opened.body.version },
    { customerId, vehicleId, centreId },
  );
}

/** From diagnosis to closure (also the path of a car towed in by a rescue). */
export async function runOrder(
  w: World,
  job: Job,
  order: OrderRef,
  who: { customerId: string; vehicleId: string; centreId: string },
): Promise<void> {
  const { plan } = w.group;
  const centre = plan.centres[job.centreIndex]!;
  const technician = stablePick(centre.technicians, job.id);
  const vehicle = plan.vehicles[job.vehicleIndex]!;
  const step = async (at: Date) => {
    await w.clock.until(at);
    return !w.over();
  };

  let t = addWorkingMinutes(w.clock.now(), job.diagnosisMinutes);
  if (!(await step(t))) return;
  const system = job.systems[0] ?? 'other';
  const diagnosed = await command(w, order, 'technician', 'diagnosis', {
    technicianId: technician.id,
    faultCodes:
      job.serviceType === 'repair' ? [stablePick(['P0300', 'C1234', 'B1000', 'U0100', 'P0171'], job.id)] : [],
    findings: [{ system, severity: 'required', description: job.symptoms }],
    estimatedLabourHours: job.labourHours,
    partsRequired: job.partLines.length > 0,
  });
  if (!diagnosed) return;

  if (!(await step(addWorkingMinutes(w.clock.now(), 20)))) return;
  const quoted = await command(w, order, 'service-advisor', 'quotes', {
    lines: [
      {
        kind: 'labour',
        operationCode: `${system.slice(0, 3).toUpperCase()}-${job.serviceType.slice(0, 3).toUpperCase()}`,
        quantity: job.labourHours,
      },
      ...job.partLines.map((l) => ({
        kind: 'part',
        partId: w.group.partIds[l.partIndex],
        quantity: l.quantity,
        unitPriceMinor: plan.parts[l.partIndex]!.retailMinor,
      })),
    ],
  });
  if (!quoted) return;

  if (!(await step(addWorkingMinutes(w.clock.now(), job.approvalMinutes)))) return;
  // One customer in three with an e-mail address approves in self-service; otherwise (or when that
  // does not work out) the advisor records the approval.
  const email = plan.customers.find((c) => c.key === vehicle.customerKey)?.email;
  if (
    w.portal &&
    email &&
    stablePick([true, false, false], job.id) &&
    (await w.portal.approve(email, order.id, 1))
  ) {
    w.counts.selfServiceApprovals++;
    const fresh = await w.api.get('service-advisor', `/v1/repair-orders/${order.id}`);
    if (!fresh) return;
    order.version = fresh.body.version;
  } else {
    const approved = await command(w, order, 'service-advisor', 'quotes/1/approval', {
      method: stablePick(['phone', 'phone', 'in-person', 'email', 'online'], job.id),
      approvedByCustomerId: who.customerId,
    });
    if (!approved) return;
  }
  if (!(await command(w, order, 'service-advisor', 'assignment', { technicianIds: [technician.id] }))) return;

  if (job.partLines.length > 0) {
    // The reservation (or the backorder) comes back through Kafka; a short wait when the parts
    // are on the shelf, days when a purchase order has to bring them.
    const ready = await w.partsWatcher.partsReady(order.id);
    if (!ready) return;
    order.version = ready.version;
    // The parts counter hands the reserved parts to the technician.
    const reservations = await w.api.get(
      'parts-clerk',
      `/v1/reservations?repairOrderId=${order.id}&status=active`,
    );
    for (const r of reservations?.body.items ?? [])
      await w.api.post('parts-clerk', `/v1/reservations/${r.id}/issue`, { issuedTo: technician.id });
  }

  t = addWorkingMinutes(w.clock.now(), job.labourHours * 60);
  if (!(await step(t))) return;
  if (
    !(await command(w, order, 'technician', 'progress', {
      note: `Work done: ${job.symptoms}`,
      workComplete: true,
    }))
  )
    return;
  for (let qc = 0; ; qc++) {
    if (!(await step(addWorkingMinutes(w.clock.now(), 20)))) return;
    const passed = qc >= job.qcFailures;
    const checked = await command(w, order, 'technician', 'qc', {
      inspectorId: `qc-${centre.key}`,
      checklist: [
        { code: 'TEST-DRIVE', passed },
        { code: 'TORQUE-CHECK', passed: true },
        ...(passed ? [] : [{ code: 'NOISE', passed: false, note: 'Noise still audible on test drive' }]),
      ],
    });
    if (!checked) return;
    if (passed) break;
    w.counts.qcFailures++;
    if (!(await step(addWorkingMinutes(w.clock.now(), 45)))) return;
    if (!(await command(w, order, 'technician', 'progress', { note: 'Rework after QC', workComplete: true })))
      return;
  }

  if (!(await step(addWorkingMinutes(w.clock.now(), job.pickupMinutes)))) return;
  const deliveredAt = w.clock.now();
  const delivered = await command(w, order, 'service-advisor', 'delivery', {
    mileageKm: vehicle.mileageKm + 160,
    notes: 'Handed over, work explained',
    nextMaintenance: {
      dueMileageKm: vehicle.mileageKm + 15_000,
      dueOn: new Date(deliveredAt.getTime() + 365 * 24 * HOUR).toISOString().slice(0, 10),
    },
  });
  if (!delivered) return;
  w.counts.ordersDelivered++;

  await Promise.all([
    (async () => {
      if (!job.survey || !(await step(new Date(deliveredAt.getTime() + job.survey.afterMinutes * MINUTE))))
        return;
      const survey = await w.api.post(
        'service-advisor',
        '/v1/surveys',
        {
          repairOrderId: order.id,
          customerId: who.customerId,
          vehicleId: who.vehicleId,
          centreId: who.centreId,
          channel: stablePick(['email', 'phone', 'sms'], job.id),
          scores: job.survey.scores,
          nps: job.survey.nps,
          ...(job.survey.comment ? { comment: job.survey.comment } : {}),
        },
        { idempotencyKey: runKey(w, job.id, 'survey') },
      );
      if (survey) w.counts.surveys++;
    })(),
    (async () => {
      if (
        !job.complaint ||
        !(await step(new Date(deliveredAt.getTime() + job.complaint.afterMinutes * MINUTE)))
      )
        return;
      const complaint = await w.api.post(
        'complaint-handler',
        '/v1/complaints',
        {
          channel: job.complaint.channel,
          customerId: who.customerId,
          vehicleId: who.vehicleId,
          repairOrderId: order.id,
          centreId: who.centreId,
          description: job.complaint.description,
        },
        { idempotencyKey: runKey(w, job.id, 'complaint') },
      );
      if (complaint) w.counts.complaintsFiled++;
    })(),
    (async () => {
      // Invoicing and closure the next working morning.
      if (!(await step(nextOpen(new Date(deliveredAt.getTime() + 12 * HOUR))))) return;
      const closed = await command(w, order, 'service-advisor', 'closure', {
        payer: job.serviceType === 'bodywork' ? 'insurance' : 'customer',
      });
      if (closed) w.counts.ordersClosed++;
    })(),
  ]);
}
