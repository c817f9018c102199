// What differs between environments. Everything else in deploy/k8s follows from services/ and
// the contracts topic registry.
export interface Resources {
  requests: { cpu: string; memory: string };
  limits: { cpu: string; memory: string };
}

/** Cluster facts shared by every overlay (see docs/deploy.md). */
export const cluster = {
  /** Strimzi Kafka cluster (label strimzi.io/cluster) and its namespace. */
  kafkaCluster: 'aftersales',
  kafkaNamespace: 'kafka',
  /** Strimzi's bootstrap Service for the plain listener (the base manifests; dev). */
  kafkaBootstrap: 'aftersales-kafka-bootstrap.kafka.svc:9092',
  /** Strimzi's bootstrap Service host and the ports of its listeners. */
  kafkaBootstrapHost: 'aftersales-kafka-bootstrap.kafka.svc',
  kafkaListenerPorts: { plain: 9092, tls: 9093 },
  /**
   * The cluster CA certificate (key ca.crt). Strimzi writes `<cluster>-cluster-ca-cert` in the
   * Kafka namespace; pods cannot mount another namespace's Secret, so it is copied into the
   * application namespace (docs/deploy.md).
   */
  kafkaClusterCaSecret: 'aftersales-cluster-ca-cert',
  /** OpenTelemetry collector: namespace, pod label and OTLP/HTTP endpoint. */
  collectorNamespace: 'observability',
  collectorPodLabel: 'opentelemetry-collector',
  collectorEndpoint: 'http://otel-collector.observability.svc:4318',
  /** The ingress controller's namespace: the only caller of the gateway. */
  ingressNamespace: 'ingress-nginx',
};

export interface Overlay {
  name: 'dev' | 'prod';
  namespace: string;
  /** Image registry prefix; images become `<registry>/aftersales/<service>:<tag>`. */
  imageRegistry?: string;
  imageTag: string;
  nodeEnv: 'development' | 'production';
  logLevel: string;
  /**
   * The Strimzi listener the services use: `plain` (9092, no authentication) or `tls` (9093,
   * TLS with the cluster CA, one SCRAM-SHA-512 KafkaUser per service with ACLs).
   */
  kafkaListener: 'plain' | 'tls';
  /** Replication factor and min.insync.replicas of every topic. */
  topicReplicas: number;
  minInsyncReplicas: number;
  /** CIDR of the managed PostgreSQL server (egress allowed there on 5432 only). */
  databaseCidr: string;
  ingressClassName: string;
  host: string;
  tlsSecretName?: string;
  /** How the services verify tokens: JWKS URL (prod) or the dev HS256 secret from a Secret. */
  auth: { issuer: string; audience: string; jwksUrl?: string; hs256SecretName?: string };
  minReplicas: number;
  maxReplicas: number;
  /** KEDA: target lag per replica. */
  lagThreshold: number;
  cpuUtilization: number;
  resources: Resources;
}

export const overlays: Overlay[] = [
  {
    name: 'dev',
    namespace: 'aftersales-dev',
    imageTag: 'local',
    nodeEnv: 'development',
    logLevel: 'debug',
    kafkaListener: 'plain',
    topicReplicas: 1,
    minInsyncReplicas: 1,
    databaseCidr: '10.0.0.0/8',
    ingressClassName: 'nginx',
    host: 'aftersales.localtest.me',
    auth: { issuer: 'aftersales-dev', audience: 'aftersales', hs256SecretName: 'aftersales-dev-auth' },
    minReplicas: 1,
    maxReplicas: 2,
    lagThreshold: 100,
    cpuUtilization: 80,
    // Memory as measured with the image's heap limits (deploy/docker/Dockerfile, docs/performance.md).
    resources: { requests: { cpu: '50m', memory: '192Mi' }, limits: { cpu: '500m', memory: '384Mi' } },
  },
  {
    name: 'prod',
    namespace: 'aftersales',
    imageRegistry: 'registry.example.com',
    imageTag: '0.1.0',
    nodeEnv: 'production',
    logLevel: 'info',
    kafkaListener: 'tls',
    topicReplicas: 3,
    minInsyncReplicas: 2,
    databaseCidr: '10.20.0.0/24',
    ingressClassName: 'nginx',
    host: 'aftersales.example.com',
    tlsSecretName: 'aftersales-tls',
    auth: {
      issuer: 'https://idp.example.com/',
      audience: 'aftersales',
      jwksUrl: 'https://idp.example.com/.well-known/jwks.json',
    },
    minReplicas: 2,
    maxReplicas: 12,
    lagThreshold: 500,
    cpuUtilization: 70,
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '384Mi' } },
  },
];

/** host:port of the overlay's Kafka listener. */
export function kafkaBootstrap(overlay: Overlay): string {
  return `${cluster.kafkaBootstrapHost}:${cluster.kafkaListenerPorts[overlay.kafkaListener]}`;
}
