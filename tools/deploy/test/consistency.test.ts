// Compose, Kubernetes and the Dockerfile agree with the code: every service in services/ is
// deployed everywhere, every contracts topic (and its dead-letter twin) exists, image names,
// ports and variable names match, and each service's own config schema accepts the environment
// it is given.
import fs from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { topics as registry } from '@aftersales/contracts';
import { CONFIG_SUFFIX, IMAGE_PREFIX, PRISMA_CLI, SERVICE_SECRET_SUFFIX } from '../src/k8s';
import { ROOT, envPrefix, physicalTopics, readDevEnv } from '../src/repo';
import { gatewaySignInEnv } from '../src/generate';
import { failingVariables, isSecretName, loadConfigSchema } from '../src/service-env';
import { type Any, composeServices, get, overlayList, overlaySettings, rendering, services } from './helpers';

const devEnv = readDevEnv();
const gatewayInfo = () => {
  const gateway = services.find((s) => s.gateway);
  if (!gateway) throw new Error('no gateway');
  return gateway;
};
const compose = composeServices();
const dockerfileText = fs.readFileSync(path.join(ROOT, 'deploy/docker/Dockerfile'), 'utf8');

/** The environment a Deployment's main container sees, secrets replaced by schema-valid stand-ins. */
function k8sEnv(
  overlay: string,
  name: string,
): { env: Record<string, string>; secretRefs: Map<string, string> } {
  const objects = rendering(overlay);
  const container = (get(objects, 'Deployment', name) as Any).spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  const secretRefs = new Map<string, string>();
  for (const from of container.envFrom ?? []) {
    Object.assign(env, (get(objects, 'ConfigMap', from.configMapRef.name) as Any).data);
  }
  for (const e of container.env ?? []) {
    if (e.valueFrom?.secretKeyRef) {
      secretRefs.set(e.name, e.valueFrom.secretKeyRef.name);
      env[e.name] =
        e.name === 'DATABASE_URL'
          ? `postgresql://u:p@db:5432/${name}`
          : (devEnv[e.name] ?? 'missing-fixture');
    } else if (e.value !== undefined) {
      env[e.name] = e.value;
    }
  }
  return { env, secretRefs };
}

describe('every service in services/ is deployed', () => {
  it('finds the services (analytics included once it exists) with their ports', () => {
    expect(services.map((s) => s.name)).toEqual(
      expect.arrayContaining(['api-gateway', 'complaint', 'customer', 'parts-procurement', 'repair']),
    );
    expect(new Set(services.map((s) => s.port)).size).toBe(services.length);
  });

  it.each(services.map((s) => [s.name, s] as const))('%s is in compose and in every overlay', (name, s) => {
    expect(compose[name]).toBeDefined();
    if (s.database) expect(compose[`${name}-migrate`]).toBeDefined();
    for (const overlay of overlayList) {
      const objects = rendering(overlay);
      for (const kind of [
        'Deployment',
        'Service',
        'ServiceAccount',
        'PodDisruptionBudget',
        'NetworkPolicy',
      ]) {
        expect(get(objects, kind, name).metadata.namespace).toBe(overlaySettings(overlay).namespace);
      }
      get(objects, 'ConfigMap', `${name}${CONFIG_SUFFIX}`);
    }
  });

  it('the compose database init script creates every service database', () => {
    const sql = fs.readFileSync(path.join(ROOT, 'deploy/compose/init-databases.sql'), 'utf8');
    for (const s of services.filter((x) => x.database))
      expect(sql).toContain(`CREATE DATABASE ${s.database};`);
  });
});

