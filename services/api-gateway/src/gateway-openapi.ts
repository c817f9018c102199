// The gateway's own endpoints in the merged OpenAPI document: GET /v1/clock (platform time),
// GET /v1/live (server-sent events) and, where it is mounted, POST /auth/demo-login. Schemas come from the zod schemas the handlers
// use, so the document cannot drift from the code.
import { PROBLEM_SCHEMA, openApiSchema } from '@aftersales/service-kit';
import { demoLoginBody, demoLoginResponse } from './demo-login';
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

const demoLoginOperation = {
  operationId: 'postAuthDemoLogin',
  summary: 'Development login with a demo user',
  description:
    'Username and password of a user of DEMO_USERS_FILE for a development token (8 h). Only when ' +
    'the gateway verifies HS256 tokens, DEMO_USERS_FILE is set and NODE_ENV is not production; ' +
    'rate-limited per client.',
  security: [],
  parameters: [],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/DemoLoginRequest' } } },
  },
  responses: {
    '200': {
      description: 'A token and the signed-in user',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/DemoLoginResponse' } } },
    },
    '400': problem('Invalid body'),
    '401': problem('Unknown demo user or wrong password'),
    '429': problem('Too many attempts'),
  },
};

/** The gateway's part of the merged document: what this gateway actually serves. */
export function gatewayOpenApi(serves: { live: boolean; demoLogin: boolean }): OpenApiDocument {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Problem: PROBLEM_SCHEMA };
  paths['/v1/clock'] = { get: clockOperation };
  schemas.PlatformClock = jsonSchema(clockResponse, 'output');
  if (serves.live) {
    paths['/v1/live'] = { get: liveOperation };
    schemas.LiveEvent = jsonSchema(liveEventSchema, 'output');
  }
  if (serves.demoLogin) {
    paths['/auth/demo-login'] = { post: demoLoginOperation };
    schemas.DemoLoginRequest = jsonSchema(demoLoginBody, 'input');
    schemas.DemoLoginResponse = jsonSchema(demoLoginResponse, 'output');
  }
  return {
    openapi: '3.1.0',
    info: { title: 'api-gateway', version: '1.0.0' },
    paths,
    components: { schemas },
  };
}
