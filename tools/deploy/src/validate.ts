// `npm run deploy:validate` (CI, after npm test): the generated files are current, every overlay
// renders with `kubectl kustomize`, every rendered object passes the Kubernetes OpenAPI schema of
// its kind (CRDs included), docker-compose.yml passes the Compose specification schema, and the
// Dockerfile parses. Exits non-zero on the first kind of failure, listing every problem.
import fs from 'node:fs';
import path from 'node:path';
import { renderAll } from './generate';
import { kubectlVersion, overlayNames, readCompose, renderOverlay } from './render';
import { ROOT } from './repo';
import {
  validateCompose,
  validateDockerfile,
  validateK8sObject,
  validatorVersions,
  type ValidationError,
} from './validators';

export const DOCKERFILE_PATH = 'deploy/docker/Dockerfile';

async function main(): Promise<void> {
  const problems: ValidationError[] = [];
  console.log(`kubectl: ${kubectlVersion().replace(/\n/g, '; ')}`);
  for (const [tool, version] of Object.entries(validatorVersions())) console.log(`${tool}: ${version}`);

  const expected = await renderAll();
  for (const [file, text] of expected) {
    const abs = path.join(ROOT, file);
    if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== text) {
      problems.push({ object: file, message: 'differs from the generator: run npm run deploy:generate' });
    }
  }

  for (const overlay of overlayNames()) {
    const objects = renderOverlay(path.join(ROOT, 'deploy/k8s/overlays', overlay));
    const errors = objects.flatMap((o) => validateK8sObject(o));
    const kinds = new Map<string, number>();
    for (const o of objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    console.log(
      `overlay ${overlay}: ${objects.length} objects (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
        `${errors.length} schema errors`,
    );
    problems.push(...errors.map((e) => ({ ...e, object: `${overlay}: ${e.object}` })));
  }

  const composeErrors = validateCompose(readCompose());
  console.log(`docker-compose.yml: ${composeErrors.length} schema errors (Compose specification schema)`);
  problems.push(...composeErrors);

  const dockerErrors = validateDockerfile(
    fs.readFileSync(path.join(ROOT, DOCKERFILE_PATH), 'utf8'),
    DOCKERFILE_PATH,
  );
  console.log(`${DOCKERFILE_PATH}: ${dockerErrors.length} errors (dockerfile-utils)`);
  problems.push(...dockerErrors);

  for (const p of problems) console.error(`  ${p.object}: ${p.message}`);
  if (problems.length) {
    console.error(`deploy:validate: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('deploy:validate: all valid');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