describe('topics come from the contracts registry', () => {
  const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'contracts/schemas/topics.json'), 'utf8')) as {
    topics: {
      name: string;
      partitions: number;
      retentionMs: number;
      cleanupPolicy: string;
      dlq: { name: string; partitions: number };
    }[];
  };

  it('the registry and the committed topics.json agree', () => {
    expect(committed.topics.map((t) => t.name).sort()).toEqual(registry.map((t) => t.name).sort());
  });

  it.each(overlayList)(
    'overlay %s has a KafkaTopic for every topic and its DLQ, and nothing else',
    (overlay) => {
      const settings = overlaySettings(overlay);
      const topicObjects = rendering(overlay).filter((o) => o.kind === 'KafkaTopic') as Any[];
      const byName = new Map(topicObjects.map((o) => [o.spec.topicName, o]));
      expect([...byName.keys()].sort()).toEqual(committed.topics.flatMap((t) => [t.name, t.dlq.name]).sort());
      for (const t of committed.topics) {
        const main = byName.get(t.name);
        expect(main.spec.partitions).toBe(t.partitions);
        expect(main.spec.config['retention.ms']).toBe(t.retentionMs);
        expect(main.spec.config['cleanup.policy']).toBe(t.cleanupPolicy);
        expect(main.spec.replicas).toBe(settings.topicReplicas);
        expect(main.spec.config['min.insync.replicas']).toBe(settings.minInsyncReplicas);
        const dlq = byName.get(t.dlq.name);
        expect(dlq.spec.partitions).toBe(t.dlq.partitions);
        expect(dlq.metadata.labels['aftersales/topic-kind']).toBe('dead-letter');
      }
    },
  );

  it('the compose topic job creates every topic and DLQ with the registry partitions and retention', () => {
    const script = fs.readFileSync(path.join(ROOT, 'deploy/compose/create-topics.sh'), 'utf8');
    const lines = script.split('\n').filter((l) => l.startsWith('create '));
    expect(lines.sort()).toEqual(
      physicalTopics()
        .map((t) => `create ${t.name} ${t.partitions} ${t.retentionMs} ${t.cleanupPolicy}`)
        .sort(),
    );
    expect(compose['kafka-topics']?.depends_on?.kafka?.condition).toBe('service_healthy');
  });
});

