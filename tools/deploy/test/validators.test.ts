// The validators catch broken manifests: a wrong type, a missing required field, an unknown kind,
// a broken CRD object, an invalid compose file; and the whole path (kustomize render, then
// validation) rejects a deliberately broken overlay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { renderOverlay } from '../src/render';
import { ROOT } from '../src/repo';
import { validateCompose, validateDockerfile, validateK8sObject } from '../src/validators';
import { type Any, rendering } from './helpers';

function deployment(overrides: Record<string, unknown> = {}): Any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'broken' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'broken' } },
      template: {
        metadata: { labels: { app: 'broken' } },
        spec: { containers: [{ name: 'c', image: 'aftersales/broken', ports: [{ containerPort: 4000 }] }] },
      },
      ...overrides,
    },
  };
}

describe('Kubernetes object validation (kubernetes-models, OpenAPI schemas)', () => {
  it('accepts a well-formed Deployment', () => {
    expect(validateK8sObject(deployment())).toEqual([]);
  });

  it('rejects a string where an integer belongs', () => {
    const errors = validateK8sObject(deployment({ replicas: 'two' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/replicas must be integer/);
  });

  it('rejects a missing required field', () => {
    const broken = deployment();
    delete broken.spec.selector;
    expect(validateK8sObject(broken)[0]?.message).toMatch(/must have required property selector/);
    const noImage = deployment();
    noImage.spec.template.spec.containers = [{ image: 'x' }];
    expect(validateK8sObject(noImage)[0]?.message).toMatch(/required property name/);
  });

  it('rejects a container port given as a string and a bad probe', () => {
    const broken = deployment();
    broken.spec.template.spec.containers[0].ports[0].containerPort = '4000';
    broken.spec.template.spec.containers[0].readinessProbe = { periodSeconds: 'often' };
    const errors = validateK8sObject(broken);
    expect(errors[0]?.message).toMatch(/containerPort must be integer/);
    expect(errors[0]?.message).toMatch(/periodSeconds must be integer/);
  });

  it('rejects an unknown kind or API version instead of passing it unchecked', () => {
    expect(
      validateK8sObject({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } })[0]?.message,
    ).toMatch(/no schema/);
    expect(
      validateK8sObject({
        apiVersion: 'autoscaling/v9',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'x' },
      })[0]?.message,
    ).toMatch(/no schema/);
  });

  it('validates KEDA ScaledObjects against the KEDA CRD schema', () => {
    const ok = rendering('prod').find((o) => o.kind === 'ScaledObject') as Any;
    expect(validateK8sObject(ok)).toEqual([]);
    const broken = structuredClone(ok);
    delete broken.spec.triggers;
    broken.spec.maxReplicaCount = '6';
    const message = validateK8sObject(broken)[0]?.message;
    expect(message).toMatch(/required property triggers/);
    expect(message).toMatch(/maxReplicaCount must be integer/);
  });

  it('validates Strimzi KafkaTopics (partitions, replicas, cluster label)', () => {
    const ok = rendering('prod').find((o) => o.kind === 'KafkaTopic') as Any;
    expect(validateK8sObject(ok)).toEqual([]);
    const stringPartitions = structuredClone(ok);
    stringPartitions.spec.partitions = '3';
    expect(validateK8sObject(stringPartitions)[0]?.message).toMatch(/partitions must be integer/);
    const noCluster = structuredClone(ok);
    delete noCluster.metadata.labels['strimzi.io/cluster'];
    expect(validateK8sObject(noCluster)[0]?.message).toMatch(/strimzi.io\/cluster/);
    const typo = structuredClone(ok);
    typo.spec.partition = 3;
    expect(
      validateK8sObject(typo)
        .map((e) => e.message)
        .join(),
    ).toMatch(/additional properties/);
  });

  it('validates Strimzi KafkaUsers (authentication type, ACL operations, no unknown fields)', () => {
    const ok = rendering('prod').find((o) => o.kind === 'KafkaUser') as Any;
    expect(validateK8sObject(ok)).toEqual([]);
    const badAuth = structuredClone(ok);
    badAuth.spec.authentication.type = 'scram-sha-256'; // Strimzi users are SCRAM-SHA-512 only
    expect(validateK8sObject(badAuth)[0]?.message).toMatch(/authentication\/type must be equal to one of/);
    const badOp = structuredClone(ok);
    badOp.spec.authorization.acls[0].operations = ['Reed'];
    expect(validateK8sObject(badOp)[0]?.message).toMatch(/operations\/0 must be equal to one of/);
    const typo = structuredClone(ok);
    typo.spec.authorization.acl = typo.spec.authorization.acls;
    expect(
      validateK8sObject(typo)
        .map((e) => e.message)
        .join(),
    ).toMatch(/additional properties/);
  });
});

