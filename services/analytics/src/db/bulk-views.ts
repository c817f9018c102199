// Writes many view rows of one table with ONE statement: the rows travel as a JSON array
// (jsonb_to_recordset types each field), and an upsert on the table's primary key replaces the
// whole row, as the per-row writers in views.ts do. The set-based projection uses it.
import { type Tx } from './client';

/** Column types of each view table, by the reducers' field names (snake_case in the table). */
const VIEW_COLUMNS = {
  order_view: {
    key: ['tenantId', 'repairOrderId'],
    columns: {
      tenantId: 'text',
      repairOrderId: 'text',
      centreId: 'text',
      regionId: 'text',
      centreType: 'text',
      customerId: 'text',
      vehicleId: 'text',
      serviceType: 'text',
      day: 'date',
      openedAt: 'timestamptz',
      diagnosedAt: 'timestamptz',
      completedAt: 'timestamptz',
      deliveredAt: 'timestamptz',
      closedAt: 'timestamptz',
      cancelledAt: 'timestamptz',
      qcFailures: 'int',
      reworkCount: 'int',
      comeback: 'boolean',
      slaBreachedStages: 'text[]',
      completion: 'jsonb',
    },
  },
  parts_request_view: {
    key: ['tenantId', 'requestId'],
    columns: {
      tenantId: 'text',
      requestId: 'text',
      repairOrderId: 'text',
      centreId: 'text',
      locationId: 'text',
      day: 'date',
      requestedAt: 'timestamptz',
      reservedFromStock: 'float8',
      backordered: 'float8',
      backorderedAt: 'timestamptz',
      backorderFulfilledAt: 'timestamptz',
    },
  },
  complaint_view: {
    key: ['tenantId', 'complaintId'],
    columns: {
      tenantId: 'text',
      complaintId: 'text',
      centreId: 'text',
      repairOrderId: 'text',
      category: 'text',
      severity: 'text',
      status: 'text',
      day: 'date',
      registeredAt: 'timestamptz',
      resolvedAt: 'timestamptz',
      resolutionSeconds: 'int',
      closedAt: 'timestamptz',
    },
  },
  rescue_view: {
    key: ['tenantId', 'rescueId'],
    columns: {
      tenantId: 'text',
      rescueId: 'text',
      regionId: 'text',
      centreId: 'text',
      day: 'date',
      requestedAt: 'timestamptz',
      arrivedAt: 'timestamptz',
      completedAt: 'timestamptz',
      responseSeconds: 'int',
      resolution: 'text',
    },
  },
  emergency_view: {
    key: ['tenantId', 'emergencyId'],
    columns: {
      tenantId: 'text',
      emergencyId: 'text',
      regionId: 'text',
      enteredAt: 'timestamptz',
      leftAt: 'timestamptz',
    },
  },
  survey_view: {
    key: ['tenantId', 'surveyId'],
    columns: {
      tenantId: 'text',
      surveyId: 'text',
      repairOrderId: 'text',
      centreId: 'text',
      day: 'date',
      product: 'int',
      service: 'int',
      purchase: 'int',
      nps: 'int',
      answeredAt: 'timestamptz',
    },
  },
  receipt_view: {
    key: ['tenantId', 'receiptId'],
    columns: {
      tenantId: 'text',
      receiptId: 'text',
      purchaseOrderId: 'text',
      supplierId: 'text',
      locationId: 'text',
      day: 'date',
      onTime: 'boolean',
      receivedQuantity: 'float8',
      acceptedQuantity: 'float8',
      receivedAt: 'timestamptz',
    },
  },
} as const satisfies Record<string, { key: readonly string[]; columns: Record<string, string> }>;

export type ViewTable = keyof typeof VIEW_COLUMNS;

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The upsert statement of each table, built once. */
const UPSERTS = Object.fromEntries(
  Object.entries(VIEW_COLUMNS).map(([table, { key, columns }]) => {
    const fields = Object.keys(columns);
    const keys = new Set<string>(key);
    const sql = `INSERT INTO ${table} (${fields.map(snake).join(', ')})
      SELECT ${fields.map((f) => `r."${f}"`).join(', ')}
        FROM json_to_recordset($1::json) AS r(${Object.entries(columns)
          .map(([f, type]) => `"${f}" ${type}`)
          .join(', ')})
      ON CONFLICT (${key.map(snake).join(', ')}) DO UPDATE SET ${fields
        .filter((f) => !keys.has(f))
        .map((f) => `${snake(f)} = EXCLUDED.${snake(f)}`)
        .join(', ')}`;
    return [table, sql];
  }),
) as Record<ViewTable, string>;

/** Inserts or replaces `rows` (one per primary key; Dates become ISO strings, null stays NULL). */
export async function saveViewRows(tx: Tx, table: ViewTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(UPSERTS[table], JSON.stringify(rows));
}
