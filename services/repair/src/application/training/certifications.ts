// Certifications per technician (granted by a passed exam or recorded directly, renewed by
// either), the certifications a job type requires, the check an assignment must pass, and the
// sweep step that reports expired certifications once per validity.
import { randomUUID } from 'node:crypto';
import { type Identity } from '@aftersales/service-kit';
import { type PrismaClient, type TechnicianCertification, type Tx } from '../../db/client';
import { missingCertifications } from '../../domain/certification';
import { certificationRequired, ruleViolation } from '../../domain/errors';
import { emit, iso } from '../../events/emit';
import { runCommand, systemWithin, type CommandContext, type CommandDeps, type Uow } from '../unit-of-work';
import { assertTechniciansAt, centreInScope } from './staff';

export async function certify(
  tx: Tx,
  identity: Identity,
  c: { technicianId: string; centreId: string; code: string; validUntil: Date; courseId?: string | null },
): Promise<TechnicianCertification> {
  const data = {
    centreId: c.centreId,
    validUntil: c.validUntil,
    courseId: c.courseId ?? null,
    expiryReportedAt: null,
    updatedBy: identity.userId,
  };
  return tx.technicianCertification.upsert({
    where: {
      tenantId_technicianId_code: { tenantId: identity.tenantId, technicianId: c.technicianId, code: c.code },
    },
    create: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      technicianId: c.technicianId,
      code: c.code,
      ...data,
    },
    update: data,
  });
}

export function certified(uow: Uow, cert: TechnicianCertification, correlationId?: string): void {
  emit(
    uow,
    'technician.certified',
    cert.technicianId,
    {
      technicianId: cert.technicianId,
      centreId: cert.centreId,
      certificationCode: cert.code,
      validUntil: iso(cert.validUntil),
      ...(cert.courseId ? { courseId: cert.courseId } : {}),
    },
    correlationId,
  );
}

export interface CertificationInput {
  technicianId: string;
  centreId: string;
  certificationCode: string;
  validUntil: string;
}

/** Records a certification obtained elsewhere (e.g. a manufacturer's), or renews one. */
export async function recordCertification(
  uow: Uow,
  identity: Identity,
  input: CertificationInput,
): Promise<TechnicianCertification> {
  const { tx, now } = uow;
  const centre = await centreInScope(tx, identity, input.centreId);
  assertTechniciansAt(centre, [input.technicianId], 'technicianId');
  const validUntil = new Date(input.validUntil);
  if (validUntil.getTime() <= now.getTime())
    throw ruleViolation('validUntil is in the past; an expired certification cannot be recorded.', {
      details: { field: 'validUntil' },
    });
  const cert = await certify(tx, identity, {
    technicianId: input.technicianId,
    centreId: centre.id,
    code: input.certificationCode,
    validUntil,
  });
  certified(uow, cert);
  return cert;
}

/** Replaces the certifications a job type requires (empty list: none). */
export async function setRequirements(
  deps: CommandDeps,
  ctx: CommandContext,
  jobType: string,
  certificationCodes: string[],
): Promise<string[]> {
  const codes = [...new Set(certificationCodes)].sort();
  await runCommand(deps, ctx, async ({ tx, tenantId, actor }) => {
    await tx.certificationRequirement.deleteMany({ where: { tenantId, jobType } });
    if (codes.length)
      await tx.certificationRequirement.createMany({
        data: codes.map((certificationCode) => ({ tenantId, jobType, certificationCode, createdBy: actor })),
      });
  });
  return codes;
}

/**
 * Sweep step: certifications past their validity not yet reported emit
 * `technician.certification-expired`, once per validity (a renewal clears the mark).
 */
export async function reportExpiredCertifications(
  prisma: PrismaClient,
  now: Date,
  batch = 100,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM technician_certification
        WHERE valid_until <= $1 AND expiry_reported_at IS NULL
        ORDER BY valid_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      batch,
    );
    if (due.length === 0) return 0;
    const certs = await tx.technicianCertification.findMany({ where: { id: { in: due.map((d) => d.id) } } });
    await tx.technicianCertification.updateMany({
      where: { id: { in: certs.map((c) => c.id) } },
      data: { expiryReportedAt: now },
    });
    for (const c of certs)
      await systemWithin(tx, c.tenantId, now, null, async (uow) => {
        emit(uow, 'technician.certification-expired', c.technicianId, {
          technicianId: c.technicianId,
          centreId: c.centreId,
          certificationCode: c.code,
          expiredAt: iso(c.validUntil),
        });
      });
    return certs.length;
  });
}

/**
 * Refuses an assignment when the order's job types (its diagnosed vehicle systems) require a
 * certification one of the technicians lacks or let lapse: 422 naming each technician and code.
 */
export async function assertCertified(
  tx: Tx,
  order: { id: string; tenantId: string; faultSystems: string[] },
  technicianIds: readonly string[],
  now: Date,
  action = 'assign',
): Promise<void> {
  const requirements = await tx.certificationRequirement.findMany({
    where: { tenantId: order.tenantId, jobType: { in: order.faultSystems } },
  });
  if (requirements.length === 0) return;
  const held = await tx.technicianCertification.findMany({
    where: {
      tenantId: order.tenantId,
      technicianId: { in: [...technicianIds] },
      code: { in: requirements.map((r) => r.certificationCode) },
    },
  });
  const missing = missingCertifications(
    technicianIds,
    order.faultSystems,
    requirements,
    held.map((h) => ({ technicianId: h.technicianId, code: h.code, validUntil: h.validUntil })),
    now,
  );
  if (missing.length === 0) return;
  const text = missing
    .map(
      (m) =>
        `technician ${m.technicianId} ${m.problem === 'expired' ? 'has an expired' : 'lacks the'} ${m.certificationCode} certification (required for ${m.jobType})`,
    )
    .join('; ');
  throw certificationRequired(
    `Cannot ${action} order ${order.id}: ${text}.`,
    missing.map((m) => ({
      technicianId: m.technicianId,
      certificationCode: m.certificationCode,
      jobType: m.jobType,
      problem: m.problem,
      expiredAt: m.expiredAt ? iso(m.expiredAt) : null,
    })),
  );
}
