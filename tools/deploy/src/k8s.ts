// The kustomize tree under deploy/k8s as objects: base/ (one file per service plus the
// kustomization) and overlays/<env>/ (ConfigMaps, KafkaTopics, Ingress, database egress,
// patches, image names). Written by generate.ts; never edited by hand.
import { dlqTopicOf } from '@aftersales/contracts';
import {
  IDENTITY_MAPPING_CONFIGMAP,
  IDENTITY_MAPPING_DIR,
  IDENTITY_MAPPING_KEY,
  cluster,
  kafkaBootstrap,
  type Overlay,
} from './overlays';
import { expandTopicPatterns, type PhysicalTopic, type ServiceInfo } from './repo';
import { type ServiceEnv } from './service-env';

export type K8sObject = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
};

export const IMAGE_PREFIX = 'aftersales/';
export const PRISMA_CLI = '/app/node_modules/prisma/build/index.js';
export const SERVICE_SECRET_SUFFIX = '-secrets';
export const CONFIG_SUFFIX = '-config';
export const DEV_AUTH_KEY = 'AUTH_HS256_SECRET';
/** The gateway's signing key for forwarded identities: prod only (dev signs with the HS256 secret). */
export const INTERNAL_KEY = 'INTERNAL_TOKEN_KEY_PEM';
/** The notification service's client secret at the provider: prod only (dev mints HS256 tokens). */
export const CONTACT_SECRET_KEY = 'CONTACT_CLIENT_SECRET';
/** The customer and notification services' key for sealed sign-in codes: prod only (dev has a default). */
export const SIGN_IN_CODE_KEY = 'SIGN_IN_CODE_KEY';
/** Secrets of a service's own Secret that only some overlays have (added by their patches). */
const OWN_OVERLAY_SECRETS = [INTERNAL_KEY, CONTACT_SECRET_KEY, SIGN_IN_CODE_KEY];
/** Secrets only some overlays have: added by the overlay's patches, never by the base. */
const OVERLAY_SECRETS = new Set([DEV_AUTH_KEY, ...OWN_OVERLAY_SECRETS]);
const IDENTITY_MAPPING_VOLUME = 'identity-mapping';
/** Where the KafkaUser's password and the cluster CA are mounted (tls listener overlays). */
export const KAFKA_CREDENTIALS_DIR = '/etc/aftersales/kafka';
const KAFKA_CREDENTIALS_VOLUME = 'kafka-credentials';

/** The Strimzi KafkaUser (and so the Kafka principal and the Secret Strimzi writes) of a service. */
export function kafkaUserName(service: ServiceInfo): string {
  return `aftersales-${service.name}`;
}

/** The KAFKA_SSL* / KAFKA_SASL* variables of a service in an overlay (none on the plain listener). */
export function kafkaSecurityEnv(service: ServiceInfo, overlay: Overlay): Record<string, string> {
  if (overlay.kafkaListener === 'plain') return {};
  return {
    KAFKA_SSL: 'true',
    KAFKA_SSL_CA_FILE: `${KAFKA_CREDENTIALS_DIR}/ca.crt`,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: kafkaUserName(service),
    KAFKA_SASL_PASSWORD_FILE: `${KAFKA_CREDENTIALS_DIR}/password`,
  };
}

export function imageOf(service: ServiceInfo): string {
  return `${IMAGE_PREFIX}${service.name}`;
}

const NAME_LABEL = 'app.kubernetes.io/name';

function labels(service: ServiceInfo): Record<string, string> {
  return { [NAME_LABEL]: service.name, 'app.kubernetes.io/part-of': 'aftersales' };
}

const containerSecurity = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

/** Env entries that come from Secrets: the service's own Secret (database URL, keys). */
function secretEnv(service: ServiceInfo, env: ServiceEnv): Record<string, unknown>[] {
  return Object.keys(env.secrets)
    .filter((name) => !OVERLAY_SECRETS.has(name))
    .sort()
    .map((name) => ({
      name,
      valueFrom: { secretKeyRef: { name: `${service.name}${SERVICE_SECRET_SUFFIX}`, key: name } },
    }));
}