describe('images, ports and variable names agree across Dockerfile, compose and Kubernetes', () => {
  it('the Dockerfile is multi-stage, non-root, SIGTERM-friendly, with a liveness HEALTHCHECK on $PORT', () => {
    const df = DockerfileParser.parse(dockerfileText);
    const froms = df.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const finalStageStart = froms[froms.length - 1]?.getRange().start.line ?? 0;
    const finalStage = df.getInstructions().filter((i) => i.getRange().start.line >= finalStageStart);
    const runs = finalStage
      .filter((i) => i.getKeyword() === 'RUN')
      .map((i) => i.getRawArgumentsContent() ?? '');
    expect(runs.join('\n')).toMatch(/npm ci --omit=dev/);
    expect(finalStage.find((i) => i.getKeyword() === 'USER')?.getArgumentsContent()).toBe('node');
    expect(finalStage.find((i) => i.getKeyword() === 'EXPOSE')?.getArgumentsContent()).toBe('${PORT}');
    const health = df.getHEALTHCHECKs()[0]?.getRawArgumentsContent() ?? '';
    expect(health).toMatch(/process\.env\.PORT\+'\/health\/live'/);
    const cmd = df.getCMDs().at(-1)?.getRawArgumentsContent() ?? '';
    expect(JSON.parse(cmd)).toEqual(['node', 'dist/main.js']);
    // The build stage installs every workspace and builds through turbo, whose build task runs
    // `generate` (prisma generate) first for services that have a Prisma schema.
    const buildRuns = df
      .getInstructions()
      .filter((i) => i.getKeyword() === 'RUN' && i.getRange().start.line < finalStageStart);
    expect(buildRuns.map((i) => i.getRawArgumentsContent()).join('\n')).toMatch(
      /npm ci[\s\S]*turbo run build/,
    );
    const turbo = JSON.parse(fs.readFileSync(path.join(ROOT, 'turbo.json'), 'utf8'));
    expect(turbo.tasks.build.dependsOn).toContain('generate');
  });

  it.each(services.map((s) => [s.name, s] as const))('%s: image, ports and build args', (name, s) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(s.dir, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/main.js');
    if (fs.existsSync(path.join(s.dir, 'prisma'))) expect(pkg.scripts.generate).toMatch(/prisma-generate/);
    const c = compose[name] as Any;
    expect(c.image).toBe(`${IMAGE_PREFIX}${name}:local`);
    expect(c.build).toEqual({
      context: '.',
      dockerfile: 'deploy/docker/Dockerfile',
      args: { SERVICE: name, PORT: String(s.port) },
    });
    expect(c.environment.PORT).toBe(String(s.port));
    expect(c.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${s.port}/health/ready`);
    if (s.database) {
      const m = compose[`${name}-migrate`] as Any;
      expect(m.image).toBe(c.image);
      expect(m.command).toEqual(['node', PRISMA_CLI, 'migrate', 'deploy']);
      expect(m.environment.DATABASE_URL).toBe(c.environment.DATABASE_URL);
    }
    for (const overlay of overlayList) {
      const settings = overlaySettings(overlay);
      const objects = rendering(overlay);
      const dep = get(objects, 'Deployment', name) as Any;
      const container = dep.spec.template.spec.containers[0];
      const repo = `${settings.imageRegistry ? `${settings.imageRegistry}/` : ''}${IMAGE_PREFIX}${name}`;
      expect(container.image).toBe(`${repo}:${settings.imageTag}`);
      for (const init of dep.spec.template.spec.initContainers ?? [])
        expect(init.image).toBe(container.image);
      expect(container.ports).toEqual([{ name: 'http', containerPort: s.port, protocol: 'TCP' }]);
      expect((get(objects, 'Service', name) as Any).spec.ports[0].port).toBe(s.port);
      expect((get(objects, 'ConfigMap', `${name}${CONFIG_SUFFIX}`) as Any).data.PORT).toBe(String(s.port));
    }
  });

  // Staff sign-in needs an identity provider, which the compose stack does not have: the gateway
  // there takes bearer tokens only (docs/deploy.md); both overlays sign staff in.
  // (AUTH_JWKS_URL is the gateway's key source in prod, compared below like every service's.)
  const signInNames = new Set(
    Object.keys(gatewaySignInEnv(overlaySettings('prod'), gatewayInfo())).filter(
      (n) => n !== 'AUTH_JWKS_URL',
    ),
  );

  it.each(services.map((s) => [s.name] as const))(
    '%s: compose and the dev overlay set the same variables',
    (name) => {
      const composeNames = Object.keys((compose[name] as Any).environment).sort();
      const notSignIn = (n: string) => !signInNames.has(n);
      expect(Object.keys(k8sEnv('dev', name).env).filter(notSignIn).sort()).toEqual(composeNames);
      // prod verifies tokens against the gateway's JWKS instead of the dev secret, and
      // reaches Kafka over TLS with its KafkaUser (the KAFKA_SSL* / KAFKA_SASL* variables).
      // prod's notification service is a machine client of the provider (CONTACT_*), and prod
      // seals sign-in codes under its own key (dev and compose use the development default).
      const prodNames = Object.keys(k8sEnv('prod', name).env)
        .filter((n) => !(n.startsWith('KAFKA_SSL') || n.startsWith('KAFKA_SASL_')))
        .filter((n) => !n.startsWith('CONTACT_') && n !== 'SIGN_IN_CODE_KEY')
        .filter(notSignIn)
        .map((n) => (n === 'AUTH_JWKS_URL' ? 'AUTH_HS256_SECRET' : n));
      expect(prodNames.sort()).toEqual(composeNames);
    },
  );

  it('the gateway signs staff in in both overlays; prod services verify its forwarded identities', () => {
    const gateway = gatewayInfo();
    for (const overlay of overlayList) {
      const { env, secretRefs } = k8sEnv(overlay, gateway.name);
      const settings = overlaySettings(overlay);
      const mappingFile = env.IDENTITY_MAPPING_FILE as string;
      expect(env.OIDC_ISSUER_URL).toBe(settings.signIn.issuerUrl);
      expect(env.PUBLIC_URL).toBe(settings.signIn.publicUrl);
      expect(secretRefs.get('OIDC_CLIENT_SECRET')).toBe(`${gateway.name}${SERVICE_SECRET_SUFFIX}`);
      // The mapping file is the mounted ConfigMap, as a directory (subPath mounts never update).
      const objects = rendering(overlay);
      const spec = (get(objects, 'Deployment', gateway.name) as Any).spec.template.spec;
      const mount = spec.containers[0].volumeMounts.find((m: Any) =>
        mappingFile.startsWith(`${m.mountPath}/`),
      );
      expect(mount).toBeDefined();
      expect(mount.subPath).toBeUndefined();
      const volume = spec.volumes.find((v: Any) => v.name === mount.name);
      const cm = get(objects, 'ConfigMap', volume.configMap.name) as Any;
      const file = mappingFile.slice(mount.mountPath.length + 1);
      const mapping = JSON.parse(cm.data[file]);
      expect(mapping.tenants.map((t: Any) => t.issuer)).toContain(settings.signIn.issuerUrl);
      // The gateway's own schema accepts it (a bad mapping would stop the gateway at start-up).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { identityMappingSchema } = require(
        path.join(gateway.dir, 'src/sign-in/identity-mapping.ts'),
      ) as {
        identityMappingSchema: { safeParse(v: unknown): { success: boolean; error?: unknown } };
      };
      const parsed = identityMappingSchema.safeParse(mapping);
      expect(parsed.error).toBeUndefined();
      expect(parsed.success).toBe(true);
      // Sessions live in one replica: the Service and the Ingress keep a browser on its replica.
      expect((get(objects, 'Service', gateway.name) as Any).spec.sessionAffinity).toBe('ClientIP');
      expect((get(objects, 'Ingress', gateway.name) as Any).metadata.annotations).toMatchObject({
        'nginx.ingress.kubernetes.io/affinity': 'cookie',
        'nginx.ingress.kubernetes.io/affinity-mode': 'persistent',
      });
    }
    const prod = k8sEnv('prod', gateway.name);
    expect(prod.secretRefs.get('INTERNAL_TOKEN_KEY_PEM')).toBe(`${gateway.name}${SERVICE_SECRET_SUFFIX}`);
    expect(k8sEnv('dev', gateway.name).env).not.toHaveProperty('INTERNAL_TOKEN_KEY_PEM');
    for (const s of services.filter((x) => !x.gateway)) {
      expect(k8sEnv('prod', s.name).env.AUTH_JWKS_URL).toBe(
        `http://${gateway.name}.${overlaySettings('prod').namespace}.svc:${gateway.port}/.well-known/jwks.json`,
      );
      expect(k8sEnv('prod', s.name).env.AUTH_ISSUER).toBe(prod.env.AUTH_ISSUER);
    }
  });

  it('the gateway reaches every other service by its <NAME>_URL, on its port', () => {
    const gateway = services.find((s) => s.gateway);
    const env = (compose[gateway?.name as string] as Any).environment;
    for (const s of services.filter((x) => !x.gateway)) {
      expect(env[`${envPrefix(s.name)}_URL`]).toBe(`http://${s.name}:${s.port}`);
      expect(k8sEnv('prod', gateway?.name as string).env[`${envPrefix(s.name)}_URL`]).toBe(
        `http://${s.name}:${s.port}`,
      );
    }
  });
});