describe('a deliberately broken overlay, rendered by kubectl kustomize', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-broken-overlay-'));
    const prod = path.join(ROOT, 'deploy/k8s/overlays/prod');
    fs.writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'bases:',
        `  - ${path.relative(dir, prod)}`,
        'patchesStrategicMerge:',
        '  - broken.yaml',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'broken.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: repair',
        'spec:',
        '  replicas: two',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: customer',
        'spec:',
        '  sessionAffinityConfig:',
        '    clientIP:',
        '      timeoutSeconds: ten',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders, and validation names the broken fields of the broken object only', () => {
    const objects = renderOverlay(dir);
    const errors = objects.flatMap((o) => validateK8sObject(o));
    expect(errors.map((e) => e.object).sort()).toEqual([
      'Deployment/aftersales/repair',
      'Service/aftersales/customer',
    ]);
    expect(errors.find((e) => e.object.startsWith('Deployment'))?.message).toMatch(
      /replicas must be integer/,
    );
    expect(errors.find((e) => e.object.startsWith('Service'))?.message).toMatch(
      /timeoutSeconds must be integer/,
    );
  });

  it('the untouched overlays validate cleanly', () => {
    for (const overlay of ['dev', 'prod']) {
      expect(rendering(overlay).flatMap((o) => validateK8sObject(o))).toEqual([]);
    }
  });
});

describe('docker-compose.yml validation (Compose specification schema)', () => {
  const compose = (): Any => parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('accepts the committed file', () => {
    expect(validateCompose(compose())).toEqual([]);
  });

  it('rejects an unknown depends_on condition', () => {
    const broken = compose();
    broken.services['api-gateway'].depends_on.repair.condition = 'service_ready';
    expect(
      validateCompose(broken)
        .map((e) => e.message)
        .join(),
    ).toMatch(/depends_on/);
  });

  it('rejects a misspelt service key, a bad duration and a bad port mapping', () => {
    const broken = compose();
    broken.services.repair.healthchek = broken.services.repair.healthcheck;
    broken.services.postgres.healthcheck.interval = 'five seconds';
    broken.services['api-gateway'].ports = ['4000:api'];
    const messages = validateCompose(broken)
      .map((e) => e.message)
      .join('\n');
    expect(messages).toMatch(/healthchek/);
    expect(messages).toMatch(/interval must match format "duration"/);
    expect(messages).toMatch(/ports/);
  });

  it('rejects a wrong type and an unknown top-level key', () => {
    const broken = compose();
    broken.services.kafka.healthcheck.retries = 'many';
    broken.servics = {};
    const messages = validateCompose(broken)
      .map((e) => e.message)
      .join('\n');
    expect(messages).toMatch(/retries must be number/);
    expect(messages).toMatch(/servics/);
  });
});

describe('Dockerfile validation (dockerfile-utils)', () => {
  it('accepts the committed Dockerfile', () => {
    expect(validateDockerfile(fs.readFileSync(path.join(ROOT, 'deploy/docker/Dockerfile'), 'utf8'))).toEqual(
      [],
    );
  });

  it('rejects an unknown instruction, a bad duration, a bad port and a single stage', () => {
    const broken = [
      'FROM node:20',
      'HEALTHCHECK --interval=often CMD true',
      'EXPOSE http',
      'USR node',
      '',
    ].join('\n');
    const messages = validateDockerfile(broken).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'time: invalid duration often',
        'Invalid containerPort: http',
        'Unknown instruction: USR',
        'must be multi-stage',
      ]),
    );
  });
});
