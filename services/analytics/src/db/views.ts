// Writes view rows computed by the pure reducers, and reads them back as KPI facts.
import { type Prisma } from './generated/client';
import { type Tx } from './client';
import {
  type ComplaintRow,
  type EmergencyRow,
  type OrderRow,
  type PartsRequestRow,
  type RescueRow,
} from '../domain/projections';

const json = (v: unknown) =>
  v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

export async function saveOrder(tx: Tx, tenantId: string, row: OrderRow): Promise<void> {
  const data = { ...row, completion: json(row.completion) ?? (null as unknown as Prisma.InputJsonValue) };
  const { repairOrderId: _id, ...rest } = data;
  await tx.orderView.upsert({
    where: { tenantId_repairOrderId: { tenantId, repairOrderId: row.repairOrderId } },
    create: { tenantId, ...data },
    update: rest,
  });
}

export async function savePartsRequest(tx: Tx, tenantId: string, row: PartsRequestRow): Promise<void> {
  const { requestId: _id, ...rest } = row;
  await tx.partsRequestView.upsert({
    where: { tenantId_requestId: { tenantId, requestId: row.requestId } },
    create: { tenantId, ...row },
    update: rest,
  });
}

export async function saveComplaint(tx: Tx, tenantId: string, row: ComplaintRow): Promise<void> {
  const { complaintId: _id, ...rest } = row;
  await tx.complaintView.upsert({
    where: { tenantId_complaintId: { tenantId, complaintId: row.complaintId } },
    create: { tenantId, ...row },
    update: rest,
  });
}

export async function saveRescue(tx: Tx, tenantId: string, row: RescueRow): Promise<void> {
  const { rescueId: _id, ...rest } = row;
  await tx.rescueView.upsert({
    where: { tenantId_rescueId: { tenantId, rescueId: row.rescueId } },
    create: { tenantId, ...row },
    update: rest,
  });
}

export async function saveEmergency(tx: Tx, tenantId: string, row: EmergencyRow): Promise<void> {
  const { emergencyId: _id, ...rest } = row;
  await tx.emergencyView.upsert({
    where: { tenantId_emergencyId: { tenantId, emergencyId: row.emergencyId } },
    create: { tenantId, ...row },
    update: rest,
  });
}

/** Tables the rebuild empties (the emission logs and the outbox are kept: nothing is re-published). */
export const READ_MODEL_TABLES = [
  'event_fact',
  'centre_directory',
  'part_catalogue',
  'order_view',
  'survey_view',
  'complaint_view',
  'parts_request_view',
  'receipt_view',
  'rescue_view',
  'emergency_view',
] as const;
