// jest globalSetup for workspaces with integration tests: make sure one real broker and one
// PostgreSQL server exist for this run. Variables set here reach the test workers.
import { ensureLocalInfra } from './local-infra';
import type * as ContainerInfra from './container-infra';

type ContainerInfraModule = typeof ContainerInfra;

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_INFRA === 'containers') {
    // Required lazily: the local path must not need the Docker client packages.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startContainerInfra } = require('./container-infra') as ContainerInfraModule;
    (globalThis as { __aftersalesContainers?: unknown }).__aftersalesContainers = await startContainerInfra();
    return;
  }
  await ensureLocalInfra();
}
