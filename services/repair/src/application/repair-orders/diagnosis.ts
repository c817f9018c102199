// Diagnosis: a technician of the centre records findings and fault codes (RECEIVED -> DIAGNOSED).
// The diagnosed systems become the order's job types (certification requirements, comebacks).
import { orderDiagnosed } from '../../events/order-events';
import { type CommandContext, type CommandDeps } from '../unit-of-work';
import { assertTechnicianAt, orderCommand } from './command';
import { planTransition, recordTransition } from './lifecycle';

export interface DiagnosisInput {
  technicianId: string;
  faultCodes: string[];
  findings: {
    system: string;
    severity: 'advisory' | 'required' | 'safety-critical';
    faultCode?: string | null;
    description?: string | null;
  }[];
  estimatedLabourHours: number;
  partsRequired: boolean;
  notes?: string | null;
}

export function diagnose(deps: CommandDeps, ctx: CommandContext, id: string, input: DiagnosisInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'diagnose');
    assertTechnicianAt(order.centre, input.technicianId);
    const faultCodes = [
      ...new Set(
        [...input.faultCodes, ...input.findings.flatMap((f) => (f.faultCode ? [f.faultCode] : []))].map((c) =>
          c.toUpperCase(),
        ),
      ),
    ];
    orderDiagnosed(uow, order, { ...input, faultCodes });
    return {
      ...(await recordTransition(uow, order, plan)),
      diagnosis: {
        at: uow.now.toISOString(),
        by: uow.actor,
        technicianId: input.technicianId,
        findings: input.findings,
        notes: input.notes ?? null,
        partsRequired: input.partsRequired,
      },
      faultCodes,
      faultSystems: [...new Set(input.findings.map((f) => f.system))],
      estimatedLabourHours: input.estimatedLabourHours,
    };
  });
}
