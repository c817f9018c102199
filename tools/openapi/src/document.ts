// The platform's API document, built the way the running gateway builds it, but without a running
// platform: every service is assembled from its descriptor (nothing started, nothing connected),
// its routes yield its OpenAPI part, and the gateway's merge adds the gateway's own endpoints.
// deploy/dev/dev.env supplies the settings the services' configurations require.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeOpenApi, type OpenApiDocument } from '@aftersales/api-gateway/src/openapi';
import { gatewayOpenApi } from '@aftersales/api-gateway/src/gateway-openapi';
import { analyticsService } from '@aftersales/analytics/src/service';
import { complaintService } from '@aftersales/complaint/src/service';
import { customerService } from '@aftersales/customer/src/service';
import { notificationService } from '@aftersales/notification/src/service';
import { partsService } from '@aftersales/parts-procurement/src/service';
import { repairService } from '@aftersales/repair/src/service';
import { assembleService, openApiDocument } from '@aftersales/service-kit';

export const repoRoot = path.resolve(__dirname, '../../..');

/** Where the document is committed (served by the gateway at /openapi.json when the platform runs). */
export const DOCUMENT = 'docs/api/openapi.json';
export const CONSOLE_TYPES = 'apps/console/src/api/openapi.d.ts';

/** The services in the order the gateway lists them. */
const SERVICES = [
  customerService,
  repairService,
  partsService,
  complaintService,
  analyticsService,
  notificationService,
] as const;

function devEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path.join(repoRoot, 'deploy/dev/dev.env'), 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (/^[A-Z0-9_]+=/.test(line)) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return {
    ...env,
    LOG_LEVEL: 'silent',
    // Never contacted: the document only needs the routes.
    DATABASE_URL: 'postgresql://openapi@127.0.0.1:1/none',
    KAFKA_BROKERS: '127.0.0.1:1',
  };
}

/** One service's part of the document, from its assembled (not started) app. */
async function servicePart(service: (typeof SERVICES)[number]): Promise<OpenApiDocument> {
  const { platform, parts } = await assembleService(service as never, devEnv());
  try {
    return openApiDocument(parts.app, {
      title: service.name,
      version: '1.0.0',
    }) as unknown as OpenApiDocument;
  } finally {
    await (platform.db as { $disconnect(): Promise<void> }).$disconnect();
  }
}

export async function platformDocument(): Promise<OpenApiDocument> {
  const parts = [];
  for (const service of SERVICES) parts.push({ service: service.name, doc: await servicePart(service) });
  parts.push({
    service: 'api-gateway',
    doc: gatewayOpenApi({ live: true, signIn: true, selfService: true }),
  });
  return mergeOpenApi(parts);
}
