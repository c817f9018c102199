// Finds the platform's services: every services/<name>/package.json with an "aftersales" block
// saying how to run it. Adding a service needs no change here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ServiceManifest {
  name: string;
  dir: string;
  port: number;
  /** Database name on the shared dev server; absent for stateless services (the gateway). */
  database?: string;
  migrationsDir?: string;
  /** Entry point relative to dir, run with node after `npm run build`. */
  main: string;
  /** Started after the others (the gateway, which needs them up). */
  gateway?: boolean;
}

interface PackageJson {
  name: string;
  aftersales?: { port: number; database?: string; migrations?: string; main?: string; gateway?: boolean };
}

export function discoverServices(repoRoot: string): ServiceManifest[] {
  const servicesDir = path.join(repoRoot, 'services');
  if (!existsSync(servicesDir)) return [];
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(servicesDir, d.name, 'package.json')))
    .flatMap((d): ServiceManifest[] => {
      const dir = path.join(servicesDir, d.name);
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
      const a = pkg.aftersales;
      if (!a) return [];
      const manifest: ServiceManifest = { name: d.name, dir, port: a.port, main: a.main ?? 'dist/main.js' };
      if (a.database) {
        manifest.database = a.database;
        manifest.migrationsDir = path.join(dir, a.migrations ?? 'prisma/migrations');
      }
      if (a.gateway) manifest.gateway = true;
      return [manifest];
    })
    .sort((a, b) => Number(a.gateway ?? false) - Number(b.gateway ?? false) || a.name.localeCompare(b.name));
}
