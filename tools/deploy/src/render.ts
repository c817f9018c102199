// Renders a kustomize overlay with `kubectl kustomize` (the project's Kubernetes client: see
// docs/deploy.md for which kubectl and why) and parses the result.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT } from './repo';

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
};

export function kubectlVersion(): string {
  try {
    return execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      "kubectl not found: install Debian's package (apt-get install kubernetes-client) or see docs/deploy.md",
    );
  }
}

export function overlayNames(root = ROOT): string[] {
  return fs.readdirSync(path.join(root, 'deploy/k8s/overlays')).sort();
}

export function parseManifests(text: string): Manifest[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as Manifest | null)
    .filter((d): d is Manifest => d !== null);
}

export function renderOverlay(dir: string): Manifest[] {
  const out = execFileSync('kubectl', ['kustomize', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // kustomize v5 warns (stderr) that `bases`/`patchesStrategicMerge` are deprecated; they are
    // kept on purpose for kustomize v2 (Debian's kubectl 1.20).
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return parseManifests(out);
}

export function readCompose(root = ROOT): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as Record<string, unknown>;
}
