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
import { askBody, challengeResponse, customerSessionResponse, tryBody } from './self-service/sign-in';

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

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

const meSignInOperation = {
  operationId: 'postV1MeSignIn',
  summary: 'Customer self-service: send me a sign-in code',
  description:
    'Sends a one-time code to the e-mail address or mobile number given, if a customer of this ' +
    'platform has it; the answer is the same either way. Limited per contact and per address.',
  security: [],
  parameters: [],
  requestBody: { required: true, content: json('MeSignIn') },
  responses: {
    '202': {
      description: 'A code is on its way (if the contact is known)',
      content: json('MeSignInChallenge'),
    },
    '400': problem('Invalid body'),
    '403': problem('Sent from another site'),
    '422': problem('Not an e-mail address or phone number'),
    '429': problem('Too many codes asked for this contact or from this address'),
  },
};

const meVerifyOperation = {
  operationId: 'postV1MeSignInChallenge',
  summary: 'Customer self-service: sign in with the code',
  description:
    'Tries the code of a sign-in challenge (five tries per code, one use). The right code opens the ' +
    'session: an HttpOnly cookie, and the CSRF token /v1/me writes must send as `x-csrf-token`.',
  security: [],
  parameters: [
    { name: 'challengeId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
  ],
  requestBody: { required: true, content: json('MeSignInCode') },
  responses: {
    '200': { description: 'Signed in', content: json('MeSession') },
    '400': problem('Invalid body'),
    '404': problem('No such challenge'),
    '410': problem('The code expired or was used'),
    '422': problem('Wrong code (attemptsLeft says how many tries remain)'),
    '429': problem('Too many tries'),
  },
};

const meSessionOperation = {
  operationId: 'getV1MeSession',
  summary: "Customer self-service: this browser's session",
  security: [],
  parameters: [],
  responses: {
    '200': { description: 'The session', content: json('MeSession') },
    '401': problem('Not signed in'),
  },
};

const meSignOutOperation = {
  operationId: 'postV1MeSignOut',
  summary: 'Customer self-service: sign out',
  security: [],
  parameters: [],
  responses: { '204': { description: 'Signed out' }, '403': problem('Sent from another site') },
};

const meExportOperation = {
  operationId: 'getV1MeExport',
  summary: 'Customer self-service: download everything held about me (JSON)',
  description:
    "Each service's own GET /v1/me/export for the signed-in customer, side by side under `services`; " +
    'a service that did not answer is listed in `unavailable`. Session cookie required.',
  security: [],
  parameters: [],
  responses: {
    '200': {
      description: 'The export (Content-Disposition: attachment)',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['customerId', 'exportedAt', 'services', 'unavailable'],
            properties: {
              customerId: { type: 'string' },
              exportedAt: { type: 'string', format: 'date-time' },
              services: { type: 'object', additionalProperties: { type: 'object' } },
              unavailable: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    '401': problem('Not signed in'),
  },
};

/** The gateway's part of the merged document: what this gateway actually serves. */
export function gatewayOpenApi(serves: {
  live: boolean;
  signIn: boolean;
  selfService?: boolean;
}): OpenApiDocument {
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
  if (serves.selfService) {
    paths['/v1/me/sign-in'] = { post: meSignInOperation };
    paths['/v1/me/sign-in/{challengeId}'] = { post: meVerifyOperation };
    paths['/v1/me/session'] = { get: meSessionOperation };
    paths['/v1/me/sign-out'] = { post: meSignOutOperation };
    paths['/v1/me/export'] = { get: meExportOperation };
    schemas.MeSignIn = jsonSchema(askBody, 'input');
    schemas.MeSignInCode = jsonSchema(tryBody, 'input');
    schemas.MeSignInChallenge = jsonSchema(challengeResponse, 'output');
    schemas.MeSession = jsonSchema(customerSessionResponse, 'output');
  }
  return {
    openapi: '3.1.0',
    info: { title: 'api-gateway', version: '1.0.0' },
    paths,
    components: { schemas },
  };
}
