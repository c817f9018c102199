// Kafka security in the generated deployment: prod reaches Strimzi's TLS listener as one
// SCRAM-SHA-512 KafkaUser per service whose ACLs follow package.json "aftersales".kafka and the
// registry; dev and compose stay PLAINTEXT.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dlqTopicOf, topicOf, topics as registry, type EventType } from '@aftersales/contracts';
import { CONFIG_SUFFIX, KAFKA_CREDENTIALS_DIR, kafkaUserName } from '../src/k8s';
import { expandTopicPatterns } from '../src/repo';
import { type Any, composeServices, get, rendering, services } from './helpers';

const kafkaVars = (env: Record<string, string>) =>
  Object.keys(env).filter((n) => n.startsWith('KAFKA_SSL') || n.startsWith('KAFKA_SASL_'));

function topicOps(user: Any): Map<string, string[]> {
  const ops = new Map<string, string[]>();
  for (const acl of user.spec.authorization.acls) {
    if (acl.resource.type === 'topic' && acl.resource.patternType === 'literal') {
      ops.set(acl.resource.name, acl.operations);
    }
  }
  return ops;
}

describe('dev and compose stay PLAINTEXT', () => {
  it('no KafkaUser, no TLS/SASL variables, the plain listener', () => {
    const objects = rendering('dev');
    expect(objects.filter((o) => o.kind === 'KafkaUser' || o.kind === 'TriggerAuthentication')).toEqual([]);
    for (const cm of objects.filter((o) => o.kind === 'ConfigMap') as Any[]) {
      expect(kafkaVars(cm.data)).toEqual([]);
      if (cm.data.KAFKA_BROKERS)
        expect(cm.data.KAFKA_BROKERS).toBe('aftersales-kafka-bootstrap.kafka.svc:9092');
    }
    for (const c of Object.values(composeServices())) expect(kafkaVars(c.environment ?? {})).toEqual([]);
  });
});

