// The real platform for the benchmark: every service and the gateway as separate processes (the
// e2e suite's launcher, imported so both run the platform the same way).
import { startPlatform, type Platform, type ServiceName } from '../../../../tests/e2e/src/platform';

export { SERVICE_MEMORY_ENV, devEnv } from '../../../../tests/e2e/src/platform';

export { idempotencyKey, ifMatch, type Client, type Platform } from '../../../../tests/e2e/src/platform';

export const SERVICES: ServiceName[] = ['customer', 'repair', 'parts-procurement', 'complaint', 'analytics'];

export function launchPlatform(memoryTuning = true): Promise<Platform> {
  return startPlatform(SERVICES, 'bench-platform', { memoryTuning });
}

/** The pid of every running process of the platform, by name. */
export function platformPids(p: Platform): Record<string, number | undefined> {
  return Object.fromEntries([...SERVICES, 'api-gateway' as const].map((name) => [name, p.pid(name)]));
}