describe("each service's config schema accepts what it is given", () => {
  it.each(services.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const schema = loadConfigSchema(s);
    const required = failingVariables(schema, {}).filter((v) => v !== '(root)');
    expect(required.length).toBeGreaterThan(0);
    const composeEnv = (compose[name] as Any).environment;
    for (const v of required) expect(composeEnv).toHaveProperty(v);
    expect(failingVariables(schema, composeEnv)).toEqual([]);
    for (const overlay of overlayList) {
      const { env } = k8sEnv(overlay, name);
      for (const v of required) expect(env).toHaveProperty(v);
      expect(failingVariables(schema, env)).toEqual([]);
    }
  });

  it('a schema that requires a variable nobody sets is noticed', () => {
    const customer = services.find((s) => s.name === 'customer');
    if (!customer) throw new Error('customer service missing');
    const env = { ...(compose.customer as Any).environment };
    delete env.CUSTOMER_BLIND_INDEX_KEY;
    expect(failingVariables(loadConfigSchema(customer), env)).toEqual(['CUSTOMER_BLIND_INDEX_KEY']);
  });
});

describe('secrets are references only', () => {
  it.each(overlayList)('overlay %s contains no Secret and no secret value', (overlay) => {
    const objects = rendering(overlay);
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    for (const cm of objects.filter((o) => o.kind === 'ConfigMap') as Any[]) {
      for (const key of Object.keys(cm.data)) expect(isSecretName(key)).toBe(false);
    }
    for (const s of services) {
      const { secretRefs } = k8sEnv(overlay, s.name);
      for (const [variable, secret] of secretRefs) {
        expect(isSecretName(variable) || variable.startsWith('CUSTOMER_')).toBe(true);
        const allowed = [`${s.name}${SERVICE_SECRET_SUFFIX}`, overlaySettings(overlay).auth.hs256SecretName];
        expect(allowed).toContain(secret);
      }
      if (s.database) expect(secretRefs.get('DATABASE_URL')).toBe(`${s.name}${SERVICE_SECRET_SUFFIX}`);
    }
  });

  it('no literal value in any Deployment env looks like a secret', () => {
    for (const overlay of overlayList) {
      for (const dep of rendering(overlay).filter((o) => o.kind === 'Deployment') as Any[]) {
        const spec = dep.spec.template.spec;
        for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
          for (const e of c.env ?? [])
            if (isSecretName(e.name)) expect(e.valueFrom?.secretKeyRef).toBeDefined();
        }
      }
    }
  });
});

