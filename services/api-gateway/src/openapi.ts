// One OpenAPI 3.1 document for the platform: each service serves its own /openapi.json
// (generated from its zod schemas); the gateway merges paths and component schemas. A service
// that is down is listed under `x-unavailable` instead of failing the whole document.
import { isGatewayInternal } from './routes';

export interface OpenApiDocument {
  openapi: string;
  info: {
    title: string;
    version: string;
    description?: string;
    license?: { name: string; identifier?: string; url?: string };
    contact?: { name?: string; url?: string; email?: string };
  };
  servers?: { url: string; description?: string }[];
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  security?: unknown[];
  [extension: `x-${string}`]: unknown;
}

export function mergeOpenApi(
  parts: { service: string; doc: OpenApiDocument | undefined }[],
): OpenApiDocument {
  const merged: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: 'Aftersales API',
      version: '1.0.0',
      description:
        'Every /v1 resource of the platform, through the api-gateway. Errors are RFC 9457 ' +
        'problem+json; creates take an Idempotency-Key, changes an If-Match version.',
      // The platform is licensed to the dealer group that deploys it, not published openly.
      license: {
        name: 'Proprietary: licensed to the deploying dealer group',
        identifier: 'LicenseRef-Proprietary',
      },
      contact: { name: 'Aftersales platform team' },
    },
    // Relative: the gateway that served this document (a generated client takes its base URL).
    servers: [{ url: '/', description: 'The api-gateway that serves this document' }],
    paths: {},
    components: {
      schemas: {},
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
  };
  const unavailable: string[] = [];
  // Paths the gateway answers itself stay the gateway's: the services' are its inputs (each
  // service's GET /v1/me/export feeds the gateway's combined one) and are not reachable directly.
  const gatewayPaths = new Set(Object.keys(parts.find((p) => p.service === 'api-gateway')?.doc?.paths ?? {}));
  for (const { service, doc } of parts) {
    if (!doc) {
      unavailable.push(service);
      continue;
    }
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (service !== 'api-gateway' && (gatewayPaths.has(path) || isGatewayInternal(path))) continue;
      if (merged.paths[path]) throw new Error(`path ${path} is served by two services`);
      merged.paths[path] = { ...(item as object), 'x-service': service };
    }
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
      const existing = merged.components!.schemas![name];
      // Same name, same shape: keep one. Same name, different shape: the service's copy gets a prefix.
      if (existing === undefined || JSON.stringify(existing) === JSON.stringify(schema))
        merged.components!.schemas![name] = schema;
      else merged.components!.schemas![`${service}.${name}`] = schema;
    }
  }
  if (unavailable.length > 0) merged['x-unavailable'] = unavailable;
  return merged;
}

export async function fetchOpenApi(baseUrl: string, timeoutMs = 2_000): Promise<OpenApiDocument | undefined> {
  try {
    const res = await fetch(new URL('/openapi.json', baseUrl), { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return undefined;
    const doc = (await res.json()) as Partial<OpenApiDocument>;
    // Anything that is not an OpenAPI document (an old service, a proxy's error page) counts as unavailable.
    return typeof doc.openapi === 'string' && typeof doc.paths === 'object'
      ? (doc as OpenApiDocument)
      : undefined;
  } catch {
    return undefined;
  }
}
