// The development identity provider's files for one stack. The mapping from provider groups to
// roles and centres (deploy/dev/identity-mapping.json) names the Köln centre, whose id only exists
// once the demo is seeded: the gateway reads a runtime copy (outside the repository, beside the
// logs) that starts with the placeholder and gets the real id after seeding; the gateway re-reads
// the file when it changes. A stack on other ports (AFTERSALES_DEV_PORT_OFFSET) also gets a copy
// of the clients file whose redirect URIs point at its own gateway.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type SeededGroup } from './sim/seed';

/** The issuer and gateway the checked-in files are written for. */
export const DEV_IDENTITY_PORT = 4010;
const DEV_ISSUER = `http://127.0.0.1:${DEV_IDENTITY_PORT}`;
const DEV_GATEWAY_PORT = 4000;
export const KOELN_GROUP = 'dg-demo-ws-koeln-advisors';

const MAPPING_TEMPLATE = 'deploy/dev/identity-mapping.json';
const CLIENTS_FILE = 'deploy/dev/identity-clients.json';

interface MappingGroup {
  group: string;
  centreIds: string[] | '*';
  [key: string]: unknown;
}
interface Mapping {
  tenants: Array<{ issuer: string; groups: MappingGroup[]; [key: string]: unknown }>;
}

/** Writes whole files only: the gateway never sees a half-written mapping. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export interface IdentityFiles {
  issuer: string;
  port: number;
  /** The runtime mapping copy the gateway's IDENTITY_MAPPING_FILE points at. */
  mappingFile: string;
  clientsFile: string;
}

/**
 * Prepares the provider's and the gateway's files for a stack whose provider listens on `port`
 * and whose gateway on `gatewayPort`; the mapping still has the placeholder centre.
 */
export function prepareIdentityFiles(
  repoRoot: string,
  runtimeDir: string,
  port: number,
  gatewayPort: number,
): IdentityFiles {
  const issuer = `http://127.0.0.1:${port}`;
  const mappingFile = path.join(runtimeDir, 'identity-mapping.json');
  let clientsFile = path.join(repoRoot, CLIENTS_FILE);
  if (gatewayPort !== DEV_GATEWAY_PORT) {
    const text = readFileSync(clientsFile, 'utf8').replace(
      new RegExp(`(//(?:localhost|127\\.0\\.0\\.1)):${DEV_GATEWAY_PORT}/`, 'g'),
      `$1:${gatewayPort}/`,
    );
    clientsFile = path.join(runtimeDir, 'identity-clients.json');
    writeAtomically(clientsFile, text);
  }
  const files = { issuer, port, mappingFile, clientsFile };
  writeIdentityMapping(repoRoot, files);
  return files;
}

/**
 * Writes the runtime mapping: the checked-in template with this stack's issuer and, once known,
 * the Köln advisors' centre.
 */
export function writeIdentityMapping(repoRoot: string, files: IdentityFiles, koelnCentreId?: string): void {
  const mapping = JSON.parse(readFileSync(path.join(repoRoot, MAPPING_TEMPLATE), 'utf8')) as Mapping;
  for (const tenant of mapping.tenants) {
    if (tenant.issuer === DEV_ISSUER) tenant.issuer = files.issuer;
    if (koelnCentreId)
      for (const g of tenant.groups) if (g.group === KOELN_GROUP) g.centreIds = [koelnCentreId];
  }
  writeAtomically(files.mappingFile, `${JSON.stringify(mapping, null, 2)}\n`);
}

/** The seeded centre named Köln (or Koeln), else the first seeded centre. */
export function koelnCentreId(group: SeededGroup): string | undefined {
  const i = group.plan.centres.findIndex((c, n) => /k(ö|oe)ln/i.test(c.name) && group.centreIds[n]);
  return (i >= 0 ? group.centreIds[i] : undefined) ?? group.centreIds.find(Boolean);
}