describe('pods are locked down and probed', () => {
  it.each(overlayList)('overlay %s', (overlay) => {
    for (const s of services) {
      const dep = get(rendering(overlay), 'Deployment', s.name) as Any;
      const pod = dep.spec.template.spec;
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(pod.automountServiceAccountToken).toBe(false);
      expect(pod.serviceAccountName).toBe(s.name);
      expect(pod.volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } });
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        expect(c.securityContext).toEqual({
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(c.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
        expect(c.resources.requests.cpu).toBeDefined();
        expect(c.resources.limits.memory).toBeDefined();
      }
      const main = pod.containers[0];
      expect(main.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(main.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(main.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(main.resources).toEqual(overlaySettings(overlay).resources);
      const migrate = (pod.initContainers ?? []).find((c: Any) => c.name === 'migrate');
      if (s.database) {
        expect(migrate.command).toEqual(['node', PRISMA_CLI, 'migrate', 'deploy']);
        expect(migrate.env.find((e: Any) => e.name === 'DATABASE_URL').valueFrom.secretKeyRef.name).toBe(
          `${s.name}${SERVICE_SECRET_SUFFIX}`,
        );
      } else {
        expect(migrate).toBeUndefined();
      }
    }
  });
});

describe('autoscaling', () => {
  it.each(overlayList)(
    'overlay %s: consumers scale on lag of their own group, others on CPU, never both',
    (overlay) => {
      const objects = rendering(overlay);
      const maxPartitions = Math.max(...registry.map((t) => t.partitions));
      for (const s of services) {
        const group = k8sEnv(overlay, s.name).env.KAFKA_CONSUMER_GROUP;
        const hpa = objects.filter(
          (o) => o.kind === 'HorizontalPodAutoscaler' && (o as Any).spec.scaleTargetRef.name === s.name,
        );
        const so = objects.filter(
          (o) => o.kind === 'ScaledObject' && (o as Any).spec.scaleTargetRef.name === s.name,
        ) as Any[];
        expect(hpa.length + so.length).toBe(1);
        if (group) {
          expect(so).toHaveLength(1);
          const kafka = so[0].spec.triggers.find((t: Any) => t.type === 'kafka');
          expect(kafka.metadata.consumerGroup).toBe(group);
          expect(kafka.metadata.bootstrapServers).toBe(k8sEnv(overlay, s.name).env.KAFKA_BROKERS);
          expect(so[0].spec.triggers.map((t: Any) => t.type)).toContain('cpu');
          expect(so[0].spec.maxReplicaCount).toBeLessThanOrEqual(maxPartitions);
        } else {
          expect(hpa).toHaveLength(1);
        }
        const pdb = get(objects, 'PodDisruptionBudget', s.name) as Any;
        expect(pdb.spec.selector.matchLabels).toEqual(
          (get(objects, 'Deployment', s.name) as Any).spec.selector.matchLabels,
        );
      }
    },
  );
});

describe('network policies', () => {
  it.each(overlayList)(
    'overlay %s: ingress only from the gateway (gateway only from the ingress controller)',
    (overlay) => {
      const objects = rendering(overlay);
      const gateway = services.find((s) => s.gateway) as (typeof services)[number];
      for (const s of services) {
        const np = get(objects, 'NetworkPolicy', s.name) as Any;
        expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
        expect(np.spec.ingress).toHaveLength(1);
        const from = np.spec.ingress[0].from;
        if (s.gateway) {
          expect(from).toEqual([
            { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
          ]);
        } else {
          // The gateway, and the services that declare they call this one ("aftersales".calls).
          const callers = services.filter((x) => !x.gateway && x.calls?.includes(s.name));
          expect(from).toEqual(
            [gateway, ...callers].map((c) => ({
              podSelector: { matchLabels: { 'app.kubernetes.io/name': c.name } },
            })),
          );
        }
        expect(np.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: s.port }]);
        const egressPorts = np.spec.egress.flatMap((e: Any) => e.ports.map((p: Any) => p.port)).sort();
        const upstreamPorts = s.gateway
          ? services.filter((x) => !x.gateway).map((x) => x.port)
          : services.filter((x) => s.calls?.includes(x.name)).map((x) => x.port);
        expect(egressPorts).toEqual(
          [53, 53, 4317, 4318, ...upstreamPorts, ...(s.externalPorts ?? [])].sort(),
        );
        // Kafka on the overlay's listener (plain 9092, tls 9093), from its own policy.
        const kafka = objects.find(
          (o) => o.kind === 'NetworkPolicy' && o.metadata.name === `${s.name}-kafka`,
        ) as Any;
        const brokers = k8sEnv(overlay, s.name).env.KAFKA_BROKERS;
        if (brokers) {
          expect(kafka.spec.egress.flatMap((e: Any) => e.ports.map((p: Any) => p.port))).toEqual([
            Number(brokers.split(':')[1]),
          ]);
          expect(kafka.spec.egress[0].to[0].podSelector.matchLabels).toEqual({
            'strimzi.io/cluster': 'aftersales',
          });
        } else {
          expect(kafka).toBeUndefined();
        }
        const db = objects.find(
          (o) => o.kind === 'NetworkPolicy' && o.metadata.name === `${s.name}-database`,
        ) as Any;
        if (s.database) {
          expect(db.spec.egress).toEqual([
            {
              to: [{ ipBlock: { cidr: overlaySettings(overlay).databaseCidr } }],
              ports: [{ protocol: 'TCP', port: 5432 }],
            },
          ]);
          expect(db.spec.ingress).toBeUndefined();
        } else {
          expect(db).toBeUndefined();
        }
      }
      const ingress = get(objects, 'Ingress', gateway.name) as Any;
      expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({
        name: gateway.name,
        port: { name: 'http' },
      });
    },
  );
});

describe('compose start-up order', () => {
  it('each service waits for its migration, the topics and the broker; the gateway for every service', () => {
    for (const s of services) {
      const deps = (compose[s.name] as Any).depends_on;
      const env = (compose[s.name] as Any).environment;
      if (s.database) {
        expect(deps[`${s.name}-migrate`]).toEqual({ condition: 'service_completed_successfully' });
        expect((compose[`${s.name}-migrate`] as Any).depends_on.postgres).toEqual({
          condition: 'service_healthy',
        });
      }
      if (env.KAFKA_BROKERS) {
        expect(env.KAFKA_BROKERS).toBe('kafka:9092');
        expect(deps['kafka-topics']).toEqual({ condition: 'service_completed_successfully' });
      }
      if (s.gateway) {
        for (const u of services.filter((x) => !x.gateway))
          expect(deps[u.name]).toEqual({ condition: 'service_healthy' });
        expect((compose[s.name] as Any).ports).toEqual([`4000:${s.port}`]);
      } else {
        expect((compose[s.name] as Any).ports).toBeUndefined();
      }
      for (const target of Object.keys(deps)) expect(compose[target]).toBeDefined();
    }
    for (const infra of ['kafka', 'postgres'])
      expect((compose[infra] as Any).healthcheck.test.length).toBeGreaterThan(1);
    expect((compose.kafka as Any).image).toBe('apache/kafka:3.9.1');
    expect((compose.kafka as Any).environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    // KRaft formats storage with CLUSTER_ID: a base64url-encoded 16-byte UUID.
    expect(Buffer.from((compose.kafka as Any).environment.CLUSTER_ID, 'base64url')).toHaveLength(16);
    expect((compose.kafka as Any).environment.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect((compose.postgres as Any).image).toBe('postgres:16');
  });

  it('uses the dev auth settings from deploy/dev/dev.env', () => {
    for (const s of services) {
      const env = (compose[s.name] as Any).environment;
      for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_HS256_SECRET'])
        expect(env[key]).toBe(devEnv[key]);
    }
  });

  it('the collector config the compose file mounts exists and exports to Jaeger', () => {
    const collector = compose['otel-collector'] as Any;
    const mount = (collector.volumes[0] as string).split(':')[0] as string;
    const config = fs.readFileSync(path.join(ROOT, mount), 'utf8');
    expect(config).toMatch(/otlp/);
    expect(config).toMatch(/jaeger:4317/);
  });
});

describe("prod's notification service reads contact data as a machine client", () => {
  it('takes client-credentials tokens from the provider and asks the gateway, with the secret from its Secret', () => {
    const prod = k8sEnv('prod', 'notification');
    const gateway = services.find((s) => s.gateway)!;
    expect(prod.env.CUSTOMER_URL).toBe(`http://${gateway.name}:${gateway.port}`);
    expect(prod.env.CONTACT_TOKEN_URL).toMatch(/^https:\/\//);
    expect(prod.env.CONTACT_CLIENT_ID).toBe('aftersales-notification');
    expect(prod.secretRefs.get('CONTACT_CLIENT_SECRET')).toBe(`notification${SERVICE_SECRET_SUFFIX}`);
    // dev mints its own tokens with the HS256 secret and talks to the customer service directly.
    const dev = k8sEnv('dev', 'notification');
    expect(dev.env).not.toHaveProperty('CONTACT_TOKEN_URL');
    expect(dev.env.CUSTOMER_URL).toBe('http://customer:4001');
  });
});