/** The base objects of one service. */
export function baseObjects(service: ServiceInfo, env: ServiceEnv, all: ServiceInfo[]): K8sObject[] {
  const meta = { name: service.name, labels: labels(service) };
  const probe = (path: string, period: number, failures: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds: period,
    timeoutSeconds: 2,
    failureThreshold: failures,
  });
  const tmp = { name: 'tmp', mountPath: '/tmp' };
  // The gateway's claims mapping: the whole ConfigMap as a directory (not subPath), so an edited
  // mapping reaches the running pods (the kubelet swaps the files; the gateway re-reads them).
  const mappingMount = service.gateway
    ? [{ name: IDENTITY_MAPPING_VOLUME, mountPath: IDENTITY_MAPPING_DIR, readOnly: true }]
    : [];
  const mappingVolume = service.gateway
    ? [
        {
          name: IDENTITY_MAPPING_VOLUME,
          configMap: {
            name: IDENTITY_MAPPING_CONFIGMAP,
            items: [{ key: IDENTITY_MAPPING_KEY, path: IDENTITY_MAPPING_KEY }],
          },
        },
      ]
    : [];
  const initContainers = env.usesDatabase
    ? [
        {
          // Every pod of a new version starts only after its schema is migrated; prisma migrate
          // deploy takes an advisory lock, so replicas starting together migrate once.
          name: 'migrate',
          image: imageOf(service),
          command: ['node', PRISMA_CLI, 'migrate', 'deploy'],
          env: [
            ...secretEnv(service, env).filter((e) => e.name === 'DATABASE_URL'),
            { name: 'HOME', value: '/tmp' },
            { name: 'CHECKPOINT_DISABLE', value: '1' },
          ],
          resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
          securityContext: containerSecurity,
          volumeMounts: [tmp],
        },
      ]
    : undefined;
  const deployment: K8sObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta,
    spec: {
      // No replicas: the autoscaler owns the count; applying the manifest must not reset it.
      revisionHistoryLimit: 5,
      selector: { matchLabels: { [NAME_LABEL]: service.name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(service) },
        spec: {
          serviceAccountName: service.name,
          automountServiceAccountToken: false,
          // SHUTDOWN_TIMEOUT_MS (10 s) plus the preStop pause fits well inside.
          terminationGracePeriodSeconds: 30,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 1000,
            runAsGroup: 1000,
            fsGroup: 1000,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          ...(initContainers ? { initContainers } : {}),
          containers: [
            {
              name: service.name,
              image: imageOf(service),
              ports: [{ name: 'http', containerPort: service.port, protocol: 'TCP' }],
              envFrom: [{ configMapRef: { name: `${service.name}${CONFIG_SUFFIX}` } }],
              ...(secretEnv(service, env).length ? { env: secretEnv(service, env) } : {}),
              startupProbe: probe('/health/live', 2, 30),
              readinessProbe: probe('/health/ready', 5, 3),
              livenessProbe: probe('/health/live', 10, 3),
              // Let endpoints drop the pod before SIGTERM starts the drain.
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              // Measured (docs/performance.md): 150-175 MB idle, up to ~280 MB under load with the
              // image's heap limits (old space 192 MB + ~120 MB outside the heap).
              resources: {
                requests: { cpu: '100m', memory: '192Mi' },
                limits: { cpu: '500m', memory: '384Mi' },
              },
              securityContext: containerSecurity,
              volumeMounts: [tmp, ...mappingMount],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }, ...mappingVolume],
        },
      },
    },
  };
  const objects: K8sObject[] = [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta, automountServiceAccountToken: false },
    deployment,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        type: 'ClusterIP',
        selector: { [NAME_LABEL]: service.name },
        ports: [{ name: 'http', port: service.port, targetPort: 'http', protocol: 'TCP' }],
        // Signed-in sessions live in one gateway replica's memory: keep a client on its replica
        // for as long as a session can last (SESSION_MAX_HOURS). ingress-nginx bypasses the
        // Service's balancing, so the Ingress carries its own cookie affinity (ingress()).
        ...(service.gateway
          ? {
              sessionAffinity: 'ClientIP',
              sessionAffinityConfig: { clientIP: { timeoutSeconds: GATEWAY_AFFINITY_SECONDS } },
            }
          : {}),
      },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: meta,
      spec: { maxUnavailable: 1, selector: { matchLabels: { [NAME_LABEL]: service.name } } },
    },
    autoscaler(service, env),
    networkPolicy(service, all),
  ];
  return objects;
}

