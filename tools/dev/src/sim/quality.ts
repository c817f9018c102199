// The quality manager's part of the demo. Seed: partner workshops hold a valid accreditation and
// audit score, so the storm's overflow work may go to them (an unqualified partner gets none).
// Week: a high-voltage course whose exam certifies technicians (Tuesday), a mystery-shopper audit
// at every regional centre whose weak items open improvement actions (Wednesday), a safety
// inspection per centre (Thursday) whose hazards are rectified and verified (Friday).
import { localDateOf, localDateTimeToInstant } from '@aftersales/service-kit';
import { type Api } from './api';
import { DEMO_TIME_ZONE, type DealerGroupPlan } from './data';
import { createRng } from './rng';
import { runKey, type World } from './world';

const DAY = 86_400_000;

/** Accreditation document and audit score of every partner workshop (idempotent). */
export async function seedPartnerQualifications(
  api: Api,
  plan: DealerGroupPlan,
  centreIds: string[],
  now = new Date(),
): Promise<number> {
  let qualified = 0;
  for (const [i, centre] of plan.centres.entries()) {
    const id = centreIds[i];
    if (centre.type !== 'partner-workshop' || !id) continue;
    const base = `/v1/partner-qualifications/${id}`;
    // Valid to the end of next year: the same body (and key) on every re-seed within a year.
    const validUntil = `${now.getUTCFullYear() + 1}-12-31T23:59:59.000Z`;
    await api.post(
      'quality-manager',
      `${base}/documents`,
      { kind: 'manufacturer-accreditation', reference: `ACC-${centre.key.toUpperCase()}`, validUntil },
      { idempotencyKey: `demo-seed:partner-document:${centre.key}:${validUntil.slice(0, 4)}` },
    );
    await api.post(
      'quality-manager',
      `${base}/audits`,
      { score: 78 + (i % 3) * 6 },
      { idempotencyKey: `demo-seed:partner-audit:${centre.key}` },
    );
    const status = await api.get('quality-manager', base);
    if (status?.body?.qualified) qualified++;
  }
  return qualified;
}

const MYSTERY_SHOPPER = [
  { code: 'greeting', label: 'Greeted within two minutes', maxScore: 10 },
  { code: 'needs', label: 'Asked about the car and the customer’s needs', maxScore: 10 },
  { code: 'quote-explained', label: 'Explained the quote line by line', maxScore: 10 },
  { code: 'promise-date', label: 'Gave a pickup time and kept it', maxScore: 10 },
  { code: 'cleanliness', label: 'Reception and customer lounge clean', maxScore: 10 },
];

const SAFETY_CHECKLIST = [
  'lifts-inspected',
  'fire-extinguishers',
  'hv-isolation-area',
  'waste-oil-storage',
  'ppe',
];
const HAZARDS = [
  'Lift 2 inspection sticker expired',
  'Waste oil drum without drip tray',
  'Emergency exit partly blocked by tyres',
  'High-voltage isolation mat worn',
];

/** The instant of a local wall-clock time on the `day`-th day of the period. */
function onDay(w: World, day: number, hh: number, mm = 0): Date {
  const date = localDateOf(new Date(w.workload.origin.getTime() + day * DAY), DEMO_TIME_ZONE);
  return localDateTimeToInstant(date, hh * 60 + mm, DEMO_TIME_ZONE);
}

