// The gateway's own endpoints in the merged OpenAPI document: GET /v1/clock (platform time),
// GET /v1/live (server-sent events) and, with sign-in on, the browser session, sign-out and the
// claims-mapping dry run. Schemas come from the zod schemas the handlers
// use, so the document cannot drift from the code.
import { PROBLEM_SCHEMA, openApiSchema } from '@aftersales/service-kit';
import { DRY_RUN_PATH, dryRunBody, dryRunResponse } from './sign-in/dry-run';
import { logoutResponse, sessionResponse } from './sign-in/routes';
import { liveEventSchema } from './live-events';
import { type OpenApiDocument } from './openapi';
import { clockResponse } from './platform-clock';

const jsonSchema = openApiSchema;

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const clockOperation = {
  operationId: 'getV1Clock',
  summary: 'Platform time',
  description:
    "The platform's current time. Clients compute time left, overdue and the current period " +
    'against it instead of their own clock (off by minutes on some PCs; shifted in the demo).',
  parameters: [],
  responses: {
    '200': {
      description: 'The platform time',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/PlatformClock' } } },
    },
    '401': problem('Missing or invalid bearer token'),
    '429': problem('Rate limit exceeded'),
  },
};

const liveOperation = {
  operationId: 'getV1Live',
  summary: 'Live change notices (server-sent events)',
  description:
    "A `text/event-stream` of minimal notices of the caller's tenant (and centres): each message " +
    'has `id:` (the event id) and one `data:` line holding a LiveEvent as JSON; `: ping` comments ' +
    'keep idle streams open; `event: resync` (data `{}`) says notices were dropped while the ' +
    'client was slow, so refetch everything. Read it with fetch and an Authorization header.',
  parameters: [],
  responses: {
    '200': {
      description: 'The stream; stays open until the client closes it or the gateway shuts down',
      content: {
        'text/event-stream': {
          // contentSchema (JSON Schema 2020-12): what each message's `data:` line holds.
          schema: {
            type: 'string',
            description: 'SSE messages whose `data:` is a LiveEvent',
            contentMediaType: 'application/json',
            contentSchema: { $ref: '#/components/schemas/LiveEvent' },
          },
        },
      },
    },
    '401': problem('Missing or invalid bearer token'),
    '429': problem('Rate limit exceeded'),
  },
};

const sessionOperation = {
  operationId: 'getAuthSession',
  summary: 'The signed-in browser session',
  description:
    'Who is signed in in this browser (the session cookie set after OpenID Connect sign-in at ' +
    '`/auth/login`), with the CSRF token cookie-authenticated writes must send as `x-csrf-token`.',
  security: [],
  parameters: [],
  responses: {
    '200': {
      description: 'The session',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/BrowserSession' } } },
    },
    '401': problem('No session in this browser'),
  },
};

const logoutOperation = {
  operationId: 'postAuthLogout',
  summary: 'Sign out',
  description:
    "Ends the browser's session here and answers the provider's end-session URL to send the browser " +
    'to (RP-initiated logout). Needs `x-csrf-token` while a session exists.',
  security: [],
  parameters: [],
  responses: {
    '200': {
      description: 'Signed out here',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Logout' } } },
    },
    '403': problem('Missing CSRF token'),
  },
};

const dryRunOperation = {
  operationId: 'postV1AdminIdentityMappingDryRun',
  summary: 'What a provider token would get (admins)',
  description:
    "Maps a token of the identity provider (verified first) or a set of claims through the gateway's " +
    'claims mapping and answers the tenant, roles, dealers and centres it would get, and which ' +
    'groups or clients matched. Changes nothing.',
  parameters: [],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/IdentityMappingDryRun' } } },
  },
  responses: {
    '200': {
      description: 'The outcome',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/IdentityMappingDryRunResult' } },
      },
    },
    '400': problem('Invalid body'),
    '401': problem('Missing or invalid credentials, or the given token does not verify'),
    '403': problem('Admins only'),
  },
};

/** The gateway's part of the merged document: what this gateway actually serves. */
export function gatewayOpenApi(serves: { live: boolean; signIn: boolean }): OpenApiDocument {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Problem: PROBLEM_SCHEMA };
  paths['/v1/clock'] = { get: clockOperation };
  schemas.PlatformClock = jsonSchema(clockResponse, 'output');
  if (serves.live) {
    paths['/v1/live'] = { get: liveOperation };
    schemas.LiveEvent = jsonSchema(liveEventSchema, 'output');
  }
  if (serves.signIn) {
    paths['/auth/session'] = { get: sessionOperation };
    paths['/auth/logout'] = { post: logoutOperation };
    paths[DRY_RUN_PATH] = { post: dryRunOperation };
    schemas.BrowserSession = jsonSchema(sessionResponse, 'output');
    schemas.Logout = jsonSchema(logoutResponse, 'output');
    schemas.IdentityMappingDryRun = jsonSchema(dryRunBody, 'input');
    schemas.IdentityMappingDryRunResult = jsonSchema(dryRunResponse, 'output');
  }
  return {
    openapi: '3.1.0',
    info: { title: 'api-gateway', version: '1.0.0' },
    paths,
    components: { schemas },
  };
}