/**
 * Consumers scale with KEDA on consumer lag and CPU (one ScaledObject, which owns the HPA it
 * creates); the gateway, which consumes nothing, with a plain CPU HPA. Two autoscalers on one
 * Deployment would fight, so a service never gets both.
 */
function autoscaler(service: ServiceInfo, env: ServiceEnv): K8sObject {
  const meta = { name: service.name, labels: labels(service) };
  if (env.consumerGroup) {
    return {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: meta,
      spec: {
        scaleTargetRef: { name: service.name },
        minReplicaCount: 1,
        maxReplicaCount: 2,
        pollingInterval: 15,
        cooldownPeriod: 300,
        triggers: [
          {
            // No topic: the lag of every topic the group reads. KEDA never scales past the
            // partition count of those topics (allowIdleConsumers false).
            type: 'kafka',
            metadata: {
              bootstrapServers: cluster.kafkaBootstrap,
              consumerGroup: env.consumerGroup,
              lagThreshold: '100',
              offsetResetPolicy: 'earliest',
              allowIdleConsumers: 'false',
            },
          },
          { type: 'cpu', metricType: 'Utilization', metadata: { value: '80' } },
        ],
      },
    };
  }
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: service.name },
      minReplicas: 1,
      maxReplicas: 2,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
        },
      ],
    },
  };
}

function networkPolicy(service: ServiceInfo, all: ServiceInfo[]): K8sObject {
  const dns = {
    to: [
      {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
        podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      },
    ],
    ports: [
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ],
  };
  const collector = {
    to: [
      {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': cluster.collectorNamespace } },
        podSelector: { matchLabels: { [NAME_LABEL]: cluster.collectorPodLabel } },
      },
    ],
    ports: [
      { protocol: 'TCP', port: 4317 },
      { protocol: 'TCP', port: 4318 },
    ],
  };
  // Kafka egress depends on the overlay's listener: kafkaEgress in the overlays.
  const egress: unknown[] = [dns, collector];
  // The gateway calls every service; a service calls those it declares ("aftersales".calls).
  const upstreams = service.gateway
    ? all.filter((s) => !s.gateway)
    : all.filter((s) => service.calls?.includes(s.name));
  for (const name of service.calls ?? []) {
    if (!all.some((s) => s.name === name))
      throw new Error(`services/${service.name} calls unknown service ${name}`);
  }
  for (const upstream of upstreams) {
    egress.push({
      to: [{ podSelector: { matchLabels: { [NAME_LABEL]: upstream.name } } }],
      ports: [{ protocol: 'TCP', port: upstream.port }],
    });
  }
  // Outside the cluster (mail server, provider webhooks): any address off the cluster's private ranges.
  if (service.externalPorts?.length) {
    egress.push({
      to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } }],
      ports: service.externalPorts.map((port) => ({ protocol: 'TCP', port })),
    });
  }
  const callers = all.filter((s) => !s.gateway && s.calls?.includes(service.name));
  const from = service.gateway
    ? [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': cluster.ingressNamespace } } }]
    : [...all.filter((s) => s.gateway), ...callers].map((g) => ({
        podSelector: { matchLabels: { [NAME_LABEL]: g.name } },
      }));
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: service.name, labels: labels(service) },
    spec: {
      podSelector: { matchLabels: { [NAME_LABEL]: service.name } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from, ports: [{ protocol: 'TCP', port: service.port }] }],
      egress,
    },
  };
}

/** Strimzi KafkaTopic for one physical topic (retention.ms -1 = kept forever). */
export function kafkaTopic(topic: PhysicalTopic, overlay: Overlay): K8sObject {
  return {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: {
      name: topic.name,
      labels: {
        'strimzi.io/cluster': cluster.kafkaCluster,
        'app.kubernetes.io/part-of': 'aftersales',
        'aftersales/topic-kind': topic.dlq ? 'dead-letter' : 'stream',
      },
    },
    spec: {
      topicName: topic.name,
      partitions: topic.partitions,
      replicas: overlay.topicReplicas,
      config: {
        'retention.ms': topic.retentionMs,
        'cleanup.policy': topic.cleanupPolicy,
        'min.insync.replicas': overlay.minInsyncReplicas,
      },
    },
  };
}

