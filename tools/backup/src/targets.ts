// Which databases to back up: every services/<name>/package.json with "aftersales".database, the
// same rule tools/dev uses to create them, so a new service is backed up without a change here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DatabaseTarget {
  service: string;
  database: string;
}

export function discoverDatabases(repoRoot: string): DatabaseTarget[] {
  const servicesDir = path.join(repoRoot, 'services');
  if (!existsSync(servicesDir)) return [];
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(servicesDir, d.name, 'package.json')))
    .flatMap((d) => {
      const pkg = JSON.parse(readFileSync(path.join(servicesDir, d.name, 'package.json'), 'utf8')) as {
        aftersales?: { database?: string };
      };
      const database = pkg.aftersales?.database;
      return database ? [{ service: d.name, database }] : [];
    })
    .sort((a, b) => a.service.localeCompare(b.service));
}

/** Keeps the named services; an unknown name is an error, never silently skipped. */
export function selectServices<T extends { service: string }>(all: T[], names: string[] | undefined): T[] {
  if (!names) return all;
  const unknown = names.filter((n) => !all.some((t) => t.service === n));
  if (unknown.length > 0) {
    throw new Error(
      `unknown service(s): ${unknown.join(', ')} (known: ${all.map((t) => t.service).join(', ') || 'none'})`,
    );
  }
  return all.filter((t) => names.includes(t.service));
}
