// Shared fixtures: the services, rendered overlays and the parsed compose file, computed once.
import path from 'node:path';
import { overlays } from '../src/overlays';
import { type Manifest, overlayNames, readCompose, renderOverlay } from '../src/render';
import { ROOT, discoverServices } from '../src/repo';

export const services = discoverServices();
export const overlayList = overlayNames();

const rendered = new Map<string, Manifest[]>();
export function rendering(overlay: string): Manifest[] {
  if (!rendered.has(overlay))
    rendered.set(overlay, renderOverlay(path.join(ROOT, 'deploy/k8s/overlays', overlay)));
  return rendered.get(overlay) as Manifest[];
}

export function find(objects: Manifest[], kind: string, name: string): Manifest | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name);
}

export function get(objects: Manifest[], kind: string, name: string): Manifest {
  const found = find(objects, kind, name);
  if (!found) throw new Error(`${kind}/${name} not rendered`);
  return found;
}

export function overlaySettings(name: string) {
  const o = overlays.find((x) => x.name === name);
  if (!o) throw new Error(`no settings for overlay ${name}`);
  return o;
}

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args: Record<string, string> };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  command?: string[];
  restart?: string;
}

export function composeServices(): Record<string, ComposeService> {
  return (readCompose() as { services: Record<string, ComposeService> }).services;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;