export function configMap(service: ServiceInfo, env: ServiceEnv): K8sObject {
  const data: Record<string, string> = {};
  for (const name of Object.keys(env.config).sort()) data[name] = env.config[name] as string;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${service.name}${CONFIG_SUFFIX}`, labels: labels(service) },
    data,
  };
}

export function databaseEgress(service: ServiceInfo, overlay: Overlay): K8sObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${service.name}-database`, labels: labels(service) },
    spec: {
      podSelector: { matchLabels: { [NAME_LABEL]: service.name } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ipBlock: { cidr: overlay.databaseCidr } }], ports: [{ protocol: 'TCP', port: 5432 }] },
      ],
    },
  };
}

/** Egress to the Strimzi cluster's pods on the overlay's listener port (services that use Kafka). */
export function kafkaEgress(service: ServiceInfo, overlay: Overlay): K8sObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${service.name}-kafka`, labels: labels(service) },
    spec: {
      podSelector: { matchLabels: { [NAME_LABEL]: service.name } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': cluster.kafkaNamespace } },
              podSelector: { matchLabels: { 'strimzi.io/cluster': cluster.kafkaCluster } },
            },
          ],
          ports: [{ protocol: 'TCP', port: cluster.kafkaListenerPorts[overlay.kafkaListener] }],
        },
      ],
    },
  };
}

interface Acl {
  resource: { type: 'topic' | 'group' | 'cluster'; name?: string; patternType?: 'literal' | 'prefix' };
  operations: string[];
  host: '*';
}

/**
 * The ACLs of a service's KafkaUser, from its package.json "aftersales".kafka and the registry:
 * Write on what it produces, Read on what it consumes, Write on the dead-letter twins of what it
 * consumes (a consumer group parks bad messages there), Read on its consumer group (a prefix:
 * analytics' rebuild uses `<group>-rebuild-<time>`), and Describe (metadata only) on every
 * platform topic, because customer and parts-procurement list topics at start-up (ensureTopics)
 * and would otherwise try to create those they cannot see.
 */
export function kafkaAcls(service: ServiceInfo, env: ServiceEnv): Acl[] {
  const where = `services/${service.name}/package.json "aftersales".kafka`;
  const decl = service.kafka;
  if (!decl) throw new Error(`${where} is missing: it declares the topics the service produces and consumes`);
  const produces = expandTopicPatterns(decl.produces ?? [], where);
  const consumes = expandTopicPatterns(decl.consumes ?? [], where);
  const group = env.consumerGroup ?? decl.consumerGroupPrefix;
  if (consumes.length > 0 && !group) throw new Error(`${where}: consumes topics but names no consumer group`);
  const ops = new Map<string, Set<string>>();
  const allow = (topic: string, op: string) => ops.set(topic, (ops.get(topic) ?? new Set()).add(op));
  for (const t of produces) allow(t, 'Write');
  for (const t of consumes) allow(t, 'Read');
  if (env.consumerGroup) for (const t of consumes) allow(dlqTopicOf(t), 'Write');
  const acls: Acl[] = [
    {
      resource: { type: 'topic', name: 'aftersales.', patternType: 'prefix' },
      operations: ['Describe'],
      host: '*',
    },
    ...[...ops].map(([name, set]): Acl => ({
      resource: { type: 'topic', name, patternType: 'literal' },
      operations: [...set, 'Describe'],
      host: '*',
    })),
  ];
  if (group) {
    acls.push({
      resource: { type: 'group', name: group, patternType: 'prefix' },
      operations: ['Read'],
      host: '*',
    });
  }
  // Kafka before 3.0 needs it for idempotent producers (ours are); later versions accept Write.
  if (produces.length > 0 || env.consumerGroup) {
    acls.push({ resource: { type: 'cluster' }, operations: ['IdempotentWrite'], host: '*' });
  }
  return acls;
}

/** Strimzi KafkaUser: SCRAM-SHA-512 (Strimzi generates the password Secret of the same name) + ACLs. */
export function kafkaUser(service: ServiceInfo, env: ServiceEnv): K8sObject {
  return {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaUser',
    metadata: {
      name: kafkaUserName(service),
      labels: { ...labels(service), 'strimzi.io/cluster': cluster.kafkaCluster },
    },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: { type: 'simple', acls: kafkaAcls(service, env) },
    },
  };
}

/** KEDA reads the consumer group's lag with the service's own KafkaUser over TLS. */
export function kafkaTriggerAuthentication(service: ServiceInfo): K8sObject {
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'TriggerAuthentication',
    metadata: { name: `${service.name}-kafka`, labels: labels(service) },
    spec: {
      secretTargetRef: [
        { parameter: 'password', name: kafkaUserName(service), key: 'password' },
        { parameter: 'ca', name: cluster.kafkaClusterCaSecret, key: 'ca.crt' },
      ],
      // The user name is no secret: KEDA takes it from the container's environment (ConfigMap).
      env: [{ parameter: 'username', name: 'KAFKA_SASL_USERNAME', containerName: service.name }],
    },
  };
}

/** How long a client stays on its gateway replica: the longest session (SESSION_MAX_HOURS 12). */
export const GATEWAY_AFFINITY_SECONDS = 12 * 3600;

/**
 * ingress-nginx sends requests straight to the gateway's pods (not through the Service), so
 * session affinity is its own: a cookie naming the replica, kept when the gateway scales
 * (`persistent`; `balanced` would move signed-in people to new replicas and sign them out), and
 * moved to another replica only when its replica is gone.
 */
function stickySessions(overlay: Overlay): Record<string, string> {
  const https = new URL(overlay.signIn.publicUrl).protocol === 'https:';
  return {
    'nginx.ingress.kubernetes.io/affinity': 'cookie',
    'nginx.ingress.kubernetes.io/affinity-mode': 'persistent',
    'nginx.ingress.kubernetes.io/session-cookie-name': 'aftersales_route',
    'nginx.ingress.kubernetes.io/session-cookie-path': '/',
    // Lax: the provider's redirect back to /auth/callback is a cross-site top-level navigation.
    'nginx.ingress.kubernetes.io/session-cookie-samesite': 'Lax',
    'nginx.ingress.kubernetes.io/session-cookie-secure': https ? 'true' : 'false',
    'nginx.ingress.kubernetes.io/session-cookie-max-age': String(GATEWAY_AFFINITY_SECONDS),
    'nginx.ingress.kubernetes.io/session-cookie-change-on-failure': 'true',
  };
}

/**
 * Staff sign-in objects of an overlay: the claims mapping ConfigMap, the gateway's egress to the
 * identity provider (https), and, where the services verify forwarded identities with the
 * gateway's keys, their way to its JWKS.
 */
export function identityObjects(gateway: ServiceInfo, all: ServiceInfo[], overlay: Overlay): K8sObject[] {
  const objects: K8sObject[] = [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: IDENTITY_MAPPING_CONFIGMAP, labels: labels(gateway) },
      data: { [IDENTITY_MAPPING_KEY]: `${JSON.stringify(overlay.signIn.mapping, null, 2)}\n` },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `${gateway.name}-identity-provider`, labels: labels(gateway) },
      spec: {
        podSelector: { matchLabels: { [NAME_LABEL]: gateway.name } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ ipBlock: { cidr: overlay.signIn.providerCidr } }],
            ports: [{ protocol: 'TCP', port: 443 }],
          },
        ],
      },
    },
  ];
  if (overlay.auth.jwksFromGateway) {
    const upstreams = all.filter((s) => !s.gateway).map((s) => s.name);
    const selector = { matchExpressions: [{ key: NAME_LABEL, operator: 'In', values: upstreams }] };
    objects.push(
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: `${gateway.name}-jwks-egress`, labels: labels(gateway) },
        spec: {
          podSelector: selector,
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ podSelector: { matchLabels: { [NAME_LABEL]: gateway.name } } }],
              ports: [{ protocol: 'TCP', port: gateway.port }],
            },
          ],
        },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: `${gateway.name}-jwks-ingress`, labels: labels(gateway) },
        spec: {
          podSelector: { matchLabels: { [NAME_LABEL]: gateway.name } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: selector }], ports: [{ protocol: 'TCP', port: gateway.port }] }],
        },
      },
    );
  }
  return objects;
}

export function ingress(gateway: ServiceInfo, overlay: Overlay): K8sObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: gateway.name, labels: labels(gateway), annotations: stickySessions(overlay) },
    spec: {
      ingressClassName: overlay.ingressClassName,
      ...(overlay.tlsSecretName
        ? { tls: [{ hosts: [overlay.host], secretName: overlay.tlsSecretName }] }
        : {}),
      rules: [
        {
          host: overlay.host,
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: gateway.name, port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    },
  };
}

/** Strategic-merge patches of one service for an overlay: resources, autoscaling bounds, dev auth. */
export function patches(
  service: ServiceInfo,
  env: ServiceEnv,
  overlay: Overlay,
  maxPartitions: number,
): K8sObject[] {
  const container: Record<string, unknown> = { name: service.name, resources: overlay.resources };
  if (overlay.auth.hs256SecretName && DEV_AUTH_KEY in env.secrets) {
    container.env = [
      {
        name: DEV_AUTH_KEY,
        valueFrom: { secretKeyRef: { name: overlay.auth.hs256SecretName, key: DEV_AUTH_KEY } },
      },
    ];
  }
  // The gateway's signing key, the notification service's client secret (prod): in the
  // service's own Secret, referenced only where the overlay has them.
  for (const key of OWN_OVERLAY_SECRETS.filter((k) => k in env.secrets)) {
    container.env = [
      ...((container.env as unknown[] | undefined) ?? []),
      { name: key, valueFrom: { secretKeyRef: { name: `${service.name}${SERVICE_SECRET_SUFFIX}`, key } } },
    ];
  }
  const podSpec: Record<string, unknown> = { containers: [container] };
  const tls = overlay.kafkaListener === 'tls' && env.usesKafka;
  if (tls) {
    // The KafkaUser's password (Strimzi's Secret) and the cluster CA, read once at start-up.
    container.volumeMounts = [
      { name: KAFKA_CREDENTIALS_VOLUME, mountPath: KAFKA_CREDENTIALS_DIR, readOnly: true },
    ];
    podSpec.volumes = [
      {
        name: KAFKA_CREDENTIALS_VOLUME,
        projected: {
          defaultMode: 0o440, // owner and fsGroup (1000) only
          sources: [
            { secret: { name: kafkaUserName(service), items: [{ key: 'password', path: 'password' }] } },
            { secret: { name: cluster.kafkaClusterCaSecret, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          ],
        },
      },
    ];
  }
  const out: K8sObject[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: service.name },
      spec: { template: { spec: podSpec } },
    },
  ];
  if (env.consumerGroup) {
    out.push({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: service.name },
      spec: {
        minReplicaCount: overlay.minReplicas,
        // More consumers than partitions sit idle: never above the largest topic's partitions.
        maxReplicaCount: Math.min(overlay.maxReplicas, maxPartitions),
        triggers: [
          {
            type: 'kafka',
            metadata: {
              bootstrapServers: kafkaBootstrap(overlay),
              consumerGroup: env.consumerGroup,
              lagThreshold: String(overlay.lagThreshold),
              offsetResetPolicy: 'earliest',
              allowIdleConsumers: 'false',
              ...(tls ? { sasl: 'scram_sha512', tls: 'enable' } : {}),
            },
            ...(tls ? { authenticationRef: { name: `${service.name}-kafka` } } : {}),
          },
          { type: 'cpu', metricType: 'Utilization', metadata: { value: String(overlay.cpuUtilization) } },
        ],
      },
    });
  } else {
    out.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: service.name },
      spec: {
        minReplicas: overlay.minReplicas,
        maxReplicas: overlay.maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: { type: 'Utilization', averageUtilization: overlay.cpuUtilization },
            },
          },
        ],
      },
    });
  }
  return out;
}
