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
  /**
   * How the services verify the tokens the gateway forwards: the gateway's JWKS (prod; the gateway
   * signs with INTERNAL_TOKEN_KEY_PEM) or the dev HS256 secret from a Secret. `issuer` is the
   * gateway's AUTH_ISSUER, the `iss` of those tokens.
   */
  auth: { issuer: string; audience: string; jwksFromGateway?: boolean; hs256SecretName?: string };
  /** Staff sign-in at the dealer group's OpenID provider (docs/identity-providers.md). */
  signIn: SignInSettings;
  minReplicas: number;
  maxReplicas: number;
  /** KEDA: target lag per replica. */
  lagThreshold: number;
  cpuUtilization: number;
  resources: Resources;
}

export interface SignInSettings {
  /** The provider's issuer, exactly as its discovery document and tokens name it. */
  issuerUrl: string;
  clientId: string;
  scopes: string;
  /** Audience of the provider's access tokens for this API (machine clients). */
  apiAudience: string;
  /** The gateway's external base URL (the redirect URI is PUBLIC_URL/auth/callback). */
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Where the gateway may reach the provider (https, 443): its address range. */
  providerCidr: string;
  /**
   * The provider's token endpoint: where the platform's own machine client (the notification
   * service reading contact data through the gateway) takes client-credentials tokens in prod.
   */
  tokenUrl: string;
  /**
   * The claims mapping the overlay ships (ConfigMap api-gateway-identity-mapping): a starting
   * point that names the provider's groups; a deployment replaces it in its own overlay.
   */
  mapping: { tenants: Array<Record<string, unknown>> };
}

/** The example mapping of an overlay: one tenant, the provider's groups for each role. */
function exampleMapping(tenantId: string, issuer: string, groupPrefix: string): SignInSettings['mapping'] {
  const grant = (group: string, roles: string[]) => ({
    group: `${groupPrefix}${group}`,
    roles,
    centreIds: '*',
    dealerIds: '*',
  });
  return {
    tenants: [
      {
        tenantId,
        issuer,
        groupsClaim: 'groups',
        groups: [
          grant('admins', ['admin']),
          grant('advisors', ['service-advisor']),
          grant('technicians', ['technician']),
          grant('parts', ['parts-clerk']),
          grant('procurement', ['procurement-officer']),
          grant('complaints', ['complaint-handler']),
          grant('quality', ['quality-manager']),
          grant('analysts', ['analyst']),
        ],
        clients: [
          {
            clientId: 'procurement-erp',
            roles: ['procurement-officer', 'parts-clerk'],
            centreIds: '*',
            dealerIds: '*',
          },
          { clientId: 'bi-reader', roles: ['analyst'], centreIds: '*', dealerIds: '*' },
          // The notification service reads contact data through the gateway (prod).
          { clientId: NOTIFICATION_CLIENT_ID, roles: ['service-advisor'], centreIds: '*', dealerIds: '*' },
        ],
      },
    ],
  };
}

/** The notification service's client at the provider (client credentials). */
export const NOTIFICATION_CLIENT_ID = 'aftersales-notification';

const DEV_ISSUER = 'https://idp.example.com/realms/aftersales-dev';
const PROD_ISSUER = 'https://idp.example.com/realms/aftersales';

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
    signIn: {
      issuerUrl: DEV_ISSUER,
      clientId: 'aftersales-console',
      scopes: 'openid profile email',
      apiAudience: 'aftersales-api',
      publicUrl: 'http://aftersales.localtest.me',
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      providerCidr: '0.0.0.0/0',
      tokenUrl: `${DEV_ISSUER}/protocol/openid-connect/token`,
      mapping: exampleMapping('dg-dev', DEV_ISSUER, 'aftersales-'),
    },
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
    // The gateway's own issuer: it signs the identities it forwards (INTERNAL_TOKEN_KEY_PEM).
    auth: { issuer: 'https://aftersales.example.com', audience: 'aftersales', jwksFromGateway: true },
    signIn: {
      issuerUrl: PROD_ISSUER,
      clientId: 'aftersales-console',
      scopes: 'openid profile email',
      apiAudience: 'aftersales-api',
      publicUrl: 'https://aftersales.example.com',
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      // A cloud provider (Entra ID) has no fixed addresses; narrow it for a provider of your own.
      providerCidr: '0.0.0.0/0',
      // Keycloak's token endpoint (Entra ID: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token).
      tokenUrl: `${PROD_ISSUER}/protocol/openid-connect/token`,
      mapping: exampleMapping('dg-example', PROD_ISSUER, 'aftersales-'),
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

/** The gateway's JWKS inside the cluster (the services fetch the keys of forwarded tokens there). */
export function gatewayJwksUrl(overlay: Overlay, gatewayPort: number): string {
  return `http://api-gateway.${overlay.namespace}.svc:${gatewayPort}/.well-known/jwks.json`;
}

/** Where the claims mapping ConfigMap is mounted in the gateway (a directory, so updates arrive). */
export const IDENTITY_MAPPING_DIR = '/etc/aftersales/identity';
export const IDENTITY_MAPPING_KEY = 'identity-mapping.json';
export const IDENTITY_MAPPING_CONFIGMAP = 'api-gateway-identity-mapping';
