// What the deployment is generated from: the services under services/ (their package.json
// "aftersales" block and config schema) and the contracts topic registry. Nothing here is a
// hand-kept list: a new service folder or a new topic shows up in every generated file.
import fs from 'node:fs';
import path from 'node:path';
import { DLQ_PARTITIONS, DLQ_RETENTION_MS, dlqTopicOf, topics } from '@aftersales/contracts';

export const ROOT = path.resolve(__dirname, '../../..');

export interface ServiceInfo {
  /** Folder name under services/, also the Kubernetes and compose name. */
  name: string;
  packageName: string;
  version: string;
  port: number;
  /** PostgreSQL database name; undefined for the gateway. */
  database?: string;
  gateway: boolean;
  dir: string;
  /** The topics it writes and reads (its Kafka ACLs in production); see kafkaAccess. */
  kafka?: KafkaDeclaration;
  /** Other services it calls over HTTP (package.json "aftersales".calls): egress to them, ingress on theirs. */
  calls?: string[];
  /** TCP ports it reaches outside the cluster (package.json "aftersales".externalPorts: SMTP, webhooks). */
  externalPorts?: number[];
}

/**
 * package.json "aftersales".kafka: registry topic names or patterns (`aftersales.repair.*`; a
 * leading `!` removes matches), expanded against the registry at generation time.
 */
export interface KafkaDeclaration {
  produces?: string[];
  consumes?: string[];
  /** Consumer group prefix when the groups are not KAFKA_CONSUMER_GROUP (the gateway's live feed). */
  consumerGroupPrefix?: string;
}

interface PackageJson {
  name: string;
  version: string;
  aftersales?: {
    port?: number;
    database?: string;
    gateway?: boolean;
    kafka?: KafkaDeclaration;
    calls?: string[];
    externalPorts?: number[];
  };
}

/** Every service folder with a package.json that declares its port, sorted by name. */
export function discoverServices(root = ROOT): ServiceInfo[] {
  const servicesDir = path.join(root, 'services');
  return fs
    .readdirSync(servicesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(servicesDir, d.name, 'package.json')))
    .map((d) => {
      const dir = path.join(servicesDir, d.name);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
      const port = pkg.aftersales?.port;
      if (!Number.isInteger(port))
        throw new Error(`services/${d.name}/package.json has no "aftersales".port`);
      return {
        name: d.name,
        packageName: pkg.name,
        version: pkg.version,
        port: port as number,
        database: pkg.aftersales?.database,
        gateway: pkg.aftersales?.gateway === true,
        dir,
        ...(pkg.aftersales?.kafka ? { kafka: pkg.aftersales.kafka } : {}),
        ...(pkg.aftersales?.calls ? { calls: pkg.aftersales.calls } : {}),
        ...(pkg.aftersales?.externalPorts ? { externalPorts: pkg.aftersales.externalPorts } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface PhysicalTopic {
  name: string;
  partitions: number;
  retentionMs: number;
  cleanupPolicy: 'delete' | 'compact';
  dlq: boolean;
  /** The topic this one is the dead-letter twin of. */
  of?: string;
}

/** Every topic to create, dead-letter topics included, from the contracts registry. */
export function physicalTopics(): PhysicalTopic[] {
  return topics.flatMap((t) => [
    {
      name: t.name,
      partitions: t.partitions,
      retentionMs: t.retentionMs,
      cleanupPolicy: t.cleanupPolicy,
      dlq: false,
    },
    {
      name: dlqTopicOf(t.name),
      partitions: DLQ_PARTITIONS,
      retentionMs: DLQ_RETENTION_MS,
      cleanupPolicy: 'delete' as const,
      dlq: true,
      of: t.name,
    },
  ]);
}

/**
 * Registry topic names matching declared names and patterns, in registry order. Throws on a name
 * or pattern that matches nothing, so a renamed topic cannot silently drop out of the ACLs.
 */
export function expandTopicPatterns(patterns: readonly string[], where: string): string[] {
  const names = topics.map((t) => t.name);
  const matches = (pattern: string) =>
    pattern.endsWith('*')
      ? names.filter((n) => n.startsWith(pattern.slice(0, -1)))
      : names.filter((n) => n === pattern);
  const chosen = new Set<string>();
  for (const entry of patterns) {
    const remove = entry.startsWith('!');
    const found = matches(remove ? entry.slice(1) : entry);
    if (found.length === 0) throw new Error(`${where}: "${entry}" matches no topic of the registry`);
    for (const n of found) {
      if (remove) chosen.delete(n);
      else chosen.add(n);
    }
  }
  return names.filter((n) => chosen.has(n));
}

/** deploy/dev/dev.env as a map (comments and blank lines skipped). */
export function readDevEnv(root = ROOT): Record<string, string> {
  const text = fs.readFileSync(path.join(root, 'deploy/dev/dev.env'), 'utf8');
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) env[m[1] as string] = m[2] as string;
  }
  return env;
}

/** customer -> CUSTOMER, parts-procurement -> PARTS_PROCUREMENT (the gateway's <NAME>_URL). */
export function envPrefix(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}
