// POST /v1/admin/identity-mapping/dry-run: what a token (or a set of claims) would get here, for
// an admin wiring up the provider's groups. A token is verified first (signature, issuer, and as
// an ID token for the console or an access token for this API); claims are taken as given.
import express, { Router } from 'express';
import { z } from 'zod';
import { ROLES, route } from '@aftersales/service-kit';
import { type Claims, mapClaims } from './identity-mapping';
import { isClientToken } from './authenticate';
import { type MappingFile } from './mapping-file';
import { type ProviderClient } from './provider-client';

export const DRY_RUN_PATH = '/v1/admin/identity-mapping/dry-run';

export const dryRunBody = z
  .object({
    token: z.string().min(10).max(20_000).optional().describe('an ID token or access token of the provider'),
    claims: z.record(z.string(), z.unknown()).optional().describe('claims as the provider would send them'),
    kind: z.enum(['user', 'client']).optional().describe('for claims: a person or a machine client'),
  })
  .refine((b) => (b.token === undefined) !== (b.claims === undefined), 'give exactly one of token, claims');

const scope = z.union([z.literal('*'), z.array(z.string())]);
export const dryRunResponse = z.object({
  granted: z.boolean(),
  kind: z.enum(['user', 'client']),
  identity: z
    .object({
      userId: z.string(),
      tenantId: z.string(),
      roles: z.array(z.enum(ROLES)),
      centreIds: scope,
      dealerIds: scope,
      name: z.string().optional(),
    })
    .optional(),
  matched: z.array(z.string()).describe('the mapping entries (groups, client:<id>) that matched'),
  reason: z.enum(['no_tenant', 'no_role']).optional(),
  detail: z.string().optional(),
});

export function dryRunRouter(mapping: MappingFile, provider: ProviderClient): Router {
  const r = Router();
  r.post(
    DRY_RUN_PATH,
    // /v1 bodies are the services' and are not parsed by the gateway; this one is its own.
    express.json({ limit: '32kb' }),
    route(
      { body: dryRunBody },
      async ({ body }) => {
        const claims: Claims = body.token ? await provider.verifyAnyToken(body.token) : body.claims!;
        const current = mapping.current();
        const kind = body.kind ?? (isClientToken(claims, current) ? 'client' : 'user');
        const outcome = mapClaims(current, claims, kind);
        const answer: z.input<typeof dryRunResponse> = outcome.ok
          ? { granted: true, kind, identity: outcome.identity, matched: outcome.matched }
          : { granted: false, kind, matched: [], reason: outcome.reason, detail: outcome.detail };
        return answer;
      },
      { roles: ['admin'], response: dryRunResponse },
    ),
  );
  return r;
}
