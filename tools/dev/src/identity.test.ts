// The dev stack's identity files: the runtime mapping (issuer of this stack, the Köln centre filled
// in after seeding) and, on moved ports, a clients file whose redirect URIs reach this stack's
// gateway, which the real provider then accepts in an authorization request.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KOELN_GROUP, koelnCentreId, prepareIdentityFiles, writeIdentityMapping } from './identity';
import { dealerGroupPlan } from './sim/data';
import { type SeededGroup } from './sim/seed';
import { repoRoot } from './stack';

interface Mapping {
  tenants: Array<{ issuer: string; groups: Array<{ group: string; centreIds: string[] | '*' }> }>;
}

describe('npm run dev identity files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dev-identity-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Mapping;
  const koeln = (m: Mapping) => m.tenants[0]!.groups.find((g) => g.group === KOELN_GROUP)!;

  it('on the usual ports: the checked-in clients file, the mapping with the placeholder, then the Köln centre', () => {
    const files = prepareIdentityFiles(repoRoot, dir, 4010, 4000);
    expect(files.clientsFile).toBe(path.join(repoRoot, 'deploy/dev/identity-clients.json'));
    expect(files.mappingFile).toBe(path.join(dir, 'identity-mapping.json'));
    const before = read(files.mappingFile);
    expect(before.tenants[0]!.issuer).toBe('http://127.0.0.1:4010');
    expect(koeln(before).centreIds).toEqual(
      read(path.join(repoRoot, 'deploy/dev/identity-mapping.json')).tenants[0]!.groups.find(
        (g) => g.group === KOELN_GROUP,
      )!.centreIds,
    );

    writeIdentityMapping(repoRoot, files, 'centre-koeln-id');
    const after = read(files.mappingFile);
    expect(koeln(after).centreIds).toEqual(['centre-koeln-id']);
    // Every other group keeps its centres.
    expect(after.tenants[0]!.groups.filter((g) => g.group !== KOELN_GROUP)).toEqual(
      before.tenants[0]!.groups.filter((g) => g.group !== KOELN_GROUP),
    );
  });

  it('picks the seeded centre named Köln, else the first seeded one', () => {
    const plan = dealerGroupPlan(1);
    const ids = plan.centres.map((_, i) => `id-${i}`);
    const i = plan.centres.findIndex((c) => /Köln/.test(c.name));
    expect(i).toBeGreaterThanOrEqual(0);
    const group = (centreIds: string[]) => ({ plan, centreIds }) as unknown as SeededGroup;
    expect(koelnCentreId(group(ids))).toBe(`id-${i}`);
    const withoutKoeln = { plan: { ...plan, centres: plan.centres.filter((_, n) => n !== i) } };
    expect(
      koelnCentreId({ ...withoutKoeln, centreIds: ['', 'id-x', 'id-y'] } as unknown as SeededGroup),
    ).toBe('id-x');
  });

  it('on moved ports: this stack issuer in the mapping, and the provider accepts the moved redirect URI', async () => {
    const files = prepareIdentityFiles(repoRoot, dir, 4745, 4744);
    expect(read(files.mappingFile).tenants[0]!.issuer).toBe('http://127.0.0.1:4745');
    expect(readFileSync(files.clientsFile, 'utf8')).toContain('http://localhost:4744/auth/callback');
    expect(readFileSync(files.clientsFile, 'utf8')).not.toContain(':4000/');

    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/identity-provider/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, IDP_PORT: '4745', IDP_CLIENTS_FILE: files.clientsFile },
      stdio: 'ignore',
    });
    try {
      for (let i = 0; ; i++) {
        const ok = await fetch(`${files.issuer}/.well-known/openid-configuration`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (i > 100) throw new Error('identity provider did not start');
        await new Promise((r) => setTimeout(r, 150));
      }
      const authorize = (redirectUri: string) =>
        fetch(
          `${files.issuer}/auth?${new URLSearchParams({
            client_id: 'aftersales-console',
            response_type: 'code',
            scope: 'openid profile email groups',
            redirect_uri: redirectUri,
            code_challenge: createHash('sha256').update(randomBytes(32)).digest('base64url'),
            code_challenge_method: 'S256',
          })}`,
          { redirect: 'manual' },
        );
      const ok = await authorize('http://localhost:4744/auth/callback');
      expect(ok.status).toBe(303);
      expect(ok.headers.get('location')).toMatch(/^\/interaction\//);
      // The usual gateway's callback is not this stack's.
      const other = await authorize('http://localhost:4000/auth/callback');
      expect(other.status).toBe(400);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