describe('prod: TLS listener, one SCRAM-SHA-512 KafkaUser per service', () => {
  const objects = rendering('prod');
  const kafkaServices = services.filter(
    (s) => (get(objects, 'ConfigMap', `${s.name}${CONFIG_SUFFIX}`) as Any).data.KAFKA_BROKERS,
  );

  it('every service uses Kafka (the gateway for its live feed)', () => {
    expect(kafkaServices.map((s) => s.name)).toEqual(services.map((s) => s.name));
  });

  it.each(kafkaServices.map((s) => [s.name, s] as const))(
    '%s: settings, mounted credentials and KEDA authentication',
    (name, s) => {
      const user = kafkaUserName(s);
      const data = (get(objects, 'ConfigMap', `${name}${CONFIG_SUFFIX}`) as Any).data;
      expect(data).toMatchObject({
        KAFKA_BROKERS: 'aftersales-kafka-bootstrap.kafka.svc:9093',
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: `${KAFKA_CREDENTIALS_DIR}/ca.crt`,
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: user,
        KAFKA_SASL_PASSWORD_FILE: `${KAFKA_CREDENTIALS_DIR}/password`,
      });
      expect(get(objects, 'KafkaUser', user)).toMatchObject({
        metadata: { labels: { 'strimzi.io/cluster': 'aftersales' } },
        spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple' } },
      });

      const pod = (get(objects, 'Deployment', name) as Any).spec.template.spec;
      const volume = pod.volumes.find((v: Any) => v.name === 'kafka-credentials');
      expect(volume.projected.sources).toEqual([
        { secret: { name: user, items: [{ key: 'password', path: 'password' }] } },
        { secret: { name: 'aftersales-cluster-ca-cert', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      ]);
      expect(pod.containers[0].volumeMounts).toContainEqual({
        name: 'kafka-credentials',
        mountPath: KAFKA_CREDENTIALS_DIR,
        readOnly: true,
      });
      // The password never travels as an environment variable.
      expect((pod.containers[0].env ?? []).map((e: Any) => e.name)).not.toContain('KAFKA_SASL_PASSWORD');

      const so = objects.find((o) => o.kind === 'ScaledObject' && o.metadata.name === name) as Any;
      if (data.KAFKA_CONSUMER_GROUP) {
        const trigger = so.spec.triggers.find((t: Any) => t.type === 'kafka');
        expect(trigger.metadata).toMatchObject({ sasl: 'scram_sha512', tls: 'enable' });
        const auth = get(objects, 'TriggerAuthentication', trigger.authenticationRef.name) as Any;
        expect(auth.spec.secretTargetRef).toContainEqual({
          parameter: 'password',
          name: user,
          key: 'password',
        });
        expect(auth.spec.env).toEqual([
          { parameter: 'username', name: 'KAFKA_SASL_USERNAME', containerName: name },
        ]);
      } else {
        expect(so).toBeUndefined();
      }
    },
  );

  // A consumer subscribing to a topic its package.json does not declare gets no Read ACL in prod:
  // its group fails to join and the events (an erasure, say) wait unconsumed. Every topic the
  // consumer modules name (topicOf('<type>') or a topic literal) must be declared.
  it.each(kafkaServices.map((s) => [s.name, s] as const))(
    '%s: declares every topic its consumers subscribe to',
    (name, s) => {
      const dir = path.resolve(__dirname, '../../../services', name, 'src/events');
      const named = new Set<string>();
      const files = existsSync(dir) ? readdirSync(dir) : []; // the gateway has no consumer
      for (const file of files.filter((f) => /consumer/.test(f) && !f.endsWith('.test.ts'))) {
        // A topic named as excluded (analytics leaves the public demand stream out) is no subscription.
        const text = readFileSync(path.join(dir, file), 'utf8').replace(/EXCLUDED = new Set\([^)]*\)/g, '');
        for (const m of text.matchAll(/topicOf\('([a-z0-9.-]+)'\)/g)) named.add(topicOf(m[1] as EventType));
        for (const m of text.matchAll(/'(aftersales\.[a-z0-9-]+\.[a-z0-9-]+\.v\d+)'/g)) named.add(m[1]!);
      }
      const consumes = expandTopicPatterns(s.kafka?.consumes ?? [], name);
      expect([...named].filter((t) => !consumes.includes(t))).toEqual([]);
    },
  );

  it.each(kafkaServices.map((s) => [s.name, s] as const))(
    '%s: ACLs allow what package.json declares and nothing more',
    (name, s) => {
      const user = get(objects, 'KafkaUser', kafkaUserName(s)) as Any;
      const group = (get(objects, 'ConfigMap', `${name}${CONFIG_SUFFIX}`) as Any).data.KAFKA_CONSUMER_GROUP;
      const produces = expandTopicPatterns(s.kafka?.produces ?? [], name);
      const consumes = expandTopicPatterns(s.kafka?.consumes ?? [], name);
      const ops = topicOps(user);
      for (const t of registry.map((r) => r.name)) {
        expect([t, ops.get(t)?.includes('Write') ?? false]).toEqual([t, produces.includes(t)]);
        expect([t, ops.get(t)?.includes('Read') ?? false]).toEqual([t, consumes.includes(t)]);
        // Dead letters of what a consumer group reads; never Read on a dead-letter topic.
        const dlq = ops.get(dlqTopicOf(t)) ?? [];
        expect([dlqTopicOf(t), dlq.includes('Write')]).toEqual([
          dlqTopicOf(t),
          Boolean(group) && consumes.includes(t),
        ]);
        expect(dlq).not.toContain('Read');
      }
      const groups = user.spec.authorization.acls.filter((a: Any) => a.resource.type === 'group');
      expect(groups).toEqual([
        {
          resource: { type: 'group', name: group ?? s.kafka?.consumerGroupPrefix, patternType: 'prefix' },
          operations: ['Read'],
          host: '*',
        },
      ]);
      // Nothing broader than metadata on a prefix, and no topic administration.
      for (const acl of user.spec.authorization.acls) {
        if (acl.resource.patternType === 'prefix' && acl.resource.type === 'topic')
          expect(acl.operations).toEqual(['Describe']);
        for (const op of ['Create', 'Delete', 'Alter', 'AlterConfigs', 'All'])
          expect(acl.operations).not.toContain(op);
      }
    },
  );

  it('the declarations match who produces what (README table)', () => {
    const owner = (topic: string) =>
      kafkaServices
        .filter((s) => expandTopicPatterns(s.kafka?.produces ?? [], s.name).includes(topic))
        .map((s) => s.name);
    expect(owner('aftersales.repair.order.v1')).toEqual(['repair']);
    expect(owner('aftersales.customer.survey.v1')).toEqual(['customer']);
    expect(owner('aftersales.parts.demand.v1')).toEqual(['analytics', 'parts-procurement']);
    // Every registry topic has a producer.
    for (const t of registry) expect([t.name, owner(t.name).length > 0]).toEqual([t.name, true]);
  });

  it('a declared topic or pattern that matches nothing is refused', () => {
    expect(() => expandTopicPatterns(['aftersales.repair.ordr.v1'], 'repair')).toThrow(/matches no topic/);
    expect(expandTopicPatterns(['aftersales.*', '!aftersales.repair.*'], 'x')).not.toContain(
      'aftersales.repair.order.v1',
    );
  });
});
