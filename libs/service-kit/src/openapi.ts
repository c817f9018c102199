// The service's OpenAPI 3.1 document, generated from its express route table: every route's
// path and method, and the zod schemas that route()/validate() attached (body, query, params),
// converted with zod's own JSON Schema export. Served at /openapi.json; the gateway merges them.
import { type Express } from 'express';
import { z } from 'zod';
import { API_SCHEMAS, type RequestSchemas, type RouteOptions } from './validation';

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: RouteLayer[] };
  /** Mount path of a router (`app.use('/v1/things', router)`); '/' or absent at the root. */
  rawPath?: unknown;
  slash?: boolean;
}

const joinPath = (prefix: string, path: string) =>
  (prefix + (path === '/' ? '' : path)).replace(/\/{2,}/g, '/') || '/';

export interface ApiRoute {
  method: string;
  path: string; // OpenAPI style: /v1/things/{id}
  schemas?: RequestSchemas;
  options?: RouteOptions;
}

/** Every route registered on the app, with the mount paths of nested routers applied. */
export function listRoutes(app: Express): ApiRoute[] {
  const out: ApiRoute[] = [];
  const walk = (stack: RouteLayer[] | undefined, prefix = '') => {
    for (const layer of stack ?? []) {
      if (layer.route) {
        const meta = layer.route.stack
          .map(
            (l) =>
              (l.handle as Record<symbol, { schemas: RequestSchemas; options: RouteOptions } | undefined>)[
                API_SCHEMAS
              ],
          )
          .find(Boolean);
        const paths = (Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path]).map((p) =>
          joinPath(prefix, p),
        );
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods).filter(
            (m) => layer.route!.methods[m] && m !== '_all',
          )) {
            out.push({
              method,
              path: path.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
              ...(meta ? { schemas: meta.schemas, options: meta.options } : {}),
            });
          }
        }
      } else if (layer.handle?.stack) {
        const mount = typeof layer.rawPath === 'string' && !layer.slash ? layer.rawPath : '';
        walk(layer.handle.stack, joinPath(prefix, mount === '/' ? '' : mount));
      }
    }
  };
  walk((app as unknown as { router: { stack: RouteLayer[] } }).router.stack);
  return out;
}

/**
 * A zod schema as an OpenAPI 3.1 schema object (zod's own JSON Schema export, without the `$schema`
 * dialect key: OpenAPI sets the dialect). A record keyed by an enum becomes an object with one
 * property per key: zod writes it as `propertyNames` + `required`, which linters read as required
 * properties that are never defined, and client generators as a loose map.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: js }) => {
      // zod leaves `examples` out of input schemas that transform; the document keeps them.
      const examples = z.globalRegistry.get(zodSchema as unknown as z.ZodType)?.examples;
      if (examples !== undefined && js.examples === undefined) js.examples = examples as unknown[];
      const keys = (js.propertyNames as { enum?: unknown[] } | undefined)?.enum;
      const values = js.additionalProperties;
      if (js.type !== 'object' || js.properties || !Array.isArray(keys) || typeof values !== 'object') return;
      js.properties = Object.fromEntries(keys.map((k) => [String(k), values]));
      delete js.propertyNames;
      js.additionalProperties = false;
    },
  }) as Record<string, unknown>;
  return rest;
}

const jsonSchema = openApiSchema;

/** Header parameters the platform's conventions give an operation (docs/service-conventions.md). */
function headerParameters(r: ApiRoute, problems: readonly string[]) {
  const out: Record<string, unknown>[] = [];
  if (r.options?.idempotencyKey)
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: r.options.idempotencyKey === 'required',
      description:
        "The caller's own key for this create (1-200 visible ASCII characters): a repeat with the " +
        'same key and body answers as the first time and creates nothing; another body with the ' +
        'same key is refused (422).',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    });
  if (problems.includes('412'))
    out.push({
      name: 'If-Match',
      in: 'header',
      required: problems.includes('428'),
      description:
        'The version the change is based on, as the ETag read with it (e.g. `"3"`): a change made ' +
        'since is refused with 412 and the current version.',
      schema: { type: 'string' },
    });
  return out;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
  }));
}

const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  '400': 'The request is invalid (errors[] names each field)',
  '401': 'No valid token',
  '403': "The caller's roles do not allow it",
  '404': "Not found in the caller's tenant and scope",
  '409': 'The current state refuses it, or a concurrent change',
  '412': 'If-Match names an old version (currentVersion says the new one)',
  '422': 'A business rule refuses it (code says which)',
  '428': 'If-Match is required',
  '503': 'The database is unavailable or busy; retry after Retry-After',
};

const problem = (status: string) => ({
  description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The success response: its declared body schema, or the bare status. */
function success(r: ApiRoute, status: string) {
  if (status === '204') return { description: 'Done (no body)' };
  const schema = r.options?.response;
  const binary = r.options?.binaryResponse;
  if (binary && binary.length > 0)
    return {
      description: 'Success',
      content: Object.fromEntries(
        binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    };
  return schema
    ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } }
    : { description: 'Success' };
}

/** The RFC 9457 problem body every service answers with (one component, shared by the gateway). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    code: { type: 'string', description: 'Stable machine-readable reason (domain errors)' },
    errors: {
      type: 'array',
      description: 'Validation problems, one per field',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
    currentVersion: { type: 'integer', description: 'On 412: the version to send in If-Match' },
  },
  required: ['type', 'title', 'status'],
};

export function openApiDocument(
  app: Express,
  info: { title: string; version: string },
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of listRoutes(app).filter((x) => x.path.startsWith('/v1'))) {
    // The status route() answers with (idempotent creates answer 201 themselves and declare it).
    const ok = String(r.options?.status ?? 200);
    const problems = ['400', '401', '403', '404', ...(r.options?.problems ?? []).map(String), '503'];
    const roles = r.options?.roles;
    const op: Record<string, unknown> = {
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(r.options?.summary ? { summary: r.options.summary } : {}),
      ...(roles ? { description: `Roles: ${roles.join(', ')}.` } : {}),
      tags: [info.title],
      security: [{ bearer: [] }],
      parameters: [
        ...parameters(r.schemas?.params, 'path'),
        ...parameters(r.schemas?.query, 'query'),
        ...headerParameters(r, problems),
      ],
      responses: {
        [ok]: success(r, ok),
        ...Object.fromEntries([...new Set(problems)].map((p) => [p, problem(p)])),
        default: problem('default'),
      },
    };
    if (r.schemas?.body)
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(r.schemas.body) } },
      };
    else if (r.options?.binaryRequest?.length)
      op.requestBody = {
        required: true,
        content: Object.fromEntries(
          r.options.binaryRequest.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      };
    paths[r.path] = { ...(paths[r.path] ?? {}), [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: {
        Problem: PROBLEM_SCHEMA,
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
  };
}