export async function qualityManager(w: World, seed: number): Promise<void> {
  const rng = createRng(seed * 7919 + 13);
  const centres = w.group.plan.centres.map((c, i) => ({ plan: c, id: w.group.centreIds[i] }));
  const at = async (day: number, hh: number, mm = 0) => {
    if (day >= Math.ceil((w.workload.end.getTime() - w.workload.origin.getTime()) / DAY)) return false;
    await w.clock.until(onDay(w, day, hh, mm));
    return !w.over();
  };

  // Tuesday: HV-101 at the first regional centre; passing the exam certifies for two years.
  if (await at(1, 8)) {
    const course = await w.api.post(
      'quality-manager',
      '/v1/courses',
      {
        code: 'HV-101',
        title: 'High-voltage systems: safe isolation and diagnosis',
        category: 'new-technology',
        passScore: 70,
        certificationCode: 'HV-EV',
        certificationValidMonths: 24,
      },
      { idempotencyKey: 'demo-seed:course:HV-101' },
    );
    const host = centres.find((c) => c.plan.type === 'regional-centre');
    if (course && host?.id) {
      const session = await w.api.post(
        'quality-manager',
        '/v1/training-sessions',
        {
          courseId: course.body.id,
          centreId: host.id,
          startsAt: onDay(w, 1, 8, 30).toISOString(),
          trainer: 'Dr. Petra Lang (OEM academy)',
          invitees: host.plan.technicians.map((t) => t.id),
        },
        { idempotencyKey: runKey(w, 'training-session') },
      );
      if (session && (await at(1, 16))) {
        const results = host.plan.technicians.map((t) => ({
          technicianId: t.id,
          attended: rng.chance(0.9),
          examScore: rng.int(55, 98),
        }));
        await w.api.post(
          'quality-manager',
          `/v1/training-sessions/${session.body.id}/results`,
          {
            results: results.map((r) => (r.attended ? r : { technicianId: r.technicianId, attended: false })),
          },
          { idempotencyKey: runKey(w, 'training-results'), ifMatch: session.body.version },
        );
      }
    }
  }

  // Wednesday: mystery-shopper audits; items scored below 60 % are findings and open actions.
  if (await at(2, 10)) {
    const template = await w.api.post(
      'quality-manager',
      '/v1/audit-templates',
      {
        name: 'Mystery shopper visit',
        kind: 'mystery-shopper',
        items: MYSTERY_SHOPPER,
        findingThreshold: 0.6,
      },
      { idempotencyKey: 'demo-seed:audit-template:mystery-shopper' },
    );
    for (const c of centres) {
      if (!template || !c.id || c.plan.type !== 'regional-centre') continue;
      const audit = await w.api.post(
        'quality-manager',
        '/v1/audits',
        { templateId: template.body.id, centreId: c.id, auditorId: 'mystery-shopper-agency' },
        { idempotencyKey: runKey(w, 'audit', c.plan.key) },
      );
      if (!audit) continue;
      await w.api.post(
        'quality-manager',
        `/v1/audits/${audit.body.id}/results`,
        {
          results: MYSTERY_SHOPPER.map((item) => {
            const score = rng.chance(0.15) ? rng.int(2, 5) : rng.int(6, 10);
            return { code: item.code, score, ...(score < 6 ? { note: `${item.label}: not observed` } : {}) };
          }),
          actionOwnerId: `service-manager-${c.plan.key}`,
          actionDueAt: onDay(w, 16, 17).toISOString(),
        },
        { idempotencyKey: runKey(w, 'audit-results', c.plan.key) },
      );
    }
  }

  // Thursday: a safety inspection per centre; Friday: hazards rectified and verified.
  const inspections: { id: string; version: number; hazardIds: string[] }[] = [];
  if (await at(3, 9)) {
    for (const c of centres) {
      if (!c.id) continue;
      const hazards = Array.from({ length: rng.int(0, 2) }, () => ({
        description: rng.pick(HAZARDS),
        severity: rng.pick(['low', 'medium', 'high'] as const),
        rectifyBy: onDay(w, 6, 12).toISOString(),
      }));
      const inspection = await w.api.post(
        'quality-manager',
        '/v1/safety-inspections',
        {
          centreId: c.id,
          checklist: SAFETY_CHECKLIST.map((code, i) => ({ code, passed: i >= hazards.length })),
          hazards,
        },
        { idempotencyKey: runKey(w, 'safety-inspection', c.plan.key) },
      );
      if (inspection)
        inspections.push({
          id: inspection.body.id,
          version: inspection.body.version,
          hazardIds: (inspection.body.hazards ?? []).map((h: { id: string }) => h.id),
        });
    }
  }
  if (await at(4, 11)) {
    for (const inspection of inspections) {
      // Each command needs the inspection's current version (If-Match).
      let version = inspection.version;
      for (const hazardId of inspection.hazardIds) {
        const base = `/v1/safety-inspections/${inspection.id}/hazards/${hazardId}`;
        const fixed = await w.api.post(
          'quality-manager',
          `${base}/rectification`,
          { note: 'Rectified by the workshop foreman; photo in the centre file.' },
          { ifMatch: version },
        );
        if (!fixed) continue;
        const verified = await w.api.post(
          'quality-manager',
          `${base}/verification`,
          { passed: true },
          { ifMatch: fixed.body.version },
        );
        version = verified?.body.version ?? fixed.body.version;
      }
    }
  }
}
